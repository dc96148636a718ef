"""Every file dialog of the admin tab opened for real (issue 20, decisions 2001 and 2002).

No test replaces ``ask_open_path``/``ask_save_path`` here: the page's button opens the real Qt file
dialog, the keyboard wedge of the app is installed (``ScannerBridge`` with its default settings, as
``MainWindow.install_scanners`` does), a path is typed into the dialog's file-name field with key
events and confirmed with Enter, and the file is read or written. The typing keeps no Python
reference to the dialog itself, as in the running app (a kept reference hid the crash of 2001).

The same tests run under a real X server too: :func:`test_under_a_real_x_server` starts one Xvfb
and runs this module again in a child pytest with ``QT_QPA_PLATFORM=xcb``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.devices import DeviceSettings
from alsep_desktop.ui import file_dialogs
from alsep_desktop.ui.devices.scanner_bridge import ScannerBridge
from alsep_desktop.ui.qt import (
    QApplication,
    QEvent,
    QFileDialog,
    QKeyEvent,
    QLineEdit,
    QStandardPaths,
    Qt,
    QTimer,
)
from alsep_desktop.ui.translator import set_language, translate_in

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
HEADER = "Код,Код группы,Баркод,Наименование,Цена,Скидка,НДС\n"


@pytest.fixture(autouse=True)
def app_as_it_runs(qapp):  # noqa: ANN001, ANN201
    """Russian, the wedge filter on the application, the dialogs' folder memory cleared."""
    set_language(qapp, "ru")
    file_dialogs.forget()
    bridge = ScannerBridge(settings=DeviceSettings())
    bridge.install(qapp)
    yield bridge
    bridge.uninstall()
    file_dialogs.forget()


class DialogDriver:
    """Waits for the next file dialog, types ``text`` into its file-name field and presses Enter."""

    def __init__(self, qtbot, text: str) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.text = text
        self.seen: dict[str, str] = {}
        self.done = False
        self.expected_folder = file_dialogs.start_folder()  # Documents/home, or the last folder used
        QTimer.singleShot(0, self._attempt)

    def _attempt(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible() or not dialog.isActiveWindow():
            QTimer.singleShot(20, self._attempt)  # keys typed before the dialog is active go to the window below
            return
        self.seen = {"folder": dialog.directory().absolutePath(), "title": dialog.windowTitle(),
                     "look_in": dialog.labelText(QFileDialog.DialogLabel.LookIn),
                     "file_type": dialog.labelText(QFileDialog.DialogLabel.FileType)}
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        del dialog  # as in the app: nobody in Python holds the dialog while the person types
        edit.setFocus()
        self.qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        for ch in self.text:  # QTest's own key table knows ASCII only: the rest as the platform sends it
            if ch.isascii():
                self.qtbot.keyClicks(edit, ch)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(edit, QKeyEvent(kind, ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch))
        self.seen["typed"] = edit.text()
        popup = QApplication.activePopupWidget()  # the completer's list, if it opened: Enter goes to it
        self.qtbot.keyClick(popup if popup is not None else edit, Qt.Key.Key_Return)
        if QApplication.activePopupWidget() is not None:  # the list took that Enter; the next one accepts
            self.qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Return)
        if edit.isVisible():
            self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        self.done = True
        self._tries = 0
        QTimer.singleShot(100, self._still_open)

    def _still_open(self) -> None:
        """Enter that did not close the dialog is a failure of the test, never a hang."""
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            return
        self._tries += 1
        focus = QApplication.focusWidget()
        self.seen.setdefault("still_open", f"focus={type(focus).__name__} text={getattr(focus, 'text', lambda: '')()!r}")
        if self._tries < 5:
            self.qtbot.keyClick(focus or dialog, Qt.Key.Key_Return)
            QTimer.singleShot(100, self._still_open)
        else:
            self.done = False
            dialog.reject()

    def check(self) -> None:
        assert self.done, "no file dialog was opened"
        assert self.seen["typed"] == self.text
        assert Path(self.seen["folder"]) != Path.cwd()  # never the program's own folder
        assert Path(self.seen["folder"]) == self.expected_folder
        assert self.seen["look_in"] == translate_in("ru", "FileDialogs", "Look in:") != "Look in:"
        assert self.seen["file_type"] == translate_in("ru", "FileDialogs", "Files of type:") != "Files of type:"


def test_the_first_dialog_opens_in_documents_or_home(ui, tmp_path: Path) -> None:
    page = ui.page("products")
    docs = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    expected = docs if docs.is_dir() else Path.home()
    driver = DialogDriver(ui.qtbot, str(tmp_path / "first.csv"))
    page.export_button.click()
    driver.check()
    assert Path(driver.seen["folder"]) == expected != Path.cwd()
    assert file_dialogs.start_folder() == tmp_path  # the next one opens where this file went
    again = DialogDriver(ui.qtbot, str(tmp_path / "second.csv"))
    page.export_button.click()
    again.check()
    assert Path(again.seen["folder"]) == tmp_path


