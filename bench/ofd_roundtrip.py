"""Benchmark: client -> OFD sandbox round trips on loopback, beside a raw TCP echo.

Run from the repo root: ``python bench/ofd_roundtrip.py``. Both measurements use one TCP
connection per round trip (as the OFD client does) and the same request/answer byte
counts. The last line is one JSON object with p50_ms, p99_ms, per_s, raw_p50_ms, ratio.

Issue 22 adds the national-catalogue (НКТ) barcode lookup (COMMAND_NOMENCLATURE with ``barcode``)
in the same session, between the receipts: ``lookup_p50_ms``/``lookup_p99_ms`` (found and not
found alternate; unpaced, cache off: the OFD round trip itself), beside ``lookup_raw_p50_ms``, the
raw echo of the same byte counts measured in this run, and ``lookup_ratio``.
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
from alsep_desktop.fiscal.nkt import LookupPacer, barcode_request, lookup_barcode  # noqa: E402
from alsep_desktop.fiscal.requests import service_pb, ticket_request  # noqa: E402
from alsep_desktop.fiscal.samples import REGISTRATION, sample_ticket  # noqa: E402
from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox  # noqa: E402
from alsep_desktop.fiscal.tokens import InMemoryTokenStore  # noqa: E402
from alsep_desktop.kernel.clock import SystemClock  # noqa: E402

N = 1500
LOOKUPS = 600
LOOKUP_FOUND, LOOKUP_MISSING = "4600000000107", "4870009999990"
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
        lookups, found = [], 0
        clock, unpaced = SystemClock(), LookupPacer(interval=0)
        for i in range(LOOKUPS):
            start = time.perf_counter()
            answer = lookup_barcode(client, LOOKUP_FOUND if i % 2 == 0 else LOOKUP_MISSING, clock, pacer=unpaced)
            lookups.append(time.perf_counter() - start)
            found += answer.found
        assert found == LOOKUPS // 2 and memory.nkt_lookups(DEVICE)["total"] == LOOKUPS
        after = client.call(ticket_request(sample_ticket(5, document_number=1000 + N + 50, iin=None), doc))
        assert after.accepted and memory.accepted_count(DEVICE) == N + 51, after.reason  # the session holds
        answer_frame = client.call(barcode_request(LOOKUP_FOUND)).response
    req_bytes = len(codec.encode_frame(tickets[-1], device_id=DEVICE, token=1, req_num=1))
    ans_bytes = len(codec.encode_frame(last.response, device_id=DEVICE, token=1, req_num=1))
    raw = raw_echo(req_bytes, ans_bytes, N)
    lk_req = len(codec.encode_frame(barcode_request(LOOKUP_FOUND), device_id=DEVICE, token=1, req_num=1))
    lk_ans = len(codec.encode_frame(answer_frame, device_id=DEVICE, token=1, req_num=1))
    lookup_raw = raw_echo(lk_req, lk_ans, LOOKUPS)
    lookup_p50 = statistics.median(lookups) * 1000
    lookup_raw_p50 = statistics.median(lookup_raw) * 1000
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
        "lookups": LOOKUPS,
        "lookup_request_bytes": lk_req,
        "lookup_answer_bytes": lk_ans,
        "lookup_p50_ms": round(lookup_p50, 3),
        "lookup_p99_ms": round(pct(lookups, 99) * 1000, 3),
        "lookup_raw_p50_ms": round(lookup_raw_p50, 3),
        "lookup_ratio": round(lookup_p50 / lookup_raw_p50, 2),
    }
    print(f"client->sandbox p50 {result['p50_ms']} ms, raw echo p50 {result['raw_p50_ms']} ms")
    print(f"НКТ lookup p50 {result['lookup_p50_ms']} ms, p99 {result['lookup_p99_ms']} ms, "
          f"raw echo p50 {result['lookup_raw_p50_ms']} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
