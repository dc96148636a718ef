"""Run-time language switching with ``QTranslator``s loaded from the compiled ``.qm`` catalogs.

``set_language`` installs the catalog of a language (and Qt's own ``qtbase_<lang>`` for the
standard buttons of message boxes); Qt then sends ``LanguageChange`` to every widget and screens
re-set their texts in ``retranslate()``. ``translate_in`` answers for an explicit language.
"""

from __future__ import annotations

from functools import cache

from alsep_desktop.ui.i18n import LANGUAGES, qm_path
from alsep_desktop.ui.qt import QApplication, QLibraryInfo, QLocale, QTranslator


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


@cache
def _qt_catalog(language: str) -> QTranslator | None:
    """Qt's own strings (Yes/No/Cancel of standard buttons) when PySide6 ships them."""
    translator = QTranslator()
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", where) else None


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


_installed: list[QTranslator] = []
_language = "en"


def set_language(app: QApplication, language: str) -> None:
    """Install the catalog of ``language`` (ru, kk or en); widgets get LanguageChange."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language}")
    ours = catalog(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_own = _qt_catalog(language) if language != "en" else None
    for translator in (qt_own, ours):  # installed last is asked first
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    _language = language


def ui_locale(language: str | None = None) -> QLocale:
    """The QLocale of a UI language (calendars: month and day names, first day of the week)."""
    language = language or _language
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)
    if language == "kk":
        return QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def current_language() -> str:
    return _language
