"""A document the OFD refused is an error in the window, not a green «отклонено: 1» (issue 20,
decisions 2070, 2071): the real window, the project's OFD sandbox over TCP refusing a Z with
result 13 («z_report disagrees …»), real keys and clicks. The status bar's OFD part turns red
with the count, a click opens «Автономные данные» on the refused documents, the Z there shows
the OFD's code and text and what to do, and after a day every document type is in the list."""

from __future__ import annotations

from datetime import timedelta

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.ui.cashier.receipts import COL_DOCUMENT, COL_OFD, COL_TIME
from alsep_desktop.ui.cashier.status import BAD_STYLE
from alsep_desktop.ui.qt import Qt
from tests.integration.engine.test_engine_rejected_documents import MILK, skew_the_ofd_cash
from tests.ui.cashier.conftest import press, type_keys

#: the Russian of decision 2071's sentence for a refused Z (ofd_rejection.z_report)
Z_ADVICE = "попросите поддержку ОФД закрыть смену у себя"
DAY = ("Чек продажи №1", "Возврат продажи №2", "Внесение наличных №3", "Изъятие наличных №4", "X-отчёт №1",
       "Z-отчёт (закрытие смены)")


def test_a_refused_z_is_red_in_the_status_bar_and_leads_to_the_list(ready, qtbot) -> None:  # type: ignore[no-untyped-def]
    pos, w = ready.pos, ready.window
    step = timedelta(minutes=1)
    sale = pos.sell(MILK, cash="1000")
    pos.clock.advance(step)
    pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign, [(1, Quantity.of(1))])
    pos.clock.advance(step)
    pos.ctx.shifts.deposit(pos.cashier, pos.register_id, Money.parse("500"))
    pos.clock.advance(step)
    pos.ctx.shifts.withdraw(pos.cashier, pos.register_id, Money.parse("200"))
    pos.clock.advance(step)
    press(qtbot, "F8")  # the X report, by key
    ready.wait(lambda: "X-ОТЧЁТ" in w.shift.view.toPlainText())
    ready.idle()
    pos.clock.advance(step)
    skew_the_ofd_cash(pos)
    press(qtbot, "F9")  # the Z, by keys: the OFD refuses it with 13
    type_keys(qtbot, ADMIN[0], delay=5)
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1], delay=5)
    press(qtbot, "Return")
    ready.wait(lambda: "Z-ОТЧЁТ" in w.shift.view.toPlainText())
    ready.wait(lambda: w.shift.message.is_error and "13" in w.shift.message.text())
    said = w.shift.message.text()
    assert "смена закрыта" in said and "ОФД ОТКЛОНИЛ" in said and "z_report disagrees" in said and Z_ADVICE in said

    status = w.status.ofd
    ready.wait(lambda: "1 документ ОТКЛОНЁН ОФД" in status.text())
    assert status.styleSheet() == BAD_STYLE  # red, not the green «на связи»

    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    assert w.tabs.currentWidget() is w.receipts
    table = w.receipts.table
    ready.wait(lambda: table.rowCount() == 1 and table.item(0, COL_DOCUMENT).text().startswith("Z-отчёт"))
    assert "ОТКЛОНЁН ОФД, код 13" in table.item(0, COL_OFD).text()
    detail = w.receipts.detail.text()
    assert "код 13 (INCORRECT_REQUEST_DATA)" in detail and "z_report disagrees: cash_sum" in detail
    assert Z_ADVICE in detail

    # an administrator dealt with it: marked with a click and the credentials by keys, the bar is calm again
    qtbot.mouseClick(w.receipts.handled_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: w.receipts.dialog is not None and w.receipts.dialog.isVisible())
    type_keys(qtbot, ADMIN[0], delay=5)
    press(qtbot, "Tab")
    type_keys(qtbot, "wrong", delay=5)
    press(qtbot, "Return")  # a wrong password is said in the dialog, which stays
    ready.wait(lambda: w.receipts.dialog.message.is_error)
    assert w.receipts.dialog.isVisible() and w.status.rejected == 1
    type_keys(qtbot, ADMIN[1], delay=5)
    press(qtbot, "Return")
    ready.wait(lambda: not w.receipts.dialog.isVisible())
    ready.wait(lambda: "обработан 15.01.2026" in table.item(0, COL_OFD).text())
    ready.wait(lambda: status.styleSheet() != BAD_STYLE and "ОТКЛОНЁН" not in status.text())
    assert "ОТКЛОНЁН ОФД, код 13" in table.item(0, COL_OFD).text()  # still refused, in the list for good
    assert not w.receipts.handled_button.isEnabled()

    # every document of the day, newest first, by choosing «Все документы» with the keyboard
    w.receipts.filter.setFocus()
    press(qtbot, "Home", w.receipts.filter)
    ready.wait(lambda: table.rowCount() == len(DAY))
    kinds = [table.item(r, COL_DOCUMENT).text() for r in range(table.rowCount())]
    assert kinds == list(reversed(DAY))
    assert all(table.item(r, COL_TIME).text().startswith("15.01.2026 09:0") for r in range(len(DAY)))
    assert [table.item(r, COL_OFD).text() for r in range(1, len(DAY))] == ["принят ОФД"] * (len(DAY) - 1)
