"""Smaller points of a counter day (issue 20), each as seen: returns, the admin's password, the
preview's keys and titles, report sentences, numbers in the weight dialog, stale message lines,
the first PIN, the self-test in Kazakh."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QWheelEvent

from alsep_desktop.app.demo import ADMIN, CASHIER
from alsep_desktop.ui.cashier.common import CredentialsDialog
from alsep_desktop.ui.cashier.login import PinSetupDialog
from alsep_desktop.ui.qt import QApplication, Qt
from alsep_desktop.ui.translator import set_language
from tests.ui.cashier.conftest import focused, press, type_keys

MILK, TEA, APPLES = "4870001000029", "6", "2000000000046"


def _sell(ready, qtbot, *codes: str):  # noqa: ANN001, ANN202
    w = ready.window
    before = getattr(w.sale, "last_result", None)
    press(qtbot, "F3")
    for code in codes:
        type_keys(qtbot, code, delay=2)
        press(qtbot, "Return")
    press(qtbot, "F12")
    press(qtbot, "Return")
    ready.wait(lambda: getattr(w.sale, "last_result", None) not in (None, before))
    ready.idle()
    return w.sale.last_result


def _back(ready) -> None:  # noqa: ANN001
    w = ready.window
    w.activateWindow()  # what a window manager does when a dialog closes
    ready.wait(lambda: QApplication.activeWindow() is w)


def test_after_a_partial_return_the_rest_comes_unticked_and_a_wrong_password_asks_again(ready, qtbot) -> None:
    w = ready.window
    sold = _sell(ready, qtbot, MILK, TEA)
    press(qtbot, "F6")
    type_keys(qtbot, sold.fiscal_sign, delay=2)
    press(qtbot, "Return")
    ready.wait(lambda: w.returns.table.rowCount() == 2)
    w.returns.set_ticked(1, False)  # only the milk goes back
    press(qtbot, "Ctrl+Return")
    ready.wait(lambda: isinstance(w.returns.dialog, CredentialsDialog) and w.returns.dialog.isVisible())
    dlg = w.returns.dialog
    type_keys(qtbot, ADMIN[0], delay=2)
    press(qtbot, "Tab")
    type_keys(qtbot, "wrong-password", delay=2)
    press(qtbot, "Return")
    ready.wait(lambda: dlg.message.is_error)
    assert dlg.isVisible() and "4" in dlg.message.text()  # asked again in place, with the tries left
    assert dlg.password.text() == "" and focused(qtbot) is dlg.password
    type_keys(qtbot, ADMIN[1], delay=2)
    press(qtbot, "Return")
    ready.wait(lambda: "возврат" in w.returns.message.text().lower())
    assert not dlg.isVisible()
    ready.wait(lambda: w.returns.table.rowCount() == 1)
    assert w.returns.table.item(0, 0).checkState() == Qt.CheckState.Unchecked
    _back(ready)
    press(qtbot, "Ctrl+Return")  # a second Ctrl+Enter returns nothing by itself
    ready.idle()
    assert "Отметьте" in w.returns.message.text() or "хотя бы" in w.returns.message.text()


def test_the_preview_takes_esc_end_and_the_wheel_and_is_titled_by_its_document(ready, qtbot) -> None:
    w = ready.window
    w.ctx.config.demo = True
    _sell(ready, qtbot, MILK, TEA, MILK)
    ready.wait(lambda: getattr(w, "receipt_preview", None) is not None and w.receipt_preview.isVisible())
    preview = w.receipt_preview
    assert preview.windowTitle() == "Просмотр чека"
    bar = preview.scroll.verticalScrollBar()
    ready.wait(lambda: bar.maximum() > 0)
    w.sale.table.setFocus()
    press(qtbot, "Ctrl+End")
    assert bar.value() == bar.maximum()
    press(qtbot, "Home")
    assert bar.value() == 0
    press(qtbot, "End")
    assert bar.value() == bar.maximum()
    press(qtbot, "PgUp")
    assert 0 <= bar.value() < bar.maximum()
    bar.setValue(0)
    viewport = preview.scroll.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -360), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert bar.value() > 0
    press(qtbot, "Escape")
    assert not preview.isVisible()
    assert QApplication.activeWindow() is w  # the counter kept the keyboard throughout
    press(qtbot, "F8")  # the X report: its own title, its sentence
    ready.wait(lambda: preview.isVisible() and "X-ОТЧЁТ" in preview.text)
    assert preview.windowTitle() != "Просмотр чека" and "X" in preview.windowTitle()
    ready.wait(lambda: "X-отчёт" in w.shift.message.text())
    assert " Не " not in w.shift.message.text() and " Напечатан" not in w.shift.message.text()
    set_language(QApplication.instance(), "en")
    QApplication.processEvents()
    assert preview.windowTitle() == "X report preview" and "printer" in preview.note.text()
    assert w.windowTitle() == "Alsep Desktop — online cash register"


def test_the_weight_dialog_writes_numbers_as_the_window_does(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F3")
    type_keys(qtbot, APPLES, delay=2)
    press(qtbot, "Return")
    ready.wait(lambda: w.sale.dialog is not None and w.sale.dialog.isVisible())
    dlg = w.sale.dialog
    assert dlg.edit.text() == "890,00"
    qtbot.keyClicks(dlg.weight, "1,25")
    press(qtbot, "Return", dlg.weight)
    ready.wait(lambda: len(w.sale.basket.lines) == 1)
    assert w.sale.model.index(0, 2).data() == "1,250"
    _back(ready)
    press(qtbot, "F4")
    ready.wait(lambda: w.sale.dialog is not dlg and w.sale.dialog.isVisible())
    assert w.sale.dialog.quantity.text() == "1,250" and w.sale.dialog.price.text() == "890,00"


def test_message_lines_do_not_outlive_their_user_or_language_and_one_shows_at_a_time(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F3")
    type_keys(qtbot, "no-such-thing", delay=2)
    press(qtbot, "Return")
    assert w.sale.message.is_error
    set_language(QApplication.instance(), "kk")
    w.set_language("kk")
    assert w.sale.message.text() == ""
    w.set_language("ru")
    w.shift.message.show_info("Смена открыта.")
    w.shift.cash.message.show_error("Неверная сумма.")
    assert w.shift.message.text() == ""  # the success line does not stay beside the new error
    w.sale.message.show_error("Ничего не найдено по «x».")
    w.switch_cashier()
    w.login.email.setText(ADMIN[0])
    w.login.password.setText(ADMIN[1])
    w.login.login_button.click()
    ready.wait(lambda: isinstance(w.login.dialog, PinSetupDialog) and w.login.dialog.isVisible())
    w.login.dialog.reject()  # «Позже»
    ready.wait(lambda: w.counter.cashier is not None and w.stack.currentWidget() is w.tabs)
    assert w.sale.message.text() == ""  # the cashier's last error line is gone for the admin


def test_the_first_pin_refuses_letters_in_place_and_says_when_it_is_saved(counter, qtbot) -> None:
    counter.bind()
    w = counter.window
    w.login.email.setText(ADMIN[0])
    w.login.password.setText(ADMIN[1])
    w.login.login_button.click()
    counter.wait(lambda: isinstance(w.login.dialog, PinSetupDialog) and w.login.dialog.isVisible())
    dlg = w.login.dialog
    qtbot.keyClicks(dlg.pin, "ab12")
    qtbot.keyClicks(dlg.pin2, "ab12")
    press(qtbot, "Return", dlg.pin2)
    assert dlg.isVisible() and dlg.message.is_error and "цифр" in dlg.message.text()
    qtbot.keyClicks(dlg.pin, "4321")
    qtbot.keyClicks(dlg.pin2, "4321")
    press(qtbot, "Return", dlg.pin2)
    counter.wait(lambda: not dlg.isVisible() and w.counter.cashier is not None)
    counter.idle()
    assert counter.pos.ctx.auth.has_pin(w.counter.cashier.user_id)
    assert "ПИН-код" in w.sale.message.text() and not w.sale.message.is_error


def test_the_self_test_shows_whole_reasons_in_kazakh(counter, qtbot) -> None:
    counter.bind()
    counter.login()
    set_language(QApplication.instance(), "kk")
    w = counter.window
    counter.printer.set_paper_out(True)
    w.open_selftest()
    dlg = w.dialog
    counter.wait(lambda: len(dlg.results) >= 4)
    counter.idle()
    for name, (_mark, reason) in dlg.rows.items():
        if reason.isVisible() and reason.text():
            assert reason.height() >= reason.heightForWidth(reason.width()), (name, reason.text())
    dlg.reject()


def test_a_changed_pin_refuses_letters_in_place_and_says_when_it_is_saved(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "Ctrl+Shift+P")
    ready.wait(lambda: getattr(w, "dialog_pin", None) is not None and w.dialog_pin.isVisible())
    dlg = w.dialog_pin
    qtbot.keyClicks(dlg.current, CASHIER[1])
    qtbot.keyClicks(dlg.pin, "ab12")
    qtbot.keyClicks(dlg.pin2, "ab12")
    press(qtbot, "Return", dlg.pin2)
    ready.wait(lambda: dlg.message.is_error)
    assert dlg.isVisible() and "цифр" in dlg.message.text()
    for edit, text in ((dlg.current, CASHIER[1]), (dlg.pin, "5678"), (dlg.pin2, "5678")):
        edit.clear()
        qtbot.keyClicks(edit, text)
    press(qtbot, "Return", dlg.pin2)
    ready.wait(lambda: not dlg.isVisible())
    assert "ПИН-код" in w.sale.message.text() and not w.sale.message.is_error
    assert ready.pos.ctx.auth.login_pin(w.counter.cashier.user_id, "5678").user_id == w.counter.cashier.user_id
