"""The TCP transport reads exactly one answer frame however the bytes arrive (decision 0114:
it reads what the socket has instead of the header and the body separately). Real sockets."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from alsep_desktop.fiscal.codec import encode_frame
from alsep_desktop.fiscal.errors import OfdUnknownOutcome
from alsep_desktop.fiscal.transport import TcpTransport

ANSWER = encode_frame(b"\x08\x01\x12\x02\x08\x00" + b"x" * 3000, device_id=7, token=99, req_num=3)


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[socket.socket], None]], TcpTransport]]:
    """A one-connection server running ``answer(conn)`` after reading the request frame."""
    listeners: list[socket.socket] = []
    threads: list[threading.Thread] = []

    def start(answer: Callable[[socket.socket], None]) -> TcpTransport:
        srv = socket.create_server(("127.0.0.1", 0))
        listeners.append(srv)

        def run() -> None:
            conn, _ = srv.accept()
            with conn:
                conn.recv(65536)
                answer(conn)

        t = threading.Thread(target=run, daemon=True)
        t.start()
        threads.append(t)
        return TcpTransport("127.0.0.1", srv.getsockname()[1], connect_timeout=2.0, io_timeout=2.0)

    yield start
    for t in threads:
        t.join(5)
    for srv in listeners:
        srv.close()


def _pieces(*cuts: int) -> Callable[[socket.socket], None]:
    def answer(conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        start = 0
        for cut in (*cuts, len(ANSWER)):
            conn.sendall(ANSWER[start:cut])
            start = cut
            time.sleep(0.02)  # each piece arrives on its own

    return answer


@pytest.mark.parametrize("cuts", [(), (5,), (18,), (7, 30, 2000), tuple(range(1, 40))])
def test_an_answer_in_pieces_is_read_whole(serve, cuts) -> None:  # type: ignore[no-untyped-def]
    assert serve(_pieces(*cuts)).exchange(b"request") == ANSWER


def test_bytes_after_the_frame_are_not_part_of_the_answer(serve) -> None:  # type: ignore[no-untyped-def]
    assert serve(lambda conn: conn.sendall(ANSWER + b"trailing")).exchange(b"request") == ANSWER


@pytest.mark.parametrize("cut", [10, 18, len(ANSWER) - 1])
def test_a_connection_closed_early_is_an_unknown_outcome(serve, cut) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OfdUnknownOutcome, match="connection closed"):
        serve(lambda conn: conn.sendall(ANSWER[:cut])).exchange(b"request")
