"""DataMatrix decoders for camera frames: zxing-cpp (fast) and pylibdmtx (libdmtx).

Both take an 8-bit grayscale numpy frame and return the decoded payloads as ``str``
(latin-1, so GS 0x1D and every byte survive). ``default_decoder()`` chains zxing-cpp first
and pylibdmtx as fallback; see docs/decisions/0202-datamatrix-decoder.md.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

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


def zxing_usable() -> bool:
    return importlib.util.find_spec("zxingcpp") is not None


def default_decoder(roi: Roi | None = None) -> DataMatrixDecoder:
    dmtx = DmtxDecoder(roi=roi)
    if zxing_usable():
        return ChainDecoder([ZxingDecoder(roi=roi), dmtx])
    return dmtx
