"""CSV catalog import: valid files and every kind of broken file."""

from __future__ import annotations

import io

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.exchange.csv_catalog import parse_csv
from alsep_desktop.exchange.rows import ImportFailed, IssueCode, ProductRow, Severity

RU_HEADER = "Код,Код группы,Баркод,Наименование,Цена,Скидка,НДС"


def _csv(text: str, *, bom: bool = False, encoding: str = "utf-8") -> io.BytesIO:
    data = text.replace("\n", "\r\n").encode(encoding)
    return io.BytesIO((b"\xef\xbb\xbf" if bom else b"") + data)


def _failed(text: str | bytes) -> ImportFailed:
    stream = io.BytesIO(text) if isinstance(text, bytes) else _csv(text)
    with pytest.raises(ImportFailed) as info:
        parse_csv(stream)
    return info.value


@pytest.mark.parametrize("bom", [True, False])
def test_seed_manual_example_parses_with_and_without_bom(bom: bool) -> None:
    rows, report = parse_csv(
        _csv(f"{RU_HEADER}\n9999,9.9,99999999999999,Свободная позиция,50.00,0.00,0.00\n", bom=bom)
    )
    assert report.ok and report.issues == []
    assert rows == [
        ProductRow("9999", "9.9", "99999999999999", "Свободная позиция", Money(5000), 0, 0, "0")
    ]


def test_english_headers_in_any_order_and_optional_columns() -> None:
    text = (
        "name,price,vat,code,barcode,group_code,discount,markup,editable,unit\n"
        '"Қымыз ""Сарыарқа"", 1 л",1234.50,без НДС,17,000000000017,2,12.5,15,да,112\n'
        "Доставка,0,16,18,,6.1,,,0,5114\n"
    )
    rows, report = parse_csv(_csv(text))
    assert report.ok
    assert rows[0] == ProductRow(
        "17",
        "2",
        "000000000017",
        'Қымыз "Сарыарқа", 1 л',
        Money(123450),
        1250,
        1500,
        "none",
        True,
        Unit.LITRE,
    )
    assert rows[1] == ProductRow(
        "18", "6.1", "", "Доставка", Money(0), 0, 0, "16", False, Unit.SERVICE
    )
    assert report.rows_read == report.rows_ok == 2


def test_ntin_and_marked_columns() -> None:
    text = (
        f"{RU_HEADER},Единица,NTIN,Маркировка\n"
        "1,1,4870001000011,Сигареты,1100,0,16,шт,0200000000012,да\n"
        "2,1,4870001000028,Молоко,520,0,16,796,02000000000123,0\n"
        "3,1,4870001000035,Хлеб,250,0,16,796,,\n"
    )
    rows, report = parse_csv(_csv(text))
    assert report.issues == []
    assert [(r.ntin, r.marked, r.unit) for r in rows] == [
        ("0200000000012", True, Unit.PIECE), ("02000000000123", False, Unit.PIECE), ("", False, Unit.PIECE),
    ]


def test_english_ntin_header_and_bad_ntin_values_name_row_and_field() -> None:
    text = (
        "code,group_code,barcode,name,price,discount,vat,ntin,marked\n"
        "1,1,,Twelve digits,1,0,16,020000000001,0\n"
        "2,1,,Letters,1,0,16,02000000000AB,0\n"
        "3,1,,Fifteen,1,0,16,020000000000123,0\n"
        "4,1,,Good,1,0,16, 0200000000012 ,1\n"
        "5,1,,Bad flag,1,0,16,,maybe\n"
    )
    rows, report = parse_csv(_csv(text))
    assert [(r.code, r.ntin, r.marked) for r in rows] == [("4", "0200000000012", True)]
    bad = [(i.code, i.row, i.field) for i in report.errors]
    assert bad == [(IssueCode.BAD_NTIN, 1, "ntin"), (IssueCode.BAD_NTIN, 2, "ntin"), (IssueCode.BAD_NTIN, 3, "ntin"),
                   (IssueCode.BAD_FLAG, 5, "marked")]
    assert report.errors[0].message == "an NTIN has 13 or 14 digits, got '020000000001'"


def test_a_file_without_the_new_columns_still_imports() -> None:
    rows, report = parse_csv(_csv(f"{RU_HEADER},Наценка,Изменяемая цена,Единица\n1,1,,Хлеб,250,0,16,0,0,796\n"))
    assert report.issues == [] and (rows[0].ntin, rows[0].marked) == ("", False)


def test_thirteen_and_fourteen_digit_barcodes_are_accepted_fifteen_is_not() -> None:
    text = f"{RU_HEADER}\n1,1,4870001000011,EAN-13,1,0,16\n2,1,14870001000018,GTIN-14,1,0,16\n3,1,123456789012345,Long,1,0,16\n"
    rows, report = parse_csv(_csv(text))
    assert [r.barcode for r in rows] == ["4870001000011", "14870001000018"]
    [issue] = report.errors
    assert (issue.code, issue.row, issue.line, issue.field) == (
        IssueCode.BAD_BARCODE,
        3,
        4,
        "barcode",
    )


