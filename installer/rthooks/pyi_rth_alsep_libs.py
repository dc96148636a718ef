"""Runtime hook of the frozen bundle (installer/alsep-desktop.spec).

pylibdmtx finds libdmtx with ``ctypes.util.find_library("dmtx")``, which on Linux asks ldconfig
and so never sees the copy shipped inside the bundle. Look in the bundle first, then fall back
to the system's answer. (On Windows PyInstaller already searches ``sys._MEIPASS``.)
"""

import ctypes.util
import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
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
