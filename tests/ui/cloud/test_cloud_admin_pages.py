"""The admin pages walked through a real cloud (issue 20): the company saved without a false
stale-edit refusal and shown as the cloud holds it, a new trade point in the list and in the
new-register combo, OFD data saved with the token field left empty (the token kept), a stale
edit by a second client still refused, and a language switch while the admin is signed in.
Real key and mouse events (pytest-qt, offscreen), the real alsep-cloud on PostgreSQL."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.services.changes import Changes
from alsep_desktop.ui.admin.company import CompanyPage
from alsep_desktop.ui.admin.registers import RegistersPage
from alsep_desktop.ui.admin.trade_points import TradePointsPage
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import QApplication, QLineEdit, Qt
from alsep_desktop.ui.translator import set_language
from tests.cloud.support import PASSWORD, CloudServer
from tests.cloud_desktop.support import BoundPc, bound_pc
from tests.support.postgres import PostgresServer

IBAN, BIK = "KZ35826A1KZTD2995246", "KCJBKZKX"


@pytest.fixture(scope="module")
def server(pg_server: PostgresServer) -> Iterator[CloudServer]:
    s = CloudServer(pg_server.create_database())
    yield s
    s.stop()


@pytest.fixture
def pc(server: CloudServer, tmp_path: Path) -> Iterator[BoundPc]:
    bound = bound_pc(server, tmp_path / "pc", products=1)
    # the company as its cloud account was filled in: phone, IBAN and BIK (the mirror must carry them)
    company = bound.tenant.ok("GET", "/company")
    bound.tenant.ok("PATCH", "/company", json={"version": company["version"], "phone": "+77010000001",
                                                "iban": IBAN, "bik": BIK})
    bound.ctx.sync.sync_now(timeout=15)
    yield bound
    bound.close()


@pytest.fixture
def window(qtbot, pc: BoundPc) -> Iterator[MainWindow]:
    set_language(QApplication.instance(), "en")
    pc.ctx.auth.set_pin(pc.ctx.auth.login(pc.tenant.email, PASSWORD), "4321")
    pc.ctx.admin.current().cloud.logout()  # this window signs in for itself
    w = MainWindow(pc.ctx, run_selftest=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.login.register is not None, timeout=10_000)
    qtbot.keyClicks(w.login.email, pc.tenant.email)
    qtbot.keyClicks(w.login.password, PASSWORD)
    qtbot.keyClick(w.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.admin_tab is not None or w.login.message.is_error, timeout=10_000)
    assert w.admin_tab is not None, w.login.message.text()
    w.tabs.setCurrentWidget(w.admin_tab)
    bar = w.admin_tab.cloud_bar
    qtbot.keyClicks(bar.password, PASSWORD)
    qtbot.keyClick(bar.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not bar.form.isVisible(), timeout=15_000)
    yield w
    if w.admin_tab is not None and w.admin_tab.cloud_bar is not None:
        w.admin_tab.cloud_bar.timer.stop()  # no reload starts while the window closes
    qtbot.waitUntil(lambda: w.ops._running == 0, timeout=30_000)  # every answer delivered to its page
    w.close()
    w.ops.wait(10_000)


def _retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _company_page(qtbot, w: MainWindow) -> CompanyPage:
    w.admin_tab.show_page("dashboard")
    page = w.admin_tab.show_page("company")
    assert isinstance(page, CompanyPage)
    qtbot.waitUntil(lambda: page.pending == 0 and page.info is not None, timeout=10_000)
    return page


def _click_and_wait(qtbot, page, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pending == 0 and (page.error.isVisible() or bool(page.status.text())),
                    timeout=30_000)


def test_the_company_is_saved_through_the_cloud_and_shown_as_the_cloud_holds_it(qtbot, window: MainWindow,
                                                                               pc: BoundPc) -> None:
    page = _company_page(qtbot, window)
    assert page.iban_edit.text() == IBAN and page.bik_edit.text() == BIK  # the mirror carries them
    assert page.phone_edit.text() == "+77010000001"
    assert page.bin_edit.isReadOnly() and "background" in page.bin_edit.styleSheet()  # looks read-only
    _retype(qtbot, page.phone_edit, "+77012223344")
    _click_and_wait(qtbot, page, page.save_button)
    assert not page.error.isVisible(), page.error.text()
    assert page.status.text() == "Company data saved."
    cloud = pc.tenant.ok("GET", "/company")
    assert (cloud["phone"], cloud["iban"], cloud["bik"]) == ("+77012223344", IBAN, BIK)
    # another admin changes the phone in the cloud; entering the page again shows it
    pc.tenant.ok("PATCH", "/company", json={"version": cloud["version"], "phone": "+77015556677"})
    pc.ctx.sync.sync_now(timeout=15)
    page = _company_page(qtbot, window)
    qtbot.waitUntil(lambda: page.phone_edit.text() == "+77015556677", timeout=10_000)


def test_a_stale_company_edit_by_a_second_client_is_still_refused(qtbot, window: MainWindow, pc: BoundPc) -> None:
    page = _company_page(qtbot, window)
    _retype(qtbot, page.phone_edit, "+77019998877")  # the admin is typing …
    cloud = pc.tenant.ok("GET", "/company")
    pc.tenant.ok("PATCH", "/company", json={"version": cloud["version"], "legal_address": "Астана, Мангилик Ел 1"})
    pc.ctx.sync.sync_now(timeout=15)  # … while another admin's change reaches this PC's mirror
    _click_and_wait(qtbot, page, page.save_button)
    assert page.error.isVisible() and "Legal address = Астана, Мангилик Ел 1" in page.error.text(), page.error.text()
    assert "Phone" not in page.error.text() and "IBAN" not in page.error.text()
    assert not page.status.text()  # one message line
    assert pc.tenant.ok("GET", "/company")["phone"] == "+77010000001"  # nothing sent


def test_a_new_trade_point_appears_in_the_list_and_the_new_register_combo(qtbot, window: MainWindow,
                                                                          pc: BoundPc) -> None:
    page = window.admin_tab.show_page("trade_points")
    assert isinstance(page, TradePointsPage)
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, "Sklad na Abaya")
    qtbot.keyClicks(page.address_edit, "Almaty, Abaya 10")
    _click_and_wait(qtbot, page, page.create_button)
    assert not page.error.isVisible(), page.error.text()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=15_000)
    names = {page.table.item(r, 0).text() for r in range(page.table.rowCount())}
    assert "Sklad na Abaya" in names
    assert page.status.text() == "Trade point created."
    assert "Sklad na Abaya" in {tp["name"] for tp in pc.tenant.ok("GET", "/trade-points")}
    registers = window.admin_tab.show_page("registers")
    assert isinstance(registers, RegistersPage)
    qtbot.waitUntil(lambda: registers.pending == 0 and registers.tp_combo.findText("Sklad na Abaya") >= 0,
                    timeout=10_000)


def test_ofd_data_are_saved_with_the_token_left_empty_and_the_token_is_kept(qtbot, window: MainWindow,
                                                                            pc: BoundPc) -> None:
    reg = pc.tenant.ok("GET", f"/registers/{pc.register['id']}")
    reg = pc.tenant.ok("POST", f"/registers/{reg['id']}/ofd", json={
        "version": reg["version"], "ofd_system_id": "12345", "registration_number": "600400123456",
        "ofd_token": "987654", "vat_payer": False})
    pc.ctx.sync.sync_now(timeout=15)
    page = window.admin_tab.show_page("registers")
    assert isinstance(page, RegistersPage)
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() == 1, timeout=10_000)
    rect = page.table.visualItemRect(page.table.item(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.token_edit.text() == "" and page.token_edit.placeholderText()  # "the token is set"
    _retype(qtbot, page.reg_number_edit, "600400999999")
    _click_and_wait(qtbot, page, page.ofd_button)
    qtbot.waitUntil(lambda: page.pending == 0, timeout=30_000)
    assert "OFD token" not in page.error.text()
    qtbot.waitUntil(lambda: "OFD data saved." in page.status.text() or page.error.isVisible(), timeout=10_000)
    cloud = pc.tenant.ok("GET", f"/registers/{reg['id']}")
    assert cloud["registration_number"] == "600400999999" and cloud["ofd_token_set"]
    assert cloud["ofd_token_updated_at"] == reg["ofd_token_updated_at"]  # the same token, not a new one
    with pc.ctx.uow(read_only=True) as uow:
        local = uow.org.register(pc.register_id)
        assert local.registration_number == "600400999999" and uow.secret(local.ofd_token_ref) == "987654"


def test_a_language_switch_while_signed_in_translates_the_admin_tab(qtbot, window: MainWindow,
                                                                   pc: BoundPc) -> None:
    tab = window.admin_tab
    assert tab.tabs.tabText(tab.index_of("company")) == "Company"
    window.set_language("ru")
    qtbot.waitUntil(lambda: tab.tabs.tabText(tab.index_of("company")) == "Компания", timeout=5_000)
    assert tab.tabs.tabText(tab.index_of("trade_points")) == "Торговые точки"
    assert "облак" in tab.cloud_bar.state.text().lower(), tab.cloud_bar.state.text()
    company = tab.show_page("company")
    qtbot.waitUntil(lambda: company.pending == 0 and company.info is not None, timeout=10_000)
    assert company.save_button.text().startswith("Сохранить")
    # another cashier: the old admin tab and its cloud line are gone and get no signal any more
    window.switch_cashier()
    qtbot.waitUntil(lambda: window.login.isVisible(), timeout=5_000)
    qtbot.wait(50)  # the deleteLater of the old tab runs
    errors: list[BaseException] = []
    old_hook = sys.excepthook
    sys.excepthook = lambda _t, exc, _tb: errors.append(exc)
    try:
        window.ops.announce(Changes(org=True))
        qtbot.wait(50)
    finally:
        sys.excepthook = old_hook
    assert not errors, errors
    window.set_language("en")
