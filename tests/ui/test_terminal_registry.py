"""The terminal registry page driven with real key and mouse events: a terminal with a wrong IBAN
is refused with the field named, corrected and saved; a change of the settlement account is saved
and shows in the terminal's audited history."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from alsep_desktop.app.demo import ADMIN, ADMIN_NAME, ensure_demo
from alsep_desktop.store.models import AuditEntry
from alsep_desktop.ui.admin import AdminTab
from alsep_desktop.ui.i18n.errors import field_label
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import Qt
from alsep_desktop.ui.translator import current_language


@pytest.fixture
def page(qtbot, sqlite_ctx):
    ensure_demo(sqlite_ctx)
    ops = OpRunner()
    tab = AdminTab(sqlite_ctx, ops, sqlite_ctx.auth.login(*ADMIN))
    qtbot.addWidget(tab)
    tab.resize(1200, 860)
    tab.show()
    p = tab.show_page("terminals")
    qtbot.waitUntil(lambda: p.pending == 0 and p.tp_combo.count() > 1, timeout=10_000)
    yield p
    ops.wait()


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.pending == 0, timeout=10_000)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_add_with_a_wrong_iban_then_fix_and_change(qtbot, page, sqlite_ctx) -> None:
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.serial_edit, "00021699584")
    qtbot.keyClicks(page.model_edit, "Kaspi Smart POS")
    for combo in (page.tp_combo, page.register_combo, page.cashier_combo):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first real entry after «none»
    qtbot.keyClicks(page.bank_edit, "Bank CenterCredit")  # QTest types ASCII only
    qtbot.keyClicks(page.iban_edit, "KZ43 8562 2031 0654 1206")  # one check digit off
    qtbot.keyClicks(page.bik_edit, "KCJBKZKX")
    click(qtbot, page.create_button)
    settle(qtbot, page)
    assert page.error.isVisible() and field_label("iban", current_language()) in page.error.text()
    assert page.focusWidget() is page.iban_edit  # the cursor is put where the mistake is
    assert page.table.rowCount() == 0

    retype(qtbot, page.iban_edit, "KZ42 8562 2031 0654 1206")
    retype(qtbot, page.bik_edit, "KCJBKZK")  # a character short
    click(qtbot, page.create_button)
    settle(qtbot, page)
    assert page.error.isVisible() and field_label("bik", current_language()) in page.error.text()
    assert page.table.rowCount() == 0
    assert page.focusWidget() is page.bik_edit

    retype(qtbot, page.bik_edit, "kcjbkzkx")
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.pending == 0, timeout=10_000)
    assert not page.error.isVisible()
    assert page.table.item(0, 0).text() == "00021699584" and page.table.item(0, 6).text() == "KZ428562203106541206"
    assert page.table.item(0, 7).text() == "KCJBKZKX" and page.table.item(0, 3).text().startswith("ККМ №1")

    # seed 8.6: new settlement details for the working terminal
    rect = page.table.visualItemRect(page.table.item(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.save_button.isEnabled() and page.serial_edit.text() == "00021699584", timeout=5_000)
    settle(qtbot, page)
    retype(qtbot, page.iban_edit, "KZ948562870107053614")
    retype(qtbot, page.bank_edit, "Kaspi Bank")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() == 1
                    and page.table.item(0, 6).text() == "KZ948562870107053614", timeout=10_000)
    qtbot.waitUntil(lambda: page.history.count() == 2, timeout=10_000)
    assert "KZ428562203106541206 → KZ948562870107053614" in page.history.item(0).text()
    assert ADMIN_NAME in page.history.item(0).text()

    with sqlite_ctx.uow(read_only=True) as uow:
        audit = [(a.action, json.loads(a.details)) for a in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "payment_terminal").order_by(AuditEntry.id))]
    assert [a for a, _ in audit] == ["create", "update"]
    assert audit[1][1]["changes"] == {"iban": ["KZ428562203106541206", "KZ948562870107053614"],
                                      "bank": ["Bank CenterCredit", "Kaspi Bank"]}
