"""Run-time language switching through a QTranslator backed by the Python catalogs."""

from __future__ import annotations

from alsep_desktop.ui import i18n
from alsep_desktop.ui.qt import QApplication, QTranslator


class CatalogTranslator(QTranslator):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        return i18n.lookup(self.language, context, source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return self.language == "en"


_current: CatalogTranslator | None = None


def set_language(app: QApplication, language: str) -> None:
    """Install the catalog of ``language`` (ru, kk or en); widgets get LanguageChange."""
    global _current
    if language not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {language}")
    if _current is not None:
        app.removeTranslator(_current)
    _current = CatalogTranslator(language)
    app.installTranslator(_current)


def current_language() -> str:
    return _current.language if _current is not None else "en"
