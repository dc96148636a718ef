"""Validators of Kazakhstan identifiers and simple formats. Each raises ValidationError."""

from __future__ import annotations

import re

from alsep_desktop.app.errors import ValidationError

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
        raise ValidationError(field, "an IIN/BIN has exactly 12 digits", row=row)
    check = iin_bin_check_digit(text[:11])
    if check is None or check != int(text[11]):
        raise ValidationError(field, "IIN/BIN {value} fails its check digit", row=row, value=text)
    return text


def validate_iban_kz(value: str, *, field: str = "iban", row: int | None = None) -> str:
    text = (value or "").replace(" ", "").upper()
    if not re.fullmatch(r"KZ\d{2}[0-9A-Z]{16}", text):
        raise ValidationError(field, "a Kazakhstan IBAN is KZ, 2 check digits and 16 characters", row=row)
    rearranged = text[4:] + text[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    if int(numeric) % 97 != 1:
        raise ValidationError(field, "IBAN {value} fails its mod-97 check", row=row, value=text)
    return text


def validate_bik(value: str, *, field: str = "bik", row: int | None = None) -> str:
    text = (value or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", text):
        raise ValidationError(field, "a BIK (SWIFT/BIC) has 8 or 11 letters and digits", row=row)
    return text


def validate_email(value: str, *, field: str = "email", row: int | None = None) -> str:
    text = (value or "").strip()
    if not _EMAIL_RE.match(text) or len(text) > 254:
        raise ValidationError(field, "'{value}' is not an e-mail address", row=row, value=value)
    return text.lower()


def validate_barcode(value: str, *, field: str = "barcode", row: int | None = None) -> str:
    text = (value or "").strip()
    if not re.fullmatch(r"\d{1,14}", text):
        raise ValidationError(field, "barcode '{value}' must be 1 to 14 digits", row=row, value=value)
    return text


def validate_oked(value: str, *, field: str = "oked", row: int | None = None) -> str:
    text = (value or "").strip()
    if not re.fullmatch(r"\d{5}", text):
        raise ValidationError(field, "an OKED code has 5 digits", row=row)
    return text
