"""CSV as Excel writes it on a Russian or Kazakh Windows: encoding and separator found, decimal
comma, thousands separators, messages naming the column as in the file, the limits on hostile
files, and the formula escaping of the export."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsep_desktop.domain.money import Money
from alsep_desktop.exchange.csv_catalog import (
    MAX_COLUMNS,
    escape_cell,
    parse_csv,
    unescape_cell,
    write_csv,
)
from alsep_desktop.exchange.rows import MAX_ERRORS, ImportFailed, IssueCode, ProductRow, Severity
from alsep_desktop.exchange.textfile import MAX_LINE_CHARS, detect_encoding

EXCEL_RU = (
    "Код;Код группы;Штрихкод;Наименование;Цена;Скидка;НДС\r\n"
    "1;1;4870001000011;Молоко Адал 2,5% 1 л;459,50;0;16\r\n"
    "2;1;4870001000028;Хлеб бородинский;1\u00a0234,50;5,5;16\r\n"
    "3;2;;Доставка по городу;12 000;0;без НДС\r\n"
)
EXPECTED = [
    ProductRow("1", "1", "4870001000011", "Молоко Адал 2,5% 1 л", Money(45950), vat="16"),
    ProductRow("2", "1", "4870001000028", "Хлеб бородинский", Money(123450), 550, vat="16"),
    ProductRow("3", "2", "", "Доставка по городу", Money(1200000), vat="none"),
]


def _parse(data: bytes, **kw):  # type: ignore[no-untyped-def]
    return parse_csv(io.BytesIO(data), **kw)


def _failed(data: bytes) -> ImportFailed:
    with pytest.raises(ImportFailed) as info:
        _parse(data)
    return info.value


@pytest.mark.parametrize(
    ("encoding", "prefix", "name", "sep"),
    [
        ("cp1251", b"", "Windows-1251", ";"),
        ("utf-8", b"", "UTF-8", ";"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8", ";"),
        ("utf-16", b"", "UTF-16", "\t"),  # Excel «Текст Юникод»: UTF-16 with BOM, tabs
        ("cp866", b"", "DOS-866", ","),
    ],
)
def test_excel_csv_of_a_russian_windows_reads_as_it_is(encoding: str, prefix: bytes, name: str, sep: str) -> None:
    text = EXCEL_RU
    if sep == ",":
        text = '\r\n'.join(
            ",".join(f'"{c}"' if "," in c else c for c in line.split(";")) for line in EXCEL_RU.split("\r\n")
        ).replace("\u00a0", " ")
    elif sep == "\t":
        text = EXCEL_RU.replace(";", "\t")
    rows, report = _parse(prefix + text.encode(encoding))
    assert report.issues == []
    assert rows == EXPECTED
    fmt = report.text_format
    assert (fmt.encoding_name, fmt.delimiter) == (name, sep)
    assert report.decimal_comma_rows == 2


def test_kazakh_code_page_is_told_from_windows_1251() -> None:
    text = "Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС\r\n1;1;;Қымыз «Сарыарқа» ұн, өнім;1 500;0;16\r\n"
    rows, report = _parse(text.encode("kz1048"))
    assert report.text_format.encoding_name == "KZ-1048"
    assert rows[0].name == "Қымыз «Сарыарқа» ұн, өнім"


def test_kazakh_letters_lost_by_windows_1251_are_a_warning() -> None:
    text = "Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС\r\n1;1;;С?т ?ымыз;1;0;16\r\n2;1;;Нан;1;0;16\r\n"
    rows, report = _parse(text.encode("cp1251"))
    assert len(rows) == 2
    [w] = report.warnings
    assert (w.code, w.params["count"], w.params["first_row"]) == (IssueCode.LOST_LETTERS, 1, 1)
    assert w.column == "Наименование" and "Windows-1251" in w.message


def test_excel_sep_line_is_honoured() -> None:
    data = ("sep=;\r\n" + EXCEL_RU).encode("cp1251")
    rows, report = _parse(data)
    assert rows == EXPECTED and report.text_format.sep_line
    assert report.issues == []


def test_line_numbers_count_the_sep_line() -> None:
    data = ("sep=;\r\nКод;Код группы;Баркод;Наименование;Цена;Скидка;НДС\r\n1;1;;Нан;x;0;16\r\n").encode("cp1251")
    _, report = _parse(data)
    assert [(i.row, i.line) for i in report.errors] == [(1, 3)]
    missing = _failed(b"sep=,\r\ncode,name\r\n1,x\r\n")
    assert missing.issues[0].line == 2


def test_empty_cells_after_the_last_column_are_ignored() -> None:
    data = "Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС\r\n1;1;;Нан;1;0;16;;\r\n2;1;;Сүт;1;0;16;x\r\n".encode()
    rows, report = _parse(data)
    assert [r.code for r in rows] == ["1"]
    assert [(i.row, i.code) for i in report.errors] == [(2, IssueCode.FIELD_COUNT)]


def test_english_headers_pick_the_separator_too() -> None:
    data = b"code|group_code|barcode|name|price|discount|vat\n1|1||Tea|100|0|16\n"
    rows, report = _parse(data)
    assert report.text_format.delimiter == "|" and rows[0].name == "Tea"


def test_forced_encoding_and_separator() -> None:
    data = EXCEL_RU.encode("cp1251")
    rows, report = _parse(data, encoding="windows-1251", delimiter=";")
    assert rows == EXPECTED and report.text_format.encoding == "cp1251"


def test_a_non_ascii_byte_after_a_long_ascii_beginning_is_still_detected() -> None:
    head = "Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС\r\n".encode("cp1251")
    ascii_rows = "".join(f"{i};1;;Item {i};1,00;0;16\r\n" for i in range(1, 3000)).encode()
    data = head + ascii_rows + "3000;1;;Молоко;1,00;0;16\r\n".encode("cp1251")
    rows, report = _parse(data)
    assert report.ok and rows[-1].name == "Молоко"


def test_errors_name_the_column_as_in_the_file_and_keep_a_stable_key() -> None:
    data = ("Код;Код группы;Штрих-код;Наименование;ЦЕНА;Скидка;НДС\r\n1;1;12A;Хлеб;abc;0;16\r\n").encode("cp1251")
    _, report = _parse(data)
    assert [(i.field, i.column, i.row, i.line) for i in report.errors] == [
        ("barcode", "Штрих-код", 1, 2),
        ("price", "ЦЕНА", 1, 2),
    ]
    assert str(report.errors[1]).startswith("row 1, line 2, column «ЦЕНА»: ")


def test_a_barcode_excel_turned_into_a_number_is_named() -> None:
    data = "Код;Код группы;Штрихкод;Наименование;Цена;Скидка;НДС\r\n1;1;4,87E+12;Хлеб;100;0;16\r\n".encode("cp1251")
    _, report = _parse(data)
    [issue] = report.errors
    assert (issue.code, issue.column) == (IssueCode.BAD_BARCODE, "Штрихкод")
    assert issue.message.startswith("barcode '4,87E+12' was turned into a number by Excel")


def test_every_error_is_listed_up_to_the_cap_then_the_file_is_refused() -> None:
    lines = ["Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС"]
    lines += [f"{i};1;;Товар {i};не цена;0;16" for i in range(1, 5000)]
    err = _failed("\r\n".join(lines).encode("cp1251"))
    assert len(err.issues) == MAX_ERRORS + 1
    assert all(i.code == IssueCode.BAD_PRICE for i in err.issues[:-1])
    last = err.issues[-1]
    assert last.code == IssueCode.TOO_MANY_ERRORS and last.row == MAX_ERRORS + 1


def test_a_few_hundred_errors_are_all_kept() -> None:
    lines = ["code,group_code,barcode,name,price,discount,vat"] + [f"{i},1,,N{i},x,0,16" for i in range(1, 301)]
    rows, report = _parse("\n".join(lines).encode())
    assert rows == [] and len(report.errors) == 300


def test_warnings_are_capped_and_counted() -> None:
    head = "code,group_code,barcode,name,price,discount,vat," + ",".join(f"extra{i}" for i in range(1, 5))
    rows, report = _parse((head + "\n1,1,,A,1,0,16,,,,\n").encode())
    assert len(report.warnings) == 4
    from alsep_desktop.exchange.rows import ImportIssue, ImportReport

    small = ImportReport(max_warnings=3)
    for n in range(10):
        small.add(ImportIssue("x", "w {n}", severity=Severity.WARNING, params={"n": n}))
    assert [w.code for w in small.warnings] == ["x", "x", "x", IssueCode.TOO_MANY_WARNINGS]
    assert small.warnings_dropped == 7


def test_a_line_without_end_is_refused_at_the_limit() -> None:
    data = b"code,group_code,barcode,name,price,discount,vat\n" + b"x" * (MAX_LINE_CHARS * 4)
    err = _failed(data)
    assert (err.issues[-1].code, err.issues[-1].line) == (IssueCode.LINE_TOO_LONG, 2)


def test_too_many_columns_are_refused() -> None:
    head = ",".join(["code", "group_code", "barcode", "name", "price", "discount", "vat"]
                    + [f"c{i}" for i in range(MAX_COLUMNS)])
    err = _failed((head + "\n").encode())
    assert err.issues[-1].code == IssueCode.TOO_MANY_COLUMNS


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_files_are_not_text(data: bytes) -> None:
    assert _failed(data).issues[-1].code == IssueCode.NOT_TEXT


def test_detect_encoding_tolerates_a_cut_utf8_sequence_at_the_end_of_the_sample() -> None:
    sample = "Молоко".encode()[:-1]
    assert detect_encoding(sample, complete=False) == ("utf-8", False)


# -- formula escaping of the export ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=1+2", "'=1+2"), ("+7 701", "'+7 701"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("'=x", "''=x"), ("''", "'''"), ("'abc", "'abc"), ("'", "'"), ("Нан", "Нан"), ("", "")],
)
def test_escape_cell(value: str, cell: str) -> None:
    assert escape_cell(value) == cell and unescape_cell(cell) == value


@given(st.text())
def test_unescape_inverts_escape(value: str) -> None:
    assert unescape_cell(escape_cell(value)) == value


def test_export_escapes_formulas_and_the_import_round_trips_byte_for_byte() -> None:
    rows = [
        ProductRow("=cmd|' /C calc'!A0", "-1", "", "=HYPERLINK(\"http://x\";\"click\")", Money(100), vat="16"),
        ProductRow("@2", "+3", "4870001000011", "'=already quoted", Money(250), vat="none"),
        ProductRow("5", "1", "", "-", Money(0), vat="0"),
    ]
    first = io.BytesIO()
    write_csv(rows, first)
    text = first.getvalue().decode("utf-8-sig")
    assert "\r\n'=cmd|' /C calc'!A0;'-1;;" in text and "'=HYPERLINK" in text and ";'+3;" in text
    back, report = parse_csv(io.BytesIO(first.getvalue()))
    assert report.issues == [] and back == rows
    second = io.BytesIO()
    write_csv(back, second)
    assert second.getvalue() == first.getvalue()


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40)
_STARTS = ["", "=", "+", "-", "@", "'", "'=", "''", "'-", "'''"]


@given(code=st.tuples(st.sampled_from(_STARTS), _TEXT), name=st.tuples(st.sampled_from(_STARTS), _TEXT))
def test_export_import_export_is_byte_for_byte_for_any_text(code: tuple[str, str], name: tuple[str, str]) -> None:
    c, n = (code[0] + code[1]).strip()[:64].strip(), (name[0] + name[1]).strip()[:255].strip()
    if not c or not n:
        return
    row = ProductRow(c, "1", "", n, Money(100), vat="16")
    first = io.BytesIO()
    write_csv([row], first)
    back, report = parse_csv(io.BytesIO(first.getvalue()))
    assert report.errors == [] and back == [row]
    second = io.BytesIO()
    write_csv(back, second)
    assert second.getvalue() == first.getvalue()
