"""DataMatrix decoding for the webcam scanner on 1280×720 frames.

Frames with one code (60 frames, module 5–8 px, ±30°, up to 6 % perspective, blur, noise):
pylibdmtx (tuned) and zxing-cpp alone, the camera's decoder (candidate regions first,
docs/decisions/0203-camera-idle-frames.md) and, as the baseline in the same run, the previous
camera decoder (zxing-cpp then pylibdmtx over the whole frame, 0202).

A harder set (module 3–14 px, ±45°, blur up to 2 px, contrast down to 15 %, some codes on a
counter or a price-tag board): decoded share for the camera's decoder and the baseline.

Empty frames (no code: sensor noise, a wooden counter, a blank wall, price tags with 1D barcodes
and text): per-frame latency of both decoders, and ``idle_fps``: the real camera loop
(``CameraScanner`` on a generated MJPG video of such frames, each with fresh sensor noise, read
and decoded as fast as it goes), frames per second processed.

Targets (issue 11): camera decoder p95 < 30 ms on frames with a code, empty p95 < 30 ms, idle
≥ 25 frames/s, and no fewer codes decoded than the baseline on either set.

Latencies and frame rates are wall-clock (the targets): other processes on the machine slow
them down, so ``load_avg_1m`` is reported beside them, and so are the same frames' CPU times
(``*_cpu_ms``; ``idle_cpu_ms_per_frame`` is the capture process's CPU per video frame).
libdmtx's timeouts are wall-clock, so under load it reads less, in both decoders.

Run: python bench/datamatrix.py [--quick]  (last line: one JSON object)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, percentile  # noqa: E402

from alsep_desktop.hardware.protocols import ScannerState  # noqa: E402
from alsep_desktop.hardware.scanner.camera import CameraScanner  # noqa: E402
from alsep_desktop.hardware.scanner.datamatrix import (  # noqa: E402
    DmtxDecoder,
    ZxingDecoder,
    default_decoder,
    full_frame_decoder,
)
from alsep_desktop.hardware.scanner.synth import EMPTY_KINDS, empty_frame, frame_with_code  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)
CODE = "0104600439931256215Ab+Cx7\x1d93dGVz"
LONG = "0104650117240408215Q6kS!XsjcBtN\x1d91FFD0\x1d92" + "dGVzdA" * 7 + "xx"
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


def hard_frames(n: int) -> list[tuple[str, np.ndarray]]:
    rng = np.random.default_rng(11)
    out = []
    for i in range(n):
        kw = dict(
            module=float(rng.choice([3, 3.5, 4, 5, 6, 8, 10, 14])), angle=float(rng.uniform(-45, 45)),
            perspective=float(rng.uniform(0, 0.1)), blur=float(rng.choice([0, 0, 0.7, 1, 1.5, 2])),
            noise=float(rng.uniform(0, 12)), contrast=float(rng.choice([1, 1, 0.6, 0.4, 0.25, 0.15])),
            center=(float(rng.uniform(0.2, 0.8)), float(rng.uniform(0.25, 0.75))), seed=i,
        )
        background = empty_frame(EMPTY_KINDS[i % 4], seed=i) if i % 3 == 1 else None
        data = LONG if i % 5 == 0 else CODE
        out.append((data, frame_with_code(data, background=background, **kw)))
    return out


def empty_frames(per_kind: int) -> list[np.ndarray]:
    return [empty_frame(kind, seed=1000 + s) for kind in EMPTY_KINDS for s in range(per_kind)]


CPU_MS: dict[int, list[float]] = {}  # id(times list) -> the same frames' CPU time


def measure(decoder, fs, expected: list[str] | str | None) -> tuple[list[float], float]:
    """Wall-clock ms per frame and the share decoded right; the CPU ms go to ``CPU_MS``."""
    decoder.decode(fs[0])  # warm up: library loading is not a frame's cost
    times, cpu, ok = [], [], 0
    for i, f in enumerate(fs):
        t, c = time.perf_counter(), time.thread_time()
        got = decoder.decode(f)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
        want = expected[i] if isinstance(expected, list) else expected
        ok += got == ([want] if want is not None else [])
    CPU_MS[id(times)] = cpu
    return times, ok / len(fs)


def cpu_p95(times: list[float]) -> float:
    return round(percentile(CPU_MS[id(times)], 95), 2)


def idle_video(path: str, per_scene: int) -> int:
    """An MJPG 1280×720 video: each empty scene held for ``per_scene`` frames, fresh noise each."""
    import cv2

    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"MJPG"), 30, (1280, 720))
    rng = np.random.default_rng(3)
    n = 0
    for kind in EMPTY_KINDS:
        scene = empty_frame(kind, seed=2000).astype(np.int16)
        for _ in range(per_scene):
            live = np.clip(scene + rng.normal(0, 2.5, scene.shape), 0, 255).astype(np.uint8)
            writer.write(cv2.cvtColor(live, cv2.COLOR_GRAY2BGR))
            n += 1
    writer.release()
    return n


def camera_fps(path: str, decoder) -> tuple[float, float, int, list[str]]:
    """Frames per second of the real capture thread over the video, the process CPU ms it
    spent per frame (reading, converting, decoding), and what it scanned."""
    got: list[str] = []
    done = threading.Event()
    cam = CameraScanner(path, decoder)
    decoder.decode(np.full((720, 1280), 128, np.uint8))  # warm up
    t, c = time.perf_counter(), time.process_time()
    cam.start(lambda s: got.append(s.data), lambda s: s is ScannerState.FINISHED and done.set())
    done.wait(600)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - c
    cam.stop()
    return cam.frames / elapsed, cpu * 1000 / max(1, cam.frames), cam.frames, got


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sets (a smoke run, not the figures)")
    args = ap.parse_args()
    n_hard, per_kind, per_scene = (40, 4, 10) if args.quick else (200, 15, 40)

    fs = frames()
    d_times, d_ok = measure(DmtxDecoder(timeout_ms=80, shrink=2), fs, CODE)
    z_times, z_ok = measure(ZxingDecoder(), fs, CODE)
    b_times, b_ok = measure(full_frame_decoder(), fs, CODE)
    camera = default_decoder()
    c_times, c_ok = measure(camera, fs, CODE)
    print(f"pylibdmtx shrink=2 timeout=80ms:  p50 {percentile(d_times, 50):.1f} ms p95 {percentile(d_times, 95):.1f} ms, decoded {d_ok:.0%}")
    print(f"zxing-cpp:                        p50 {percentile(z_times, 50):.1f} ms p95 {percentile(z_times, 95):.1f} ms, decoded {z_ok:.0%}")
    print(f"baseline (whole frame zxing→dmtx): p50 {percentile(b_times, 50):.1f} ms p95 {percentile(b_times, 95):.1f} ms, decoded {b_ok:.0%}")
    print(f"camera (candidate regions first): p50 {percentile(c_times, 50):.1f} ms p95 {percentile(c_times, 95):.1f} ms, decoded {c_ok:.0%}", flush=True)

    hard = hard_frames(n_hard)
    hard_fs, hard_codes = [f for _, f in hard], [c for c, _ in hard]
    _, bh_ok = measure(full_frame_decoder(), hard_fs, hard_codes)
    _, ch_ok = measure(default_decoder(), hard_fs, hard_codes)
    print(f"hard set ({n_hard} frames): baseline decoded {bh_ok:.1%}, camera decoded {ch_ok:.1%}", flush=True)

    empties = empty_frames(per_kind)
    be_times, _ = measure(full_frame_decoder(), empties, None)
    idle = default_decoder()
    ce_times, ce_clean = measure(idle, empties, None)
    print(f"empty frames ({len(empties)}): baseline p50 {percentile(be_times, 50):.1f} ms p95 {percentile(be_times, 95):.1f} ms; "
          f"camera p50 {percentile(ce_times, 50):.1f} ms p95 {percentile(ce_times, 95):.1f} ms "
          f"({idle.stats.frames_with_candidates} of {idle.stats.frames} frames had candidates, "
          f"{idle.stats.zxing_calls} zxing-cpp crops, {idle.stats.dmtx_calls} libdmtx calls)", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        video = str(Path(tmp) / "idle.avi")
        n_video = idle_video(video, per_scene)
        fps, cpu_per_frame, n_read, idle_scans = camera_fps(video, default_decoder())
        base_fps, base_cpu_per_frame, _, _ = camera_fps(video, full_frame_decoder())
    print(f"camera loop over {n_read}/{n_video} empty 1280×720 video frames: {fps:.1f} frames/s, "
          f"{cpu_per_frame:.1f} CPU ms per frame (baseline {base_fps:.1f} frames/s, {base_cpu_per_frame:.1f} CPU ms), "
          f"{len(idle_scans)} scans", flush=True)

    figures = {
        "p50_ms": round(percentile(d_times, 50), 2), "p95_ms": round(percentile(d_times, 95), 2), "decoded": round(d_ok, 3),
        "zxing_p50_ms": round(percentile(z_times, 50), 2), "zxing_p95_ms": round(percentile(z_times, 95), 2),
        "zxing_decoded": round(z_ok, 3),
        "default_p50_ms": round(percentile(c_times, 50), 2), "default_p95_ms": round(percentile(c_times, 95), 2),
        "default_decoded": round(c_ok, 3),
        "baseline_p50_ms": round(percentile(b_times, 50), 2), "baseline_p95_ms": round(percentile(b_times, 95), 2),
        "baseline_decoded": round(b_ok, 3),
        "hard_decoded": round(ch_ok, 3), "baseline_hard_decoded": round(bh_ok, 3), "hard_frames": n_hard,
        "empty_p50_ms": round(percentile(ce_times, 50), 2), "empty_p95_ms": round(percentile(ce_times, 95), 2),
        "baseline_empty_p95_ms": round(percentile(be_times, 95), 2), "empty_frames": len(empties),
        "empty_false_scans": round((1 - ce_clean) * len(empties)) + len(idle_scans),
        "idle_fps": round(fps, 1), "baseline_idle_fps": round(base_fps, 1), "idle_video_frames": n_read,
        # CPU time, which other processes on the machine disturb less than the wall clock
        "default_p95_cpu_ms": cpu_p95(c_times), "baseline_p95_cpu_ms": cpu_p95(b_times),
        "empty_p95_cpu_ms": cpu_p95(ce_times), "baseline_empty_p95_cpu_ms": cpu_p95(be_times),
        "idle_cpu_ms_per_frame": round(cpu_per_frame, 2), "baseline_idle_cpu_ms_per_frame": round(base_cpu_per_frame, 2),
        "frames": N, "cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    figures["meets_target"] = (
        figures["default_p95_ms"] < 30 and figures["empty_p95_ms"] < 30 and figures["idle_fps"] >= 25
        and c_ok >= b_ok and ch_ok >= bh_ok and figures["empty_false_scans"] == 0
    )
    emit(figures)


if __name__ == "__main__":
    main()
