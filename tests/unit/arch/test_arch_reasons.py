"""Every ValidationError reason is a marked English template with a ru and a kk translation.

A reason is written ``QT_TRANSLATE_NOOP("Reasons", "literal {name}")`` at the raise site
(``alsep_desktop/i18n_marker.py``), so lupdate copies it into the .ts files; an import-issue
message likewise in the context ``ImportIssues``. Showing them translated is tested in
``tests/ui/test_ui_i18n.py`` (it needs Qt's QTranslator).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from pathlib import Path

import alsep_desktop
from alsep_desktop.errors import ValidationError
from scripts import translations

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


def _marked(node: ast.expr | None, context: str) -> str | None:
    """The literal of ``QT_TRANSLATE_NOOP(context, "literal", ...)``, else None."""
    if (isinstance(node, ast.Call) and _callee(node) == "QT_TRANSLATE_NOOP" and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant) and node.args[0].value == context
            and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
        return node.args[1].value
    return None


def _sources(context: str) -> set[str]:
    """The English sources of ``context`` in the Russian and Kazakh .ts files (they agree)."""
    out = [{s for c, s, _ in translations.messages(translations.ts_path(lang)) if c == context}
           for lang in ("ru", "kk")]
    assert out[0] == out[1]
    return out[0]


def literal_templates() -> dict[str, str]:
    """Template → the first site that uses it."""
    out: dict[str, str] = {}
    for where, reason, _ in raise_sites():
        template = _marked(reason, "Reasons")
        if template is not None:
            out.setdefault(template, where)
    return out


def test_the_subclass_list_is_found() -> None:
    names = validation_error_names()
    assert {"ValidationError", "InvalidAmount", "InvalidQuantity", "UnknownVatRate",
            "InvalidAdjustment", "InvalidMarkingCode"} <= names


#: functions whose result is a reason picked from a table of marked literals (the table's entries
#: are checked below like raise sites): file → function
_REASON_TABLES = {"cloud_client/admin_remote.py": "cloud_reason"}


def _table_reason(where: str, reason: ast.expr | None) -> bool:
    path = where.rsplit(":", 1)[0]
    return (isinstance(reason, ast.Call) and isinstance(reason.func, ast.Name)
            and _REASON_TABLES.get(path) == reason.func.id)


def marked_anywhere() -> set[str]:
    """Every ``QT_TRANSLATE_NOOP("Reasons", literal)`` of the sources (raise sites and tables)."""
    out = set()
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            template = _marked(node, "Reasons") if isinstance(node, ast.Call) else None
            if template is not None:
                out.add(template)
    return out


def test_every_reason_is_a_marked_literal() -> None:
    sites = raise_sites()
    assert len(sites) > 60
    bad = [where for where, reason, _ in sites
           if _marked(reason, "Reasons") is None and not _table_reason(where, reason)]
    assert not bad, f'the reason must be QT_TRANSLATE_NOOP("Reasons", "literal") with keyword params: {bad}'


def test_every_placeholder_is_given_at_the_raise_site() -> None:
    missing = []
    for where, reason, call in raise_sites():
        template = _marked(reason, "Reasons")
        if template is not None:
            given = {k.arg for k in call.keywords}
            if None in given:  # **params: cannot check statically
                continue
            lacking = _placeholders(template) - given
            if lacking:
                missing.append((where, sorted(lacking)))
            if given & {"field", "reason"}:
                missing.append((where, "param clashes with field/reason"))
    assert not missing, missing


def test_every_template_is_in_the_ts_files_and_none_is_stale() -> None:
    """Translated: ``test_arch_i18n.test_every_string_has_a_finished_translation``."""
    templates = set(literal_templates())
    assert templates <= marked_anywhere()
    assert _sources("Reasons") == marked_anywhere()


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
    """A helper passing its own ``message`` on, or a ValidationError's template (context Reasons)."""
    return (isinstance(msg, ast.Name) and msg.id == "message") or (
        isinstance(msg, ast.Attribute) and msg.attr == "reason_template")


def issue_templates() -> dict[str, str]:
    out: dict[str, str] = {}
    for where, msg, _ in issue_sites():
        template = _marked(msg, "ImportIssues")
        if template is not None:
            out.setdefault(template, where)
    return out


def test_every_issue_message_is_a_marked_literal() -> None:
    sites = issue_sites()
    assert len(sites) > 25
    bad = [w for w, msg, _ in sites if not _forwarded(msg) and _marked(msg, "ImportIssues") is None]
    assert not bad, f'an import issue message must be QT_TRANSLATE_NOOP("ImportIssues", "literal"): {bad}'


def test_every_issue_template_is_in_the_ts_files_and_none_is_stale() -> None:
    assert _sources("ImportIssues") == set(issue_templates())
