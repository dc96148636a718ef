"""Every ValidationError reason is a literal English template with a ru and a kk translation."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from pathlib import Path

import alsep_desktop
from alsep_desktop.errors import ValidationError
from alsep_desktop.ui.i18n.reasons import REASONS

SRC = Path(alsep_desktop.__file__).parent


def _import_all() -> None:
    for info in pkgutil.walk_packages(alsep_desktop.__path__, "alsep_desktop."):
        if ".ui" in info.name or ".sandbox" in info.name or info.name.endswith("__main__"):
            continue  # the UI raises no ValidationError and needs Qt; the sandbox is a test server
        importlib.import_module(info.name)


def _subclasses(cls: type) -> set[str]:
    names = {cls.__name__}
    for sub in cls.__subclasses__():
        names |= _subclasses(sub)
    return names


def validation_error_names() -> set[str]:
    _import_all()
    return _subclasses(ValidationError)


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def raise_sites() -> list[tuple[str, int, ast.expr | None]]:
    """(file:line, name, reason argument node) of every call to a ValidationError class."""
    names = validation_error_names()
    sites = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in names:
                reason = node.args[1] if len(node.args) > 1 else next(
                    (k.value for k in node.keywords if k.arg == "reason"), None)
                sites.append((f"{path.relative_to(SRC)}:{node.lineno}", reason, node))
    return sites


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def literal_templates() -> dict[str, str]:
    """Template → the first site that uses it."""
    out: dict[str, str] = {}
    for where, reason, _ in raise_sites():
        if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
            out.setdefault(reason.value, where)
    return out


def test_the_subclass_list_is_found() -> None:
    names = validation_error_names()
    assert {"ValidationError", "InvalidAmount", "InvalidQuantity", "UnknownVatRate",
            "InvalidAdjustment", "InvalidMarkingCode"} <= names


def test_every_reason_is_a_string_literal() -> None:
    sites = raise_sites()
    assert len(sites) > 60
    bad = [where for where, reason, _ in sites
           if not (isinstance(reason, ast.Constant) and isinstance(reason.value, str))]
    assert not bad, f"the reason must be a literal template with keyword params: {bad}"


def test_every_placeholder_is_given_at_the_raise_site() -> None:
    missing = []
    for where, reason, call in raise_sites():
        if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
            given = {k.arg for k in call.keywords}
            if None in given:  # **params: cannot check statically
                continue
            lacking = _placeholders(reason.value) - given
            if lacking:
                missing.append((where, sorted(lacking)))
            if given & {"field", "reason"}:
                missing.append((where, "param clashes with field/reason"))
    assert not missing, missing


def test_every_template_has_ru_and_kk() -> None:
    templates = literal_templates()
    for lang in ("ru", "kk"):
        lacking = {t: w for t, w in templates.items() if t not in REASONS[lang]}
        assert not lacking, f"{lang}: no translation for {lacking}"


def test_no_stale_translations() -> None:
    templates = set(literal_templates())
    for lang, table in REASONS.items():
        stale = set(table) - templates
        assert not stale, f"{lang}: translations of templates no longer raised: {stale}"


def test_translations_keep_the_placeholders() -> None:
    for lang, table in REASONS.items():
        for template, text in table.items():
            assert _placeholders(text) == _placeholders(template), (lang, template, text)


# -- the translated reason reaches the screen ------------------------------------------------------


def test_a_russian_screen_shows_a_russian_reason() -> None:
    from alsep_desktop.domain.errors import InvalidAmount
    from alsep_desktop.ui.i18n.errors import describe

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
    from alsep_desktop.ui.i18n.errors import describe

    try:
        Money.parse("abc", field="price")
    except ValidationError as exc:
        text = describe(exc, "ru", lambda f: "Цена")
    assert "«abc» — не сумма" in text


def test_an_unknown_template_falls_back_to_english_and_a_missing_param_does_not_raise() -> None:
    from alsep_desktop.ui.i18n.errors import describe

    exc = ValidationError("x", "needs {value} and {other}", value=1)
    assert exc.reason == "needs 1 and {other}"
    assert "needs 1 and {other}" in describe(exc, "ru")


# -- catalog-import issues: the same rule for ImportIssue messages ---------------------------------

#: callee → position of the message argument
_ISSUE_CALLS = {"ImportIssue": 1, "issue": 2, "_fail": 1, "fatal": 1}


def issue_sites() -> list[tuple[str, ast.expr | None, ast.Call]]:
    sites = []
    for path in sorted((SRC / "exchange").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in _ISSUE_CALLS:
                pos = _ISSUE_CALLS[_callee(node)]
                msg = node.args[pos] if len(node.args) > pos else next(
                    (k.value for k in node.keywords if k.arg == "message"), None)
                sites.append((f"{path.relative_to(SRC)}:{node.lineno}", msg, node))
    return sites


def _forwarded(msg: ast.expr | None) -> bool:
    """A helper passing its own ``message`` on, or a ValidationError's template (in REASONS)."""
    return (isinstance(msg, ast.Name) and msg.id == "message") or (
        isinstance(msg, ast.Attribute) and msg.attr == "reason_template")


def issue_templates() -> dict[str, str]:
    out: dict[str, str] = {}
    for where, msg, _ in issue_sites():
        if isinstance(msg, ast.Constant) and isinstance(msg.value, str):
            out.setdefault(msg.value, where)
    return out


def test_every_issue_message_is_a_literal_template() -> None:
    sites = issue_sites()
    assert len(sites) > 25
    bad = [w for w, msg, _ in sites
           if not _forwarded(msg) and not (isinstance(msg, ast.Constant) and isinstance(msg.value, str))]
    assert not bad, f"an import issue message must be a literal template with keyword params: {bad}"


def test_every_issue_template_has_ru_and_kk_and_none_is_stale() -> None:
    from alsep_desktop.ui.i18n.reasons import ISSUES

    templates = issue_templates()
    for lang in ("ru", "kk"):
        lacking = {t: w for t, w in templates.items() if t not in ISSUES[lang]}
        assert not lacking, f"{lang}: no translation for {lacking}"
        stale = set(ISSUES[lang]) - set(templates)
        assert not stale, f"{lang}: stale {stale}"
        for template, text in ISSUES[lang].items():
            assert _placeholders(text) == _placeholders(template), (lang, template, text)


def test_an_import_issue_is_shown_in_russian() -> None:
    import io

    from alsep_desktop.exchange.csv_catalog import parse_csv
    from alsep_desktop.ui.i18n.errors import issue_text

    data = "Код,Код группы,Баркод,Наименование,Цена,Скидка,НДС\n1,,123,Хлеб,-5,0,0\n2,,abc,Молоко,1x,0,0\n"
    issues = parse_csv(io.BytesIO(data.encode())).report.issues
    texts = [issue_text(i, "ru") for i in issues]
    assert any("цена -5 отрицательная" in t for t in texts), texts
    assert any("«1x» — не сумма" in t for t in texts), texts
    assert any("штрихкод «abc»" in t for t in texts), texts
    assert [issue_text(i, "en") for i in issues] == [i.message for i in issues]
