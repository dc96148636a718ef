"""«Чек без принтера» (issue 20): after a receipt, a return or a duplicate on a PC without a
printer, nothing takes the focus from the counter. A bar in the screen offers the receipt's
preview, a PDF and (only with SMTP set up) e-mail; the next scanner burst lands in the basket.
Real key events with the keyboard-wedge filter on, as in the app."""

from __future__ import annotations

import json

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.ui.qt import QApplication, QLineEdit, Qt
from tests.ui.cashier.conftest import focused, press, type_keys

MILK, TEA = "4870001000029", "6"
WEDGE_MS = 2  # a scanner's burst: a few ms a key


def _scanning(ready) -> None:  # noqa: ANN001
    ready.window.install_scanners(QApplication.instance())
    ready.window.printing.without_printer = True


def _sell_by_keys(ready, qtbot, code: str = MILK):  # noqa: ANN001, ANN202
    before = getattr(ready.window.sale, "last_result", None)
    press(qtbot, "F3")
    type_keys(qtbot, code, delay=WEDGE_MS)
    press(qtbot, "Return")
    press(qtbot, "F12")
    press(qtbot, "Return")
    ready.wait(lambda: getattr(ready.window.sale, "last_result", None) not in (None, before))
    return ready.window.sale.last_result


def _settled(ready, qtbot, offer) -> None:  # noqa: ANN001
    """The bar is up and everything the receipt started has finished (print, preview, SMTP check)."""
    ready.wait(offer.isVisible)
    ready.idle()
    qtbot.wait(50)
    ready.idle()


def _nothing_took_the_focus(ready, qtbot, where) -> None:  # noqa: ANN001
    assert QApplication.activeModalWidget() is None
    assert QApplication.activeWindow() is ready.window
    assert focused(qtbot) is where, focused(qtbot)


def test_a_receipt_without_a_printer_keeps_the_focus_and_the_next_scan_goes_to_the_basket(ready, qtbot) -> None:
    _scanning(ready)
    w = ready.window
    _sell_by_keys(ready, qtbot)
    offer = w.sale.output.offer
    _settled(ready, qtbot, offer)
    _nothing_took_the_focus(ready, qtbot, w.sale.barcode)
    assert offer.show_button.isVisible() and offer.pdf_button.isVisible()
    assert not offer.email_button.isVisible() and not offer.email.isVisible()  # no SMTP: no e-mail offered
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in (offer.show_button, offer.pdf_button,
                                                                   offer.email_button, offer.close_button))
    # the next buyer: a scanner burst with its Enter
    qtbot.keyClicks(focused(qtbot), MILK, delay=WEDGE_MS)
    press(qtbot, "Return")
    assert [ln.code for ln in w.sale.basket.lines] and w.sale.basket.lines[0].name
    assert all(not e.text() for e in w.findChildren(QLineEdit) if e.objectName() == "receipt_email")
    assert "SMTP" not in w.sale.message.text()
    _nothing_took_the_focus(ready, qtbot, w.sale.barcode)


def test_the_bar_shows_the_receipt_and_saves_a_pdf_without_an_answer(ready, qtbot) -> None:
    _scanning(ready)
    w = ready.window
    sold = _sell_by_keys(ready, qtbot)
    offer = w.sale.output.offer
    _settled(ready, qtbot, offer)
    w.receipt_preview.close()
    qtbot.mouseClick(offer.show_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: w.receipt_preview.isVisible() and sold.fiscal_sign in w.receipt_preview.text)
    qtbot.mouseClick(offer.pdf_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: offer.saved is not None)
    assert offer.saved.read_bytes().startswith(b"%PDF") and str(offer.saved) in offer.message.text()
    ready.idle()
    _nothing_took_the_focus(ready, qtbot, w.sale.barcode)  # the clicks left the keyboard where it was


def test_a_return_and_a_duplicate_without_a_printer_take_no_focus(ready, qtbot) -> None:
    _scanning(ready)
    w = ready.window
    sold = _sell_by_keys(ready, qtbot)
    _settled(ready, qtbot, w.sale.output.offer)
    press(qtbot, "F6")
    type_keys(qtbot, sold.fiscal_sign, delay=WEDGE_MS)
    press(qtbot, "Return")
    ready.wait(lambda: w.returns.table.rowCount() == 1)
    press(qtbot, "Ctrl+Return")
    ready.wait(lambda: w.returns.dialog is not None and w.returns.dialog.isVisible())
    dlg = w.returns.dialog
    dlg.email.setText(ADMIN[0])
    dlg.password.setText(ADMIN[1])
    press(qtbot, "Return", dlg.password)
    _settled(ready, qtbot, w.returns.output.offer)
    assert focused(qtbot) is not w.returns.output.offer.email and QApplication.activeModalWidget() is None
    w.activateWindow()  # what a window manager does when a dialog closes (offscreen does not)
    ready.wait(lambda: QApplication.activeWindow() is w)
    press(qtbot, "F7")
    ready.wait(lambda: w.receipts.table.rowCount() >= 2)
    w.receipts.table.setFocus()
    press(qtbot, "Ctrl+D")
    _settled(ready, qtbot, w.receipts.output.offer)
    _nothing_took_the_focus(ready, qtbot, w.receipts.table)
    # a scan from there lands in the basket too
    qtbot.keyClicks(focused(qtbot), MILK + "\r", delay=WEDGE_MS)
    ready.wait(lambda: len(w.sale.basket.lines) == 1)


def test_e_mail_is_offered_with_smtp_and_takes_the_keyboard_only_when_chosen(ready, qtbot) -> None:
    with ready.pos.ctx.uow() as uow:
        uow.org.set_setting("smtp", json.dumps({"host": "127.0.0.1", "port": 9, "sender": "kassa@demo.kz"}))
        uow.commit()
    _scanning(ready)
    w = ready.window
    _sell_by_keys(ready, qtbot)
    offer = w.sale.output.offer
    _settled(ready, qtbot, offer)
    ready.wait(offer.email_button.isVisible)
    _nothing_took_the_focus(ready, qtbot, w.sale.barcode)
    assert not offer.email.isVisible()
    qtbot.mouseClick(offer.email_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: focused(qtbot) is offer.email)
    press(qtbot, "Escape")
    ready.wait(lambda: focused(qtbot) is w.sale.barcode)
    assert not offer.email.isVisible()


def test_with_a_printer_the_preview_does_not_say_it_is_not_printed(ready, qtbot) -> None:
    w = ready.window
    w.ctx.config.demo = True  # the preview is shown, and the (fake) printer prints too
    _sell_by_keys(ready, qtbot)
    ready.wait(lambda: getattr(w, "receipt_preview", None) is not None and w.receipt_preview.isVisible())
    assert "no paper" not in w.receipt_preview.note.text() and "не печат" not in w.receipt_preview.note.text().lower()
    assert not w.sale.output.offer.isVisible()
