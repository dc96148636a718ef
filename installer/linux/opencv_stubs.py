"""Stand-in libraries for OpenCV's FFmpeg and AVIF libraries in the Linux bundle (decision 1601).

The opencv-python-headless wheel links ``cv2.abi3.so`` against its own FFmpeg (libavcodec,
libavformat, libavutil, libswscale, with libswresample, libvpx, OpenSSL 1.1 and libdrm behind
them) and libavif against libaom (the AV1 codec): 40 MB the register never runs. The camera is
read through V4L2 and the test videos are MJPEG AVI files, which OpenCV reads and writes with its
own code; FFmpeg is only OpenCV's back-end for other video files and network streams, and AV1
only codes AVIF images, which the register never reads or writes. libavif itself stays (1 MB):
OpenCV's image codecs create an AVIF encoder and ask the AVIF decoder about every image's first
bytes, and neither touches the codec.

The dynamic loader still wants every library named, with every symbol imported from it (Python
loads extension modules with RTLD_NOW). So each one is replaced by a small library of the same
name exporting the same symbols under the same version nodes; each function writes which one was
called and aborts. The runtime hook sets ``OPENCV_VIDEOIO_PRIORITY_FFMPEG=0``, which removes the
FFmpeg back-end from OpenCV's lists, so no FFmpeg function is ever reached: a video file in
another format does not open (the camera settings say so), it does not crash.

Usage (the spec calls :func:`make_stubs`): python installer/linux/opencv_stubs.py CV2_SO LIBS_DIR OUT_DIR
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

#: the libraries replaced (file-name prefixes inside opencv_python_headless.libs)
STUBBED = ("libavcodec-", "libavformat-", "libavutil-", "libswscale-", "libaom-")
#: what only the replaced libraries needed: left out of the bundle
DROPPED_WITH_THEM = ("libswresample-", "libvpx-", "libcrypto-", "libssl-", "libdrm-")
MARK = "alsep_opencv_stub"  # a symbol every stand-in defines (tests look for it)

_C_HEAD = """#include <stdio.h>
#include <stdlib.h>
void {mark}(void) {{}}
static void missing(const char *name) {{
    fprintf(stderr, "alsep-desktop: OpenCV called %s, which is not in this bundle "
            "(its FFmpeg and AVIF libraries are left out, decision 1601)\\n", name);
    abort();
}}
"""


def _dynsyms(path: Path, *, defined: bool) -> set[tuple[str, str]]:
    """(name, version) of the dynamic symbols ``path`` defines or imports."""
    flag = "--defined-only" if defined else "--undefined-only"
    out = subprocess.run(["nm", "-D", flag, str(path)], capture_output=True, text=True, check=True).stdout
    found = set()
    for line in out.splitlines():
        parts = line.split()
        if not parts:
            continue
        name, _, version = parts[-1].partition("@")
        found.add((name, version.lstrip("@")))
    return found


def make_stubs(cv2_so: Path, libs_dir: Path, out_dir: Path) -> dict[str, Path]:
    """Build a stand-in for every library of :data:`STUBBED` in ``libs_dir``; {file name: stub}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = _dynsyms(cv2_so, defined=False)
    for kept in libs_dir.iterdir():  # what the kept libraries import from the replaced ones (libavif)
        if not kept.name.startswith(STUBBED + DROPPED_WITH_THEM):
            wanted |= _dynsyms(kept, defined=False)
    made: dict[str, Path] = {}
    for real in sorted(p for p in libs_dir.iterdir() if p.name.startswith(STUBBED)):
        exported = _dynsyms(real, defined=True)
        exported_names = {name for name, _ in exported}
        syms = sorted((n, v) for n, v in wanted if n in exported_names and ((n, v) in exported or not v))
        if not syms:
            raise SystemExit(f"opencv_stubs: nothing imports from {real.name}: is this still the same wheel?")
        c_file = out_dir / (real.name + ".c")
        body = [_C_HEAD.format(mark=MARK)]
        for name, _ in syms:
            if not re.fullmatch(r"[A-Za-z_]\w*", name):
                raise SystemExit(f"opencv_stubs: unexpected symbol {name!r} in {real.name}")
            body.append(f'void {name}(void) {{ missing("{name}"); }}\n')
        c_file.write_text("".join(body), encoding="ascii")
        versions: dict[str, list[str]] = {}
        for name, version in syms:
            versions.setdefault(version, []).append(name)
        script = out_dir / (real.name + ".map")
        nodes = [f"{v} {{ global: {'; '.join(names)}; {MARK}; }};" for v, names in sorted(versions.items()) if v]
        unversioned = versions.get("", [])
        if unversioned:  # an anonymous node holds symbols without a version (libaom has none)
            if nodes:
                raise SystemExit(f"opencv_stubs: {real.name} mixes versioned and unversioned symbols")
            nodes = [f"{{ global: {'; '.join(unversioned)}; {MARK}; local: *; }};"]
        script.write_text("\n".join(nodes) + "\n", encoding="ascii")
        stub = out_dir / real.name
        subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{real.name}",
                        f"-Wl,--version-script={script}", "-o", str(stub), str(c_file)], check=True)
        made[real.name] = stub
    if len(made) != len(STUBBED):
        raise SystemExit(f"opencv_stubs: expected {len(STUBBED)} libraries to replace, found {sorted(made)}")
    return made


if __name__ == "__main__":
    for name, path in make_stubs(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])).items():
        print(f"{name}: {path.stat().st_size} bytes")
