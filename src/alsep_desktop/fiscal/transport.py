"""TCP transport: one connection per exchange, exact framing, hard time bounds.

``exchange(frame)`` sends one request frame and returns exactly one response frame
(header + ``size - 18`` payload bytes), or raises:

* ``OfdNotSent``        -- the connection could not be opened; nothing was sent;
* ``OfdUnknownOutcome`` -- the request may have been delivered but no full answer came
  (read timeout, connection closed, send error);
* ``OfdProtocolError``  -- an answer came but its header is invalid (garbage).

Every socket operation uses the time left until a per-exchange deadline, so an
exchange never lasts longer than ``connect_timeout + io_timeout`` (plus scheduling).
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass
from typing import Protocol

from alsep_desktop.fiscal.errors import OfdNotSent, OfdUnknownOutcome
from alsep_desktop.fiscal.header import unpack_header
from alsep_desktop.fiscal.protocol import HEADER_SIZE, MAX_FRAME_SIZE


class Transport(Protocol):
    def exchange(self, frame: bytes) -> bytes: ...


@dataclass(frozen=True, slots=True)
class TcpTransport:
    host: str
    port: int
    connect_timeout: float = 5.0
    io_timeout: float = 15.0
    max_frame_size: int = MAX_FRAME_SIZE

    @property
    def max_exchange_seconds(self) -> float:
        return self.connect_timeout + self.io_timeout

    def exchange(self, frame: bytes) -> bytes:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except OSError as exc:  # refused, unreachable, connect timeout, DNS
            raise OfdNotSent(detail=f"{type(exc).__name__}: {exc}") from exc
        deadline = time.monotonic() + self.io_timeout
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                _set_timeout(sock, deadline)
                sock.sendall(frame)
            except OSError as exc:
                raise OfdUnknownOutcome(detail=f"send failed: {type(exc).__name__}: {exc}") from exc
            got = _recv_at_least(sock, HEADER_SIZE, deadline)  # usually the whole answer at once
            header = unpack_header(got[:HEADER_SIZE], max_frame_size=self.max_frame_size)
            size = HEADER_SIZE + header.payload_size
            if len(got) < size:
                got += _recv_at_least(sock, size - len(got), deadline)
            return got[:size]  # anything after the frame is ignored, as before
        finally:
            sock.close()


def _set_timeout(sock: socket.socket, deadline: float) -> None:
    left = deadline - time.monotonic()
    if left <= 0:
        raise OfdUnknownOutcome(detail="timed out waiting for the OFD answer")
    sock.settimeout(left)


def _recv_at_least(sock: socket.socket, count: int, deadline: float) -> bytes:
    """Read at least ``count`` bytes before ``deadline`` (whatever the first reads bring, up to
    64 KiB each: the OFD answers one frame and nothing else on a connection)."""
    chunks: list[bytes] = []
    got = 0
    while got < count:
        _set_timeout(sock, deadline)
        try:
            chunk = sock.recv(65536)
        except TimeoutError as exc:
            raise OfdUnknownOutcome(detail="timed out waiting for the OFD answer") from exc
        except OSError as exc:
            raise OfdUnknownOutcome(detail=f"connection error: {type(exc).__name__}: {exc}") from exc
        if not chunk:
            raise OfdUnknownOutcome(detail=f"connection closed after {got} of {count} bytes")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)