def test_every_bad_row_is_reported_with_row_line_and_field() -> None:
    text = (
        f"{RU_HEADER}\n"
        "1,1,111,Хлеб,abc,0,16\n"  # row 1: price not a number
        "2,1,222,Молоко,-5.00,150,18\n"  # row 2: negative price, discount > 100, unknown VAT
        ",1,12A,,10.999,0,16\n"  # row 3: no code, bad barcode, no name, 3 decimals
        "5,1,555,Сыр,100,0,16\n"  # row 4: fine
    )
    rows, report = parse_csv(_csv(text))
    assert [r.code for r in rows] == ["5"]
    found = [(i.row, i.line, i.field, i.code) for i in report.errors]
    assert found == [
        (1, 2, "price", IssueCode.BAD_PRICE),
        (2, 3, "price", IssueCode.BAD_PRICE),
        (2, 3, "discount", IssueCode.BAD_PERCENT),
        (2, 3, "vat", IssueCode.BAD_VAT),
        (3, 4, "code", IssueCode.REQUIRED),
        (3, 4, "barcode", IssueCode.BAD_BARCODE),
        (3, 4, "name", IssueCode.REQUIRED),
        (3, 4, "price", IssueCode.BAD_PRICE),
    ]
    with pytest.raises(ImportFailed) as info:
        report.raise_if_errors()
    assert info.value.code == "exchange.import_failed" and len(info.value.issues) == 8


def test_duplicate_barcodes_and_codes_name_both_rows() -> None:
    text = f"{RU_HEADER}\n1,1,4870001000011,A,1,0,16\n2,1,4870001000028,B,1,0,16\n1,1,4870001000028,C,1,0,16\n"
    rows, report = parse_csv(_csv(text))
    assert [r.name for r in rows] == ["A", "B"]
    dup = {(i.code, i.row, i.other_row) for i in report.errors}
    assert dup == {(IssueCode.DUPLICATE_CODE, 3, 1), (IssueCode.DUPLICATE_BARCODE, 3, 2)}


def test_unquoted_comma_in_name_is_a_field_count_error_quoted_is_fine() -> None:
    text = f'{RU_HEADER}\n1,1,1,Сүт 2,5%,100,0,16\n2,1,2,"Сүт 2,5%",100,0,16\n'
    rows, report = parse_csv(_csv(text))
    assert [r.name for r in rows] == ["Сүт 2,5%"]
    [issue] = report.errors
    assert (
        issue.code == IssueCode.FIELD_COUNT and issue.row == 1 and "double quotes" in issue.message
    )


def test_physical_line_numbers_follow_multiline_records_and_blank_lines() -> None:
    text = f'{RU_HEADER}\n\n1,1,1,"two\nlines",1,0,16\n2,1,2,ok,x,0,16\n'
    _, report = parse_csv(_csv(text))
    assert [(i.row, i.line, i.code) for i in report.errors] == [
        (1, 3, IssueCode.BAD_TEXT),
        (2, 5, IssueCode.BAD_PRICE),
    ]


def test_unknown_column_is_a_warning_only() -> None:
    rows, report = parse_csv(_csv(f"{RU_HEADER},ККМ\n1,1,1,A,1,0,16,512621\n"))
    assert len(rows) == 1 and report.ok
    [w] = report.warnings
    assert (
        w.severity is Severity.WARNING and w.code == IssueCode.UNKNOWN_COLUMN and w.field == "ККМ"
    )


def test_missing_columns_are_named() -> None:
    err = _failed("Код,Наименование,Цена\n1,A,1\n")
    [issue] = err.issues
    assert issue.code == IssueCode.MISSING_COLUMNS
    for col in ("Код группы", "Баркод", "Скидка", "НДС"):
        assert col in issue.message


def test_a_bad_byte_late_in_a_utf8_file_names_its_line_and_keeps_earlier_errors() -> None:
    data = f"{RU_HEADER}\n1,1,1,Сүт,x,0,16\n".encode() + "2,1,2,Сыр,1,0,16\n".encode("cp1251")
    err = _failed(data)
    assert [(i.code, i.line) for i in err.issues] == [
        (IssueCode.BAD_PRICE, 2),
        (IssueCode.BAD_ENCODING, 3),
    ]
    assert err.issues[1].message == "this line cannot be read as UTF-8; save the file as «CSV UTF-8»"


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", f"{RU_HEADER}\r\n".encode()])
def test_empty_files(data: bytes) -> None:
    assert _failed(data).issues[-1].code == IssueCode.EMPTY


def test_broken_quoting_is_a_file_error() -> None:
    err = _failed(f'{RU_HEADER}\n1,1,1,"A"B,1,0,16\n')
    assert err.issues[0].code == IssueCode.BAD_CSV and err.issues[0].line == 2


def test_duplicate_header_is_refused() -> None:
    assert _failed(f"{RU_HEADER},code\n").issues[0].code == IssueCode.DUPLICATE_COLUMN


def test_text_streams_are_refused() -> None:
    with pytest.raises(TypeError):
        parse_csv(io.StringIO(RU_HEADER))  # type: ignore[arg-type]


def test_path_source(tmp_path) -> None:
    path = tmp_path / "товары.csv"
    path.write_bytes(_csv(f"{RU_HEADER}\n1,1,1,Нан,150,0,16\n", bom=True).getvalue())
    rows, _ = parse_csv(path)
    assert rows[0].name == "Нан" and rows[0].price == Money(15000)
