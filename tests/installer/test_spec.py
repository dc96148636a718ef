"""The installer files without building anything (fast; part of the ordinary suite)."""

from __future__ import annotations

import ast
import configparser
import re
import tomllib

from tests.installer.conftest import ROOT

SPEC = ROOT / "installer" / "alsep-desktop.spec"
LINUX = ROOT / "installer" / "linux"

#: Every module that finds a resource relative to its own file, and the folder it looks in. A new
#: lookup makes this test fail until the spec is checked to carry that folder (frozen: _MEIPASS).
FILE_RELATIVE_LOOKUPS = {
    "src/alsep_desktop/store/migrate.py": "alsep_desktop/store/migrations",
    "src/alsep_desktop/ui/i18n/__init__.py": "alsep_desktop/resources/translations",
    "src/alsep_desktop/services/passport.py": "alsep_desktop/resources/fonts",
    "src/alsep_desktop/hardware/printer/raster.py": "alsep_desktop/resources/fonts",
    "src/alsep_desktop/app/selfcheck.py": "alsep_desktop/resources/translations",  # it checks them
    "src/alsep_desktop/fiscal/sandbox/catalogue.py": "alsep_desktop/fiscal/sandbox",  # the demo OFD's НКТ catalogue
}


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def _spec_constant(name: str):  # noqa: ANN202
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def test_spec_builds_every_desktop_entry_point_and_not_the_cloud() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    entries = {name: script for name, script, _ in _spec_constant("ENTRY_POINTS")}
    assert set(entries) == set(scripts) - {"alsep-cloud"}
    # each launcher calls the same main() as the pip console script
    for name, script in entries.items():
        module, func = scripts[name].split(":")
        text = (ROOT / "installer" / "entry" / script).read_text(encoding="utf-8")
        assert f"from {module} import {func}" in text, (name, script)
    # the Linux dispatcher knows every tool by the name it is started under
    dispatcher = (ROOT / "installer" / "entry" / "launch_desktop.py").read_text(encoding="utf-8")
    for name in entries:
        module, _ = scripts[name].split(":")
        assert f"from {module} import main" in dispatcher
        if name != "alsep-desktop":
            assert f'"{name}"' in dispatcher


def test_every_file_relative_resource_lookup_is_carried_by_the_spec() -> None:
    found = set()
    for path in (ROOT / "src" / "alsep_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"Path\((\w+\.)?__file__\)|_MEIPASS|resources\.files\(|\bfiles\(__", text):
            found.add(path.relative_to(ROOT).as_posix())
    assert found == set(FILE_RELATIVE_LOOKUPS), "a new lookup beside the code: add its folder to the spec's datas"
    spec = SPEC.read_text(encoding="utf-8")
    for target in set(FILE_RELATIVE_LOOKUPS.values()):
        assert f'"{target}"' in spec, target
    # the generated protocol module is imported (found by the analysis), the .proto rides along
    assert '"alsep_desktop/fiscal/proto"' in spec
    assert "pyi_rth_alsep_libs.py" in spec  # libdmtx found inside the bundle on Linux
    assert 'collect_dynamic_libs("pylibdmtx")' in spec


def test_qt_modules_the_app_imports_are_not_excluded() -> None:
    qt = (ROOT / "src" / "alsep_desktop" / "ui" / "qt.py").read_text(encoding="utf-8")
    used = set(re.findall(r"from PySide6\.(\w+) import", qt))
    assert used == {"QtCore", "QtGui", "QtWidgets"}
    excluded = {name.split(".", 1)[1] for name in _spec_constant("QT_EXCLUDES")}
    assert not used & excluded
    for heavy in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"):
        assert heavy in excluded


def test_desktop_entries_have_what_menus_and_sessions_need() -> None:
    for name, needs in {
        "alsep-desktop.desktop": {"Type", "Name", "Exec", "Icon", "Categories"},
        "alsep-desktop-kiosk-autostart.desktop": {"Type", "Name", "Exec"},
        "alsep-kiosk.xsession.desktop": {"Type", "Name", "Exec"},
        "alsep-kiosk-cage.wayland.desktop": {"Type", "Name", "Exec"},
    }.items():
        parser = configparser.ConfigParser(interpolation=None, strict=True)
        parser.optionxform = str  # type: ignore[assignment, method-assign]
        parser.read(LINUX / name, encoding="utf-8")
        entry = parser["Desktop Entry"]
        assert needs <= set(entry), (name, needs - set(entry))
        assert "/opt/alsep-desktop/" in entry["Exec"], name
    assert "--kiosk" in (LINUX / "alsep-desktop-kiosk.service").read_text(encoding="utf-8")


def test_user_unit_restarts_after_a_crash_only() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment, method-assign]
    unit.read(LINUX / "alsep-desktop-kiosk.service", encoding="utf-8")
    assert unit["Service"]["Restart"] == "on-failure"  # an admin's exit (status 0) ends the session
    assert unit["Service"]["ExecStart"] == "/opt/alsep-desktop/alsep-desktop --kiosk"
    assert "StartLimitBurst" in unit["Unit"]


def test_maintainer_scripts_write_nothing_into_homes() -> None:
    for name in ("postinst", "prerm", "postrm"):
        text = (LINUX / name).read_text(encoding="utf-8")
        assert text.startswith("#!/bin/sh")
        for needle in ("$HOME", "/home", "/root", "~/", "getent passwd", "rm -rf"):
            assert needle not in text, (name, needle)
        assert (LINUX / name).stat().st_mode & 0o111


def test_control_template_fields() -> None:
    text = (LINUX / "control.in").read_text(encoding="utf-8")
    fields = dict(line.split(": ", 1) for line in text.splitlines() if line and not line.startswith(" "))
    for key in ("Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends", "Description"):
        assert key in fields
    assert fields["Package"] == "alsep-desktop"
    assert "tzdata" in fields["Depends"]  # the bundle leaves zoneinfo to Debian


def test_windows_installer_keeps_the_users_data() -> None:
    iss = (ROOT / "installer" / "windows" / "alsep-desktop.iss").read_text(encoding="utf-8")
    for section in ("[Setup]", "[Files]", "[Icons]", "[Tasks]", "[Registry]"):
        assert section in iss
    assert "{group}" in iss  # Start-menu entry
    assert "autostart" in iss.lower()
    # the uninstaller removes the program folder only: never the data folder (platformdirs:
    # %LOCALAPPDATA%\alsep-desktop), whatever the [UninstallDelete] section lists
    removed = iss.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0] if "[UninstallDelete]" in iss else ""
    assert "localappdata" not in removed.lower() and "userappdata" not in removed.lower()
    assert "dist\\alsep-desktop\\*" in iss


def test_ci_runs_the_bundle_step_after_the_suite() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^ALSEP_BUNDLE=1 exec make test\b", run, re.M)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_rule = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "pytest -n 2" in test_rule and "bundle-check" in test_rule
    check = makefile.split("\nbundle-check:", 1)[1].split("\n\n", 1)[0]
    assert "--self-check" in check and "alsep-admin --help" in check and "-m bundle" in check
