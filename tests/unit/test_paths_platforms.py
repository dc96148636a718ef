"""Paths stay cross-platform (issue 16): the data folder from platformdirs on Linux and Windows,
SQLite URLs of Windows paths, Windows serial port names, and no shell-outs in the app."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs
import platformdirs.unix
import platformdirs.windows
import pytest
from sqlalchemy.engine import make_url

from alsep_desktop.app import config as config_module
from alsep_desktop.app.config import APP_NAME, AppConfig, default_data_dir
from alsep_desktop.hardware.printer.config import PrinterConfig, build_connector
from alsep_desktop.hardware.printer.connectors.serial import SerialConnector
from alsep_desktop.hardware.scanner.serial import SerialScannerConfig
from alsep_desktop.services.devices import DeviceSettings, PrinterSettings, SerialScannerSettings
from alsep_desktop.store.db import sqlite_path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_linux_data_dir_follows_xdg(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.delenv("ALSEP_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(config_module.platformdirs, "user_data_dir",
                        lambda app, appauthor=None: platformdirs.unix.Unix(app, appauthor).user_data_dir)
    assert default_data_dir() == tmp_path / "xdg" / APP_NAME


def test_windows_data_dir_is_local_appdata_without_an_author_folder(monkeypatch) -> None:  # noqa: ANN001
    local = r"C:\Users\kassa\AppData\Local"
    monkeypatch.delenv("ALSEP_DATA_DIR", raising=False)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    seen: list[tuple[str, object]] = []

    def windows_dir(app: str, appauthor: object = None) -> str:
        seen.append((app, appauthor))
        return platformdirs.windows.Windows(app, appauthor).user_data_dir

    monkeypatch.setattr(config_module.platformdirs, "user_data_dir", windows_dir)
    got = str(default_data_dir())
    assert seen == [(APP_NAME, False)]  # appauthor=False: no «alsep-desktop\alsep-desktop»
    parts = re.split(r"[\\/]", got)
    assert got.startswith(local) and parts[-1] == APP_NAME and parts.count(APP_NAME) == 1


def test_env_variable_wins_on_both(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setenv("ALSEP_DATA_DIR", str(tmp_path / "shop"))
    assert default_data_dir() == tmp_path / "shop"


@pytest.mark.parametrize("folder, expected", [
    (PureWindowsPath(r"C:\Users\kassa\AppData\Local\alsep-desktop"), r"C:\Users\kassa\AppData\Local\alsep-desktop\alsep.sqlite"),
    (PurePosixPath("/home/kassa/.local/share/alsep-desktop"), "/home/kassa/.local/share/alsep-desktop/alsep.sqlite"),
], ids=["windows", "linux"])
def test_sqlite_url_of_the_data_dir(folder, expected: str) -> None:  # noqa: ANN001
    url = AppConfig(data_dir=folder).database_url  # type: ignore[arg-type]
    assert make_url(url).database == expected  # what SQLAlchemy opens
    assert str(sqlite_path(url)) == expected  # the file the store's warnings and chmod look at


@pytest.mark.parametrize("port", ["COM3", "COM12", r"\\.\COM10", "/dev/ttyUSB0", "/dev/ttyACM0"])
def test_serial_port_names_of_both_systems_are_accepted(port: str) -> None:
    settings = DeviceSettings(
        printer=PrinterSettings(no_printer=False, kind="serial", device=port, profile="generic-80", paper_mm=80),
        serial_scanner=SerialScannerSettings(enabled=True, port=port),
    ).validated()
    assert settings.printer.to_config().device == port
    assert settings.serial_scanner.to_config().port == port
    connector = build_connector(PrinterConfig(kind="serial", device=port))
    assert isinstance(connector, SerialConnector) and connector.port == port
    assert SerialScannerConfig(port).port == port


def test_a_missing_windows_port_on_linux_is_a_clear_printer_error() -> None:
    from alsep_desktop.errors import AlsepError

    connector = SerialConnector("COM3", timeout=0.2)
    with pytest.raises(AlsepError) as err:
        connector.open()
    assert "COM3" in str(err.value)


def test_the_app_runs_no_shell_commands() -> None:
    """No subprocess/os.system in the desktop app: paths and devices go through Python APIs,
    so the same code runs on Windows. (The demo's cloud server is started as a child process by
    ``app/demo_cloud.py``, through ``sys.executable``, never a shell.)"""
    offenders = []
    for path in (SRC / "alsep_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"os\.system\(|os\.popen\(|shell=True|\bcommands\.getoutput", text):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


#: a Debian font folder tried only after the font shipped beside the code (absent on Windows: skipped)
ALLOWED_UNIX_FOLDERS = {"alsep_desktop/hardware/printer/raster.py"}


def test_no_hard_coded_unix_folders() -> None:
    offenders = []
    for path in (SRC / "alsep_desktop").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(r"""["'](/tmp|/home|/var|~/|/usr/share)""", code) and \
                    path.relative_to(SRC).as_posix() not in ALLOWED_UNIX_FOLDERS:
                offenders.append(f"{path.relative_to(SRC)}:{n}")
    assert offenders == []
