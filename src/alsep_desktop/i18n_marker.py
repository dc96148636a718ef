"""Marks user-visible English templates of the Qt-free core for translation, without Qt.

``QT_TRANSLATE_NOOP("Reasons", "'{value}' is not an amount")`` returns its text unchanged;
its only job is to be seen by ``pyside6-lupdate``, which copies the (context, text) pair into
``resources/translations/alsep_*.ts``. The UI later translates the same text in the same
context (``ui/i18n``) and fills the ``{name}`` placeholders.

The contexts used by the core:

- ``Reasons``: the ``reason`` of a ``ValidationError``;
- ``ImportIssues``: the message of a catalog-import ``ImportIssue``.

A fourth argument (any value, by convention ``PLURAL``) marks a message whose wording
depends on its ``{count}`` parameter; lupdate then asks translators for every plural form
(«1 товар», «2 товара», «5 товаров») and the UI picks the form by ``count``.
"""

from __future__ import annotations

#: The fourth argument of ``QT_TRANSLATE_NOOP`` for a message with plural forms.
PLURAL = 0


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name lupdate looks for
    context: str, text: str, disambiguation: str | None = None, plural: int | None = None
) -> str:
    """``text`` itself: a translation marker for lupdate (context and text must be literals)."""
    return text
