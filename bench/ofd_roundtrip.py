"""Benchmark: client -> OFD sandbox round trips on loopback, beside a raw TCP echo.

Run from the repo root: ``python bench/ofd_roundtrip.py``. Both measurements use one TCP
connection per round trip (as the OFD client does) and the same request/answer byte
counts. The last line is one JSON object with p50_ms, p99_ms, per_s, raw_p50_ms, ratio.
"""

from __future__ import annotations

import json
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from alsep_desktop.fiscal import codec  # noqa: E402
from alsep_desktop.fiscal.client import OfdClient  # noqa: E402
from alsep_desktop.fiscal.requests import service_pb, ticket_request  # noqa: E402
from alsep_desktop.fiscal.samples import REGISTRATION, sample_ticket  # noqa: E402
from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox  # noqa: E402
from alsep_desktop.fiscal.tokens import InMemoryTokenStore  # noqa: E402

N = 1500
DEVICE, TOKEN = 1001, 42


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def raw_echo(request_bytes: int, answer_bytes: int, rounds: int) -> list[float]:
    """Server reads request_bytes and writes answer_bytes; one connection per round."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(64)
    port = srv.getsockname()[1]
    answer = b"x" * answer_bytes

    def serve() -> None:
        for _ in range(rounds):
            conn, _ = srv.accept()
            with conn:
                got = 0
                while got < request_bytes:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    got += len(chunk)
                conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    payload = b"y" * request_bytes
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            s.sendall(payload)
            got = 0
            while got < answer_bytes:
                chunk = s.recv(65536)
                if not chunk:
                    raise RuntimeError("echo closed early")
                got += len(chunk)
        times.append(time.perf_counter() - start)
    thread.join(5)
    srv.close()
    return times


def main() -> None:
    memory = FiscalMemory(seed=1)
    memory.register(DEVICE, TOKEN)
    doc = service_pb(REGISTRATION)
    tickets = [ticket_request(sample_ticket(5, document_number=1000 + i, iin=None), doc) for i in range(N + 50)]
    with OfdSandbox(memory=memory) as sandbox:
        client = OfdClient("127.0.0.1", sandbox.port, DEVICE, TOKEN, InMemoryTokenStore(),
                           connect_timeout=2, io_timeout=5, retries=0)
        for t in tickets[:50]:  # warm-up
            assert client.call(t).accepted
        times = []
        wall = time.perf_counter()
        last = None
        for t in tickets[50:]:
            start = time.perf_counter()
            last = client.call(t)
            times.append(time.perf_counter() - start)
            assert last.accepted, last.reason
        wall = time.perf_counter() - wall
        assert memory.accepted_count(DEVICE) == N + 50
    req_bytes = len(codec.encode_frame(tickets[-1], device_id=DEVICE, token=1, req_num=1))
    ans_bytes = len(codec.encode_frame(last.response, device_id=DEVICE, token=1, req_num=1))
    raw = raw_echo(req_bytes, ans_bytes, N)
    p50 = statistics.median(times) * 1000
    raw_p50 = statistics.median(raw) * 1000
    result = {
        "n": N,
        "request_bytes": req_bytes,
        "answer_bytes": ans_bytes,
        "p50_ms": round(p50, 3),
        "p99_ms": round(pct(times, 99) * 1000, 3),
        "per_s": round(N / wall, 1),
        "raw_p50_ms": round(raw_p50, 3),
        "raw_p99_ms": round(pct(raw, 99) * 1000, 3),
        "ratio": round(p50 / raw_p50, 2),
    }
    print(f"client->sandbox p50 {result['p50_ms']} ms, raw echo p50 {result['raw_p50_ms']} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
