"""Translations through Qt's translation system, from Qt Linguist files.

Source strings are English. The UI spells every string ``translate("Context", "Text")``
(``ui/qt.py``); the Qt-free core marks its user-visible templates with
``QT_TRANSLATE_NOOP`` (``alsep_desktop/i18n_marker.py``). ``pyside6-lupdate`` extracts both
into ``resources/translations/alsep_ru.ts`` and ``alsep_kk.ts`` (and ``alsep_en.ts``, which
holds only the English plural forms); set-up compiles them with ``pyside6-lrelease`` into
``alsep_desktop/resources/translations/*.qm``, which ``ui/translator.py`` loads with
``QTranslator``. ``scripts/translations.py`` runs both tools
(``docs/decisions/1101-translations-in-ts-files.md``).

This module and the sentence tables (``error_sentences``, ``fields``) hold no Qt import, so
Qt-free tests read them; translating goes through ``catalog.py``, the package's one Qt module.
"""

from __future__ import annotations

from pathlib import Path

import alsep_desktop

LANGUAGES = ("ru", "kk", "en")

#: Where set-up puts the compiled catalogs (package data, so a wheel or a frozen bundle has them).
QM_DIR = Path(alsep_desktop.__file__).resolve().parent / "resources" / "translations"


def qm_path(language: str) -> Path:
    return QM_DIR / f"alsep_{language}.qm"
