"""DataMatrix on synthetic camera frames, and a webcam simulated by a video file."""

import threading

import cv2
import numpy as np
import pytest

from alsep_desktop.domain.marking import parse_marking_code
from alsep_desktop.hardware.protocols import ScannerState
from alsep_desktop.hardware.scanner.camera import CameraScanner
from alsep_desktop.hardware.scanner.datamatrix import DmtxDecoder, ZxingDecoder, default_decoder
from alsep_desktop.hardware.scanner.synth import frame_with_code

CODE = "0104600439931256215Ab+Cx7\x1d93dGVz"
LONG = "0104650117240408215Q6kS!XsjcBtN\x1d91FFD0\x1d92" + "dGVzdA" * 7 + "xx"

CASES = {
    "clean": {},
    "noise": {"noise": 12.0},
    "blur": {"blur": 1},
    "rotated": {"angle": 33.0},
    "perspective": {"perspective": 0.08, "angle": -12.0},
    "all": {"noise": 8.0, "blur": 1, "angle": 20.0, "perspective": 0.05},
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("decoder", [DmtxDecoder(timeout_ms=400, shrink=1), ZxingDecoder(), default_decoder()],
                         ids=lambda d: d.name)
def test_decoders_on_distorted_frames(case: str, decoder) -> None:
    frame = frame_with_code(CODE, **CASES[case], seed=len(case))
    assert decoder.decode(frame) == [CODE]


def test_strong_perspective_needs_zxing_and_the_chain_falls_back() -> None:
    frame = frame_with_code(CODE, perspective=0.15, angle=-12.0, seed=4)
    assert DmtxDecoder(timeout_ms=400, shrink=1).decode(frame) == []  # libdmtx's known limit
    assert default_decoder().decode(frame) == [CODE]


def test_long_code_decodes_and_parses() -> None:
    frame = frame_with_code(LONG, module=5, angle=8.0, noise=5.0)
    (text,) = default_decoder().decode(frame)
    m = parse_marking_code(text)
    assert m.crypto_key == "FFD0" and m.full_code == LONG


def test_frame_without_code_decodes_nothing() -> None:
    empty = np.full((720, 1280), 180, np.uint8)
    assert default_decoder().decode(empty) == []
    assert DmtxDecoder(timeout_ms=50).decode(empty) == []


def test_video_file_through_the_capture_thread(tmp_path) -> None:
    path = str(tmp_path / "scan.avi")
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"MJPG"), 10, (640, 360))
    assert writer.isOpened()
    blank = np.full((360, 640), 180, np.uint8)
    other = "0104870204391510215Zz9Kk1\x1d93AbCd"
    frames = [blank] * 2 + [frame_with_code(CODE, size=(640, 360), module=5, angle=a) for a in (0, 5, 10, 15)]
    frames += [blank] * 2 + [frame_with_code(other, size=(640, 360), module=5)] * 2
    for f in frames:
        writer.write(cv2.cvtColor(f, cv2.COLOR_GRAY2BGR))
    writer.release()
    t = [0.0]

    def clock() -> float:  # 10 fps video: each decoded frame is 0.1 s later
        t[0] += 0.1
        return t[0]

    got, done = [], threading.Event()
    cam = CameraScanner(path, repeat_window=1.5, clock=clock)
    cam.start(got.append, lambda s: s is ScannerState.FINISHED and done.set())
    assert done.wait(20)
    cam.stop()
    assert [s.data for s in got] == [CODE, other]  # four sightings of CODE count once
    assert cam.frames == len(frames)
    assert cam.states[:2] == [ScannerState.CONNECTING, ScannerState.CONNECTED]


def test_missing_video_file_finishes() -> None:
    done = threading.Event()
    cam = CameraScanner("/nonexistent/video.avi")
    cam.start(lambda s: None, lambda s: s is ScannerState.FINISHED and done.set())
    assert done.wait(5)
    cam.stop()
