"""Benchmark: encode + decode of a 50-line OFD ticket frame.

Run from the repo root: ``python bench/ofd_codec.py``. The last line is one JSON object:
{"per_s": ..., "encode_us": ..., "decode_us": ..., "frame_bytes": ...}.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from alsep_desktop.fiscal import codec  # noqa: E402
from alsep_desktop.fiscal.requests import service_pb, ticket_request  # noqa: E402
from alsep_desktop.fiscal.samples import REGISTRATION, sample_ticket  # noqa: E402

LINES = 50
BUDGET_S = 2.0


def main() -> None:
    """decode = the register reading its own stored frames (no string walk); decode_strict = the
    sandbox's validation (UTF-8 of every string, unknown fields refused)."""
    request = ticket_request(sample_ticket(LINES), service_pb(REGISTRATION))
    frame = codec.encode_frame(request, device_id=1001, token=1, req_num=1)
    for _ in range(200):  # warm-up
        codec.decode_request(codec.encode_frame(request, device_id=1001, token=1, req_num=1))

    def timed(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        for _ in range(rounds):
            fn()
        return (time.perf_counter() - start) / rounds

    # Size the run on the slower half (decode) so the whole bench stays ~3 x BUDGET_S.
    probe = timed(lambda: codec.decode_request(frame, check_strings=False), 200)
    rounds = max(200, int(BUDGET_S / probe))
    enc = timed(lambda: codec.encode_frame(request, device_id=1001, token=1, req_num=1), rounds)
    dec = timed(lambda: codec.decode_request(frame, check_strings=False), rounds)
    # the sandbox's reading: every string checked for UTF-8 and every field known to 2.0.3 (one walk)
    strict = timed(lambda: codec.parse_message(codec.pb.Request, frame[18:], known_only=True), max(50, rounds // 10))
    both = timed(lambda: codec.decode_request(codec.encode_frame(request, device_id=1001, token=1, req_num=1),
                                              check_strings=False), rounds)
    result = {
        "lines": LINES,
        "frame_bytes": len(frame),
        "rounds": rounds,
        "encode_us": round(enc * 1e6, 2),
        "decode_us": round(dec * 1e6, 2),
        "decode_strict_us": round(strict * 1e6, 2),
        "per_s": round(1 / both, 1),
    }
    print(f"50-line ticket: encode {result['encode_us']} us, decode {result['decode_us']} us")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
