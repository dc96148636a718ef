"""The window with a real cloud (uvicorn on loopback, PostgreSQL): an admin edit in the admin tab goes
to the cloud and comes back through the mirror; with the cloud stopped the edit is refused and the
status bar says offline; unbinding through the window revokes this PC's credential and stops sync.
Driven with real key and mouse events (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from alsep_desktop.cloud_client.credentials import load_device_credential
from alsep_desktop.domain.money import Money
from alsep_desktop.ui.admin.product_dialog import ProductDialog
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import QApplication, Qt
from alsep_desktop.ui.translator import set_language
from tests.cloud.support import PASSWORD, CloudServer
from tests.cloud_desktop.support import BoundPc, bound_pc
from tests.support.postgres import PostgresServer


@pytest.fixture(scope="module")
def shared_server(pg_server: PostgresServer) -> Iterator[CloudServer]:
    s = CloudServer(pg_server.create_database())
    yield s
    s.stop()


@pytest.fixture
def server(request: pytest.FixtureRequest, pg_server: PostgresServer, shared_server: CloudServer) -> Iterator[CloudServer]:
    """The module's cloud (each test has its own company), or one of its own for the test that stops it."""
    if "stopped" not in request.node.name:
        yield shared_server
        return
    s = CloudServer(pg_server.create_database())
    yield s
    s.stop()


@pytest.fixture
def pc(server: CloudServer, tmp_path: Path) -> Iterator[BoundPc]:
    bound = bound_pc(server, tmp_path / "pc")
    yield bound
    bound.close()


@pytest.fixture
def window(qtbot, pc: BoundPc) -> Iterator[MainWindow]:
    set_language(QApplication.instance(), "en")
    pc.ctx.auth.set_pin(pc.ctx.auth.login(pc.tenant.email, PASSWORD), "4321")  # a PIN is this PC's own
    pc.ctx.admin.current().cloud.logout()  # the binding's token: this window signs in for itself
    w = MainWindow(pc.ctx, run_selftest=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.login.register is not None, timeout=10_000)
    # the administrator signs in on this PC with the password the cloud gave the mirror (argon2 hash)
    qtbot.keyClicks(w.login.email, pc.tenant.email)
    qtbot.keyClicks(w.login.password, PASSWORD)
    qtbot.keyClick(w.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.admin_tab is not None or w.login.message.is_error, timeout=10_000)
    assert w.admin_tab is not None, w.login.message.text()
    w.tabs.setCurrentWidget(w.admin_tab)
    yield w
    w.close()
    w.ops.wait(10_000)


def _sign_in_to_cloud(qtbot, w: MainWindow) -> None:
    bar = w.admin_tab.cloud_bar
    assert bar is not None and bar.isVisible() and bar.form.isVisible()
    qtbot.keyClicks(bar.password, PASSWORD)
    qtbot.keyClick(bar.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not bar.form.isVisible(), timeout=15_000)
    assert "signed in as" in bar.state.text()


def _edit_price(qtbot, w: MainWindow, code: str, price: str) -> ProductDialog:
    page = w.admin_tab.show_page("products")
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() > 0, timeout=10_000)

    def click_the_row() -> bool:  # again if a refresh of the page refilled the table meanwhile
        if page.pending:
            return False
        row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == code)
        rect = page.table.visualItemRect(page.table.item(row, 0))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        chosen = page._product()
        return chosen is not None and chosen.code == code

    qtbot.waitUntil(click_the_row, timeout=10_000)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dlg = page.dialog
    assert isinstance(dlg, ProductDialog) and dlg.product is not None and dlg.product.code == code
    dlg.price_edit.setFocus()
    qtbot.keyClick(dlg.price_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dlg.price_edit, price)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    return dlg


def test_an_admin_edit_goes_to_the_cloud_and_comes_back_through_the_mirror(qtbot, window: MainWindow,
                                                                             pc: BoundPc) -> None:
    product = pc.products[0]
    _sign_in_to_cloud(qtbot, window)
    dlg = _edit_price(qtbot, window, product["code"], "777")
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)
    cloud_now = pc.tenant.ok("GET", f"/products/{product['id']}")
    assert cloud_now["price_tiyn"] == 77_700 and cloud_now["version"] == product["version"] + 1
    local = pc.ctx.catalog.find_by_code(pc.register_id, product["code"])
    assert local is not None and local.price == Money(77_700) and local.uuid == product["id"]  # the mirror's row
    page = window.admin_tab.page("products")
    qtbot.waitUntil(lambda: any(page.table.item(r, 0).text() == product["code"] and "777" in
                                " ".join(page.table.item(r, c).text() for c in range(page.table.columnCount()))
                                for r in range(page.table.rowCount())), timeout=10_000)


