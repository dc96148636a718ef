"""Size cuts of the Linux bundle that need the ELF files themselves (decision 1601); used by
installer/alsep-desktop.spec.

* :func:`unreachable_libraries`: system libraries at the top of ``_internal`` that no kept file
  needs (PyInstaller collected them for plugins the spec then dropped, such as the GTK theme's
  cairo, pango and GIO). Only the top level is pruned; the wheels' own ``*.libs`` folders are not.
* :func:`strip_debug`: debug symbols of files that no patchelf touched (no RPATH/RUNPATH naming a
  wheel's ``.libs`` folder: auditwheel's repairs are left alone, ``strip`` can break them). Each
  stripped file is loaded again (RTLD_NOW) by a separate interpreter before the build goes on.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_RPATH = re.compile(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]")
#: loaded by name at run time (ctypes, the launcher), never through NEEDED
KEEP = ("libpython", "libdmtx")


def _dynamic(path: str) -> str:
    return subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout


def needed(path: str) -> list[str]:
    return _NEEDED.findall(_dynamic(path))


def unreachable_libraries(binaries: Iterable[tuple[str, str, str]]) -> set[str]:
    """Destination names of top-level libraries in PyInstaller's ``(dest, src, typecode)`` list
    that nothing else in the list needs, directly or through another library."""
    entries = [b for b in binaries if b[2] in ("BINARY", "EXTENSION")]
    top = {dest: src for dest, src, kind in entries if "/" not in dest and kind == "BINARY"}
    roots = [src for dest, src, kind in entries if dest not in top or dest.startswith(KEEP)]
    reached: set[str] = set()
    stack = list(roots)
    seen: set[str] = set()
    while stack:
        src = stack.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in needed(src):
            if name in top and name not in reached:
                reached.add(name)
                stack.append(top[name])
    return {dest for dest in top if dest not in reached and not dest.startswith(KEEP)}


def _patched(path: Path) -> bool:
    return any(".libs" in rp for rp in _RPATH.findall(_dynamic(str(path)))) or path.parent.name.endswith(".libs")


def strip_debug(folder: Path, strip_tool: str) -> int:
    """Strip the unneeded symbols of every ELF library under ``folder`` that still has them and
    that no patchelf touched; return the bytes saved. Fails when a stripped file no longer loads."""
    saved = 0
    done: list[Path] = []
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or _patched(path):
            continue
        sections = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True).stdout
        if ".symtab" not in sections and ".debug_info" not in sections:
            continue
        before = path.stat().st_size
        subprocess.run([strip_tool, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
        done.append(path)
    check = ("import ctypes, os, sys\n"
             "for p in sys.argv[1:]:\n"
             "    ctypes.CDLL(p, mode=os.RTLD_NOW | os.RTLD_LOCAL)\n")
    env_path = ":".join(sorted({str(p.parent) for p in folder.rglob("*.so*")} | {str(folder)}))
    proc = subprocess.run([sys.executable, "-c", check, *map(str, done)], capture_output=True, text=True,
                          env={"LD_LIBRARY_PATH": env_path, "PATH": "/usr/bin:/bin"})
    if proc.returncode != 0:
        raise SystemExit(f"bundle_trim: a stripped library no longer loads:\n{proc.stderr[-2000:]}")
    return saved
