"""Every user-visible string of the UI has a Russian and a Kazakh translation."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import alsep_desktop
from alsep_desktop.ui import i18n
from alsep_desktop.ui.i18n.errors import ERRORS

UI = Path(alsep_desktop.__file__).parent / "ui"


def _tr_calls() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if "i18n" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consts = {
            t.id: n.value.value
            for n in tree.body
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
                assert len(node.args) == 2, f"{path.name}:{node.lineno}: tr(context, text)"
                ctx_arg, text_arg = node.args
                context = consts.get(ctx_arg.id) if isinstance(ctx_arg, ast.Name) else getattr(ctx_arg, "value", None)
                assert isinstance(context, str), f"{path.name}:{node.lineno}: context must be a constant"
                assert isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str), (
                    f"{path.name}:{node.lineno}: text must be a literal string"
                )
                found.append((f"{path.name}:{node.lineno}", context, text_arg.value))
    return found


def test_ui_uses_tr() -> None:
    assert len(_tr_calls()) >= 6


def test_every_string_is_translated_to_ru_and_kk() -> None:
    missing = [
        f"{where} [{lang}] {context}: {text!r}"
        for where, context, text in _tr_calls()
        for lang in ("ru", "kk")
        if i18n.lookup(lang, context, text) is None
    ]
    assert missing == []


def test_catalogs_have_no_stale_entries() -> None:
    used = {(c, t) for _, c, t in _tr_calls()}
    for lang in ("ru", "kk"):
        stale = [
            (c, t) for c, table in i18n.CATALOGS[lang].items() if c != "*" for t in table if (c, t) not in used
        ]
        assert stale == [], lang


def test_error_tables_have_the_same_codes() -> None:
    assert set(ERRORS["ru"]) == set(ERRORS["kk"]) == set(ERRORS["en"])


def _all_error_codes() -> set[str]:
    import importlib
    import pkgutil

    from alsep_desktop.errors import AlsepError

    for mod in pkgutil.walk_packages([str(UI.parent)], "alsep_desktop."):
        if ".ui" in mod.name or ".sandbox" in mod.name or mod.name.endswith("__main__"):
            continue
        importlib.import_module(mod.name)
    codes: set[str] = set()
    stack = [AlsepError]
    while stack:
        cls = stack.pop()
        if inspect.isclass(cls):
            codes.add(cls.code)
            stack.extend(cls.__subclasses__())
    return codes


def test_every_error_code_has_a_specific_sentence() -> None:
    """Each code (or its dotted parent other than the generic root) has a sentence."""
    from alsep_desktop.ui.i18n.errors import has_message

    missing = sorted(
        f"{lang}:{code}" for code in _all_error_codes() for lang in ("ru", "kk", "en") if not has_message(lang, code)
    )
    assert missing == []
