"""Translations through Qt's translation system.

Source strings in the code are English and always go through ``tr(context, text)`` (or
``QObject.tr``). A ``CatalogTranslator`` (a ``QTranslator``) answers Qt's look-ups from the
Python catalogs ``ru.py`` and ``kk.py`` (English needs none). Russian is the default.
``set_language`` swaps the translator at run time; Qt then sends ``LanguageChange`` to every
widget, and screens re-set their texts in ``retranslate()``.

Error codes (``AlsepError.code``) map to sentences in ``errors.py``; the UI never shows
``str(exception)`` of an unexpected error, only a translated sentence.
"""

from __future__ import annotations

from alsep_desktop.ui.i18n import kk, ru

LANGUAGES = ("ru", "kk", "en")
CATALOGS: dict[str, dict[str, dict[str, str]]] = {"ru": ru.MESSAGES, "kk": kk.MESSAGES, "en": {}}


def lookup(language: str, context: str, text: str) -> str | None:
    """The translation of ``text`` in ``context`` (falls back to the shared '*' context)."""
    catalog = CATALOGS.get(language, {})
    found = catalog.get(context, {}).get(text)
    if found is None:
        found = catalog.get("*", {}).get(text)
    return found
