"""Marking codes of goods in Kazakhstan (ИС МПТ "Маркировка"): parsing and validation.

A marking code is read from a GS1 DataMatrix. Two shapes are accepted:

* **GS1 element string**: AI 01 GTIN-14, AI 21 serial, then the crypto part: AI 91 key +
  AI 92 signature (long code), or AI 93 crypto tail (short code, e.g. a tobacco pack with
  a 7-character serial), optionally AI 8005 price and others. Variable-length fields end
  with GS (0x1D); "FNC1" notations (``<GS>``, ``<FNC1>``, byte 0xE8, ``]d2``) are normalised.
  When a scanner dropped the GS characters, the serial length is inferred from the AI that
  follows (see docs/decisions/0201-marking-codes.md).
* **Tobacco pack, raw 29 characters** (no AIs): GTIN 14 + serial 7 + price 4 + crypto 4.

Pure: no I/O. The full code (with GS) travels unchanged into the OFD ticket line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

GS = "\x1d"

_FNC1_NOTATIONS = ("<GS>", "<FNC1>", "{GS}", "{FNC1}", "\\x1d", "\\u001d", "\u00e8", "\u241d")
_SYMBOLOGY_PREFIXES = ("]d2", "]C1", "]Q3")

#: Fixed-length AIs we expect in marking codes: AI → value length.
_FIXED = {"01": 14, "02": 14, "11": 6, "13": 6, "15": 6, "17": 6, "8005": 6}
#: Variable-length AIs: AI → maximum length.
_VARIABLE = {"10": 20, "21": 20, "91": 90, "92": 90, "93": 90, "240": 30, "241": 30, "8008": 12}
#: Lengths seen in practice, tried in this order when the GS after a field is missing.
_TYPICAL = {"21": (13, 7, 6, 11, 8, 20), "91": (4,), "92": (44, 88), "93": (4,), "10": (), "240": ()}
_SERIAL_RE = re.compile(r"^[\x21-\x7e]+$")


class InvalidMarkingCode(ValidationError):
    code = "domain.invalid_marking_code"


class MarkingFormat(Enum):
    GS1 = "gs1"
    TOBACCO_PACK_RAW = "tobacco_pack_raw"


def gtin_check_digit(body: str) -> int:
    """GS1 mod-10 check digit of the digits before it (any GTIN length)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def validate_gtin(gtin: str, *, field: str = "gtin") -> str:
    if len(gtin) != 14 or not gtin.isdigit():
        raise InvalidMarkingCode(
            field, QT_TRANSLATE_NOOP("Reasons", "GTIN must be 14 digits, got '{value}'"), value=gtin
        )
    if gtin_check_digit(gtin[:13]) != int(gtin[13]):
        raise InvalidMarkingCode(
            field,
            QT_TRANSLATE_NOOP("Reasons", "GTIN {value} has a wrong check digit (expected {expected})"),
            value=gtin,
            expected=gtin_check_digit(gtin[:13]),
        )
    return gtin


@dataclass(frozen=True, slots=True)
class MarkingCode:
    gtin: str
    serial: str
    format: MarkingFormat
    full_code: str  # normalised: GS separators, no leading FNC1 — goes to the OFD as is
    crypto_key: str | None = None  # AI 91
    signature: str | None = None  # AI 92
    crypto_tail: str | None = None  # AI 93, or the 4 last characters of a raw tobacco pack
    price_code: str | None = None  # AI 8005 (or the 4 price characters of a raw pack)
    other: tuple[tuple[str, str], ...] = ()

    @property
    def ean13(self) -> str | None:
        """The EAN-13 to look the product up in the catalog (GTIN-14 with indicator 0)."""
        return self.gtin[1:] if self.gtin.startswith("0") else None

    @property
    def identification_code(self) -> str:
        """КИ: 01 + GTIN + 21 + serial, without the crypto part."""
        return f"01{self.gtin}21{self.serial}"

    @property
    def is_tobacco_pack(self) -> bool:
        return self.format is MarkingFormat.TOBACCO_PACK_RAW or (len(self.serial) == 7 and self.crypto_tail is not None)

    @property
    def printable(self) -> str:
        """Human form with AIs in brackets, e.g. ``(01)04600439931256(21)5Ab+Cx(93)dGVz``."""
        if self.format is MarkingFormat.TOBACCO_PACK_RAW:
            return self.full_code
        parts = [("01", self.gtin), ("21", self.serial)]
        for ai, val in (
            ("91", self.crypto_key),
            ("92", self.signature),
            ("8005", self.price_code),
            ("93", self.crypto_tail),
        ):
            if val is not None:
                parts.append((ai, val))
        parts += list(self.other)
        return "".join(f"({ai}){v}" for ai, v in parts)


def normalise(text: str) -> str:
    s = text.strip("\r\n\t ")
    for p in _SYMBOLOGY_PREFIXES:
        if s.startswith(p):
            s = s[len(p):]
    for notation in _FNC1_NOTATIONS:
        s = s.replace(notation, GS)
    return s.lstrip(GS).rstrip(GS)


