"""The terminal reports page driven with real key and mouse events: the period's operations and
summary shown, a terminal picked, the commission rates typed and saved, and «Выписка» exported to
.xlsx and read back with openpyxl."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from alsep_desktop.app.demo import ADMIN, ensure_demo
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.terminal.registry import TerminalEntry, TerminalRegistryService
from alsep_desktop.services.terminal.reports import TerminalReportService
from alsep_desktop.services.terminal.xlsx import LABELS
from alsep_desktop.ui.admin import AdminTab
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import Qt
from alsep_desktop.ui.translator import current_language, translate_in


def _op(ctx, at: datetime, tiyn: int, register_id: int, *, method: str = "card", state: str = "success",
        kind: str = "payment", terminal_id: str = "POS10344") -> None:
    op_id = str(uuid.uuid4())
    with ctx.uow() as uow:
        uow.terminal.upsert(op_id, {"reference": op_id, "kind": kind, "amount_tiyn": tiyn, "vendor": "kaspi",
                                    "state": state, "method": method, "transaction_id": op_id[:12],
                                    "terminal_id": terminal_id, "started_at": at, "updated_at": at,
                                    "register_id": register_id})
        uow.commit()


@pytest.fixture
def page(qtbot, sqlite_ctx):
    ctx = sqlite_ctx
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    tp = ctx.admin.local.trade_points.trade_points(admin)[0].id
    second = ctx.org.create_register(admin, tp, "ККМ №2").value
    day = datetime(2026, 1, 14, 10, 0, tzinfo=ALMATY)  # the FakeClock's today is 15 Jan: in the default week
    _op(ctx, day, 10_100, ids.register_id)
    _op(ctx, day.replace(hour=11), 40_001_000, ids.register_id, method="qr")
    _op(ctx, day.replace(hour=12), 50_000, ids.register_id, state="fail")
    _op(ctx, day.replace(hour=13), 5_000, ids.register_id, kind="refund")
    _op(ctx, day.replace(hour=14), 100_000, second, terminal_id="POS10041")
    registry = TerminalRegistryService(ctx.uow, ctx.clock)
    registry.create(admin, TerminalEntry("00021699584", "Kaspi Smart POS", tp, ids.register_id))
    registry.create(admin, TerminalEntry("00021699585", "Kaspi Smart POS", tp, second))
    ops = OpRunner()
    tab = AdminTab(ctx, ops, admin)
    qtbot.addWidget(tab)
    tab.resize(1300, 860)
    tab.show()
    p = tab.show_page("terminal_reports")
    qtbot.waitUntil(lambda: p.pending == 0 and p.scope_combo.count() == 3 and p.table.rowCount() == 5, timeout=10_000)
    yield p
    ops.wait()


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.pending == 0, timeout=10_000)


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_list_summary_rates_and_statement(qtbot, page, sqlite_ctx, tmp_path) -> None:
    assert page.summary_table.rowCount() == 4  # card approved, card declined, QR approved, refund approved
    assert "401 111,00" in page.totals.text() and "401 061,00" in page.totals.text()  # 101 + 400 010 + 1 000; less 50

    # one terminal, picked with the keyboard: its register's operations only
    page.scope_combo.setFocus()
    qtbot.keyClick(page.scope_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() == 4, timeout=10_000)
    qtbot.keyClick(page.scope_combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() == 5, timeout=10_000)

    # a rate with three decimals is refused with the field named, then saved
    retype(qtbot, page.card_rate_edit, "1.295")
    qtbot.mouseClick(page.save_rates_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.error.isVisible() and page.focusWidget() is page.card_rate_edit
    retype(qtbot, page.card_rate_edit, "1,29")
    retype(qtbot, page.qr_rate_edit, "0.95")
    qtbot.mouseClick(page.save_rates_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert not page.error.isVisible()
    service = TerminalReportService(sqlite_ctx.uow, sqlite_ctx.clock)
    rates = service.rates(sqlite_ctx.auth.login(*ADMIN))
    assert (rates.card_bp, rates.qr_bp) == (129, 95)

    target = tmp_path / "выписка"
    page.ask_save_path = lambda suggested: str(target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pending == 0 and "выписка.xlsx" in page.status.text(), timeout=15_000)
    assert page.export_button.isEnabled() and page.progress_dialog is None

    ws = load_workbook(tmp_path / "выписка.xlsx").worksheets[0]
    label = lambda key: translate_in(current_language(), "TerminalStatement", LABELS[key])  # noqa: E731
    assert [c.value for c in ws[1]][:3] == [label("day"), label("kind"), label("terminal")]
    assert ws.freeze_panes == "A2" and ws["A2"].is_date and ws["A2"].number_format == "DD.MM.YYYY"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=ws.max_row - 1)]
    assert [(r[2], r[1], r[4]) for r in rows] == [("POS10041", label("payment"), 1), ("POS10344", label("payment"), 1),
                                                  ("POS10344", label("payment"), 1), ("POS10344", label("refund"), 1)]
    money = [[Decimal(str(v)) for v in r[5:8]] for r in rows]
    assert money == [[Decimal("1000"), Decimal("-12.9"), Decimal("987.1")],
                     [Decimal("101"), Decimal("-1.3"), Decimal("99.7")],
                     [Decimal("400010"), Decimal("-3800.1"), Decimal("396209.9")],
                     [Decimal("-50"), Decimal("0"), Decimal("-50")]]
    total = [c.value for c in ws[ws.max_row]]
    assert total[0] == label("total") and total[4] == 4
    assert [Decimal(str(v)) for v in total[5:8]] == [Decimal("401061"), Decimal("-3814.3"), Decimal("397246.7")]
    assert all(ws.cell(ws.max_row, c).number_format == "#,##0.00" for c in (6, 7, 8))