def test_export_catalog_csv(ui, tmp_path: Path) -> None:
    page = ui.page("products")
    out = tmp_path / "каталог"  # typed without the extension: the filter's is added
    driver = DialogDriver(ui.qtbot, str(out))
    page.export_button.click()
    driver.check()
    ui.settle(page)
    assert (tmp_path / "каталог.csv").read_text(encoding="utf-8-sig").count("\n") >= 10


def test_sales_export_csv(ui, tmp_path: Path) -> None:
    page = ui.page("sales")
    out = tmp_path / "продажи.csv"
    driver = DialogDriver(ui.qtbot, str(out))
    page.export_button.click()
    driver.check()
    ui.settle(page)
    assert out.exists() and out.stat().st_size > 0


def test_dashboard_export(ui, tmp_path: Path) -> None:
    page = ui.page("dashboard")
    out = tmp_path / "сводка.csv"
    driver = DialogDriver(ui.qtbot, str(out))
    page.export_button.click()
    driver.check()
    ui.settle(page)
    assert out.exists() and out.stat().st_size > 0


def test_terminal_statement_xlsx(ui, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    op_id = str(uuid.uuid4())
    at = datetime(2026, 1, 14, 10, 0, tzinfo=ALMATY)
    with ui.ctx.uow() as uow:
        uow.terminal.upsert(op_id, {"reference": op_id, "kind": "payment", "amount_tiyn": 10_100, "vendor": "kaspi",
                                    "state": "success", "method": "card", "transaction_id": op_id[:12],
                                    "terminal_id": "POS10344", "started_at": at, "updated_at": at,
                                    "register_id": ui.register_id})
        uow.commit()
    page = ui.page("terminal_reports")
    out = tmp_path / "выписка.xlsx"
    driver = DialogDriver(ui.qtbot, str(out))
    page.export_button.click()
    driver.check()
    ui.qtbot.waitUntil(lambda: page.pending == 0 and out.exists(), timeout=15_000)
    assert load_workbook(out).worksheets[0].max_row >= 2


def test_register_passport_pdf(ui, tmp_path: Path) -> None:
    page = ui.page("registers")
    page.table.selectRow(0)
    out = tmp_path / "паспорт.pdf"
    driver = DialogDriver(ui.qtbot, str(out))
    page.passport_button.click()
    driver.check()
    ui.settle(page)
    assert out.read_bytes().startswith(b"%PDF")

def test_import_csv(ui, tmp_path: Path) -> None:
    good = tmp_path / "goods.csv"
    good.write_text(HEADER + "".join(f"{i},1,,Товар {i},{i}.50,0,16\n" for i in range(1, 6)), encoding="utf-8")
    page = ui.page("products")
    page.confirm = lambda text: True
    driver = DialogDriver(ui.qtbot, str(good))
    page.import_button.click()
    driver.check()
    ui.settle(page)
    preview = page.io.preview_dialog  # the file was read: what it holds is shown before it is applied
    assert preview is not None and preview.isVisible()
    preview.close()


def test_import_1c(ui, tmp_path: Path) -> None:
    for name in ("import.xml", "offers.xml"):
        shutil.copy(FIXTURES / "commerceml" / name, tmp_path / name)
    page = ui.page("products")
    page.confirm = lambda text: True
    driver = DialogDriver(ui.qtbot, str(tmp_path / "import.xml"))
    page.import_1c_button.click()
    driver.check()
    ui.settle(page)
    preview = page.io.preview_dialog
    assert preview is not None and preview.isVisible()
    preview.close()


def test_export_issues_list(ui, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "1,1,48A,Кривой штрихкод,10.00,0,16\n", encoding="utf-8")
    page = ui.page("products")
    page.confirm = lambda text: True
    first = DialogDriver(ui.qtbot, str(bad))  # the import's own dialog first
    page.import_button.click()
    first.check()
    ui.settle(page)
    dlg = page.io.errors_dialog
    assert dlg is not None and dlg.isVisible()
    saved = tmp_path / "ошибки.csv"
    driver = DialogDriver(ui.qtbot, str(saved))
    dlg.save_button.click()
    driver.check()
    assert saved.stat().st_size > 0
    dlg.close()


def test_under_a_real_x_server(tmp_path: Path) -> None:
    """The tests above once more in a child pytest on one Xvfb (``xvfb`` is installed by
    ``scripts/setup.sh test``), with Qt's xcb platform."""
    if os.environ.get("ALSEP_XVFB_CHILD"):
        return  # the child run is this module under X already
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: run scripts/setup.sh test (it installs xvfb through apt)"
    display = _free_display()
    server = subprocess.Popen([xvfb, f":{display}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket = Path(f"/tmp/.X11-unix/X{display}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{display}", "ALSEP_XVFB_CHILD": "1"}
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-x", "-p", "no:randomly",
                               "-p", "no:cacheprovider", "-p", "no:xdist", "-k", "not test_under_a_real_x_server",
                               str(Path(__file__))],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
        dialogs = [name for name in globals() if name.startswith("test_") and name != "test_under_a_real_x_server"]
        assert f"{len(dialogs)} passed" in done.stdout, done.stdout[-2000:]  # every dialog test ran under X
    finally:
        server.terminate()
        server.wait(10)


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise AssertionError("no free X display number")
