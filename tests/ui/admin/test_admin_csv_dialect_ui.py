"""The sales and dashboard CSVs saved from the Russian and the Kazakh window (issue 20, decision 2041):
the headers, the operation («Продажа»/«Возврат») and the payment kinds in the window's language, the
shift beside the receipt number, ``;`` and decimal commas, as Excel on a Russian Windows opens them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from alsep_desktop.ui.qt import QApplication, Qt
from alsep_desktop.ui.translator import set_language
from tests.integration.exchange.test_exchange_csv_written import (
    _two_shifts,
    excel_number,
    excel_ru_rows,
)

EXPECTED = {
    "ru": (["Код", "Товар", "Цена", "Кол-во", "Дата", "Баркод", "Наличные", "Карточкой", "Кассир", "Смена", "Чек",
            "Операция"], ["Продажа", "Продажа", "Продажа", "Возврат"], "Выручка"),
    "kk": (None, ["Сату", "Сату", "Сату", "Қайтару"], "Түсім"),
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_sales_and_dashboard_csv_in_the_window_language(ui, tmp_path: Path, language: str) -> None:
    set_language(QApplication.instance(), language)
    _two_shifts(ui.ctx, ui.register_id)
    header, operations, revenue = EXPECTED[language]
    page = ui.page("sales")
    page.period.set_period(date(2026, 1, 14), date(2026, 1, 15))
    ui.settle(page)
    out = tmp_path / "sales.csv"
    page.ask_save_path = lambda *_a, **_k: str(out)
    ui.qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ui.settle(page)
    rows = excel_ru_rows(out.read_bytes())
    if header:
        assert rows[0] == header
    assert [r[-1] for r in rows[1:]] == operations
    assert [(r[-3], r[-2]) for r in rows[1:]] == [("1", "1"), ("1", "2"), ("2", "1"), ("2", "2")]
    assert all(excel_number(r[2]) is not None and excel_number(r[3]) is not None for r in rows[1:])

    page = ui.page("dashboard")
    page.period.set_period(date(2026, 1, 14), date(2026, 1, 15))
    ui.settle(page)
    dash = tmp_path / "dashboard.csv"
    page.ask_save_path = lambda *_a, **_k: str(dash)
    ui.qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ui.settle(page)
    rows = excel_ru_rows(dash.read_bytes())
    assert rows[1] == [revenue, "1170,00"]
    kinds = {r[0] for r in rows if len(r) == 2 and r[0] and excel_number(r[1]) is not None}
    assert {"Наличные" if language == "ru" else "Қолма-қол", "Карта"} <= kinds, rows
