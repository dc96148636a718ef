"""Every user-visible string is extracted by lupdate and translated to Russian and Kazakh.

The sources are English; ``resources/translations/alsep_{ru,kk}.ts`` hold the translations and
``alsep_en.ts`` the English plural forms (docs/decisions/1101-translations-in-ts-files.md).
These tests read the code with ``ast`` and the .ts files as XML: no Qt.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import string
from pathlib import Path

import alsep_desktop
from alsep_desktop.ui.i18n.error_sentences import SENTENCES
from alsep_desktop.ui.i18n.fields import FIELDS, UNKNOWN
from scripts import translations

SRC = Path(alsep_desktop.__file__).parent
UI = SRC / "ui"
NFORMS = {"ru": 3, "kk": 2, "en": 2}  # Qt's plural rules: 1 / 2-4 / 5+ in Russian, one form in Kazakh


def _py(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if not p.name.endswith("_pb2.py"))


def _is_str(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _what_lupdate_reads(call: ast.Call) -> str | None:
    """The name lupdate sees: ``translate(...)``, ``QCoreApplication.translate(...)``, ``tr(...)``,
    ``QT_TRANSLATE_NOOP(...)`` (not ``some_translator.translate(...)``)."""
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in (
            "QCoreApplication", "QApplication", "self"):
        return f.attr
    return None


def _calls(paths: list[Path], names: set[str]) -> list[tuple[str, ast.Call, bool]]:
    """(file:line, call, inside an f-string) of every call to one of ``names``."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {id(n) for j in ast.walk(tree) if isinstance(j, ast.JoinedStr) for n in ast.walk(j)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _what_lupdate_reads(node) in names:
                found.append((f"{path.relative_to(SRC)}:{node.lineno}", node, id(node) in in_fstring))
    return found


# -- the code spells its strings so that lupdate finds them -------------------------------------


def test_ui_translates_literal_strings_of_a_literal_context() -> None:
    calls = [c for c in _calls(_py(UI), {"translate"}) if c[0].split(":")[0] != "ui/qt.py"]
    assert len(calls) > 500
    bad = [where for where, call, in_f in calls
           if in_f or len(call.args) < 2 or not (_is_str(call.args[0]) and _is_str(call.args[1]))]
    assert bad == [], f'write translate("Context", "Text") with both literal, outside f-strings: {bad}'


def test_plural_messages_pass_their_number() -> None:
    """``%n`` in a UI string needs the number (4th argument), and a number needs ``%n``."""
    bad = [where for where, call, _ in _calls(_py(UI), {"translate"})
           if len(call.args) >= 2 and _is_str(call.args[1])
           and ("%n" in call.args[1].value) != (len(call.args) >= 4)]
    assert bad == []


def test_no_old_tr_helper() -> None:
    """``tr(CTX, text)`` with a context constant is invisible to lupdate."""
    bad = [where for where, call, _ in _calls(_py(UI), {"tr"}) if isinstance(call.func, ast.Name)]
    assert not (UI / "i18n" / "ru.py").exists(), "the Python catalogs are gone: .ts files only"
    assert bad == []


def test_markers_hold_literals() -> None:
    calls = _calls(_py(SRC), {"QT_TRANSLATE_NOOP"})
    assert len(calls) > 150
    bad = [where for where, call, in_f in calls
           if in_f or len(call.args) < 2 or not (_is_str(call.args[0]) and _is_str(call.args[1]))]
    assert bad == []


# -- the .ts files ---------------------------------------------------------------------------------


def test_ts_files_are_up_to_date_with_the_sources() -> None:
    """lupdate run now finds exactly the (context, source, comment) of the committed .ts files."""
    stale = {lang: sorted(diff)[:5] for lang, diff in translations.stale().items() if diff}
    assert stale == {}, "run: .venv/bin/python scripts/translations.py update (then translate)"


def test_every_string_has_a_finished_translation() -> None:
    todo = {lang: translations.unfinished(translations.ts_path(lang))[:5] for lang in ("ru", "kk", "en")}
    assert todo == {"ru": [], "kk": [], "en": []}, "translate them in resources/translations/alsep_*.ts"


def test_ts_files_are_big_enough() -> None:
    """Guards the two tests above against an empty extraction."""
    ru = translations.messages(translations.ts_path("ru"))
    assert len(ru) > 800
    contexts = {c for c, _, _ in ru}
    assert {"Errors", "Reasons", "ImportIssues", "Fields", "CashierSale", "AdminProducts"} <= contexts
    assert set(ru) == set(translations.messages(translations.ts_path("kk")))


