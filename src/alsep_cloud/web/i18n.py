"""The cabinet's languages (decision 2403): gettext catalogs of its own, ``locale/<lang>/
LC_MESSAGES/messages.po``, extracted from the templates and the Python by Babel
(``scripts/cabinet_i18n.py``: ``pybabel extract/update/compile``), compiled to ``.mo`` at set-up.
A checkout without the compiled ``.mo`` compiles the ``.po`` in memory, so a page never shows
msgids because a build step was skipped.

The language: ``?lang=`` (the page's switch, kept in a cookie), else the cookie, else the
browser's ``Accept-Language``, else Russian.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("ru", "kk", "en")
DEFAULT = "ru"
NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def N_(text: str) -> str:  # noqa: N802 - the gettext no-op marker pybabel extracts (-k N_)
    return text


@cache
def translations(lang: str) -> NullTranslations:
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    mo, po = folder / "messages.mo", folder / "messages.po"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as f:
            return Translations(f, domain="messages")
    if po.exists():
        with po.open("rb") as f:
            catalog = read_po(f, locale=lang)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        return Translations(buf, domain="messages")
    return NullTranslations()


def from_accept_language(header: str | None) -> str | None:
    """The first of our languages the browser asks for, by its q-values (``kk-KZ``, ``kz`` too)."""
    best: list[tuple[float, int, str]] = []
    for i, part in enumerate((header or "").split(",")):
        name, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        base = name.strip().lower().split("-")[0]
        base = "kk" if base == "kz" else base
        if base in LANGUAGES and q > 0:
            best.append((-q, i, base))
    return min(best)[2] if best else None


def choose(query: str | None, cookie: str | None, accept: str | None) -> str:
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    return from_accept_language(accept) or DEFAULT
