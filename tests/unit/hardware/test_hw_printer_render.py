from datetime import datetime

import numpy as np
import pytest
import zxingcpp

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.errors import ValidationError
from alsep_desktop.hardware.errors import PrinterUnsupported
from alsep_desktop.hardware.printer.decode import canon, decode, read_raster_line
from alsep_desktop.hardware.printer.document import FiscalInfo, PrintableReceipt, ReceiptHeader
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.model import PrintDocument, TextLine
from alsep_desktop.hardware.printer.render import TextPath, choose_path, render
from alsep_desktop.hardware.printer.samples import SAMPLE_FISCAL, SAMPLE_HEADER, sample_receipt
from alsep_desktop.hardware.profiles import get_profile


def _decode(data: bytes, key: str):
    p = get_profile(key)
    return decode(data, {c.number: c.codec for c in p.code_pages}, p.columns)


def test_printable_from_receipt_carries_the_numbers() -> None:
    r = sample_receipt(4)
    assert r.total == Money.sum(line.amount for line in r.lines) - r.receipt_discount
    assert r.received == Money(20000) + r.payments[1].amount and r.change.tiyn < 100000
    assert r.change == r.received - r.total
    assert r.title == "ПРОДАЖА"
    assert r.marking_codes == ("0104600439931256215Ab+Cx7\x1d93dGVz",)
    assert [v.rate_text for v in r.vat_totals] == ["16%"]
    assert r.vat_totals[0].vat == Money.sum(line.vat for line in r.lines if line.vat_text == "16%")
    assert r.paid_in_cash


def test_text_path_with_kazakh_code_page_keeps_every_letter() -> None:
    profile = get_profile("epson-tm-t20ii")
    doc = receipt_document(sample_receipt(4), 48, kick_drawer=True)
    assert choose_path(doc, profile) is TextPath.TEXT
    d = _decode(render(doc, profile), "epson-tm-t20ii")
    assert d.code_page == 53  # KZ-1048
    text = "\n".join(d.lines())
    for needle in ("БИН/ИИН 123456789012", "НДС: серия 60001 № 1234567", "ЗНМ", "ALS-000123", "РНМ",
                   "Смена № 12", "Чек № 34", "Әсел Қасымова", "1. Құрт ірімшік", "ФП", "2784356910",
                   'ОФД: АО "Казахтелеком"', "КМ: 0104600439931256215Ab+Cx793dGVz", "27.01.2026 14:05:09"):
        assert needle in text, needle
    assert "BD|        ПРОДАЖА" in d.lines()
    assert d.of_kind("QR") == [SAMPLE_FISCAL.check_url]
    assert d.of_kind("kick") == [0] and d.of_kind("cut") == ["partial"]
    text_lines = [v[0] for k, v in d.events if k == "text"]
    assert text_lines == [t for t in doc.text_lines() if not t.startswith("[QR")]


def test_text_path_russian_on_cp866_printer() -> None:
    profile = get_profile("xprinter-xp58")
    doc = receipt_document(sample_receipt(3, kazakh=False), 32)
    assert choose_path(doc, profile) is TextPath.TEXT
    d = _decode(render(doc, profile), "xprinter-xp58")
    assert d.code_page == 17 and d.rasters()[:-1] == []  # only the raster QR
    assert "Иванова Анна" in "\n".join(d.lines())


def test_raster_path_reads_back_as_the_same_text_and_qr() -> None:
    profile = get_profile("xprinter-xp58")  # no Kazakh page, no native QR, no cutter
    doc = receipt_document(sample_receipt(4), 32, kick_drawer=True)
    assert choose_path(doc, profile) is TextPath.RASTER
    d = _decode(render(doc, profile), "xprinter-xp58")
    assert d.code_page is None and not [e for e in d.events if e[0] == "text"]
    strips = [r for r in d.rasters() if r.height in (24, 48)]
    read = [read_raster_line(r, 32) for r in strips]
    expected = [t for t in doc.text_lines() if not t.startswith("[QR")]
    assert [canon(t) for t, _, _ in read] == [canon(t.rstrip()) for t in expected]
    assert read[0][1] is True  # company name in bold
    assert any(double and canon("ПРОДАЖА") in canon(t) for t, _, double in read)
    qr = [r for r in d.rasters() if r.height not in (24, 48)]
    assert len(qr) == 1
    found = zxingcpp.read_barcodes(np.array(qr[0].convert("L")) ^ 255)
    assert [f.text for f in found] == [SAMPLE_FISCAL.check_url]
    assert d.of_kind("kick") == [0] and d.of_kind("cut") == []  # no cutter: feed only
    assert d.picture().width == 384


