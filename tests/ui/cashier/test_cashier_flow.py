"""The whole counter through the real window: bind, login, scan, edit, pay mixed, print, return,
X report, close the shift."""

from __future__ import annotations

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.money import Money
from alsep_desktop.ui.cashier.payment import MIXED


def test_bind_login_sell_return_x_and_z(counter) -> None:
    w = counter.window
    assert "не зарегистрирован" in w.login.binding.text()
    assert not w.login.login_button.isEnabled()
    counter.bind()
    assert "зарегистрирован" in w.login.binding.text() and "ККМ №1" in w.login.binding.text()
    counter.login()
    sale = w.sale
    # three items: by barcode, by code, and a bundle's barcode (adds its two lines)
    w.on_scanned("4870001000029")  # milk 520
    sale.barcode.setText("6")  # tea 1150 by code
    sale.barcode.returnPressed.emit()
    w.on_scanned("2999999999992")  # bundle bread + milk
    assert sale.model.rowCount() == 4
    assert sale.model.data(sale.model.index(2, 1)) == "Хлеб пшеничный"
    # edit the tea line: quantity 2, 10 % discount
    sale.table.selectRow(1)
    sale.edit_line()
    dlg = sale.dialog
    dlg.quantity.setText("2")
    dlg.discount.value.setText("10")
    dlg._check()
    assert sale.basket.lines[1].quantity.milli == 2000
    total = sale.basket.totals().total
    assert total == Money.parse("520") + Money.parse("2070") + Money.parse("250") + Money.parse("520")
    assert "3 360,00" in sale.total_label.text()
    # pay mixed: 2000 in cash, the rest to the card; then cash only with change shown as typed
    sale.pay()
    pay = sale.dialog
    pay.set_mode(MIXED)
    pay.received.setText("2000")
    assert pay.card_label.text() == Money.parse("1360").format()
    assert pay.change_label.text() == Money(0).format()
    pay.set_mode(0)
    pay.received.setText("5000")
    assert pay.change_label.text() == Money.parse("1640").format()
    pay.set_mode(MIXED)
    pay.received.setText("2000")
    pay.confirm()
    counter.wait(lambda: bool(counter.printer.output) and sale.model.rowCount() == 0)
    result = sale.last_result
    assert result.fiscal_sign and result.total == total
    counter.wait(lambda: "напечатан" in sale.message.text())
    text = counter.printed_text()
    assert result.fiscal_sign in text
    assert "3 360" in text.replace("\u00a0", " ") or "3360.00" in text or "3 360.00" in text
    # a return of one line, chosen by the cashier, with the admin's credentials
    w.show_tab(w.returns)
    w.returns.sign.setText(result.fiscal_sign)
    w.returns.find()
    counter.wait(lambda: w.returns.table.rowCount() == 4)
    for row in (1, 2, 3):
        w.returns.set_ticked(row, False)
    w.returns.ask_admin()
    creds = w.returns.dialog
    creds.email.setText(ADMIN[0])
    creds.password.setText(ADMIN[1])
    creds.accept()
    counter.wait(lambda: w.returns.table.rowCount() == 3)  # the returned line is not offered again
    counter.wait(lambda: "Чек возврата" in w.returns.message.text())
    # X report, printed and shown
    w.show_tab(w.shift)
    before = len(counter.printer.documents)
    w.shift.x_report()
    counter.wait(lambda: "X-ОТЧЁТ" in w.shift.view.toPlainText() and len(counter.printer.documents) > before)
    # close the shift with the admin's credentials: Z report printed
    w.shift.ask_close()
    z = w.shift.dialog
    z.email.setText(ADMIN[0])
    z.password.setText(ADMIN[1])
    z.accept()
    counter.wait(lambda: "Z-ОТЧЁТ" in w.shift.view.toPlainText())
    counter.idle()
    assert counter.pos.ctx.shifts.status(counter.pos.register_id).shift_number is None
