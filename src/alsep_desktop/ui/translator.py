"""Run-time language switching with ``QTranslator``s loaded from the compiled ``.qm`` catalogs.

``set_language`` installs the catalog of a language (and Qt's own ``qtbase_<lang>`` for the
standard buttons of message boxes); Qt then sends ``LanguageChange`` to every widget and screens
re-set their texts in ``retranslate()``. ``translate_in`` answers for an explicit language (the
look-up is ``ui/i18n/catalog.py``, re-exported here).
"""

from __future__ import annotations

from functools import cache

from alsep_desktop.ui.i18n import LANGUAGES
from alsep_desktop.ui.i18n.catalog import catalog, translate_in
from alsep_desktop.ui.qt import QApplication, QLibraryInfo, QLocale, QTranslator

__all__ = ["catalog", "current_language", "set_language", "translate_in", "ui_locale"]


@cache
def _qt_catalog(language: str) -> QTranslator | None:
    """Qt's own strings (Yes/No/Cancel of standard buttons) when PySide6 ships them."""
    translator = QTranslator()
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", where) else None


_installed: list[QTranslator] = []
_language = "en"


def set_language(app: QApplication, language: str) -> None:
    """Install the catalog of ``language`` (ru, kk or en); widgets get LanguageChange."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language}")
    ours = catalog(language)
    for installed in _installed:
        app.removeTranslator(installed)
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
