"""The card terminal in the real window (pytest-qt, real key and mouse events) against the Kaspi
emulator over HTTPS: a mixed cash + card sale; a terminal-only payment («ФИСКАЛИЗАЦИЯ» off) and
then its receipt with «Безнал»; «Прекратить ожидание», then the late approval in the pending list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.hardware.printer.fake import FakePrinter
from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
from alsep_desktop.hardware.terminal.kaspi.tokens import SecretTokenStore
from alsep_desktop.services.devices import TerminalSettings
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.services.terminal.service import TerminalService
from alsep_desktop.services.terminal_journal import RECONCILE
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import QApplication, Qt
from alsep_desktop.ui.translator import set_language
from alsep_terminal_emulator import EmulatorServer, KaspiEmulator, Plan
from tests.support.pos import make_pos
from tests.ui.cashier.conftest import Counter, focused, press, type_keys

FAST = dict(poll_interval=0.05, wait_limit=5.0, actualize_interval=0.3, background_limit=20.0,
            connect_timeout=2.0, http_timeout=2.0, register_timeout=3.0)


@pytest.fixture
def emulator() -> KaspiEmulator:
    return KaspiEmulator(auto_allow=True, actualize_interval=0.3, default_plan=Plan(delay=0.3))


@pytest.fixture
def till(qtbot, tmp_path, emulator) -> Iterator[Counter]:  # noqa: ANN001
    """A bound register, the cashier signed in, the Kaspi driver against the emulator."""
    app = QApplication.instance()
    set_language(app, "ru")
    server = EmulatorServer(emulator).start()
    pos = make_pos(tmp_path)
    svc = TerminalService(pos.ctx.uow, pos.clock, pos.ctx.sales, pos.ctx.vat_table, SecretTokenStore(pos.ctx.vault.store))
    cfg = KaspiConfig(host="127.0.0.1", port=server.port, **FAST)  # type: ignore[arg-type]
    svc.configure(TerminalSettings(vendor="kaspi", host="127.0.0.1", port=server.port),
                  driver=KaspiTerminal(cfg, svc.tokens, listener=svc.journal, now=pos.clock.now))
    svc.driver.register()  # type: ignore[union-attr]
    printer = FakePrinter()
    printing = PrintingService(pos.ctx.uow, pos.ctx.clock, pos.ctx.vat_table, printer=printer,
                               pdf_folder=tmp_path / "pdf")
    window = MainWindow(pos.ctx, printing=printing, terminal=svc, run_selftest=False)
    qtbot.addWidget(window)
    window.show()
    c = Counter(pos, window, printer, qtbot)
    c.svc = svc  # type: ignore[attr-defined]
    c.bind()
    c.login()
    window.activateWindow()
    c.wait(lambda: QApplication.activeWindow() is window)
    yield c
    window.close()
    svc.close()
    pos.ctx.close()
    pos.stop_ofd()
    server.stop()


def _basket_of_770(c: Counter, qtbot) -> None:  # noqa: ANN001
    press(qtbot, "F3")
    for code in ("4870001000029", "4870001000012"):  # 520 + 250
        type_keys(qtbot, code, delay=2)
        press(qtbot, "Return")
    assert c.window.sale.basket.totals().total == Money.parse("770")


def _click(qtbot, widget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _open_tab(c: Counter, qtbot, widget) -> None:  # noqa: ANN001
    bar = c.window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(c.window.tabs.indexOf(widget)).center())
    c.wait(lambda: c.window.tabs.currentWidget() is widget)


def test_mixed_cash_and_card_sale_through_the_terminal(till, qtbot, emulator) -> None:
    w = till.window
    _basket_of_770(till, qtbot)
    press(qtbot, "F12")
    pay = w.sale.dialog
    till.wait(lambda: QApplication.focusWidget() is pay.received)
    _click(qtbot, pay.mixed_radio)
    _click(qtbot, pay.received)
    press(qtbot, "Ctrl+A", pay.received)
    type_keys(qtbot, "270.50", delay=2)  # the card share 499.50 has tiyn: the terminal takes whole tenge
    press(qtbot, "Return", pay.received)
    till.wait(lambda: pay.tiyn_box.isVisible())
    assert "499" in pay.tiyn_label.text()
    _click(qtbot, pay.tiyn_to_cash)  # 499 ₸ to the card, 271.00 in cash
    till.wait(lambda: w.sale.waiting is not None and w.sale.waiting.isVisible())
    till.wait(lambda: getattr(w.sale, "last_result", None) is not None)
    sold = w.sale.last_result
    assert sold.total == Money.parse("770") and sold.fiscal_sign
    assert [(e.amount, e.kind) for e in emulator.ledger_now().entries()] == [(499, "payment")]
    view = till.pos.ctx.sales.receipt(sold.id)
    assert dict(view.payments) == {PaymentKind.CASH: Money.parse("271"), PaymentKind.CARD: Money.parse("499")}
    entry = till.svc.journal.payment_of_receipt(sold.id)
    assert entry is not None and entry.fiscalized and entry.amount == Money.parse("499")
    assert not w.sale.waiting.isVisible()
    # the return pays the card share back by the sale's RRN, with the keyboard
    till.wait(lambda: "напечатан" in w.sale.message.text())
    press(qtbot, "F6")
    type_keys(qtbot, sold.fiscal_sign, delay=2)
    press(qtbot, "Return")
    till.wait(lambda: w.returns.table.rowCount() == 2 and w.returns.return_button.isEnabled())
    press(qtbot, "Ctrl+Return")
    type_keys(qtbot, ADMIN[0], delay=2)
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1], delay=2)
    press(qtbot, "Return")
    till.wait(lambda: "Чек возврата" in w.returns.message.text())
    [refund] = emulator.ledger_now().refunds()
    assert (refund.amount, refund.refund_of, refund.method) == (499, entry.transaction_id, "card")
    assert w.returns.waiting is None


def test_terminal_only_payment_then_its_receipt_with_beznal(till, qtbot, emulator) -> None:
    w, svc = till.window, till.svc
    svc.fiscalization = False  # «ФИСКАЛИЗАЦИЯ» off in the device settings
    tab = w.terminal_tab
    _open_tab(till, qtbot, tab)
    assert tab.pay_box.isEnabled()
    _click(qtbot, tab.amount)
    type_keys(qtbot, "1200", delay=2)
    _click(qtbot, tab.pay_button)
    till.wait(lambda: tab.open_table.rowCount() == 1)
    assert till.pos.ctx.sales.shift_receipts(till.pos.register_id) == []  # money taken, no receipt yet
    assert tab.open_table.item(0, 1).text() == Money.parse("1200").format()
    qtbot.mouseClick(tab.open_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.open_table.visualItemRect(tab.open_table.item(0, 0)).center())
    _click(qtbot, tab.receipt_button)
    till.wait(lambda: tab.open_table.rowCount() == 0 and "№" in tab.message.text())
    [receipt] = till.pos.ctx.sales.shift_receipts(till.pos.register_id)
    view = till.pos.ctx.sales.receipt(receipt.id)
    assert view.payments == ((PaymentKind.NON_CASH, Money.parse("1200")),)
    till.wait(lambda: bool(till.printer.output))
    assert "БЕЗНАЛ" in till.printed_text()
    assert [e.amount for e in emulator.ledger_now().payments()] == [1200]


def test_stop_waiting_then_the_late_approval_in_the_pending_list(till, qtbot, emulator) -> None:
    w = till.window
    emulator.plan(Plan.late_approval(1.5))
    _basket_of_770(till, qtbot)
    press(qtbot, "F12")
    pay = w.sale.dialog
    till.wait(lambda: QApplication.focusWidget() is pay.received)
    _click(qtbot, pay.card_radio)
    press(qtbot, "Return", pay.received)
    till.wait(lambda: w.sale.waiting is not None and w.sale.waiting.isVisible())
    _click(qtbot, w.sale.waiting.stop_button)  # «Прекратить ожидание»
    till.wait(lambda: "ожидание оплаты" in w.sale.message.text() and w.sale.message.is_error)
    assert len(w.sale.basket.lines) == 2  # the sale stays open: neither fiscalized nor unpaid
    assert till.pos.ctx.sales.shift_receipts(till.pos.register_id) == []
    # the late approval is said on the sale screen too, while the cashier is still there
    till.wait(lambda: "одобрена после прекращения ожидания" in w.sale.message.text(), timeout=15_000)
    tab = w.terminal_tab
    _open_tab(till, qtbot, tab)
    # the late approval arrives by itself (the journal's listener refreshes the tab)
    till.wait(lambda: tab.pending_table.rowCount() == 1 and tab.pending_rows[0].action == RECONCILE, timeout=15_000)
    assert tab.pending_table.item(0, 1).text() == Money.parse("770").format()
    assert "Терминал (1)" in w.tabs.tabText(w.tabs.indexOf(tab))
    qtbot.mouseClick(tab.pending_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.pending_table.visualItemRect(tab.pending_table.item(0, 0)).center())
    _click(qtbot, tab.fiscalize_button)
    till.wait(lambda: tab.pending_table.rowCount() == 0 and "№" in tab.message.text())
    [receipt] = till.pos.ctx.sales.shift_receipts(till.pos.register_id)
    assert receipt.total == Money.parse("770")
    assert [e.amount for e in emulator.ledger_now().payments()] == [770]
    assert focused(qtbot) is not None



def test_partial_return_with_card_tiyn_offers_the_same_choice_as_the_sale(till, qtbot, emulator) -> None:
    """Decision 0714: 250 ₸ of a 500 card + 270 cash sale is 162.34 ₸ to the card; the cashier
    first changes the quantities, then moves the tiyn to cash, with the keyboard only."""
    from alsep_desktop.ui.cashier.returns import COL_CHECK, COL_SUM
    from alsep_desktop.ui.qt import translate

    w = till.window
    _basket_of_770(till, qtbot)
    press(qtbot, "F12")
    pay = w.sale.dialog
    till.wait(lambda: QApplication.focusWidget() is pay.received)
    _click(qtbot, pay.mixed_radio)
    _click(qtbot, pay.received)
    press(qtbot, "Ctrl+A", pay.received)
    type_keys(qtbot, "270", delay=2)  # 500 ₸ to the card: whole tenge, no question
    press(qtbot, "Return", pay.received)
    till.wait(lambda: getattr(w.sale, "last_result", None) is not None)
    sold = w.sale.last_result
    till.wait(lambda: "напечатан" in w.sale.message.text())
    press(qtbot, "F6")
    type_keys(qtbot, sold.fiscal_sign, delay=2)
    press(qtbot, "Return")
    r = w.returns
    till.wait(lambda: r.table.rowCount() == 2 and r.return_button.isEnabled())
    row_520 = next(i for i in range(2) if r.table.item(i, COL_SUM).text().startswith("520"))
    r.table.setFocus()
    r.table.setCurrentCell(row_520, COL_CHECK)
    press(qtbot, "Space", r.table)  # untick the 520 ₸ line: 250 ₸ goes back
    till.wait(lambda: r.table.item(row_520, COL_CHECK).checkState() == Qt.CheckState.Unchecked)
    press(qtbot, "Ctrl+Return")
    till.wait(lambda: r.tiyn_box.isVisible())
    assert Money.parse("162").format() in r.tiyn_label.text() and Money.parse("88").format() in r.tiyn_label.text()
    assert QApplication.focusWidget() is r.tiyn_to_cash and r.dialog is None  # nothing asked, nothing paid yet
    press(qtbot, "Tab")
    assert QApplication.focusWidget() is r.tiyn_back
    press(qtbot, "Space")  # «Изменить количество»: refused, nothing reaches the terminal
    till.wait(lambda: not r.tiyn_box.isVisible() and r.message.is_error)
    assert r.message.text() == translate("CashierReturns", "The card share must be whole tenge: change the quantities.")
    assert emulator.ledger_now().refunds() == []
    press(qtbot, "Ctrl+Return")  # asked again
    till.wait(lambda: r.tiyn_box.isVisible() and QApplication.focusWidget() is r.tiyn_to_cash)
    press(qtbot, "Space")  # «Тиыны — наличными»
    till.wait(lambda: r.dialog is not None and r.dialog.isVisible())
    assert Money.parse("88").format() in r.dialog.split.text()
    type_keys(qtbot, ADMIN[0], delay=2)
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1], delay=2)
    press(qtbot, "Return")
    till.wait(lambda: "Чек возврата" in r.message.text())
    [refund] = emulator.ledger_now().refunds()
    assert refund.amount == 162
    returned = [x for x in till.pos.ctx.sales.shift_receipts(till.pos.register_id) if x.id != sold.id]
    [ret] = returned
    view = till.pos.ctx.sales.receipt(ret.id)
    assert dict(view.payments) == {PaymentKind.CARD: Money.parse("162"), PaymentKind.CASH: Money.parse("88")}
    entry = till.svc.journal.payment_of_receipt(sold.id)
    assert entry is not None and entry.refunded == Money.parse("162")


def test_z_refused_over_a_terminal_payment_without_receipt_then_carried_over(till, qtbot, emulator) -> None:
    """Decision 0717 in the window: the X report names the payment, the Z report is refused with the
    choice «Не закрывать» (focused) / «Всё равно закрыть»; closed anyway, the payment stays in the
    Terminal tab marked as an earlier shift's (0716)."""
    from alsep_desktop.ui.qt import translate

    w, svc = till.window, till.svc
    svc.fiscalization = False
    till.pos.sell(cash="600")  # the shift is open
    tab = w.terminal_tab
    _open_tab(till, qtbot, tab)
    _click(qtbot, tab.amount)
    type_keys(qtbot, "1200", delay=2)
    _click(qtbot, tab.pay_button)
    till.wait(lambda: tab.open_table.rowCount() == 1)
    assert "прошлая смена" not in tab.open_table.item(0, 4).text()
    w.activateWindow()
    press(qtbot, "F8")  # X report
    till.wait(lambda: "X-ОТЧЁТ" in w.shift.view.toPlainText())
    report = w.shift.view.toPlainText()
    assert "ТЕРМИНАЛ (ЖУРНАЛ)" in report and "Без чека (1)" in report and "Выдайте чеки" in report
    till.wait(lambda: "Оплаты терминала без фискального чека: 1" in w.shift.message.text())
    press(qtbot, "F9")
    type_keys(qtbot, ADMIN[0], delay=2)
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1], delay=2)
    press(qtbot, "Return")
    till.wait(lambda: w.shift.carry_box.isVisible())
    assert w.shift.message.is_error and "«Безнал»" in w.shift.message.text()
    assert till.pos.ctx.shifts.status(till.pos.register_id).shift_number is not None  # not closed
    till.wait(lambda: focused(qtbot) is w.shift.carry_cancel)
    assert w.shift.carry_button.text() == translate("CashierShift", "Close anyway")
    press(qtbot, "Tab")
    assert focused(qtbot) is w.shift.carry_button
    press(qtbot, "Space")  # «Всё равно закрыть»
    till.wait(lambda: "Z-ОТЧЁТ" in w.shift.view.toPlainText())
    assert "Перенесены в следующую смену" in w.shift.view.toPlainText() and not w.shift.carry_box.isVisible()
    assert till.pos.ctx.shifts.status(till.pos.register_id).shift_number is None
    _open_tab(till, qtbot, tab)
    tab.refresh()
    till.wait(lambda: tab.open_table.rowCount() == 1 and "прошлая смена" in tab.open_table.item(0, 4).text())
    assert "." in tab.open_table.item(0, 0).text()  # the date is shown for an earlier shift's payment


