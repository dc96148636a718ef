"""Every CSV the app writes is in the dialect it reads (issue 20, decision 2041): the sales list,
the dashboard, the catalog export and the list of import issues. Each file is written for real
(a SQLite store with receipts in two shifts whose numbers repeat), then read back three ways: the
project's own CSV reader (``textfile.open_text`` / ``parse_csv``), Python's ``csv`` with ``;``, and
the way Excel on a Russian Windows opens a double-clicked .csv (a UTF-8 BOM, else cp1251; the list
separator ``;``; numbers with a decimal comma)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from alsep_desktop.app.demo import ADMIN, ensure_demo
from alsep_desktop.exchange.csv_catalog import parse_csv
from alsep_desktop.exchange.csv_out import escape_cell
from alsep_desktop.exchange.report import write_issue_report
from alsep_desktop.exchange.rows import ImportIssue, Severity
from alsep_desktop.exchange.textfile import open_text
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.exchange import export_catalog_file
from alsep_desktop.services.reports import OPERATIONS, SALES_HEADER, Period
from alsep_desktop.store.models import Payment, Receipt, ReceiptLine, Shift

BOM = b"\xef\xbb\xbf"
PERIOD = Period(date(2026, 1, 14), date(2026, 1, 15))
RU = {"Sale": "Продажа", "Return": "Возврат", "Shift": "Смена", "Receipt": "Чек", "Operation": "Операция",
      "Code": "Код", "Revenue": "Выручка"}


def ru(_context: str, text: str) -> str:
    """A stand-in for the window's translation (the real one is tested in tests/ui)."""
    return RU.get(text, text)


def excel_ru_rows(data: bytes) -> list[list[str]]:
    """What Excel on a Russian Windows shows: UTF-8 when the BOM says so, else the ANSI code page
    (cp1251); columns split at the list separator ``;``; quotes as RFC 4180."""
    text = data[3:].decode("utf-8") if data.startswith(BOM) else data.decode("cp1251")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def excel_number(cell: str) -> Decimal | None:
    """A cell Excel (ru-RU) takes as a number: digits with a decimal comma, never a point."""
    if "." in cell:
        return None
    try:
        return Decimal(cell.replace(",", "."))
    except InvalidOperation:
        return None


def _two_shifts(ctx, register_id: int) -> None:  # noqa: ANN001
    """Shift 1: sale №1 (cash 520,00, 1,250 kg), sale №2 (card); shift 2: sale №1 again, return №2."""
    with ctx.uow() as uow:
        s = uow.session
        plan = {1: [("sale", 14, "cash", 1250), ("sale", 14, "card", 1000)],
                2: [("sale", 15, "cash", 1000), ("sale_return", 15, "cash", 1000)]}
        for number, receipts in plan.items():
            shift = Shift(register_id=register_id, number=number, state="closed" if number == 1 else "open",
                          opened_at=datetime(2026, 1, 13 + number, 8, tzinfo=ALMATY))
            s.add(shift)
            s.flush()
            for n, (op, day, kind, milli) in enumerate(receipts, 1):
                total = 520_00 * milli // 1000
                r = Receipt(register_id=register_id, shift_id=shift.id, number=n, operation=op, state="printed",
                            total_tiyn=total, created_at=datetime(2026, 1, day, 10 + n, tzinfo=ALMATY))
                r.lines.append(ReceiptLine(position=1, code="2", name="=Молоко; «Домик», 1 л", barcode="4870001000029",
                                           unit_price_tiyn=520_00, quantity_milli=milli, total_tiyn=total,
                                           vat_code="16", unit="166" if milli % 1000 else "796"))
                r.payments.append(Payment(kind=kind, amount_tiyn=total))
                s.add(r)
        s.commit()


@pytest.fixture
def store(sqlite_ctx):  # noqa: ANN001, ANN201
    ids = ensure_demo(sqlite_ctx)
    _two_shifts(sqlite_ctx, ids.register_id)
    return sqlite_ctx, sqlite_ctx.auth.login(*ADMIN), ids.register_id


def _own_reader(path: Path, header: tuple[str, ...]) -> tuple[object, list[list[str]]]:
    with path.open("rb") as stream:
        lines = open_text(stream, lambda name: name.strip() in header)
        rows = list(csv.reader(lines, delimiter=lines.format.delimiter))
    return lines.format, rows


