"""DataMatrix decoders for camera frames: zxing-cpp (fast) and pylibdmtx (libdmtx).

All take an 8-bit grayscale numpy frame and return the decoded payloads as ``str``
(latin-1, so GS 0x1D and every byte survive). ``full_frame_decoder()`` chains zxing-cpp
first and pylibdmtx as fallback over the whole frame (docs/decisions/0202-datamatrix-decoder.md);
``default_decoder()``, which the camera uses, first looks for candidate regions and runs the
same two decoders only on crops of them, libdmtx within a time budget, so a frame with nothing
in it costs a few milliseconds (docs/decisions/0203-camera-idle-frames.md).
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from alsep_desktop.hardware.scanner.candidates import Candidate, CandidateFinder, finder_share

Roi = tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the frame


class DataMatrixDecoder(Protocol):
    name: str

    def decode(self, gray: np.ndarray) -> list[str]: ...


def to_gray(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return frame
    import cv2

    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


def crop(gray: np.ndarray, roi: Roi | None) -> np.ndarray:
    if roi is None:
        return gray
    h, w = gray.shape[:2]
    x0, y0, x1, y1 = roi
    return gray[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)]


@dataclass
class DmtxDecoder:
    """libdmtx through pylibdmtx. ``timeout_ms`` bounds the search, ``shrink`` scales down
    internally (2 halves the work per axis), ``roi`` limits the search to part of the frame."""

    timeout_ms: int = 80
    shrink: int = 2
    roi: Roi | None = None
    max_count: int = 1
    threshold: int | None = None
    name: str = "pylibdmtx"

    def decode(self, gray: np.ndarray) -> list[str]:
        from pylibdmtx import pylibdmtx

        img = np.ascontiguousarray(crop(to_gray(gray), self.roi))
        kwargs: dict[str, Any] = {"timeout": self.timeout_ms, "max_count": self.max_count, "shrink": self.shrink}
        if self.threshold is not None:
            kwargs["threshold"] = self.threshold
        return [d.data.decode("latin-1") for d in pylibdmtx.decode(img, **kwargs)]


@dataclass
class ZxingDecoder:
    roi: Roi | None = None
    try_rotate: bool = True
    try_downscale: bool = True
    name: str = "zxing-cpp"

    def decode(self, gray: np.ndarray) -> list[str]:
        import zxingcpp

        img = np.ascontiguousarray(crop(to_gray(gray), self.roi))
        found = zxingcpp.read_barcodes(
            img, formats=zxingcpp.BarcodeFormat.DataMatrix,
            try_rotate=self.try_rotate, try_downscale=self.try_downscale,
        )
        return [bytes(r.bytes).decode("latin-1") for r in found if r.valid]


@dataclass
class ChainDecoder:
    decoders: Sequence[DataMatrixDecoder]
    name: str = "chain"

    def decode(self, gray: np.ndarray) -> list[str]:
        for d in self.decoders:
            got = d.decode(gray)
            if got:
                return got
        return []


@dataclass
class DecodeStats:
    """What a :class:`CandidateDecoder` did so far (benches, tests, diagnostics)."""

    frames: int = 0
    frames_with_candidates: int = 0
    candidates: int = 0
    zxing_calls: int = 0
    dmtx_calls: int = 0


@dataclass
class CandidateDecoder:
    """The camera's decoder: zxing-cpp and libdmtx only where :class:`CandidateFinder` sees
    something code-like, so a frame with nothing in it reaches neither.

    1. zxing-cpp reads the best ``max_regions`` candidates, each cropped with ``zxing_margin``
       of its size around it (its binariser needs the surroundings); a candidate shorter than
       ``upscale_below`` px is scaled up ×2 (modules of 3–4 px), a crop longer than
       ``max_side`` scaled down. A *strong* candidate (square, filled, no stripes: what codes
       look like) that does not read is tried again at ``retry_scales`` (zxing-cpp reads some
       codes at one scale and not another); the others (text, codes touching text) are read
       by ``weak_zxing``, without ``try_rotate``: a third of the cost on a block of text, and
       no code fewer on the bench's hard set.
    2. Only if zxing-cpp read nothing, libdmtx gets the strong candidates among the best
       ``dmtx_regions`` whose crop holds a finder-sized dark piece (``min_finder_share``, see
       :func:`finder_share`: a block of text does not), on a tighter crop (``dmtx_margin``,
       halved above ``dmtx_shrink_above`` px) with ``dmtx_timeout_ms``, all within
       ``dmtx_budget_ms`` for the frame. libdmtx never sees a whole frame: on one it runs to
       its timeout (0202).

    With ``zxing=None`` (zxing-cpp not installed) only step 2 runs.
    """

    finder: CandidateFinder = field(default_factory=CandidateFinder)
    zxing: DataMatrixDecoder | None = field(default_factory=lambda: ZxingDecoder())
    weak_zxing: DataMatrixDecoder | None = field(default_factory=lambda: ZxingDecoder(try_rotate=False))
    roi: Roi | None = None
    max_regions: int = 6
    zxing_margin: float = 0.5
    upscale_below: int = 110
    max_side: int = 640
    retry_scales: tuple[float, ...] = (0.67, 1.0, 1.5, 2.0)
    dmtx_regions: int = 2
    min_finder_share: float = 0.45
    dmtx_margin: float = 0.2
    dmtx_shrink_above: int = 180
    dmtx_timeout_ms: int = 30
    dmtx_budget_ms: float = 30.0
    name: str = "candidates"
    stats: DecodeStats = field(default_factory=DecodeStats)

    def decode(self, gray: np.ndarray) -> list[str]:
        img = crop(to_gray(gray), self.roi)
        self.stats.frames += 1
        found = self.finder.find(img)
        if not found:
            return []
        self.stats.frames_with_candidates += 1
        self.stats.candidates += len(found)
        if self.zxing is not None:
            codes = self._zxing(img, found[: self.max_regions])
            if codes:
                return codes
        return self._dmtx(img, found[: self.dmtx_regions])

    def _zxing(self, img: np.ndarray, found: list[Candidate]) -> list[str]:
        assert self.zxing is not None
        h, w = img.shape[:2]
        codes: list[str] = []
        for c in found:
            x0, y0, x1, y1 = c.crop_box(w, h, self.zxing_margin)
            part = img[y0:y1, x0:x1]
            side = max(part.shape[:2])
            first = 2.0 if c.short_side < self.upscale_below else min(1.0, self.max_side / side)
            scales = [first]
            if c.strong:
                scales += [k for k in self.retry_scales if abs(k - first) > 0.05 and k * side <= 2 * self.max_side]
            reader = self.zxing if c.strong or self.weak_zxing is None else self.weak_zxing
            for k in scales:
                self.stats.zxing_calls += 1
                got = [t for t in reader.decode(_scaled(part, k)) if t not in codes]
                if got:
                    codes += got
                    break
        return codes

    def _dmtx(self, img: np.ndarray, found: list[Candidate]) -> list[str]:
        h, w = img.shape[:2]
        deadline = time.perf_counter() + self.dmtx_budget_ms / 1000
        for c in found:
            if not c.strong:
                continue
            x0, y0, x1, y1 = c.crop_box(w, h, self.dmtx_margin)
            part = img[y0:y1, x0:x1]
            if finder_share(part, c.box) < self.min_finder_share:
                continue
            left_ms = int((deadline - time.perf_counter()) * 1000)
            if left_ms < 2:
                break
            shrink = 2 if max(part.shape[:2]) > self.dmtx_shrink_above else 1
            self.stats.dmtx_calls += 1
            got = DmtxDecoder(timeout_ms=min(self.dmtx_timeout_ms, left_ms), shrink=shrink).decode(part)
            if got:
                return got
        return []


def _scaled(part: np.ndarray, k: float) -> np.ndarray:
    import cv2

    if abs(k - 1.0) < 0.05:
        return np.ascontiguousarray(part)
    interpolation = cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR
    return cv2.resize(part, None, fx=k, fy=k, interpolation=interpolation)


def zxing_usable() -> bool:
    return importlib.util.find_spec("zxingcpp") is not None


def full_frame_decoder(roi: Roi | None = None) -> DataMatrixDecoder:
    """zxing-cpp then pylibdmtx over the whole frame (the camera's decoder before 0203)."""
    dmtx = DmtxDecoder(roi=roi)
    if zxing_usable():
        return ChainDecoder([ZxingDecoder(roi=roi), dmtx])
    return dmtx


def default_decoder(roi: Roi | None = None) -> DataMatrixDecoder:
    """The camera's decoder: candidate regions first, then zxing-cpp and pylibdmtx on crops."""
    if zxing_usable():
        return CandidateDecoder(roi=roi)
    return CandidateDecoder(zxing=None, weak_zxing=None, roi=roi)
