"""The window with a real cloud (decisions 2050, 2051): the admin signs in on the admin tab's cloud
line with only the e-mail and password — the PC names its company itself, so the same login in
another company (another password) is not this account — then creates a cashier with a name and
renames her in the users page; both reach the cloud and come back through the mirror. Real key and
mouse events (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import QApplication, QEvent, QKeyEvent, Qt
from alsep_desktop.ui.translator import set_language
from tests.cloud.support import PASSWORD, CloudServer
from tests.cloud_desktop.support import BoundPc, bound_pc
from tests.support.postgres import PostgresServer


@pytest.fixture
def server(pg_server: PostgresServer) -> Iterator[CloudServer]:
    s = CloudServer(pg_server.create_database())
    yield s
    s.stop()


@pytest.fixture
def pc(server: CloudServer, tmp_path: Path) -> Iterator[BoundPc]:
    bound = bound_pc(server, tmp_path / "pc", products=1)
    yield bound
    bound.close()


def _type(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Clear the field and type ``text`` key by key (QTest's keyClicks knows ASCII only)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def test_cloud_sign_in_by_this_pcs_company_then_name_and_rename(qtbot, server: CloudServer, pc: BoundPc) -> None:
    other = server.tenant()  # company B: the same admin login, another password
    assert other.api.post("/users", json={"full_name": "Чужой", "email": pc.tenant.email, "password": "b-pass-9",
                                          "role": "admin"}).status_code == 201
    set_language(QApplication.instance(), "en")
    pc.ctx.auth.set_pin(pc.ctx.auth.login(pc.tenant.email, PASSWORD), "4321")  # no first-login PIN question
    pc.ctx.admin.current().cloud.logout()
    w = MainWindow(pc.ctx, run_selftest=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    try:
        qtbot.waitUntil(lambda: w.login.register is not None, timeout=10_000)
        qtbot.keyClicks(w.login.email, pc.tenant.email)
        qtbot.keyClicks(w.login.password, PASSWORD)
        qtbot.keyClick(w.login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: w.admin_tab is not None or w.login.message.is_error, timeout=10_000)
        assert w.admin_tab is not None, w.login.message.text()
        w.tabs.setCurrentWidget(w.admin_tab)
        bar = w.admin_tab.cloud_bar
        assert bar is not None and bar.form.isVisible()
        qtbot.keyClicks(bar.password, "b-pass-9")  # B's password: not this company's account
        qtbot.keyClick(bar.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(bar.error.text()), timeout=15_000)
        assert bar.form.isVisible()
        _type(qtbot, bar.password, PASSWORD)
        qtbot.keyClick(bar.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not bar.form.isVisible(), timeout=15_000)
        assert pc.ctx.admin.current().cloud.session.company == pc.tenant.iin_bin

        users = w.admin_tab.show_page("users")
        qtbot.waitUntil(lambda: users.pending == 0, timeout=10_000)
        login = f"kassa.{pc.tenant.tag.lower()}@example.kz"
        _type(qtbot, users.name_edit, "Айгерим Нұрланова")
        _type(qtbot, users.email_edit, login)
        _type(qtbot, users.password_edit, "kassa-pass-1")
        qtbot.mouseClick(users.create_button, Qt.MouseButton.LeftButton)

        def row() -> int | None:
            return next((r for r in range(users.table.rowCount()) if users.table.item(r, 1).text() == login), None)

        qtbot.waitUntil(lambda: users.pending == 0 and row() is not None, timeout=15_000)
        assert users.table.item(row(), 0).text() == "Айгерим Нұрланова"
        users.table.selectRow(row())
        _type(qtbot, users.rename_edit, "Айгерим Сейтқали")
        qtbot.keyClick(users.rename_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: users.pending == 0 and row() is not None
                        and users.table.item(row(), 0).text() == "Айгерим Сейтқали", timeout=15_000)
        cloud_user = next(u for u in pc.tenant.ok("GET", "/users") if u["email"] == login)
        assert cloud_user["full_name"] == "Айгерим Сейтқали"
        assert all(u["email"] != login for u in other.ok("GET", "/users"))
    finally:
        w.close()
        w.ops.wait(10_000)
