"""Error code → translated sentence. The UI shows these, never exception text.

The English sentences are the marked literals of ``error_sentences.py`` (context ``Errors``);
validation reasons and import-issue messages are the marked templates of the core (contexts
``Reasons`` and ``ImportIssues``); field keys become labels through ``fields.py`` (``Fields``).
Translation happens after the look-up, ``{name}`` placeholders are filled last, and a message
with plural forms takes its form from the ``count`` parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alsep_desktop.errors import safe_format
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.ui.i18n.error_sentences import SENTENCES
from alsep_desktop.ui.i18n.fields import field_source

#: the reason of a cloud refusal that is not one of the app's (the same text as ``sync/admin_remote``)
CLOUD_REFUSED_VALUE = QT_TRANSLATE_NOOP("Reasons", "the cloud did not accept the value")


def _translate(language: str, context: str, text: str, params: dict[str, Any] | None = None) -> str:
    from alsep_desktop.ui.i18n.catalog import translate_in

    return translate_in(language, context, text, _count(params))


def _count(params: dict[str, Any] | None) -> int:
    """The ``count`` parameter that chooses a plural form (-1: none)."""
    count = (params or {}).get("count")
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else -1


def sentence_code(code: str) -> str | None:
    """``code`` or its nearest dotted parent that has a sentence (``None``: only the generic one)."""
    key = code
    while key:
        if key in SENTENCES:
            return key
        key = key.rpartition(".")[0]
    return None


def _fiscal_table(language: str) -> dict[str, str]:
    from alsep_desktop.fiscal.messages import TABLES

    return TABLES.get(language) or TABLES["ru"]


def error_message(language: str, code: str, params: dict[str, Any] | None = None) -> str:
    """A translated sentence for an error ``code``; falls back through parent codes."""
    if code.startswith(("ofd.", "fiscal.")):
        fiscal = _fiscal_table(language)
        if code in fiscal:
            return fiscal[code]
    params = dict(params or {})
    source = SENTENCES[sentence_code(code) or "error"]
    return safe_format(_translate(language, "Errors", source, params), params)


def has_message(code: str) -> bool:
    """True when ``code`` or one of its dotted parents (not the root) has a sentence."""
    if code.startswith(("ofd.", "fiscal.")):
        from alsep_desktop.fiscal.messages import TABLES

        if all(code in TABLES[lang] for lang in ("ru", "kk", "en")):
            return True
    found = sentence_code(code)
    return found is not None and (found != "error" or code == "error")


def field_label(field: str | None, language: str) -> str:
    """The translated label of a field key (``ValidationError.field``); never the key itself."""
    from alsep_desktop.ui.i18n.catalog import translate_in

    return translate_in(language, "Fields", field_source(field))


def translated_reason(exc: BaseException, language: str) -> str:
    """The reason of a ``ValidationError`` in ``language`` (its English text when not marked)."""
    template = getattr(exc, "reason_template", None)
    if not isinstance(template, str):
        return str(getattr(exc, "reason", ""))
    params = getattr(exc, "reason_params", {}) or {}
    text = _translate(language, "Reasons", template, params)
    if params.get("cloud") and not _known_reason(template):
        # a refusal of the cloud whose reason is not one of ours: our own words, never its English
        text = _translate(language, "Reasons", CLOUD_REFUSED_VALUE)
    return safe_format(text, params)


def _known_reason(template: str) -> bool:
    """``template`` is one of the app's marked reasons (the Russian catalog translates it)."""
    return _translate("ru", "Reasons", template) != template


def issue_text(issue: Any, language: str) -> str:
    """The message of a catalog-import issue in ``language``.

    An issue that wraps a ``ValidationError`` carries that error's template (context ``Reasons``).
    """
    from alsep_desktop.ui.i18n.catalog import translate_in

    template = getattr(issue, "template", None) or issue.message
    params = getattr(issue, "params", {}) or {}
    n = _count(params)
    for context in ("ImportIssues", "Reasons"):
        text = translate_in(language, context, template, n)
        if text != template:
            return safe_format(text, params)
    return safe_format(template, params)


def error_params(exc: BaseException, language: str) -> dict[str, Any]:
    """``exc.params`` ready for a sentence in ``language``: a validation reason is translated
    and a ``field`` key becomes its translated label."""
    from alsep_desktop.errors import AlsepError, ValidationError

    params = dict(exc.params) if isinstance(exc, AlsepError) else {}
    changed = params.get("changed")
    if isinstance(exc, AlsepError) and exc.code == "cloud.stale_edit" and isinstance(changed, dict) and changed:
        # what someone else changed, by the labels of the window's fields (not the cloud's names)
        params["fields"] = ", ".join(f"{field_label(str(k), language)} = {_short(v)}" for k, v in changed.items())
    if isinstance(exc, ValidationError):
        params["reason"] = translated_reason(exc, language)
    if isinstance(params.get("field"), str):
        params["field"] = field_label(params["field"], language)
    return params


def _short(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def describe(exc: BaseException, language: str, field_label_of: Callable[[str], str] | None = None) -> str:
    """A translated sentence for any error; unexpected ones get the generic sentence.

    ``field_label_of`` turns a ``ValidationError.field`` into the label the screen shows beside
    its input; a key it does not know (returned unchanged) gets the label of ``fields.py``.
    """
    from alsep_desktop.errors import AlsepError, ValidationError

    if not isinstance(exc, AlsepError):
        return error_message(language, "error")
    params = error_params(exc, language)
    if isinstance(exc, ValidationError):
        own = field_label_of(exc.field) if field_label_of is not None else exc.field
        label = own if own != exc.field else field_label(exc.field, language)
        params["field"] = label
        text = error_message(language, exc.code, params)
        return text if label in text else f"{label}: {text}"
    return error_message(language, exc.code, params)