def test_forced_raster_on_a_printer_with_a_kazakh_page() -> None:
    profile = get_profile("epson-tm-t20ii")
    doc = PrintDocument(48, (TextLine("Қазақстан Республикасы"),))
    d = _decode(render(doc, profile, TextPath.RASTER), "epson-tm-t20ii")
    assert canon(read_raster_line(d.rasters()[0], 48)[0]) == canon("Қазақстан Республикасы")


def test_unknown_characters_fall_back_on_the_text_path() -> None:
    profile = get_profile("epson-tm-t20ii")
    doc = PrintDocument(48, (TextLine("Итого 100 ₸ … 漢"),))
    d = _decode(render(doc, profile, TextPath.TEXT), "epson-tm-t20ii")
    assert d.lines()[0] == "  |Итого 100 T . ?"


def test_a_layout_for_another_width_is_refused() -> None:
    doc = receipt_document(sample_receipt(1), 48)
    with pytest.raises(PrinterUnsupported) as err:
        render(doc, get_profile("xprinter-xp58"))
    assert err.value.code == "printer.unsupported"


@pytest.mark.parametrize("columns", [32, 48])
def test_every_line_fits_the_paper(columns: int) -> None:
    for r in (sample_receipt(6), sample_receipt(2, offline=True, duplicate=True)):
        doc = receipt_document(r, columns)
        assert all(len(line) <= columns for line in doc.text_lines() if not line.startswith("[QR"))


def test_offline_and_duplicate_marks() -> None:
    lines = receipt_document(sample_receipt(1, offline=True, duplicate=True), 48).text_lines()
    assert any("АВТОНОМНЫЙ РЕЖИМ" in line for line in lines)
    assert sum("ДУБЛИКАТ" in line for line in lines) == 2
    plain = receipt_document(sample_receipt(1), 48).text_lines()
    assert not any("АВТОНОМНЫЙ" in line or "ДУБЛИКАТ" in line for line in plain)


@pytest.mark.parametrize(
    ("op", "title"),
    [(OperationKind.SALE, "ПРОДАЖА"), (OperationKind.SALE_RETURN, "ВОЗВРАТ ПРОДАЖИ"),
     (OperationKind.PURCHASE, "ПОКУПКА"), (OperationKind.PURCHASE_RETURN, "ВОЗВРАТ ПОКУПКИ")],
)
def test_document_titles(op: OperationKind, title: str) -> None:
    r = sample_receipt(1)
    fields = {n: getattr(r, n) for n in r.__dataclass_fields__}
    doc = receipt_document(PrintableReceipt(**{**fields, "operation": op}), 32)
    assert any(line.strip() == title for line in doc.text_lines())


def test_naive_datetime_and_missing_vat_certificate_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        FiscalInfo(1, 1, datetime(2026, 1, 1, 12, 0), "Кассир", "1")
    assert err.value.field == "issued_at"
    fields = {n: getattr(SAMPLE_HEADER, n) for n in SAMPLE_HEADER.__dataclass_fields__}
    with pytest.raises(ValidationError) as err:
        ReceiptHeader(**{**fields, "vat_series": None})
    assert err.value.field == "vat_series"


def test_non_vat_payer_prints_no_certificate() -> None:
    fields = {n: getattr(SAMPLE_HEADER, n) for n in SAMPLE_HEADER.__dataclass_fields__}
    header = ReceiptHeader(**{**fields, "vat_payer": False, "vat_series": None, "vat_number": None})
    r = sample_receipt(1)
    rf = {n: getattr(r, n) for n in r.__dataclass_fields__}
    lines = receipt_document(PrintableReceipt(**{**rf, "header": header}), 48).text_lines()
    assert not any("серия" in line for line in lines)
