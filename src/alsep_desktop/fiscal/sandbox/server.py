"""Asyncio TCP server playing the OFD side, runnable in-process or as a console script.

One request frame per connection (as the register client does), then the connection
is closed. The header, token and request number are checked by ``FiscalMemory``;
faults from ``FaultPlan`` are applied per connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading

from alsep_desktop.fiscal.codec import encode_frame, parse_message
from alsep_desktop.fiscal.errors import OfdProtocolError
from alsep_desktop.fiscal.header import pack_header, unpack_header
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import HEADER_SIZE, ResultCode
from alsep_desktop.fiscal.sandbox.faults import Fault, FaultKind, FaultPlan
from alsep_desktop.fiscal.sandbox.memory import FiscalMemory

log = logging.getLogger(__name__)


class OfdSandbox:
    """The sandbox server. ``start()`` runs it in a background thread with its own loop;
    ``serve()`` runs it on the caller's loop (console script)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        memory: FiscalMemory | None = None,
        read_timeout: float = 10.0,
    ) -> None:
        self.host = host
        self.port = port
        self.memory = memory or FiscalMemory()
        self.faults = FaultPlan()
        self.read_timeout = read_timeout
        self.connections = 0
        self.protocol_errors = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # -- fault API (thread-safe) -----------------------------------------------------
    def inject(self, fault: Fault) -> None:
        self.faults.inject(fault)

    def clear_faults(self) -> None:
        self.faults.clear()

    # -- lifecycle -------------------------------------------------------------------
    async def open(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._server = await asyncio.start_server(self._on_connection, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def serve(self) -> None:
        await self.open()
        assert self._server is not None
        async with self._server:
            await self._server.serve_forever()

    def start(self, timeout: float = 5.0) -> OfdSandbox:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self.open())
            except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name="ofd-sandbox", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise RuntimeError("OFD sandbox did not start in time")
        if failure:
            raise failure[0]
        return self

    def stop(self, timeout: float = 5.0) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), loop)
        thread.join(timeout)

    def __enter__(self) -> OfdSandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- connection handling --------------------------------------------------------
    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        try:
            await self._serve_one(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.faults.peek_pre_read() is not None:
            return
        # asyncio.timeout, not wait_for: the same bound per read without an extra task per read
        async with asyncio.timeout(self.read_timeout):
            head = await reader.readexactly(HEADER_SIZE)
        try:
            header = unpack_header(head)
        except OfdProtocolError:
            self.protocol_errors += 1
            return  # not an OFD frame at all: hang up
        async with asyncio.timeout(self.read_timeout):
            body = await reader.readexactly(header.payload_size)
        fault = self.faults.take(header.device_id)
        if fault is not None and fault.kind is FaultKind.DROP_AFTER_READ:
            return
        if fault is not None and fault.kind is FaultKind.DELAY:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.kind is FaultKind.GARBAGE:
            writer.write(os.urandom(64))
            await writer.drain()
            return
        if fault is not None and fault.kind is FaultKind.BAD_PAYLOAD:
            junk = b"\xff\xff\xff\xff\x0f" * 4
            forged = type(header)(header.device_id, header.token, header.req_num, size=HEADER_SIZE + len(junk))
            writer.write(pack_header(forged) + junk)
            await writer.drain()
            return
        try:
            # stricter than a proto2 parser on purpose: unknown fields are refused (decision 0111);
            # strings are not checked for UTF-8, as the operator's proto2 parser does not either
            request = parse_message(pb.Request, body, known_only=True, check_strings=False)
        except OfdProtocolError as exc:
            self.protocol_errors += 1
            token, response = header.token, _error(pb.COMMAND_SYSTEM, ResultCode.PROTOCOL_ERROR, str(exc))
        else:
            if fault is not None and fault.kind is FaultKind.RESULT:
                code = fault.result_code
                token, response = header.token, _error(request.command, code, f"injected {code}")
            else:
                try:
                    token, response = self.memory.handle(header.device_id, header.token, header.req_num, request)
                except Exception:  # a sandbox bug must still answer, as the operator does with 255
                    log.exception("sandbox failed on a request of device %s", header.device_id)
                    token, response = header.token, _error(request.command, ResultCode.UNKNOWN_ERROR,
                                                           "internal error")
        if fault is not None and fault.kind is FaultKind.DROP_AFTER_PROCESS:
            return
        frame = encode_frame(response, device_id=header.device_id, token=token, req_num=header.req_num)
        if fault is not None and fault.kind is FaultKind.PARTIAL:
            frame = frame[: max(HEADER_SIZE + 1, len(frame) // 2)]
        writer.write(frame)
        await writer.drain()


def _error(command: pb.CommandTypeEnum.ValueType, code: int, text: str) -> pb.Response:
    return pb.Response(command=command, result=pb.Result(result_code=code, result_text=text))
