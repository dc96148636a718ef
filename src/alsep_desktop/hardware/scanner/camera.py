"""Webcam (or video file) DataMatrix scanner: a capture thread on OpenCV.

Frames are read with ``cv2.VideoCapture`` (a device index or a file path), turned to
grayscale and decoded by ``default_decoder()``, which runs the decoders only on candidate
regions, so a frame with nothing in it costs a few milliseconds and the loop keeps up with
the camera while idle (docs/decisions/0203-camera-idle-frames.md); the same code seen again
within ``repeat_window`` seconds of its last sighting counts once. A camera that stops giving frames is
reopened with backoff; a video file that ends reports FINISHED.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from alsep_desktop.hardware.protocols import Scan, ScannerState
from alsep_desktop.hardware.scanner.base import ThreadedSource
from alsep_desktop.hardware.scanner.datamatrix import DataMatrixDecoder, default_decoder, to_gray


@dataclass
class RepeatFilter:
    """Counts a code once while it keeps being seen; again after ``window`` s of absence."""

    window: float = 1.5
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, float] = field(default_factory=dict)

    def fresh(self, code: str) -> bool:
        now = self.clock()
        last = self._seen.get(code)
        self._seen[code] = now
        if len(self._seen) > 256:
            self._seen = {c: t for c, t in self._seen.items() if now - t <= self.window}
        return last is None or now - last > self.window


def is_usable() -> bool:
    import importlib.util

    return importlib.util.find_spec("cv2") is not None


class CameraScanner(ThreadedSource):
    name = "camera-scanner"

    def __init__(
        self,
        source: int | str,
        decoder: DataMatrixDecoder | None = None,
        *,
        repeat_window: float = 1.5,
        clock: Callable[[], float] = time.monotonic,
        backoff_max: float = 2.0,
        width: int | None = 1280,
        height: int | None = 720,
    ) -> None:
        super().__init__()
        self.source = source
        self.decoder = decoder or default_decoder()
        self.repeats = RepeatFilter(repeat_window, clock)
        self.backoff_max = backoff_max
        self.size = (width, height)
        self.frames = 0
        self.decode_seconds = 0.0

    @property
    def is_file(self) -> bool:
        return isinstance(self.source, str)

    def _open(self):
        import cv2

        cap = cv2.VideoCapture(self.source)
        if not cap.isOpened():
            cap.release()
            return None
        if not self.is_file and self.size[0]:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.size[0])
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.size[1])
        return cap

    def process(self, frame) -> list[Scan]:
        """Decode one frame; returns the scans that count (also used by benches/tests)."""
        t = time.perf_counter()
        codes = self.decoder.decode(to_gray(frame))
        self.decode_seconds += time.perf_counter() - t
        self.frames += 1
        return [Scan(c, source=str(self.source), symbology="DataMatrix") for c in codes if self.repeats.fresh(c)]

    def _run(self) -> None:
        delay = 0.05
        self._set_state(ScannerState.CONNECTING)
        while not self._stop.is_set():
            cap = self._open()
            if cap is None:
                if self.is_file:
                    self._set_state(ScannerState.FINISHED)
                    return
                self._set_state(ScannerState.DISCONNECTED)
                self._stop.wait(delay)
                delay = min(self.backoff_max, delay * 2)
                continue
            delay = 0.05
            self._set_state(ScannerState.CONNECTED)
            try:
                while not self._stop.is_set():
                    ok, frame = cap.read()
                    if not ok:
                        break
                    for scan in self.process(frame):
                        self._emit(scan)
            finally:
                cap.release()
            if self.is_file:
                self._set_state(ScannerState.FINISHED)
                return
            self._set_state(ScannerState.DISCONNECTED)
