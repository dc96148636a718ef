"""DataMatrix on synthetic camera frames, and a webcam simulated by a video file."""

import threading

import cv2
import numpy as np
import pytest
import zxingcpp
from pylibdmtx import pylibdmtx

from alsep_desktop.domain.marking import parse_marking_code
from alsep_desktop.hardware.protocols import ScannerState
from alsep_desktop.hardware.scanner.camera import CameraScanner
from alsep_desktop.hardware.scanner.candidates import CandidateFinder
from alsep_desktop.hardware.scanner.datamatrix import (
    CandidateDecoder,
    DmtxDecoder,
    ZxingDecoder,
    default_decoder,
    full_frame_decoder,
)
from alsep_desktop.hardware.scanner.synth import empty_frame, frame_with_code

CODE = "0104600439931256215Ab+Cx7\x1d93dGVz"
LONG = "0104650117240408215Q6kS!XsjcBtN\x1d91FFD0\x1d92" + "dGVzdA" * 7 + "xx"

CASES = {
    "clean": {},
    "noise": {"noise": 12.0},
    "blur": {"blur": 1},
    "rotated": {"angle": 33.0},
    "perspective": {"perspective": 0.08, "angle": -12.0},
    "all": {"noise": 8.0, "blur": 1, "angle": 20.0, "perspective": 0.05},
    "low_contrast": {"contrast": 0.2, "angle": 12.0, "noise": 3.0},
    "small": {"module": 3, "angle": -20.0, "noise": 4.0},
    "small_low": {"module": 4, "contrast": 0.4, "angle": 30.0, "noise": 5.0},
}
DECODERS = [DmtxDecoder(timeout_ms=400, shrink=1), ZxingDecoder(), full_frame_decoder(), default_decoder()]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("decoder", DECODERS, ids=lambda d: d.name)
def test_decoders_on_distorted_frames(case: str, decoder) -> None:
    frame = frame_with_code(CODE, **CASES[case], seed=len(case))
    assert decoder.decode(frame) == [CODE]


@pytest.mark.parametrize("kind", ["counter", "labels"])
def test_code_on_a_busy_background(kind: str) -> None:
    frame = frame_with_code(CODE, background=empty_frame(kind, seed=5), module=5, angle=-10.0, center=(0.5, 0.3))
    assert default_decoder().decode(frame) == [CODE]
    assert full_frame_decoder().decode(frame) == [CODE]


class Calls:
    """Counts what reaches zxing-cpp and libdmtx (and the image sizes they were given)."""

    def __init__(self, monkeypatch) -> None:
        self.zxing: list[tuple[int, ...]] = []
        self.dmtx: list[tuple[int, ...]] = []
        read, decode = zxingcpp.read_barcodes, pylibdmtx.decode

        def counted_read(img, *a, **k):
            self.zxing.append(img.shape)
            return read(img, *a, **k)

        def counted_decode(img, *a, **k):
            self.dmtx.append(img.shape)
            return decode(img, *a, **k)

        monkeypatch.setattr(zxingcpp, "read_barcodes", counted_read)
        monkeypatch.setattr(pylibdmtx, "decode", counted_decode)


@pytest.mark.parametrize("kind", ["noise", "wall", "counter"])
def test_an_empty_frame_reaches_no_decoder(kind: str, monkeypatch) -> None:
    calls = Calls(monkeypatch)
    decoder = default_decoder()
    for seed in range(3):
        frame = empty_frame(kind, seed=seed)
        assert decoder.finder.find(frame) == []
        assert decoder.decode(frame) == []
    assert calls.zxing == [] and calls.dmtx == []


def test_text_and_1d_barcodes_get_zxing_on_crops_and_never_libdmtx(monkeypatch) -> None:
    calls = Calls(monkeypatch)
    decoder = default_decoder()
    for seed in range(3):
        assert decoder.decode(empty_frame("labels", seed=seed)) == []
    assert calls.dmtx == []
    assert 0 < len(calls.zxing) <= 3 * decoder.max_regions
    assert all(h < 720 and w < 1280 for h, w in calls.zxing)  # crops, never the frame


def test_libdmtx_reads_a_faint_code_from_its_candidate_crop(monkeypatch) -> None:
    frame = frame_with_code(CODE, contrast=0.15, blur=1.5, module=6, angle=-8.0, noise=3.0)
    calls = Calls(monkeypatch)
    decoder = CandidateDecoder(zxing=None, dmtx_timeout_ms=400, dmtx_budget_ms=400)  # libdmtx only, unhurried
    assert decoder.decode(frame) == [CODE]
    (shape,) = calls.dmtx
    assert shape[0] < 720 and shape[1] < 1280


def test_candidates_find_the_code_and_rank_it_first() -> None:
    frame = frame_with_code(CODE, background=empty_frame("counter", seed=2), module=5, angle=25.0, center=(0.5, 0.3))
    best = CandidateFinder().find(frame)[0]
    x0, y0, x1, y1 = best.box
    assert best.strong and x0 < 640 < x1 and y0 < 216 < y1


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


def test_camera_reads_a_code_shown_after_many_empty_frames(tmp_path, monkeypatch) -> None:
    path = str(tmp_path / "counter.avi")
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"MJPG"), 25, (1280, 720))
    assert writer.isOpened()
    rng = np.random.default_rng(1)
    empty = 0
    for kind in ["counter", "labels", "wall", "noise"] * 2:
        scene = empty_frame(kind, seed=empty).astype(np.int16)
        for _ in range(8):  # a still scene, fresh sensor noise every frame
            live = np.clip(scene + rng.normal(0, 2.5, scene.shape), 0, 255).astype(np.uint8)
            writer.write(cv2.cvtColor(live, cv2.COLOR_GRAY2BGR))
            empty += 1
    counter = empty_frame("counter", seed=9)
    for angle in (5.0, 8.0, 11.0):  # the pack comes into view and is held up for a moment
        writer.write(cv2.cvtColor(frame_with_code(CODE, background=counter, angle=angle, seed=int(angle)),
                                  cv2.COLOR_GRAY2BGR))
    writer.release()
    calls = Calls(monkeypatch)
    t = [0.0]

    def clock() -> float:
        t[0] += 0.04
        return t[0]

    got, done = [], threading.Event()
    cam = CameraScanner(path, repeat_window=1.5, clock=clock)
    cam.start(got.append, lambda s: s is ScannerState.FINISHED and done.set())
    assert done.wait(60)
    cam.stop()
    assert [s.data for s in got] == [CODE]
    assert cam.frames == empty + 3
    assert calls.dmtx == []  # nothing on the counter was worth libdmtx's time
    assert cam.decoder.stats.frames_with_candidates < cam.frames


def test_missing_video_file_finishes() -> None:
    done = threading.Event()
    cam = CameraScanner("/nonexistent/video.avi")
    cam.start(lambda s: None, lambda s: s is ScannerState.FINISHED and done.set())
    assert done.wait(5)
    cam.stop()
