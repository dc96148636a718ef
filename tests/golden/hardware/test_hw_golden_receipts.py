"""Byte output read back and compared with reviewed golden text files.

Regenerate after a deliberate layout change with ``ALSEP_REGEN_GOLDEN=1`` and review the diff.
"""

import os
from pathlib import Path

import pytest

from alsep_desktop.hardware.printer.decode import canon, decode, read_raster_line
from alsep_desktop.hardware.printer.document import CashMoveKind, ReportKind
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.render import render
from alsep_desktop.hardware.printer.reports import cash_slip_document, report_document
from alsep_desktop.hardware.printer.samples import sample_receipt, sample_report, sample_slip
from alsep_desktop.hardware.profiles import get_profile

HERE = Path(__file__).parent
DOCS = {
    "receipt": lambda w: receipt_document(sample_receipt(4), w, kick_drawer=True),
    "receipt_offline_duplicate": lambda w: receipt_document(sample_receipt(2, offline=True, duplicate=True), w),
    "x_report": lambda w: report_document(sample_report(ReportKind.X), w),
    "z_report": lambda w: report_document(sample_report(ReportKind.Z), w),
    "deposit": lambda w: cash_slip_document(sample_slip(CashMoveKind.DEPOSIT), w),
    "withdrawal": lambda w: cash_slip_document(sample_slip(CashMoveKind.WITHDRAWAL), w, kick_drawer=False),
}
PROFILES = {"80": "epson-tm-t20ii", "58": "epson-tm-t20ii-58"}


def _check(name: str, text: str) -> None:
    path = HERE / f"{name}.txt"
    if os.environ.get("ALSEP_REGEN_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", PROFILES)
@pytest.mark.parametrize("doc", DOCS)
def test_text_path(doc: str, width: str) -> None:
    p = get_profile(PROFILES[width])
    data = render(DOCS[doc](p.columns), p)
    d = decode(data, {c.number: c.codec for c in p.code_pages}, p.columns)
    _check(f"{doc}_{width}mm", f"[code page {d.code_page}]\n" + "\n".join(d.lines()) + "\n")


def test_raster_path_58mm() -> None:
    p = get_profile("xprinter-xp58")
    d = decode(render(DOCS["receipt"](32), p), {c.number: c.codec for c in p.code_pages}, 32)
    out = []
    for kind, value in d.events:
        if kind == "raster" and value.height in (24, 48):
            text, bold, double = read_raster_line(value, 32)
            out.append(("B" if bold else " ") + ("D" if double else " ") + "|" + canon(text))
        else:
            out.append(d.lines()[len(out)])
    _check("receipt_58mm_raster", "\n".join(out) + "\n")
