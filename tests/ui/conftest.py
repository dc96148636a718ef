"""Every UI test leaves the interface language as it found it.

Several fixtures and tests switch the application's language (the cashier's fixtures to ru, layout
tests through ru/kk/en); under xdist one worker runs tests of many files in turn, so a test that read
labels in the language it expected failed only after some other test had run on the same worker.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _keep_the_interface_language() -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from alsep_desktop.ui.translator import current_language, set_language

    before = current_language()
    yield
    app = QApplication.instance()
    if app is not None and current_language() != before:
        set_language(app, before)