def test_the_sales_csv_opens_in_excel_on_russian_windows_with_the_shift(store, tmp_path: Path) -> None:
    ctx, admin, rid = store
    path = tmp_path / "sales.csv"
    assert ctx.reports.export_sales(admin, rid, PERIOD, path, labels=ru) == 4
    data = path.read_bytes()
    assert data.startswith(BOM) and b"\r\n" in data and b"500.00" not in data and b"520.00" not in data
    header = tuple(ru("CsvExport", h) for h in SALES_HEADER)
    fmt, own = _own_reader(path, header)
    assert (fmt.encoding, fmt.bom, fmt.delimiter) == ("utf-8-sig", True, ";")
    python = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    excel = excel_ru_rows(data)
    assert own == python == excel
    assert excel[0] == list(header) and all(len(r) == len(header) for r in excel)
    col = {name: i for i, name in enumerate(excel[0])}
    shifts_receipts = [(r[col["Смена"]], r[col["Чек"]]) for r in excel[1:]]
    assert shifts_receipts == [("1", "1"), ("1", "2"), ("2", "1"), ("2", "2")]  # №1 twice, told apart by the shift
    assert [r[col["Операция"]] for r in excel[1:]] == ["Продажа", "Продажа", "Продажа", "Возврат"]
    first, last = excel[1], excel[-1]
    assert first[col["Код"]] == "2" and first[1] == escape_cell("=Молоко; «Домик», 1 л")  # no formula runs
    assert (first[2], first[3], first[6], first[7]) == ("520,00", "1,250", "650,00", "0,00")
    assert (last[2], last[3], last[6]) == ("-520,00", "-1", "-520,00")
    assert first[4] == "14.01.2026 11:00:00"
    for row in excel[1:]:  # every amount and quantity is a number for Excel (ru-RU)
        assert all(excel_number(row[i]) is not None for i in (2, 3, 6, 7, col["Смена"], col["Чек"])), row


def test_the_operation_stays_english_without_a_translation(store, tmp_path: Path) -> None:
    ctx, admin, rid = store
    path = tmp_path / "sales.csv"
    ctx.reports.export_sales(admin, rid, PERIOD, path)
    rows = excel_ru_rows(path.read_bytes())
    assert rows[0][-3:] == ["Shift", "Receipt", "Operation"] and rows[-1][-1] == OPERATIONS["sale_return"] == "Return"


def test_the_dashboard_csv_is_in_the_same_dialect(store, tmp_path: Path) -> None:
    ctx, admin, _rid = store
    path = tmp_path / "dashboard.csv"
    ctx.reports.export_dashboard(admin, ctx.reports.dashboard(admin, PERIOD), path, labels=ru)
    data = path.read_bytes()
    assert data.startswith(BOM) and b"." not in data.replace(b"14.01.2026", b"").replace(b"15.01.2026", b"")
    excel = excel_ru_rows(data)
    assert excel[0] == ["Period", "14.01.2026", "15.01.2026"]
    assert excel[1] == ["Выручка", "1170,00"]  # 650 + 520 + 520 - 520
    days = [r for r in excel if r[:1] in (["14.01.2026"], ["15.01.2026"])]
    assert days == [["14.01.2026", "1170,00", "2"], ["15.01.2026", "0,00", "1"]]
    assert all(excel_number(r[1]) is not None for r in days)


def test_the_catalog_export_is_in_the_same_dialect_and_imports_back(store, tmp_path: Path) -> None:
    ctx, admin, rid = store
    path = tmp_path / "catalog.csv"
    count = export_catalog_file(ctx, admin, rid, path)
    data = path.read_bytes()
    assert data.startswith(BOM)
    excel = excel_ru_rows(data)
    assert excel[0][:5] == ["Код", "Код группы", "Баркод", "Наименование", "Цена"] and len(excel[0]) == 12
    assert all(len(r) == 12 for r in excel) and len(excel) == count + 1
    assert all(excel_number(r[4]) is not None and excel_number(r[5]) is not None for r in excel[1:])
    rows, report = parse_csv(path)
    assert report.issues == [] and report.text_format.delimiter == ";" and len(rows) == count
    by_code = {p.code: p for p in ctx.catalog.list_products(rid)}
    assert all(by_code[r.code].price == r.price and by_code[r.code].name == r.name for r in rows)


def test_the_issue_list_is_in_the_same_dialect(tmp_path: Path) -> None:
    issues = [ImportIssue("exchange.row.bad_price", "price '1.2.3' is not an amount", row=2, line=3, field="price",
                          column="Цена"),
              ImportIssue("exchange.row.unit_guessed", "=unit; guessed", row=4, severity=Severity.WARNING)]
    path = tmp_path / "issues.csv"
    assert write_issue_report(issues, path, labels=lambda c, t: {"error": "ошибка"}.get(t, t),
                              describe=lambda i: f"перевод: {i.code}") == 2
    data = path.read_bytes()
    assert data.startswith(BOM)
    excel = excel_ru_rows(data)
    assert excel[0] == ["Severity", "Code", "File", "Row", "Line", "Column", "Field", "Message"]
    assert excel[1] == ["ошибка", "exchange.row.bad_price", "", "2", "3", "Цена", "price", "перевод: exchange.row.bad_price"]
    assert excel[2][0] == "warning" and len(excel[2]) == 8
    write_issue_report(issues, path)  # the command line: the English message, a formula escaped
    assert excel_ru_rows(path.read_bytes())[2][-1] == "'=unit; guessed"


def test_a_failed_write_leaves_no_half_file(store, tmp_path: Path) -> None:
    ctx, admin, rid = store
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "sales.csv"
    path.write_bytes(b"old")

    def broken(_context: str, text: str) -> str:
        if text == "Return":
            raise RuntimeError("disk full")
        return text

    with pytest.raises(RuntimeError):
        ctx.reports.export_sales(admin, rid, PERIOD, path, labels=broken)
    assert path.read_bytes() == b"old" and sorted(p.name for p in path.parent.iterdir()) == ["sales.csv"]
