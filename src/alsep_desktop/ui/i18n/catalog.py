"""The compiled ``.qm`` catalogs and the look-up in an explicit language (``translate_in``).

The one Qt module of this package (Qt's ``QTranslator`` reads the catalogs); the error sentences
translate through it, and ``ui/translator.py`` installs its catalogs in the application
(decision 2123: the look-up below the sentences, the installer above them).
"""

from __future__ import annotations

from functools import cache

from alsep_desktop.ui.i18n import LANGUAGES, qm_path
from alsep_desktop.ui.qt import QTranslator


@cache
def catalog(language: str) -> QTranslator:
    """The compiled catalog of ``language`` (loaded once; English holds only plural forms)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language}")
    path = qm_path(language)
    translator = QTranslator()
    if not translator.load(str(path)):
        raise FileNotFoundError(
            f"{path} is missing or unreadable: run scripts/setup.sh "
            "(or .venv/bin/python scripts/translations.py compile)"
        )
    return translator


def translate_in(language: str, context: str, text: str, n: int = -1) -> str:
    """``text`` of ``context`` in ``language``; the English source when it has no translation.

    ``n`` chooses the plural form of a message marked with plural forms (and replaces ``%n``);
    a message without plural forms is found whatever ``n`` is.
    """
    found = catalog(language).translate(context, text, None, n)
    if not found and n >= 0:
        found = catalog(language).translate(context, text, None, -1)
    result = found or text
    return result.replace("%n", str(n)) if n >= 0 else result
