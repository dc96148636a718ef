"""Synthetic camera frames with a DataMatrix (pylibdmtx encode) for tests, benches and demo."""

from __future__ import annotations

import numpy as np


def datamatrix_image(data: str, module: int = 6) -> np.ndarray:
    """A grayscale DataMatrix, ``module`` pixels per module, with its quiet zone."""
    import cv2
    from pylibdmtx import pylibdmtx

    enc = pylibdmtx.encode(data.encode("latin-1"))
    rgb = np.frombuffer(enc.pixels, np.uint8).reshape(enc.height, enc.width, 3)
    gray = rgb[:, :, 0]
    scale = module / 5  # libdmtx encodes 5 px per module
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)


def frame_with_code(
    data: str,
    *,
    size: tuple[int, int] = (1280, 720),
    module: int = 6,
    angle: float = 0.0,
    perspective: float = 0.0,
    blur: int = 0,
    noise: float = 0.0,
    center: tuple[float, float] = (0.5, 0.5),
    seed: int = 0,
) -> np.ndarray:
    """A ``size`` grayscale frame: a code rotated by ``angle``°, tilted by ``perspective``
    (fraction of its side), blurred with a ``blur`` px Gaussian and Gaussian ``noise`` (σ)."""
    import cv2

    rng = np.random.default_rng(seed)
    w, h = size
    frame = np.full((h, w), 170, np.uint8)
    frame += rng.integers(0, 30, (h, w), dtype=np.uint8)  # uneven background
    code = datamatrix_image(data, module)
    ch, cw = code.shape
    cx, cy = int(center[0] * w), int(center[1] * h)
    src = np.float32([[0, 0], [cw, 0], [cw, ch], [0, ch]])
    k = perspective * cw
    dst = np.float32([[-cw / 2 + k, -ch / 2], [cw / 2 - k, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    rot = cv2.getRotationMatrix2D((0, 0), angle, 1.0)[:, :2]
    dst = (dst @ rot.T + np.float32([cx, cy])).astype(np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    mask = cv2.warpPerspective(np.full_like(code, 255), m, (w, h))
    warped = cv2.warpPerspective(code, m, (w, h), flags=cv2.INTER_LINEAR)
    frame = np.where(mask > 0, warped, frame).astype(np.uint8)
    if blur:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    if noise:
        frame = np.clip(frame + rng.normal(0, noise, frame.shape), 0, 255).astype(np.uint8)
    return frame
