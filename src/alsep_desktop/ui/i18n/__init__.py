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

import importlib
import pkgutil

LANGUAGES = ("ru", "kk", "en")


def _load_catalogs() -> dict[str, dict[str, dict[str, str]]]:
    """Merge ``ru.py``/``kk.py`` and every ``<area>_ru.py``/``<area>_kk.py`` of this package.

    Each screen area keeps its own catalog module, so areas never edit the same file.
    """
    merged: dict[str, dict[str, dict[str, str]]] = {"ru": {}, "kk": {}, "en": {}}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        lang = info.name.rpartition("_")[2] if "_" in info.name else info.name
        if lang not in ("ru", "kk"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for context, table in module.MESSAGES.items():
            target = merged[lang].setdefault(context, {})
            clash = set(target) & set(table)
            if clash and context != "*":
                raise RuntimeError(f"{info.name}: {context} strings defined twice: {sorted(clash)[:3]}")
            target.update(table)
    return merged


CATALOGS: dict[str, dict[str, dict[str, str]]] = _load_catalogs()


def lookup(language: str, context: str, text: str) -> str | None:
    """The translation of ``text`` in ``context`` (falls back to the shared '*' context)."""
    catalog = CATALOGS.get(language, {})
    found = catalog.get(context, {}).get(text)
    if found is None:
        found = catalog.get("*", {}).get(text)
    return found
