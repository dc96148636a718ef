"""Receipts a person can see (issue 11.5): the demo and a PC without a printer get a preview
drawn from the printer's ESC/POS bytes after each receipt, duplicate and report; «Автономные
данные» lists the shift's documents with their OFD state, and a duplicate is printed from it."""

from __future__ import annotations

from alsep_desktop.hardware.printer.fake import FakePrinter
from alsep_desktop.ui.qt import QApplication
from alsep_desktop.ui.receipt_preview import ReceiptPreview, decode_for, printer_bytes
from tests.ui.cashier.conftest import press, type_keys

MILK = "4870001000029"


def _sell_by_keys(ready, qtbot) -> None:  # noqa: ANN001
    press(qtbot, "F3")
    type_keys(qtbot, MILK)
    press(qtbot, "Return")
    press(qtbot, "F12")
    press(qtbot, "Return")
    ready.wait(lambda: getattr(ready.window.sale, "last_result", None) is not None)


def _preview(ready) -> ReceiptPreview:  # noqa: ANN001
    ready.wait(lambda: isinstance(getattr(ready.window, "receipt_preview", None), ReceiptPreview)
               and ready.window.receipt_preview.isVisible())
    return ready.window.receipt_preview


def test_demo_sale_opens_a_preview_of_the_printed_bytes_and_keeps_the_focus(ready, qtbot) -> None:
    ready.window.ctx.config.demo = True
    _sell_by_keys(ready, qtbot)
    preview = _preview(ready)
    result = ready.window.sale.last_result
    ready.wait(lambda: result.fiscal_sign in preview.text)
    assert not preview.image.isNull() and preview.image.width() >= 576
    # the very bytes the fake printer got decode to the same text
    ready.wait(lambda: result.fiscal_sign in ready.printed_text())
    assert preview.lines == ready.printer.decoded().lines()[-len(preview.lines):]
    ready.wait(lambda: QApplication.activeWindow() is ready.window)  # the counter keeps the keyboard


def test_without_a_printer_the_preview_and_the_receipt_bar_open(ready, qtbot) -> None:
    ready.window.printing.without_printer = True
    _sell_by_keys(ready, qtbot)
    preview = _preview(ready)
    ready.wait(lambda: ready.window.sale.last_result.fiscal_sign in preview.text)
    ready.wait(ready.window.sale.output.offer.isVisible)  # a bar in the sale screen, not a dialog (issue 20)
    ready.idle()


def test_the_next_scan_puts_the_preview_away(ready, qtbot) -> None:
    """The preview covers the basket: the first good of the next sale closes it (the cashier
    scans on and sees what is being sold; the receipt stays in «Чеки» and on the bar)."""
    ready.window.ctx.config.demo = True
    _sell_by_keys(ready, qtbot)
    preview = _preview(ready)
    type_keys(qtbot, MILK)
    press(qtbot, "Return")
    ready.wait(lambda: len(ready.window.sale.basket.lines) == 1)
    ready.wait(lambda: not preview.isVisible())


def test_duplicate_and_x_report_are_previewed(ready, qtbot) -> None:
    ready.pos.sell()
    ready.window.ctx.config.demo = True
    press(qtbot, "F7")
    ready.wait(lambda: ready.window.receipts.table.rowCount() == 1)
    press(qtbot, "Ctrl+D")
    preview = _preview(ready)
    ready.wait(lambda: "ДУБЛИКАТ" in preview.text)
    press(qtbot, "F8")
    ready.wait(lambda: "X-ОТЧЁТ" in preview.text)


def test_offline_data_lists_the_ofd_states_and_prints_a_duplicate(ready, qtbot) -> None:
    sent = ready.pos.sell()
    ready.pos.stop_ofd()
    waiting = ready.pos.sell()
    w = ready.window
    w.offline_action.trigger()
    assert w.tabs.currentWidget() is w.receipts
    ready.wait(lambda: w.receipts.table.rowCount() == 2)
    states = {w.receipts.rows[r].receipt_id: w.receipts.table.item(r, 3).text() for r in range(2)}
    assert states[sent.id].startswith("отправлен в ОФД") or "ОФД" in states[sent.id]
    assert states[waiting.id] != states[sent.id] and "ожида" in states[waiting.id].lower()
    w.receipts.table.setFocus()
    w.receipts.table.selectRow([r.receipt_id for r in w.receipts.rows].index(waiting.id))
    before = len(ready.printer.documents)
    press(qtbot, "Ctrl+D")
    ready.wait(lambda: len(ready.printer.documents) > before)
    assert "ДУБЛИКАТ" in "\n".join(ready.printer.documents[-1].text_lines())


def test_preview_bytes_are_the_printer_bytes(ready) -> None:
    result = ready.pos.sell()
    counter = ready.window.counter
    doc = counter.printing.receipt_document(result.id)
    data, profile = printer_bytes(counter, doc)
    fake = FakePrinter(profile)
    fake.print_document(doc)
    assert data in fake.output and decode_for(data, profile).lines() == fake.decoded().lines()