def _ai_at(s: str, i: int) -> str | None:
    for n in (2, 3, 4):
        ai = s[i : i + n]
        if ai in _FIXED or ai in _VARIABLE:
            return ai
    return None


def _variable_end(s: str, i: int, ai: str, field: str) -> int:
    gs = s.find(GS, i)
    if gs != -1:
        return gs
    rest = len(s) - i
    typical = _TYPICAL.get(ai, ())
    for n in typical:  # a typical length followed by a known AI wins (the crypto part follows)
        if n < rest and _ai_at(s, i + n) is not None:
            return i + n
    if rest in typical:
        return len(s)
    if rest > _VARIABLE[ai]:
        raise InvalidMarkingCode(
            field,
            QT_TRANSLATE_NOOP("Reasons", "AI ({ai}) is longer than {limit} characters and has no GS after it"),
            ai=ai,
            limit=_VARIABLE[ai],
        )
    return len(s)


def _parse_gs1(s: str, field: str) -> dict[str, str]:
    values: dict[str, str] = {}
    order: list[str] = []
    i = 0
    while i < len(s):
        if s[i] == GS:
            i += 1
            continue
        ai = _ai_at(s, i)
        if ai is None:
            raise InvalidMarkingCode(
                field,
                QT_TRANSLATE_NOOP("Reasons", "unknown application identifier '{value}' at position {position}"),
                value=s[i : i + 2],
                position=i,
            )
        i += len(ai)
        if ai in _FIXED:
            end = i + _FIXED[ai]
            if end > len(s):
                raise InvalidMarkingCode(
                    field, QT_TRANSLATE_NOOP("Reasons", "AI ({ai}) needs {length} characters"), ai=ai, length=_FIXED[ai]
                )
        else:
            end = _variable_end(s, i, ai, field)
        value = s[i:end]
        if not value:
            raise InvalidMarkingCode(field, QT_TRANSLATE_NOOP("Reasons", "AI ({ai}) is empty"), ai=ai)
        if ai in values:
            raise InvalidMarkingCode(field, QT_TRANSLATE_NOOP("Reasons", "AI ({ai}) appears twice"), ai=ai)
        values[ai] = value
        order.append(ai)
        i = end
    values["_order"] = ",".join(order)
    return values


def _raw_tobacco(s: str) -> bool:
    if len(s) != 29 or GS in s or not s[:14].isdigit():
        return False
    if s.startswith("01") and s[16:18] == "21":  # reads as a GS1 string too: prefer GS1 when valid
        try:
            validate_gtin(s[2:16])
            return False
        except InvalidMarkingCode:
            pass
    return gtin_check_digit(s[:13]) == int(s[13])


def parse_marking_code(text: str, *, field: str = "marking_code") -> MarkingCode:
    """Parse and validate; raises :class:`InvalidMarkingCode` naming ``field`` (or a sub-field)."""
    if not text or not text.strip():
        raise InvalidMarkingCode(field, QT_TRANSLATE_NOOP("Reasons", "the marking code is empty"))
    s = normalise(text)
    if _raw_tobacco(s):
        return MarkingCode(
            gtin=s[:14], serial=s[14:21], format=MarkingFormat.TOBACCO_PACK_RAW, full_code=s,
            price_code=s[21:25], crypto_tail=s[25:29],
        )
    if not s.startswith("01"):
        raise InvalidMarkingCode(field, QT_TRANSLATE_NOOP("Reasons", "a marking code starts with (01) GTIN"))
    v = _parse_gs1(s, field)
    if "21" not in v:
        raise InvalidMarkingCode(f"{field}.serial", QT_TRANSLATE_NOOP("Reasons", "the serial number (21) is missing"))
    gtin = validate_gtin(v["01"], field=f"{field}.gtin")
    serial = v["21"]
    if not _SERIAL_RE.match(serial):
        raise InvalidMarkingCode(
            f"{field}.serial", QT_TRANSLATE_NOOP("Reasons", "the serial has characters outside printable ASCII")
        )
    if ("91" in v) != ("92" in v):
        raise InvalidMarkingCode(
            f"{field}.crypto", QT_TRANSLATE_NOOP("Reasons", "AI (91) key and AI (92) signature come together")
        )
    if "91" not in v and "93" not in v:
        raise InvalidMarkingCode(
            f"{field}.crypto", QT_TRANSLATE_NOOP("Reasons", "no crypto part: (91)+(92) or (93) is required")
        )
    known = {"01", "21", "91", "92", "93", "8005"}
    other = tuple((ai, v[ai]) for ai in v["_order"].split(",") if ai not in known)
    # rebuild the canonical string: GS after every variable-length field except the last
    parts: list[str] = []
    order = v["_order"].split(",")
    for n, ai in enumerate(order):
        parts.append(ai + v[ai])
        if ai in _VARIABLE and n < len(order) - 1:
            parts.append(GS)
    return MarkingCode(
        gtin=gtin, serial=serial, format=MarkingFormat.GS1, full_code="".join(parts),
        crypto_key=v.get("91"), signature=v.get("92"), crypto_tail=v.get("93"),
        price_code=v.get("8005"), other=other,
    )