def _forms(message) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def test_plural_forms_are_complete() -> None:
    plural = set()
    for lang, count in NFORMS.items():
        for key, message in translations.messages(translations.ts_path(lang)).items():
            if message.get("numerus") == "yes":
                plural.add(key)
                assert len(_forms(message)) == count, (lang, key)
    assert len(plural) >= 10
    en = translations.messages(translations.ts_path("en"))
    assert set(en) == plural, "alsep_en.ts holds every message with plural forms, and only those"


_PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _placeholders(text: str) -> set[str]:
    names = {f"{{{name}}}" for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    return names | set(_PLACEHOLDER.findall(text))


def test_translations_keep_the_placeholders() -> None:
    bad = []
    for lang in NFORMS:
        for (context, source, _), message in translations.messages(translations.ts_path(lang)).items():
            for form in _forms(message):
                if form and _placeholders(form) != _placeholders(source):
                    bad.append((lang, context, source, form))
    assert bad == []


def test_compiled_catalogs_are_from_the_current_ts_files() -> None:
    stamp = json.loads(translations.STAMP.read_text(encoding="utf-8"))
    for lang in NFORMS:
        ts = translations.ts_path(lang)
        assert (translations.QM_DIR / f"alsep_{lang}.qm").exists(), "run scripts/setup.sh"
        assert stamp.get(ts.name) == translations._digest(ts), (
            f"{ts.name} changed: run .venv/bin/python scripts/translations.py compile")


# -- error sentences and field labels ----------------------------------------------------------------


def _all_error_codes() -> set[str]:
    import importlib
    import pkgutil

    from alsep_desktop.errors import AlsepError

    for mod in pkgutil.walk_packages([str(SRC)], "alsep_desktop."):
        if ".ui" in mod.name or ".sandbox" in mod.name or mod.name.endswith("__main__"):
            continue
        importlib.import_module(mod.name)
    codes: set[str] = set()
    stack = [AlsepError]
    while stack:
        cls = stack.pop()
        if inspect.isclass(cls):
            if cls.__module__.startswith("alsep_desktop."):  # not the cloud server's own errors
                codes.add(cls.code)
            stack.extend(cls.__subclasses__())
    return codes


def test_every_error_code_has_a_specific_sentence() -> None:
    """Each code (or its dotted parent other than the generic root) has an English sentence; the
    .ts tests above give it a finished ru and kk translation."""
    from alsep_desktop.ui.i18n.errors import has_message

    missing = sorted(code for code in _all_error_codes() if not has_message(code))
    assert missing == []


def test_every_sentence_is_extracted() -> None:
    ru = {(c, s) for c, s, _ in translations.messages(translations.ts_path("ru"))}
    assert {("Errors", s) for s in SENTENCES.values()} <= ru
    assert {("Fields", s) for s in [*FIELDS.values(), UNKNOWN]} <= ru


def _field_keys() -> dict[str, str]:
    """Field keys the core hands to a ValidationError: literal first arguments, ``field="..."``
    keywords and ``field: str = "..."`` defaults (key → first place)."""
    from tests.unit.arch.test_arch_reasons import raise_sites

    keys: dict[str, str] = {}
    for where, _, call in raise_sites():
        first = call.args[0] if call.args else None
        if _is_str(first):
            keys.setdefault(first.value, where)
    for path in _py(SRC):
        if path.is_relative_to(UI):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _what_lupdate_reads(node) != "ImportIssue":  # its field: a column
                for kw in node.keywords:
                    if kw.arg == "field" and _is_str(kw.value):
                        keys.setdefault(kw.value.value, f"{path.relative_to(SRC)}:{node.lineno}")
            if isinstance(node, ast.arguments):
                positional = node.posonlyargs + node.args
                pairs = [*zip(positional[len(positional) - len(node.defaults):], node.defaults, strict=True),
                         *zip(node.kwonlyargs, node.kw_defaults, strict=True)]
                for arg, default in pairs:
                    if arg.arg == "field" and _is_str(default):
                        keys.setdefault(default.value, str(path.relative_to(SRC)))
    return keys


def test_every_field_key_has_a_label() -> None:
    from alsep_desktop.ui.i18n.fields import field_source

    keys = _field_keys()
    assert {"amount", "price", "quantity", "pin", "printer.host"} <= set(keys)
    missing = {k: w for k, w in keys.items() if field_source(k) == UNKNOWN}
    assert missing == {}, "add a label to ui/i18n/fields.py"
