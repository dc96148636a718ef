"""DataMatrix decode latency on 1280×720 frames with one code: pylibdmtx (tuned) beside
zxing-cpp on the same frames, and the camera's default decoder (zxing-cpp first).

Run: python bench/datamatrix.py  (last line: one JSON object)
"""

import json
import time
import warnings

import numpy as np

from alsep_desktop.hardware.scanner.datamatrix import DmtxDecoder, ZxingDecoder, default_decoder
from alsep_desktop.hardware.scanner.synth import frame_with_code

warnings.filterwarnings("ignore", category=DeprecationWarning)
CODE = "0104600439931256215Ab+Cx7\x1d93dGVz"
N = 60


def frames() -> list[np.ndarray]:
    rng = np.random.default_rng(7)
    out = []
    for i in range(N):
        out.append(frame_with_code(
            CODE, module=int(rng.integers(5, 9)), angle=float(rng.uniform(-30, 30)),
            perspective=float(rng.uniform(0, 0.06)), blur=int(rng.integers(0, 2)), noise=float(rng.uniform(0, 8)),
            center=(float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.3, 0.7))), seed=i,
        ))
    return out


def measure(decoder, fs) -> tuple[list[float], float]:
    times, ok = [], 0
    for f in fs:
        t = time.perf_counter()
        got = decoder.decode(f)
        times.append((time.perf_counter() - t) * 1000)
        ok += got == [CODE]
    return times, ok / len(fs)


def pct(values: list[float], p: float) -> float:
    return float(np.percentile(values, p))


def main() -> None:
    fs = frames()
    dmtx = DmtxDecoder(timeout_ms=80, shrink=2)
    d_times, d_ok = measure(dmtx, fs)
    z_times, z_ok = measure(ZxingDecoder(), fs)
    c_times, c_ok = measure(default_decoder(), fs)
    print(f"pylibdmtx shrink=2 timeout=80ms: p50 {pct(d_times, 50):.1f} ms p95 {pct(d_times, 95):.1f} ms, decoded {d_ok:.0%}")
    print(f"zxing-cpp:                       p50 {pct(z_times, 50):.1f} ms p95 {pct(z_times, 95):.1f} ms, decoded {z_ok:.0%}")
    print(f"camera default (zxing→dmtx):     p50 {pct(c_times, 50):.1f} ms p95 {pct(c_times, 95):.1f} ms, decoded {c_ok:.0%}")
    print(json.dumps({
        "p50_ms": round(pct(d_times, 50), 2), "p95_ms": round(pct(d_times, 95), 2), "decoded": round(d_ok, 3),
        "zxing_p50_ms": round(pct(z_times, 50), 2), "zxing_p95_ms": round(pct(z_times, 95), 2),
        "zxing_decoded": round(z_ok, 3),
        "default_p95_ms": round(pct(c_times, 95), 2), "default_decoded": round(c_ok, 3), "frames": N,
    }))


if __name__ == "__main__":
    main()
