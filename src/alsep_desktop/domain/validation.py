"""Validators of Kazakhstan identifiers and simple formats. Each raises ValidationError."""

from __future__ import annotations

import re

from alsep_desktop.domain.money import Money
from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def iin_bin_check_digit(first11: str) -> int | None:
    """Control digit of an IIN/BIN (two passes of weights, mod 11); None if undefined."""
    digits = [int(c) for c in first11]
    s = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
    if s == 10:
        weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if s == 10:
            return None
    return s


def validate_iin_bin(value: str, *, field: str = "iin_bin", row: int | None = None) -> str:
    text = (value or "").strip()
    if not re.fullmatch(r"\d{12}", text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "an IIN/BIN has exactly 12 digits"), row=row)
    check = iin_bin_check_digit(text[:11])
    if check is None or check != int(text[11]):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "IIN/BIN {value} fails its check digit"), row=row, value=text
        )
    return text


#: Cyrillic letters that look like Latin ones: a bank detail typed with the Russian layout on
#: (the seed's own screenshots show «КZ42…», «КСЗКХХ») is read as the Latin letters meant.
_LOOKALIKES = str.maketrans("АВСЕНКМОРТХУавсенкмортхуІі", "ABCEHKMOPTXYABCEHKMOPTXYII")


def _bank_text(value: str | None) -> str:
    return "".join((value or "").split()).translate(_LOOKALIKES).upper()


def validate_iban_kz(value: str, *, field: str = "iban", row: int | None = None) -> str:
    """A Kazakhstan IBAN (ISO 13616, decision 0711): ``KZ``, 2 check digits, a 3-digit bank code and
    13 account characters (20 in all), passing the mod-97 check. Spaces are dropped, Cyrillic
    look-alike letters read as Latin; returns the IBAN in capitals without spaces."""
    text = _bank_text(value)
    bad = next((c for c in text if not ("0" <= c <= "9" or "A" <= c <= "Z")), None)
    if bad is not None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Reasons", "an IBAN holds Latin letters and digits only, not '{char}'"),
            row=row,
            char=bad,
        )
    if not text.startswith("KZ"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "a Kazakhstan IBAN starts with KZ"), row=row)
    if len(text) != 20:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Reasons", "a Kazakhstan IBAN has 20 characters, this one has {count}"),
            row=row,
            count=len(text),
        )
    if not re.fullmatch(r"KZ\d{2}\d{3}[0-9A-Z]{13}", text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "a Kazakhstan IBAN is KZ, 2 check digits and 16 characters"), row=row
        )
    rearranged = text[4:] + text[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    if int(numeric) % 97 != 1:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "IBAN {value} fails its mod-97 check"), row=row, value=text
        )
    return text


def validate_bik(value: str, *, field: str = "bik", row: int | None = None) -> str:
    """A Kazakh bank's BIK, which is its SWIFT/BIC (ISO 9362, decision 0711): 4 letters of the bank,
    ``KZ``, 2 letters or digits of the location, optionally 3 of the branch (8 or 11 in all)."""
    text = _bank_text(value)
    if not re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "a BIK (SWIFT/BIC) has 8 or 11 letters and digits"), row=row
        )
    if text[4:6] != "KZ":
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Reasons", "BIK {value} is not a Kazakh bank's: characters 5 and 6 must be KZ"),
            row=row,
            value=text,
        )
    return text


def validate_email(value: str, *, field: str = "email", row: int | None = None) -> str:
    text = (value or "").strip()
    if not _EMAIL_RE.match(text) or len(text) > 254:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not an e-mail address"), row=row, value=value
        )
    return text.lower()


def validate_barcode(value: str, *, field: str = "barcode", row: int | None = None) -> str:
    text = (value or "").strip()
    if not re.fullmatch(r"\d{1,14}", text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "barcode '{value}' must be 1 to 14 digits"), row=row, value=value
        )
    return text


# -- cash: sanity limits, like the caps of prices and quantities (decision 2042) -----------------

#: what a register gives back as change at most by default: ten 20 000 ₸ notes
DEFAULT_MAX_CHANGE = Money(200_000_00)
#: the largest single cash deposit or withdrawal by default
DEFAULT_MAX_CASH_MOVE = Money(100_000_000_00)


