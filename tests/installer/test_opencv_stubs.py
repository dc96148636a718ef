"""OpenCV with the bundle's FFmpeg/AV1 stand-ins (decision 1601), outside the bundle: a copy of the
installed cv2 and its libraries with the stand-ins in place, driven the way the register drives it.
Marker ``bundle`` (it builds with gcc and copies 150 MB): run by ``make bundle-check``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer" / "linux"))
import opencv_stubs  # noqa: E402

pytestmark = pytest.mark.bundle

DRIVE = """
import sys
sys.path.insert(0, sys.argv[1])
import cv2, numpy as np
assert cv2.__file__.startswith(sys.argv[1]), cv2.__file__
from pylibdmtx import pylibdmtx
from alsep_desktop.hardware.scanner.camera import CameraScanner
text = "0104870001000029215stubs"
made = pylibdmtx.encode(text.encode("ascii"))
code = np.frombuffer(made.pixels, np.uint8).reshape(made.height, made.width, 3)
code = cv2.resize(code, None, fx=2, fy=2, interpolation=cv2.INTER_NEAREST)
frame = np.full((360, 640, 3), 255, np.uint8)
frame[20:20 + code.shape[0], 40:40 + code.shape[1]] = code
path = sys.argv[2] + "/v.avi"
w = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"MJPG"), 10, (640, 360))
assert w.isOpened()
for _ in range(3):
    w.write(frame)
w.release()
scanner = CameraScanner(path)
cap = scanner._open()
ok, got = cap.read()
assert ok and [s.data for s in scanner.process(got)] == [text]
ok, png = cv2.imencode(".png", frame)
assert ok and cv2.imdecode(png, cv2.IMREAD_GRAYSCALE).shape == (360, 640)
with open(sys.argv[2] + "/f.mp4", "wb") as f:
    f.write(b"\\0\\0\\0\\x18ftypmp42" + b"\\0" * 2000)
print("mp4 opened:", cv2.VideoCapture(sys.argv[2] + "/f.mp4").isOpened(), flush=True)
"""


@pytest.fixture(scope="module")
def stubbed_cv2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import cv2

    site = Path(cv2.__file__).resolve().parent.parent
    root = tmp_path_factory.mktemp("cv2copy")
    shutil.copytree(site / "cv2", root / "cv2")
    libs = root / "opencv_python_headless.libs"
    shutil.copytree(site / "opencv_python_headless.libs", libs)
    stubs = opencv_stubs.make_stubs(next((root / "cv2").glob("cv2*.so")), libs, root / "stubs")
    for name, stub in stubs.items():
        shutil.copyfile(stub, libs / name)
    for lib in libs.iterdir():
        if lib.name.startswith(opencv_stubs.DROPPED_WITH_THEM):
            lib.unlink()
    return root


def _drive(root: Path, tmp_path: Path, *, ffmpeg_off: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "OPENCV_VIDEOIO_PRIORITY_FFMPEG"}
    if ffmpeg_off:
        env["OPENCV_VIDEOIO_PRIORITY_FFMPEG"] = "0"  # what the runtime hook sets
    return subprocess.run([sys.executable, "-c", DRIVE, str(root), str(tmp_path)], capture_output=True, text=True,
                          timeout=120, env=env)


def test_the_camera_path_never_reaches_a_stand_in(stubbed_cv2: Path, tmp_path: Path) -> None:
    proc = _drive(stubbed_cv2, tmp_path, ffmpeg_off=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "mp4 opened: False" in proc.stdout  # another format: not opened, no crash


def test_without_the_runtime_hook_a_stand_in_says_what_was_called(stubbed_cv2: Path, tmp_path: Path) -> None:
    """Proof that the stand-ins are what cv2 loaded: FFmpeg's back-end on, the MP4 reaches one."""
    proc = _drive(stubbed_cv2, tmp_path, ffmpeg_off=False)
    assert proc.returncode != 0
    assert "alsep-desktop: OpenCV called av" in proc.stderr and "decision 1601" in proc.stderr, proc.stderr[-2000:]
