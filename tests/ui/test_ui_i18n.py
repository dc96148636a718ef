"""The compiled Qt Linguist catalogs at run time: reasons, import issues, field labels, plurals."""

from __future__ import annotations

import io

import pytest

from alsep_desktop.domain.errors import InvalidAmount
from alsep_desktop.errors import ValidationError
from alsep_desktop.ui.i18n.errors import (
    describe,
    error_message,
    error_params,
    field_label,
    issue_text,
)
from alsep_desktop.ui.qt import QApplication, translate
from alsep_desktop.ui.translator import current_language, set_language, translate_in

# -- validation reasons --------------------------------------------------------------------------


def test_a_russian_screen_shows_a_russian_reason() -> None:
    exc = InvalidAmount("price", "'{value}' is not an amount (expected e.g. 1234.50)", value="12,3x")
    assert exc.reason == "'12,3x' is not an amount (expected e.g. 1234.50)"
    assert str(exc) == "field price: '12,3x' is not an amount (expected e.g. 1234.50)"
    ru = describe(exc, "ru", lambda f: "Цена")
    assert "«12,3x» — не сумма" in ru and "Цена" in ru and "amount" not in ru
    kk = describe(exc, "kk", lambda f: "Баға")
    assert "«12,3x» сома емес" in kk
    assert "'12,3x' is not an amount" in describe(exc, "en", lambda f: "Price")


def test_a_real_raise_site_is_translated() -> None:
    from alsep_desktop.domain.money import Money

    with pytest.raises(ValidationError) as info:
        Money.parse("abc", field="price")
    assert "«abc» — не сумма" in describe(info.value, "ru", lambda f: "Цена")


def test_an_unknown_template_falls_back_to_english_and_a_missing_param_does_not_raise() -> None:
    exc = ValidationError("x", "needs {value} and {other}", value=1)
    assert exc.reason == "needs 1 and {other}"
    assert "needs 1 and {other}" in describe(exc, "ru")


# -- field keys become labels ----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "label"), [("ru", "Сумма"), ("kk", "Сома"), ("en", "Amount")])
def test_a_field_key_is_never_shown(lang: str, label: str) -> None:
    from alsep_desktop.domain.money import Money

    with pytest.raises(ValidationError) as info:
        Money.parse("12,345")
    exc = info.value
    assert exc.field == "amount"
    for text in (describe(exc, lang), error_message(lang, exc.code, error_params(exc, lang))):
        assert f"«{label}»" in text or f"'{label}'" in text, text
        assert "«amount»" not in text and "'amount'" not in text


def test_field_labels() -> None:
    assert field_label("quantity", "ru") == "Количество"
    assert field_label("pin", "ru") == "PIN-код"
    assert field_label("printer.host", "kk") == "Принтер мекенжайы"
    assert field_label("marking_code.serial", "ru") == "Код маркировки"  # a dotted key uses its parent
    assert field_label("no_such_field", "ru") == "Значение"
    assert field_label("no_such_field", "en") == "Value"


def test_a_screen_label_wins_and_an_unknown_key_gets_the_common_label() -> None:
    exc = ValidationError("quantity", "must be greater than zero")
    assert "«Кол-во»" in describe(exc, "ru", lambda f: {"quantity": "Кол-во"}.get(f, f))
    assert "«Количество»" in describe(exc, "ru", lambda f: f)


# -- plural forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "ru", "kk", "en"), [
    (1, "Продажи: 1 чек, %1", "Сатулар: 1 чек, %1", "Sales: 1 receipt, %1"),
    (2, "Продажи: 2 чека, %1", "Сатулар: 2 чек, %1", "Sales: 2 receipts, %1"),
    (5, "Продажи: 5 чеков, %1", "Сатулар: 5 чек, %1", "Sales: 5 receipts, %1"),
    (11, "Продажи: 11 чеков, %1", "Сатулар: 11 чек, %1", "Sales: 11 receipts, %1"),
    (21, "Продажи: 21 чек, %1", "Сатулар: 21 чек, %1", "Sales: 21 receipts, %1"),
    (0, "Продажи: 0 чеков, %1", "Сатулар: 0 чек, %1", "Sales: 0 receipts, %1"),
])
def test_receipts_are_counted_in_each_language(n: int, ru: str, kk: str, en: str) -> None:
    source = "Sales: %n receipt(s), %1"
    assert translate_in("ru", "AdminDashboard", source, n) == ru
    assert translate_in("kk", "AdminDashboard", source, n) == kk
    assert translate_in("en", "AdminDashboard", source, n) == en


def test_plural_forms_through_the_installed_translator(qapp) -> None:
    before = current_language()
    try:
        set_language(qapp, "ru")
        waiting = [translate("CashierStatus", "OFD: offline, %n document(s) waiting", None, n) for n in (1, 3, 7)]
        assert waiting == ["ОФД: нет связи, 1 документ ждёт отправки", "ОФД: нет связи, 3 документа ждут отправки",
                           "ОФД: нет связи, 7 документов ждут отправки"]
        set_language(qapp, "en")
        assert translate("AdminSales", "Exported %n line(s).", None, 1) == "Exported 1 line."
        assert translate("AdminSales", "Exported %n line(s).", None, 4) == "Exported 4 lines."
    finally:
        set_language(qapp, before)


def test_error_sentences_with_a_count_take_the_plural_form() -> None:
    code = "exchange.import_failed"
    assert "найдена 1 ошибка" in error_message("ru", code, {"count": 1})
    assert "найдены 3 ошибки" in error_message("ru", code, {"count": 3})
    assert "найдено 25 ошибок" in error_message("ru", code, {"count": 25})
    assert "1 error found" in error_message("en", code, {"count": 1})
    assert "2 errors found" in error_message("en", code, {"count": 2})
    assert "3 қате табылды" in error_message("kk", code, {"count": 3})
    # a sentence without plural forms is found whatever its count
    assert error_message("ru", "exchange.cancelled", {"count": 2}) == "Импорт отменён. Каталог не изменён."


# -- catalog-import issues -------------------------------------------------------------------------


def test_an_import_issue_is_shown_in_russian() -> None:
    from alsep_desktop.exchange.csv_catalog import parse_csv

    data = "Код,Код группы,Баркод,Наименование,Цена,Скидка,НДС\n1,,123,Хлеб,-5,0,0\n2,,abc,Молоко,1x,0,0\n"
    issues = parse_csv(io.BytesIO(data.encode())).report.issues
    texts = [issue_text(i, "ru") for i in issues]
    assert any("цена -5 отрицательная" in t for t in texts), texts
    assert any("«1x» — не сумма" in t for t in texts), texts
    assert any("штрихкод «abc»" in t for t in texts), texts
    assert [issue_text(i, "en") for i in issues] == [i.message for i in issues]


# -- Qt's own strings ----------------------------------------------------------------------------------


def test_standard_buttons_follow_the_language(qapp) -> None:
    before = current_language()
    try:
        set_language(qapp, "ru")
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
        set_language(qapp, "en")
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        set_language(qapp, before)