def test_a_stale_edit_is_refused_naming_what_changed(qtbot, window: MainWindow, pc: BoundPc) -> None:
    product = pc.products[1]
    _sign_in_to_cloud(qtbot, window)
    # the mirror lags behind the cloud: the engine stops, and a long poll it left in flight is
    # answered (by a change of another product) and ends before the change the admin does not see
    engine = pc.ctx.sync
    threads = list(engine._threads)
    engine.stop()
    other = pc.products[2]
    pc.tenant.ok("PATCH", f"/products/{other['id']}", json={"version": other["version"], "price_tiyn": 1})
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads)
    pc.tenant.ok("PATCH", f"/products/{product['id']}", json={"version": product["version"], "name": "Другое имя"})
    dlg = _edit_price(qtbot, window, product["code"], "999")  # the mirror still shows the old name
    qtbot.waitUntil(lambda: bool(dlg.error.text()) or not dlg.isVisible(), timeout=30_000)
    assert "Name = Другое имя" in dlg.error.text() and dlg.isVisible(), dlg.error.text()
    assert pc.tenant.ok("GET", f"/products/{product['id']}")["price_tiyn"] == product["price_tiyn"]


def test_with_the_cloud_stopped_the_edit_is_refused_and_the_status_bar_says_offline(
        qtbot, window: MainWindow, pc: BoundPc, server: CloudServer) -> None:
    product = pc.products[0]
    _sign_in_to_cloud(qtbot, window)
    status = window.status.cloud
    qtbot.waitUntil(lambda: status.isVisible() and "synced" in status.text(), timeout=15_000)
    server.stop()
    dlg = _edit_price(qtbot, window, product["code"], "555")
    qtbot.waitUntil(lambda: bool(dlg.error.text()), timeout=20_000)
    assert "cannot be reached" in dlg.error.text() and dlg.isVisible()  # refused, not queued
    qtbot.waitUntil(lambda: "no connection since" in status.text(), timeout=30_000)
    assert pc.ctx.catalog.find_by_code(pc.register_id, product["code"]).price == Money(product["price_tiyn"])
    bar = window.admin_tab.cloud_bar
    bar.refresh()
    assert "no connection since" in bar.state.text()  # the admin tab says it too


def test_unbinding_through_the_window_revokes_this_pc_and_stops_sync(qtbot, window: MainWindow, pc: BoundPc,
                                                                   server: CloudServer) -> None:
    credential = load_device_credential(pc.ctx.vault)
    assert credential is not None
    _sign_in_to_cloud(qtbot, window)
    page = window.admin_tab.show_page("registers")
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() > 0, timeout=10_000)
    rect = page.table.visualItemRect(page.table.item(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page.confirm = lambda _text: True  # the question box is modal; the answer is "yes"
    qtbot.mouseClick(page.unbind_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pc.ctx.sync is None, timeout=20_000)
    assert load_device_credential(pc.ctx.vault) is None
    assert pc.tenant.ok("GET", f"/registers/{pc.register['id']}")["bound"] is False
    r = httpx.get(server.url + "/feed", headers={"Authorization": f"Bearer {credential.credential}"}, timeout=10)
    assert r.status_code == 401  # revoked at once
    window.status.refresh()
    qtbot.waitUntil(lambda: "unbound" in window.status.cloud.text(), timeout=10_000)


def test_a_catalog_file_asks_for_the_cloud_sign_in_first(qtbot, window: MainWindow, pc: BoundPc) -> None:
    """The import itself through the cloud: tests/ui/cloud/test_cloud_catalog_import.py (decision 1419)."""
    page = window.admin_tab.show_page("products")
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() > 0, timeout=10_000)
    page.ask_open_path = lambda *_a: pytest.fail("no file is asked for")  # type: ignore[method-assign]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "Sign in to the cloud" in page.error.text()
    assert len(pc.ctx.catalog.list_products(pc.register_id)) == len(pc.products) + 1  # and the free position


def test_unbound_in_the_cloud_panel_the_status_bar_says_sync_stopped(qtbot, window: MainWindow, pc: BoundPc) -> None:
    status = window.status.cloud
    qtbot.waitUntil(lambda: "synced" in status.text(), timeout=15_000)
    pc.tenant.ok("POST", f"/registers/{pc.register['id']}/unbind")  # another admin, elsewhere
    pc.ctx.sync.wake()
    qtbot.waitUntil(lambda: "unbound" in status.text(), timeout=30_000)  # the engine's next round
    assert "color: #b00020" in status.styleSheet()
