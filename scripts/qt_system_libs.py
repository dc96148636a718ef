#!/usr/bin/env python3
"""The Debian packages Qt's xcb platform plugin needs on this machine (issue 11.7).

``make run`` on a fresh Debian desktop failed: PySide6's ``libqxcb.so`` links system libraries
(``libxcb-icccm.so.4``, ``libxcb-keysyms.so.1`` …) that a minimal install lacks, and Qt then says
only "could not load the Qt platform plugin xcb". ``scripts/setup.sh`` asks this script what
``ldd`` reports missing for the plugin and installs the packages through apt:

    python scripts/qt_system_libs.py missing    # package names, one per line (unknown libraries on stderr)
    python scripts/qt_system_libs.py libraries  # every system library ldd lists for the plugin

``PACKAGES`` maps each library soname to its Debian package (the first name apt knows is taken:
Debian 13 and Ubuntu 24.04 renamed some libraries with a ``t64`` suffix). A test checks that it
covers every library ldd lists for the plugin in the project's virtualenv. Standard library only.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGES: dict[str, tuple[str, ...]] = {
    # X11 / xcb
    "libxcb.so.1": ("libxcb1",),
    "libxcb-cursor.so.0": ("libxcb-cursor0",),
    "libxcb-icccm.so.4": ("libxcb-icccm4",),
    "libxcb-image.so.0": ("libxcb-image0",),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1",),
    "libxcb-randr.so.0": ("libxcb-randr0",),
    "libxcb-render.so.0": ("libxcb-render0",),
    "libxcb-render-util.so.0": ("libxcb-render-util0",),
    "libxcb-shape.so.0": ("libxcb-shape0",),
    "libxcb-shm.so.0": ("libxcb-shm0",),
    "libxcb-sync.so.1": ("libxcb-sync1",),
    "libxcb-util.so.1": ("libxcb-util1",),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0",),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0",),
    "libxcb-xinput.so.0": ("libxcb-xinput0",),
    "libxcb-xkb.so.1": ("libxcb-xkb1",),
    "libxcb-glx.so.0": ("libxcb-glx0",),
    "libX11.so.6": ("libx11-6",),
    "libX11-xcb.so.1": ("libx11-xcb1",),
    "libXau.so.6": ("libxau6",),
    "libXdmcp.so.6": ("libxdmcp6",),
    "libxkbcommon.so.0": ("libxkbcommon0",),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0",),
    # OpenGL / EGL (glvnd)
    "libGL.so.1": ("libgl1",),
    "libEGL.so.1": ("libegl1",),
    "libGLX.so.0": ("libglx0",),
    "libGLdispatch.so.0": ("libglvnd0",),
    "libOpenGL.so.0": ("libopengl0",),
    # fonts, images, compression
    "libfontconfig.so.1": ("libfontconfig1",),
    "libfreetype.so.6": ("libfreetype6",),
    "libpng16.so.16": ("libpng16-16t64", "libpng16-16"),
    "libz.so.1": ("zlib1g",),
    "libzstd.so.1": ("libzstd1",),
    "libbrotlidec.so.1": ("libbrotli1",),
    "libbrotlicommon.so.1": ("libbrotli1",),
    "libexpat.so.1": ("libexpat1",),
    "liblzma.so.5": ("liblzma5",),
    "liblz4.so.1": ("liblz4-1",),
    "libbz2.so.1.0": ("libbz2-1.0",),
    # GLib, D-Bus, systemd and what they link
    "libglib-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libgthread-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libpcre2-8.so.0": ("libpcre2-8-0",),
    "libdbus-1.so.3": ("libdbus-1-3",),
    "libsystemd.so.0": ("libsystemd0",),
    "libcap.so.2": ("libcap2",),
    "libgcrypt.so.20": ("libgcrypt20",),
    "libgpg-error.so.0": ("libgpg-error0",),
    "libbsd.so.0": ("libbsd0",),
    "libmd.so.0": ("libmd0",),
    "libffi.so.8": ("libffi8",),
    "libmount.so.1": ("libmount1",),
    "libblkid.so.1": ("libblkid1",),
    "libselinux.so.1": ("libselinux1",),
    # C and C++ run time
    "libc.so.6": ("libc6",),
    "libm.so.6": ("libc6",),
    "libdl.so.2": ("libc6",),
    "libpthread.so.0": ("libc6",),
    "librt.so.1": ("libc6",),
    "libstdc++.so.6": ("libstdc++6",),
    "libgcc_s.so.1": ("libgcc-s1",),
}

#: not libraries to install: the kernel's vDSO and the dynamic loader
_BUILTIN = re.compile(r"^(linux-vdso|linux-gate)\.so|^/.*/ld-linux|^ld-linux")
_LINE = re.compile(r"^\s*(\S+)(?:\s+=>\s+(not found|\S+))?")


def plugin_path() -> Path | None:
    """``libqxcb.so`` of the PySide6 this Python imports (None when PySide6 is not installed)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (package / "Qt" / "plugins" / "platforms" / "libqxcb.so",
                      package / "plugins" / "platforms" / "libqxcb.so"):
        if candidate.exists():
            return candidate
    return None


def ldd(path: Path) -> list[tuple[str, str | None]]:
    """(soname, resolved path or None when not found) for each library ldd lists."""
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
    libs: list[tuple[str, str | None]] = []
    for line in out.splitlines():
        m = _LINE.match(line)
        if not m or _BUILTIN.search(m.group(1)):
            continue
        name, where = m.group(1), m.group(2)
        libs.append((name, None if where == "not found" else where))
    return libs


def system_libraries(path: Path) -> list[tuple[str, str | None]]:
    """What ldd lists, less the libraries PySide6 ships itself (resolved inside its package)."""
    bundled = path.resolve().parents[2]  # …/PySide6/Qt
    return [(name, where) for name, where in ldd(path)
            if where is None or not Path(where).resolve().is_relative_to(bundled)]


def _apt_knows(package: str) -> bool:
    if shutil.which("apt-cache") is None:
        return True
    out = subprocess.run(["apt-cache", "policy", package], capture_output=True, text=True, check=False).stdout
    m = re.search(r"Candidate:\s*(\S+)", out)
    return bool(m) and m.group(1) != "(none)"


def package_for(soname: str) -> str | None:
    candidates = PACKAGES.get(soname)
    if not candidates:
        return None
    return next((c for c in candidates if _apt_knows(c)), candidates[-1])


def missing() -> tuple[list[str], list[str]]:
    """(Debian packages to install, missing libraries the table does not know)."""
    path = plugin_path()
    if path is None or shutil.which("ldd") is None:
        return [], []
    packages: list[str] = []
    unknown: list[str] = []
    for name, where in system_libraries(path):
        if where is not None:
            continue
        package = package_for(name)
        if package is None:
            unknown.append(name)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "missing"
    if command == "missing":
        packages, unknown = missing()
        for name in unknown:
            print(f"qt_system_libs: no Debian package known for {name} (add it to PACKAGES)", file=sys.stderr)
        for package in packages:
            print(package)
        return 0
    if command == "libraries":
        path = plugin_path()
        for name, where in system_libraries(path) if path else []:
            print(f"{name}\t{where or 'not found'}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
