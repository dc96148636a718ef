"""Synthetic camera frames for tests, benches and demo: a DataMatrix (pylibdmtx encode) on a
frame, and webcam-like frames with no DataMatrix at all (see ``EMPTY_KINDS``)."""

from __future__ import annotations

import numpy as np

EMPTY_KINDS = ("noise", "counter", "wall", "labels")


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
    module: float = 6,
    angle: float = 0.0,
    perspective: float = 0.0,
    blur: float = 0,
    noise: float = 0.0,
    contrast: float = 1.0,
    center: tuple[float, float] = (0.5, 0.5),
    background: np.ndarray | None = None,
    seed: int = 0,
) -> np.ndarray:
    """A ``size`` grayscale frame: a code rotated by ``angle``°, tilted by ``perspective``
    (fraction of its side), its black/white pulled towards mid-grey to ``contrast`` (1 = full),
    blurred with a ``blur`` px Gaussian and Gaussian ``noise`` (σ). ``background`` (a grayscale
    frame of ``size``, e.g. from :func:`empty_frame`) replaces the plain uneven grey."""
    import cv2

    rng = np.random.default_rng(seed)
    w, h = size
    if background is None:
        frame = np.full((h, w), 170, np.uint8)
        frame += rng.integers(0, 30, (h, w), dtype=np.uint8)  # uneven background
    else:
        frame = background.copy()
    code = datamatrix_image(data, module)
    if contrast != 1.0:
        code = np.clip(128 + (code.astype(np.float32) - 128) * contrast, 0, 255).astype(np.uint8)
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


def empty_frame(kind: str, *, size: tuple[int, int] = (1280, 720), seed: int = 0) -> np.ndarray:
    """A webcam-like grayscale frame with no DataMatrix in it, one of ``EMPTY_KINDS``:

    * ``noise``: a dim, evenly lit scene under strong sensor noise;
    * ``counter``: a wood-grain counter top under uneven light, with a few boxes and shadows;
    * ``wall``: a blank wall, a soft light gradient and mild noise;
    * ``labels``: a price-tag board: ordinary 1D barcodes (EAN-13, Code 128) and printed text.
    """
    import cv2

    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 1.0 - 0.25 * ((xx - w * rng.uniform(0.2, 0.8)) ** 2 + (yy - h * rng.uniform(0.2, 0.8)) ** 2) / (w * w)
    if kind == "noise":
        img = np.full((h, w), rng.uniform(60, 140), np.float32) + rng.normal(0, 18, (h, w))
    elif kind == "wall":
        img = rng.uniform(170, 215) * light + rng.normal(0, 3, (h, w))
    elif kind == "counter":
        img = _counter(rng, w, h, xx, yy) * light
        img = cv2.GaussianBlur(img, (0, 0), 0.8) + rng.normal(0, 4, (h, w))
    elif kind == "labels":
        img = _labels(rng, w, h) * light
        img = cv2.GaussianBlur(img, (0, 0), 0.7) + rng.normal(0, 4, (h, w))
    else:
        raise ValueError(f"unknown empty frame kind {kind!r}; one of {EMPTY_KINDS}")
    return np.clip(img, 0, 255).astype(np.uint8)


def _counter(rng: np.random.Generator, w: int, h: int, xx: np.ndarray, yy: np.ndarray) -> np.ndarray:
    import cv2

    small = cv2.resize(rng.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32), (w, h),
                       interpolation=cv2.INTER_CUBIC)
    a = np.deg2rad(rng.uniform(-15, 15))
    u = xx * np.sin(a) + yy * np.cos(a)
    grain = np.sin(u / rng.uniform(5, 9) + 4.0 * small) + 0.5 * np.sin(u / 2.3 + 9.0 * small)
    img = 140 + 22 * grain + 10 * small
    for _ in range(int(rng.integers(2, 5))):  # boxes, a tray, a phone: flat shapes with shadows
        x0, y0 = int(rng.uniform(0, w * 0.8)), int(rng.uniform(0, h * 0.8))
        bw, bh = int(rng.uniform(80, 320)), int(rng.uniform(60, 240))
        cv2.rectangle(img, (x0 + 12, y0 + 12), (x0 + bw + 12, y0 + bh + 12), 70, -1)
        cv2.rectangle(img, (x0, y0), (x0 + bw, y0 + bh), float(rng.uniform(40, 230)), -1)
    return img


def _labels(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """Six price tags laid out on a 1280×720 board, scaled to ``w``×``h``."""
    import cv2
    import zxingcpp

    img = np.full((720, 1280), 120, np.uint8)
    words = ["NAN BIDAI", "MOLOKO 3.2%", "Sut 1 l", "Price 450.00", "KZT", "Art. 10245", "Nan 400 g", "SALE -20%"]
    for row in range(2):
        for col in range(3):
            x0, y0 = 40 + col * 410, 40 + row * 340
            cv2.rectangle(img, (x0, y0), (x0 + 380, y0 + 310), 235, -1)
            for line in range(3):
                text = words[int(rng.integers(len(words)))]
                cv2.putText(img, text, (x0 + 15, y0 + 45 + line * 42), cv2.FONT_HERSHEY_SIMPLEX,
                            float(rng.uniform(0.8, 1.2)), 20, 2, cv2.LINE_AA)
            if (row + col) % 2:
                digits = "".join(str(d) for d in rng.integers(0, 10, 12))
                bar = zxingcpp.create_barcode(digits, zxingcpp.BarcodeFormat.EAN13)
            else:
                bar = zxingcpp.create_barcode(f"ART-{int(rng.integers(10**5, 10**6))}", zxingcpp.BarcodeFormat.Code128)
            pic = np.asarray(bar.to_image(scale=2), np.uint8)
            pic = pic[: min(pic.shape[0], 160), : min(pic.shape[1], 350)]
            ph, pw = pic.shape
            img[y0 + 300 - ph : y0 + 300, x0 + 15 : x0 + 15 + pw] = pic
    if (w, h) != (1280, 720):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    return img.astype(np.float32)
