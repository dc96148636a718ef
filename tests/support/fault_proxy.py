"""An HTTP/1.1 proxy on loopback that the tests put between a register and its cloud, and that
breaks the traffic on demand: drop the connection, delay, answer 5xx itself, or pass the
cloud's answer cut short (headers and half the body, then close).

Per request it reads the client's request (head + ``Content-Length`` body), forwards it on its
own upstream connection, reads the cloud's whole answer, and then applies the fault chosen by
``mode`` (``pass``, ``down`` — refuse every request —, ``drop``, ``delay``, ``5xx``,
``truncate``, ``drop_after`` — the cloud did the work, the answer is lost — or ``random``, which
picks one of the faults for a share ``rate`` of requests with its own seeded RNG).
"""

from __future__ import annotations

import random
import socket
import threading
import time
from dataclasses import dataclass, field

FAULTS = ("drop", "delay", "5xx", "truncate", "drop_after")


def _read_message(sock: socket.socket, buf: bytearray) -> bytes | None:
    """One HTTP message (head + Content-Length body) from ``sock``; None at EOF."""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head_end = buf.index(b"\r\n\r\n") + 4
    head = bytes(buf[:head_end])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            raise ValueError("chunked bodies are not supported by the fault proxy")
    while len(buf) < head_end + length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    message = bytes(buf[:head_end + length])
    del buf[:head_end + length]
    return message


@dataclass
class FaultProxy:
    upstream: tuple[str, int]
    mode: str = "pass"
    rate: float = 0.3
    delay_s: float = 1.5
    seed: int = 14
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._conns: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        self._thread.start()

    def set(self, mode: str, **kw: float) -> None:
        with self._lock:
            self.mode = mode
            for k, v in kw.items():
                setattr(self, k, v)
        if mode == "down":
            self.cut_connections()

    def cut_connections(self) -> None:
        with self._lock:
            conns = list(self._conns)
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _pick(self) -> str:
        with self._lock:
            mode = self.mode
            if mode == "random":
                mode = self._rng.choice(FAULTS) if self._rng.random() < self.rate else "pass"
            self.counts[mode] = self.counts.get(mode, 0) + 1
            return mode

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        with self._lock:
            self._conns.add(client)
        cbuf, ubuf = bytearray(), bytearray()
        try:
            while not self._stop.is_set():
                request = _read_message(client, cbuf)
                if request is None:
                    return
                mode = self._pick()
                if mode in ("down", "drop"):
                    return  # the connection closes without an answer
                if mode == "5xx":
                    body = b'{"code":"unavailable","message":"proxy says 503"}'
                    client.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                                   b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                    continue
                if mode == "delay":
                    time.sleep(self.delay_s)
                if upstream is None:
                    upstream = socket.create_connection(self.upstream, timeout=30)
                upstream.sendall(request)
                response = _read_message(upstream, ubuf)
                if response is None:
                    return
                if mode == "drop_after":
                    return  # the cloud did the work; the answer is lost on the way
                if mode == "truncate":
                    head_end = response.index(b"\r\n\r\n") + 4
                    body_len = len(response) - head_end
                    client.sendall(response[:head_end + max(0, body_len // 2)])
                    return
                client.sendall(response)
        except OSError:
            return
        finally:
            with self._lock:
                self._conns.discard(client)
            for s in (client, upstream):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self.cut_connections()
