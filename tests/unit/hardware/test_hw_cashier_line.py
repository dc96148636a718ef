"""The cashier's name on receipts, reports and cash slips (decision 2050): «Кассир» and the
whole name, on one line when they fit, else the name on the lines below — never cut."""

from __future__ import annotations

import pytest

from alsep_desktop.hardware.printer.decode import decode
from alsep_desktop.hardware.printer.document import CashMoveKind, FiscalInfo, ReportKind
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.render import render
from alsep_desktop.hardware.printer.reports import cash_slip_document, report_document
from alsep_desktop.hardware.printer.samples import sample_receipt, sample_report, sample_slip
from alsep_desktop.hardware.profiles import get_profile

LONG = "Абдрахманова-Жумабаева Айгерим-Гульнара Нурлановна"  # 50 characters: wider than 80 mm paper


def _receipt(name: str):  # noqa: ANN202
    r = sample_receipt(1)
    f = r.fiscal
    fiscal = FiscalInfo(f.shift_number, f.receipt_number, f.issued_at, name, f.fiscal_sign, f.check_url)
    return r.__class__(**{**{k: getattr(r, k) for k in r.__dataclass_fields__}, "fiscal": fiscal})


def _text(doc, profile: str) -> list[str]:  # noqa: ANN001
    p = get_profile(profile)
    d = decode(render(doc, p), {c.number: c.codec for c in p.code_pages}, p.columns)
    return [line.split("|", 1)[-1].rstrip() for line in d.lines()]


@pytest.mark.parametrize("profile", ["epson-tm-t20ii", "epson-tm-t20ii-58"])
def test_a_long_name_is_printed_whole_under_its_label(profile: str) -> None:
    columns = get_profile(profile).columns
    lines = _text(receipt_document(_receipt(LONG), columns), profile)
    at = next(i for i, line in enumerate(lines) if line.startswith("Кассир"))
    assert lines[at].strip() == "Кассир"
    following = " ".join(line.strip() for line in lines[at + 1:at + 3])
    assert LONG in following, lines[at:at + 3]


@pytest.mark.parametrize("columns", [32, 48])
def test_every_document_keeps_label_and_name(columns: int) -> None:
    docs = [report_document(sample_report(ReportKind.Z), columns),
            cash_slip_document(sample_slip(CashMoveKind.WITHDRAWAL), columns)]
    for doc in docs:
        lines = _text(doc, "epson-tm-t20ii" if columns == 48 else "epson-tm-t20ii-58")
        joined = " ".join(line.strip() for line in lines)
        assert "Кассир" in joined
        assert any(name in joined for name in ("Әсел Қасымова", "Абдрахманова Айгерим Нурлановна"))


def test_a_short_name_stays_beside_its_label() -> None:
    lines = _text(receipt_document(_receipt("Әсел Қасымова"), 32), "epson-tm-t20ii-58")
    assert any(line.startswith("Кассир") and line.endswith("Әсел Қасымова") for line in lines)
