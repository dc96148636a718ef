"""Binding, login, PIN, lock, switching cashier, the admin tab only for admins, self-test."""

from __future__ import annotations

from alsep_desktop.app.demo import ADMIN, CASHIER
from alsep_desktop.services.selftest import CheckState


def test_register_bound_to_another_pc_is_refused_with_the_way_to_unbind(counter) -> None:
    ctx = counter.pos.ctx
    admin = ctx.auth.login(*ADMIN)
    ctx.org.bind_device(admin, counter.pos.register_id, "another-pc")
    w = counter.window
    w.login.open_bind()
    dlg = w.login.dialog
    dlg.email.setText(ADMIN[0])
    dlg.password.setText(ADMIN[1])
    dlg.next_button.click()
    counter.wait(lambda: dlg.save_button.isVisible())
    dlg.save_button.click()
    counter.wait(lambda: dlg.message.is_error)
    assert "используется другим устройством" in dlg.message.text() and "Отвяжите" in dlg.message.text()
    assert w.counter.register_id is None


def test_bind_needs_an_admin(counter) -> None:
    w = counter.window
    w.login.open_bind()
    dlg = w.login.dialog
    dlg.email.setText(CASHIER[0])
    dlg.password.setText(CASHIER[1])
    dlg.next_button.click()
    counter.wait(lambda: dlg.message.is_error)
    assert "Недостаточно прав" in dlg.message.text()
    assert not dlg.save_button.isVisible()


def test_wrong_password_is_a_sentence_and_lock_unlocks_with_pin(counter) -> None:
    counter.bind()
    w = counter.window
    w.login.email.setText(CASHIER[0])
    w.login.password.setText("wrong")
    w.login.login_button.click()
    counter.wait(lambda: w.login.message.is_error)
    assert w.login.message.text() == "Неверный логин или пароль."
    counter.login()
    assert "Айгүл" in w.status.cashier.text()
    assert w.admin_tab is None  # a cashier has no admin tab
    w.lock()
    assert w.stack.currentWidget() is w.login and w.login.pin_box.isVisible()
    assert "Айгүл" in w.login.locked_label.text()
    w.login.pin.setText("0000")
    w.login.unlock()
    counter.wait(lambda: w.login.message.is_error)
    w.login.pin.setText(CASHIER[2])
    w.login.unlock()
    counter.wait(lambda: w.stack.currentWidget() is w.tabs)
    # switching cashier: an admin signs in and sees the Admin tab in the same window
    w.switch_cashier()
    assert w.counter.cashier is None and w.login.form_box.isVisible()
    w.login.email.setText(ADMIN[0])
    w.login.password.setText(ADMIN[1])
    w.login.login_button.click()
    counter.wait(lambda: w.login.dialog is not None and w.login.dialog.isVisible())  # no PIN yet: asked for one
    pin = w.login.dialog
    pin.pin.setText("4321")
    pin.pin2.setText("4321")
    pin._check()
    counter.wait(lambda: w.counter.cashier is not None and w.counter.cashier.is_admin)
    assert w.admin_tab is not None and w.tabs.indexOf(w.admin_tab) >= 0
    counter.idle()
    assert counter.pos.ctx.auth.has_pin(w.counter.cashier.user_id)


def test_selftest_shows_each_check_and_work_without_printer(counter) -> None:
    counter.bind()
    counter.login()
    w = counter.window
    counter.printer.set_paper_out(True)
    w.open_selftest()
    dlg = w.dialog
    counter.wait(lambda: len(dlg.results) == 4)
    by_name = {r.name: r for r in dlg.results}
    assert by_name["printer"].state is CheckState.FAILED and by_name["printer"].code == "printer.paper_out"
    assert "Нет бумаги" in dlg.rows["printer"][1].text()
    assert by_name["ofd"].state is CheckState.OK
    assert by_name["terminal"].state is CheckState.ABSENT
    assert "#c62828" in dlg.rows["printer"][0].styleSheet()
    dlg.no_printer_button.click()
    assert w.printing.without_printer
    # now a sale offers e-mail or PDF instead of printing
    w.on_scanned("4870001000029")
    w.sale.pay()
    w.sale.dialog.confirm()
    out = w.sale.output.offer  # now a sale offers PDF (and e-mail only with SMTP) in a bar (issue 20)
    counter.wait(out.isVisible)
    counter.idle()
    assert not out.email_button.isVisible()  # no SMTP settings: no e-mail offered
    out.save_pdf()
    counter.wait(lambda: out.saved is not None)
    assert out.saved.read_bytes().startswith(b"%PDF")
