"""Sales and dashboard screens: returns negative, period filter, chart data, CSV export."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.store.models import Payment, Receipt, ReceiptLine, Shift


def _receipts(ctx, register_id: int) -> None:
    with ctx.uow() as uow:
        s = uow.session
        shift = Shift(register_id=register_id, number=1, state="open", opened_at=datetime(2026, 1, 14, 8, tzinfo=ALMATY))
        s.add(shift)
        s.flush()
        for n, (op, day, kind) in enumerate([("sale", 14, "cash"), ("sale", 15, "card"), ("sale_return", 15, "cash")], 1):
            r = Receipt(register_id=register_id, shift_id=shift.id, number=n, operation=op, state="printed",
                        total_tiyn=520_00, created_at=datetime(2026, 1, day, 10 + n, tzinfo=ALMATY))
            r.lines.append(ReceiptLine(position=1, code="2", name="Молоко", barcode="4870001000029",
                                       unit_price_tiyn=520_00, quantity_milli=1000, total_tiyn=520_00, vat_code="16"))
            r.payments.append(Payment(kind=kind, amount_tiyn=520_00))
            s.add(r)
        s.commit()


def test_sales_table_period_and_export(ui, tmp_path: Path) -> None:
    _receipts(ui.ctx, ui.register_id)
    page = ui.page("sales")
    assert page.table.rowCount() == 3
    ret = [page.table.item(2, c).text() for c in range(9)]
    assert ret[2] == "-520.00" and ret[3] == "-1" and ret[6] == "-520.00" and ret[7] == "0.00"
    assert page.table.item(1, 7).text() == "520.00"  # card
    page.period.set_period(date(2026, 1, 14), date(2026, 1, 14))
    ui.settle(page)
    assert page.table.rowCount() == 1 and page.table.item(0, 4).text().startswith("14.01.2026")
    out = tmp_path / "sales.csv"
    page.ask_save_path = lambda suggested: str(out)
    page.export_button.click()
    ui.settle(page)
    assert out.read_text(encoding="utf-8-sig").count("\n") == 2


def test_bad_period_is_reported_not_raised(ui) -> None:
    page = ui.page("sales")
    page.period.set_period(date(2026, 1, 15), date(2026, 1, 1))
    assert page.error.text() and "Traceback" not in page.error.text()


def test_dashboard_shows_last_week_and_exports(ui, tmp_path: Path) -> None:
    _receipts(ui.ctx, ui.register_id)
    page = ui.page("dashboard")  # shown on entry, before the receipts existed: reload
    page.refresh()
    ui.settle(page)
    d = page.data
    assert d is not None and (d.period.start, d.period.end) == (date(2026, 1, 9), date(2026, 1, 15))
    assert [v for _, v in page.chart.data][-2:] == [520_00, 0]
    assert "520,00" in page.revenue_label.text()
    assert page.top_table.rowCount() == 1 and page.mix_table.rowCount() == 2
    page.chart.grab()  # paints without error
    out = tmp_path / "dash.csv"
    page.ask_save_path = lambda suggested: str(out)
    page.export_button.click()
    ui.settle(page)
    assert "15.01.2026;0,00;1" in out.read_text(encoding="utf-8-sig")


def test_trade_point_edit(ui) -> None:
    page = ui.page("trade_points")
    page.table.selectRow(0)
    assert page.save_button.isEnabled()
    page.name_edit.setText("Магазин №2")
    page.save_button.click()
    ui.settle(page)
    assert ui.ctx.admin.local.trade_points.trade_points(ui.tab.principal)[0].name == "Магазин №2"
