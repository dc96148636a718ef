"""`make run` on a fresh Debian desktop (issue 11.7): setup installs what Qt's xcb platform plugin
lacks, from a table of libraries → Debian packages that must cover everything ldd lists for the
plugin of this virtualenv."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "qt_system_libs.py"


@pytest.fixture(scope="module")
def libs():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("qt_system_libs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["qt_system_libs"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ldd is Linux's")
def test_the_table_covers_every_library_of_the_xcb_plugin(libs) -> None:
    plugin = libs.plugin_path()
    assert plugin is not None and plugin.name == "libqxcb.so"
    listed = libs.system_libraries(plugin)
    names = {name for name, _ in listed}
    assert {"libxcb.so.1", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= names  # found or not, ldd names them
    assert not any("Qt6" in name for name in names)  # PySide6's own libraries are not apt's business
    uncovered = sorted(names - set(libs.PACKAGES))
    assert uncovered == [], f"add these to PACKAGES in scripts/qt_system_libs.py: {uncovered}"


def test_ldd_lines_are_read(libs, monkeypatch) -> None:
    out = ("\tlinux-vdso.so.1 (0x00007ffd)\n"
           "\tlibxcb-icccm.so.4 => not found\n"
           "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n"
           "\t/lib64/ld-linux-x86-64.so.2 (0x00007f)\n")

    class Done:
        stdout = out

    monkeypatch.setattr(libs.subprocess, "run", lambda *a, **k: Done())
    assert libs.ldd(Path("libqxcb.so")) == [("libxcb-icccm.so.4", None),
                                            ("libxcb.so.1", "/lib/x86_64-linux-gnu/libxcb.so.1")]
    monkeypatch.setattr(libs, "_apt_knows", lambda p: p == "libglib2.0-0")
    assert libs.package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert libs.package_for("libglib-2.0.so.0") == "libglib2.0-0"  # Debian 12: no t64 name yet
    assert libs.package_for("libunknown.so.9") is None