def test_an_approved_payment_left_without_receipt_is_in_the_pending_list(till, qtbot, emulator) -> None:
    """0715 in the window: a charge approved and never written as a receipt (the register died in
    between) waits in the pending list with its own state and gets its «Безнал» receipt by a click."""
    from alsep_desktop.services.terminal_journal import OperationContext

    w, svc = till.window, till.svc
    svc.journal.expect("0b6a2f4c-9d7e-4f1a-8c3b-2e5d6f7a8b90",
                       OperationContext(till.pos.register_id, till.pos.cashier.user_id))
    paid = svc.driver.pay(Money.parse("250"), reference="0b6a2f4c-9d7e-4f1a-8c3b-2e5d6f7a8b90")
    assert paid.approved
    tab = w.terminal_tab
    _open_tab(till, qtbot, tab)
    tab.refresh()
    till.wait(lambda: tab.pending_table.rowCount() == 1)
    assert tab.pending_table.item(0, 4).text() == "одобрено, чека нет: выдайте чек или верните"
    qtbot.mouseClick(tab.pending_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.pending_table.visualItemRect(tab.pending_table.item(0, 0)).center())
    _click(qtbot, tab.fiscalize_button)
    till.wait(lambda: tab.pending_table.rowCount() == 0 and "№" in tab.message.text())
    [receipt] = till.pos.ctx.sales.shift_receipts(till.pos.register_id)
    assert receipt.total == Money.parse("250")
    with till.pos.ctx.uow(read_only=True) as uow:  # its receipt took the payment's reference as uuid
        assert uow.receipts.get(receipt.id).uuid == "0b6a2f4c-9d7e-4f1a-8c3b-2e5d6f7a8b90"


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_terminal_tab_and_dialogs_fit_at_1024x768(till, qtbot, lang) -> None:
    from alsep_desktop.ui.devices.settings_dialog import DeviceSettingsDialog
    from alsep_desktop.ui.terminal.dialogs import CertificateDialog, WaitingDialog
    from tests.ui.cashier.test_cashier_layout import overflowing

    w = till.window
    w.set_language(lang)
    w.resize(1024, 768)
    w.show_tab(w.terminal_tab)
    till.svc.fiscalization = False
    w.terminal_tab.refresh()
    till.idle()
    assert overflowing(w.terminal_tab) == []
    w.show_tab(w.shift)  # the Z refusal's choice (0717)
    w.shift.carry_box.setVisible(True)
    till.idle()
    assert overflowing(w.shift) == []
    w.shift.carry_box.setVisible(False)
    w.show_tab(w.returns)  # a return's card tiyn choice (0714)
    w.returns.tiyn_label.setText("x")
    w.returns.tiyn_box.setVisible(True)
    till.idle()
    assert overflowing(w.returns) == []
    w.returns.tiyn_box.setVisible(False)
    waiting = WaitingDialog(Money.parse("12345.67"), lambda: None, parent=w)
    cert = CertificateDialog("AB:" * 31 + "AB", "CD:" * 31 + "CD", parent=w)
    settings = DeviceSettingsDialog(till.pos.ctx.devices, w.ops, till.pos.cashier, parent=w, terminal=till.svc)
    for dialog in (waiting, cert, settings):
        dialog.show()
        if dialog is settings:
            settings.tabs.setCurrentWidget(settings.terminal_page)
        QApplication.processEvents()
        assert dialog.width() <= 1024
        assert overflowing(dialog) == []
        dialog.close()
    w.set_language("ru")
