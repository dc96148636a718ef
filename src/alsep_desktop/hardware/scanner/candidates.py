"""Cheap DataMatrix candidate regions on a camera frame, before any decoder runs.

A DataMatrix seen by a webcam is a compact square where almost every pixel sits next to a
strong dark/light edge, in every direction. On the frame scaled down to ½ (small modules) and
¼ (large ones), pixels whose 3×3 neighbourhood spans more than the scene's own noise
(``k_noise`` × the median spread) are marked, places dense with them are kept, thin lines
(outlines of boxes and labels) are opened away, and the remaining blobs big enough to hold a
code are returned, best first: square, filled, not striped one way like a 1D barcode.

No blob, no decoder: that keeps an idle camera cheap (a blank wall, sensor noise, a wooden
counter cost one pass of a few image operations). Text and 1D barcodes do make blobs; they
rank lower and the decoders only see small crops of them. :func:`finder_share` tells a block
of text from a code before libdmtx, the slow decoder, is let near it.
See docs/decisions/0203-camera-idle-frames.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in frame pixels


@dataclass(frozen=True)
class Candidate:
    box: Box
    score: float  # higher looks more like a DataMatrix
    aspect: float  # long side / short side of the blob's rotated rectangle
    fill: float  # blob area / that rectangle's area
    stripes: float  # 0 = edges in every direction, 1 = all one way (1D barcode)
    strong: bool = False  # square, filled, no stripes, big enough: what codes look like

    @property
    def short_side(self) -> int:
        return min(self.box[2] - self.box[0], self.box[3] - self.box[1])

    def crop_box(self, width: int, height: int, margin: float = 0.2, pad: int = 8) -> Box:
        """The box widened by ``margin`` of its size + ``pad`` px (the quiet zone and the
        edge pixels the blob lost to the downscale), clipped to the frame."""
        x0, y0, x1, y1 = self.box
        mx, my = int((x1 - x0) * margin) + pad, int((y1 - y0) * margin) + pad
        return max(0, x0 - mx), max(0, y0 - my), min(width, x1 + mx), min(height, y1 + my)


@dataclass
class CandidateFinder:
    """Finds DataMatrix-like blobs. Sizes are in frame pixels; the defaults suit 640–1920 px
    wide webcam frames with modules of 3 px and more."""

    scales: tuple[int, ...] = (2, 4)
    k_noise: float = 2.2  # edge = local spread above k × the frame's median spread
    min_edge: int = 10  # ... and never below this many grey levels
    density: float = 0.45  # share of edge pixels around a point for it to belong to a blob
    min_side: int = 32  # a 10×10-module code at 3 px per module
    max_aspect: float = 8.0  # longer blobs are lines of text
    max_stripes: float = 0.85  # a blob this one-directional is a 1D barcode
    max_candidates: int = 12
    # "strong": 94 % of the code blobs and 1 % of the other blobs on the bench's hard and
    # empty frames (most of the rest are text blocks merged at ¼ scale)
    strong_side: int = 40
    strong_aspect: float = 1.35
    strong_fill: float = 0.7
    strong_stripes: float = 0.15

    def find(self, gray: np.ndarray) -> list[Candidate]:
        import cv2

        h, w = gray.shape[:2]
        found: list[Candidate] = []
        small, at = gray, 1
        for scale in sorted(self.scales):
            if min(h, w) // scale < 16:
                break
            if scale != at:  # each scale from the previous one: cheaper than from the frame
                small, at = cv2.resize(small, (w // scale, h // scale), interpolation=cv2.INTER_AREA), scale
            found += self._blobs(small, scale)
        found.sort(key=lambda c: (c.strong, c.score), reverse=True)
        kept: list[Candidate] = []
        for c in found:  # the same code seen at both scales counts once
            if all(_overlap(c.box, k.box) < 0.7 for k in kept):
                kept.append(c)
        return kept[: self.max_candidates]

    def _blobs(self, small: np.ndarray, scale: int) -> list[Candidate]:
        import cv2

        grad = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, _K3)
        spread = float(np.median(grad[::3, ::3]))
        _, edges = cv2.threshold(grad, max(self.min_edge, self.k_noise * spread), 255, cv2.THRESH_BINARY)
        win = 7 if scale <= 2 else 5
        dense = cv2.blur(edges, (win, win))
        _, mask = cv2.threshold(dense, int(self.density * 255), 255, cv2.THRESH_BINARY)
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, _K5)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, _K5)  # drops outlines of boxes and labels
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        min_side = self.min_side / scale
        out = []
        for cnt in contours:
            x, y, bw, bh = cv2.boundingRect(cnt)
            if bw < min_side or bh < min_side:
                continue
            (_, _), (rw, rh), _ = cv2.minAreaRect(cnt)
            if min(rw, rh) < min_side * 0.8:
                continue
            aspect = max(rw, rh) / max(1.0, min(rw, rh))
            if aspect > self.max_aspect:
                continue
            fill = min(1.0, cv2.countNonZero(mask[y : y + bh, x : x + bw]) / max(1.0, rw * rh))
            stripes = _stripes(small[y : y + bh, x : x + bw])
            if stripes > self.max_stripes:
                continue
            score = fill * (1.0 - stripes) / aspect
            strong = (
                min(rw, rh) * scale >= self.strong_side and aspect <= self.strong_aspect
                and fill >= self.strong_fill and stripes <= self.strong_stripes
            )
            box = (x * scale, y * scale, (x + bw) * scale, (y + bh) * scale)
            out.append(Candidate(box, score, aspect, fill, stripes, strong))
        return out


def finder_share(part: np.ndarray, box: Box) -> float:
    """How much of candidate ``box`` a DataMatrix finder pattern could span; ``part`` is a
    crop of the frame around the box.

    A DataMatrix's solid L border is one dark connected piece as long as the code's sides,
    set apart from its surroundings by the light quiet zone. The result is the short side of
    the largest dark piece not touching the crop's edge over the box's short side: 0.6–0.9
    for codes, about 0.2 for a block of text (its largest piece is a glyph), 0 when nothing
    dark stands clear of the edges (also a code cut by the frame's edge).
    """
    import cv2

    k = min(1.0, 240 / max(part.shape[:2]))
    img = cv2.resize(part, None, fx=k, fy=k, interpolation=cv2.INTER_AREA) if k < 1 else part
    img = cv2.GaussianBlur(img, (0, 0), 1.0)
    _, dark = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    h, w = dark.shape
    best, best_area = 0, 0
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if x > 0 and y > 0 and x + bw < w and y + bh < h and area > best_area:
            best, best_area = i, area
    if not best:
        return 0.0
    (_, _), (rw, rh), _ = cv2.minAreaRect(cv2.findNonZero((labels == best).astype(np.uint8)))
    side = min(box[2] - box[0], box[3] - box[1]) * k
    return min(rw, rh) / max(1.0, side)


def _stripes(roi: np.ndarray) -> float:
    """Coherence of the gradient structure tensor over ``roi``: 0 isotropic, 1 one direction."""
    import cv2

    f = roi.astype(np.float32)
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1)
    jxx, jyy, jxy = float((gx * gx).sum()), float((gy * gy).sum()), float((gx * gy).sum())
    total = jxx + jyy
    return math.sqrt((jxx - jyy) ** 2 + 4 * jxy * jxy) / total if total > 0 else 0.0


def _overlap(a: Box, b: Box) -> float:
    """Intersection over the smaller box's area."""
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return iw * ih / max(1, small)


_K3 = np.ones((3, 3), np.uint8)
_K5 = np.ones((5, 5), np.uint8)
