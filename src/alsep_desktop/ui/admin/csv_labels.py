"""The translation the Qt-free CSV writers take (``tr``): their marked labels (context ``CsvExport``)
in the window's language at the moment of the export (decision 2041)."""

from __future__ import annotations

from collections.abc import Callable

from alsep_desktop.ui.translator import current_language, translate_in


def csv_labels() -> Callable[[str, str], str]:
    """``tr(context, text)`` for the current language; taken on the GUI thread, usable on a worker."""
    language = current_language()
    return lambda context, text: translate_in(language, context, text)
