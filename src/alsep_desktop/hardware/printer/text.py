"""Fixed-width text helpers for receipt layouts."""

from __future__ import annotations

import textwrap

from alsep_desktop.hardware.printer.model import Align, Block, TextLine


def two_columns(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line; a long ``left`` is cut, never ``right``."""
    if not right:
        return left[:width]
    room = width - len(right) - 1
    if room < 1:
        return right[-width:]
    if len(left) > room:
        left = left[: room - 1] + "…" if room > 1 else left[:room]
    return left + " " * (width - len(left) - len(right)) + right


def wrap(text: str, width: int, *, indent: str = "") -> list[str]:
    lines = textwrap.wrap(
        text, width, subsequent_indent=indent, break_long_words=True, break_on_hyphens=False
    )
    return lines or [""]


def chunks(text: str, width: int) -> list[str]:
    """Hard split (codes, URLs): no word logic."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def pair(left: str, right: str, width: int, *, bold: bool = False, double: bool = False) -> Block:
    w = width // 2 if double else width
    return TextLine(two_columns(left, right, w), bold=bold, double=double)


def centered(text: str, width: int, *, bold: bool = False, double: bool = False) -> list[Block]:
    w = width // 2 if double else width
    return [TextLine(t, Align.CENTER, bold, double) for t in wrap(text, w)]


def left(text: str, width: int, *, indent: str = "", bold: bool = False) -> list[Block]:
    return [TextLine(t, Align.LEFT, bold) for t in wrap(text, width, indent=indent)]
