"""The window tests with a real cloud leave the interface in English, whatever they switched to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from alsep_desktop.ui.qt import QApplication
from alsep_desktop.ui.translator import set_language


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:  # noqa: ANN001
    yield
    set_language(QApplication.instance(), "en")