def validate_tendered_cash(total: Money, tendered: Money, *, max_change: Money = DEFAULT_MAX_CHANGE,
                           field: str = "received") -> Money:
    """What the buyer handed over (cash and the other tenders) is at most ``total + max_change``:
    999 999 999 999 ₸ for a 500 ₸ sale is a typo, not a payment."""
    limit = total + max_change
    if tendered > limit:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Reasons", "at most {limit} for a total of {total} (the change is at most {change})"),
            limit=limit.format(), total=total.format(), change=max_change.format())  # fmt: skip
    return tendered


def validate_cash_move(amount: Money, *, deposit: bool, limit: Money = DEFAULT_MAX_CASH_MOVE,
                       field: str = "amount") -> Money:
    """One cash deposit or withdrawal is at most ``limit``."""
    if amount > limit:
        if deposit:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "a cash deposit is at most {limit}"),
                                  limit=limit.format())
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "a cash withdrawal is at most {limit}"),
                              limit=limit.format())
    return amount


def validate_oked(value: str, *, field: str = "oked", row: int | None = None) -> str:
    text = (value or "").strip()
    if not re.fullmatch(r"\d{5}", text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "an OKED code has 5 digits"), row=row)
    return text


def validate_ntin(value: str, *, field: str = "ntin", row: int | None = None) -> str:
    """An NTIN of the National Catalogue of Goods: 13 or 14 digits (GTIN-13/14 style).

    The check digit is not verified (docs/decisions/0304-product-ntin-marked-unit.md).
    """
    text = (value or "").strip()
    if not re.fullmatch(r"\d{13,14}", text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "an NTIN has 13 or 14 digits, got '{value}'"), row=row, value=value
        )
    return text


# -- geographic coordinates: integer millionths of a degree (degrees × 1e6) ----------------------

#: Kazakhstan's bounding box, in millionths of a degree (docs/decisions/0402-registration-data.md).
KZ_LATITUDE = (40_500_000, 55_500_000)
KZ_LONGITUDE = (46_500_000, 87_500_000)
_DEGREES_RE = re.compile(r"^([+-]?)(\d{1,3})(?:[.,](\d+))?$")


def parse_degrees(text: str | None, *, field: str) -> int | None:
    """Decimal degrees as typed (``43.238949``, ``43,238949``) → millionths of a degree.

    Empty → ``None``. Digits past the sixth decimal (0.1 m) are rounded half away from zero.
    """
    raw = (text or "").strip()
    if not raw:
        return None
    m = _DEGREES_RE.match(raw.replace(" ", ""))
    if not m:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not in decimal degrees (e.g. 43.238949)"), value=text
        )
    sign, whole, frac = m.group(1), m.group(2), m.group(3) or ""
    micro = int(whole) * 1_000_000 + int(frac[:6].ljust(6, "0"))
    if len(frac) > 6 and frac[6] >= "5":
        micro += 1
    return -micro if sign == "-" else micro


def degrees_text(micro: int | None) -> str:
    """Millionths of a degree → ``"43.238949"``; ``None`` → ``""``."""
    if micro is None:
        return ""
    whole, frac = divmod(abs(micro), 1_000_000)
    return f"{'-' if micro < 0 else ''}{whole}.{frac:06d}"


def validate_latitude(micro: int | None, *, field: str = "latitude") -> int | None:
    if micro is None:
        return None
    if type(micro) is not int:
        raise TypeError("a latitude is an int number of millionths of a degree")
    if not KZ_LATITUDE[0] <= micro <= KZ_LATITUDE[1]:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Reasons", "latitude {value} is outside Kazakhstan (40.5 to 55.5)"),
            value=degrees_text(micro),
        )
    return micro


def validate_longitude(micro: int | None, *, field: str = "longitude") -> int | None:
    if micro is None:
        return None
    if type(micro) is not int:
        raise TypeError("a longitude is an int number of millionths of a degree")
    if not KZ_LONGITUDE[0] <= micro <= KZ_LONGITUDE[1]:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Reasons", "longitude {value} is outside Kazakhstan (46.5 to 87.5)"),
            value=degrees_text(micro),
        )
    return micro


def validate_position(latitude: int | None, longitude: int | None) -> tuple[int | None, int | None]:
    """Both coordinates inside Kazakhstan, or neither given."""
    if (latitude is None) != (longitude is None):
        missing = "latitude" if latitude is None else "longitude"
        raise ValidationError(missing, QT_TRANSLATE_NOOP("Reasons", "give both latitude and longitude, or neither"))
    return validate_latitude(latitude), validate_longitude(longitude)
