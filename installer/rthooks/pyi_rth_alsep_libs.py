"""Runtime hook of the frozen bundle (installer/alsep-desktop.spec).

pylibdmtx finds libdmtx with ``ctypes.util.find_library("dmtx")``, which on Linux asks ldconfig
and so never sees the copy shipped inside the bundle. Look in the bundle first, then fall back
to the system's answer. (On Windows PyInstaller already searches ``sys._MEIPASS``.)

OpenCV's FFmpeg back-end is turned off (decision 1601: its libraries are not shipped on Linux).
"""

import ctypes.util
import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    # OpenCV's FFmpeg is not in the bundle (stand-ins that abort, installer/linux/opencv_stubs.py):
    # take its back-end out of OpenCV's lists; the camera (V4L2) and MJPEG AVI files need none.
    os.environ["OPENCV_VIDEOIO_PRIORITY_FFMPEG"] = "0"
    _system_find_library = ctypes.util.find_library

    def _bundle_first(name):  # noqa: ANN001, ANN202
        prefix = f"lib{name}.so"
        try:
            shipped = sorted(f for f in os.listdir(sys._MEIPASS) if f.startswith(prefix))
        except OSError:
            shipped = []
        if shipped:
            return os.path.join(sys._MEIPASS, shipped[0])
        return _system_find_library(name)

    ctypes.util.find_library = _bundle_first
