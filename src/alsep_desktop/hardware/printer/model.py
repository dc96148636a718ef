"""A printable document: what to print, independent of any printer's command set."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Align(Enum):
    LEFT = 0
    CENTER = 1
    RIGHT = 2


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line. ``double`` is double width and height, so it holds half the columns."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    double: bool = False


@dataclass(frozen=True, slots=True)
class Separator:
    char: str = "-"


@dataclass(frozen=True, slots=True)
class QrCode:
    data: str
    module: int = 6  # dots per module (native GS ( k size, or raster scale)


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True, slots=True)
class Cut:
    partial: bool = True


@dataclass(frozen=True, slots=True)
class DrawerKick:
    pin: int = 0


Block = TextLine | Separator | QrCode | Feed | Cut | DrawerKick


@dataclass(frozen=True, slots=True)
class PrintDocument:
    columns: int
    blocks: tuple[Block, ...]

    def text_lines(self) -> list[str]:
        """The document as plain text (e-mail body, logs, tests): separators drawn out."""
        out: list[str] = []
        for b in self.blocks:
            if isinstance(b, TextLine):
                width = self.columns // 2 if b.double else self.columns
                out.append(_aligned(b.text, width, b.align))
            elif isinstance(b, Separator):
                out.append(b.char * self.columns)
            elif isinstance(b, QrCode):
                out.append(f"[QR {b.data}]")
            elif isinstance(b, Feed):
                out.extend([""] * b.lines)
        return out

    def with_blocks(self, *extra: Block) -> PrintDocument:
        return PrintDocument(self.columns, self.blocks + tuple(extra))


def _aligned(text: str, width: int, align: Align) -> str:
    if align is Align.CENTER:
        pad = max(0, width - len(text)) // 2
        return (" " * pad + text).rstrip()
    if align is Align.RIGHT:
        return text.rjust(width)
    return text
