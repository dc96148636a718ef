"""Checks the pydantic schemas cannot express, with the desktop's domain validators, so a
value the cloud accepts is one the register can fiscalize."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE
from alsep_desktop.domain.validation import (
    validate_barcode,
    validate_bik,
    validate_iban_kz,
    validate_iin_bin,
    validate_ntin,
    validate_oked,
    validate_position,
)
from alsep_desktop.errors import ValidationError

MIN_PASSWORD = 6
_UNITS = {u.value for u in Unit}


def check_password(password: str | None) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("password", "at least {limit} characters", limit=MIN_PASSWORD)


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def company_fields(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    if "name" in out and not (out["name"] or "").strip():
        raise ValidationError("name", "the company name is empty")
    for key in ("oked", "iban", "bik", "vat_series", "vat_number", "phone"):
        if key in out:
            out[key] = _blank_to_none(out[key])
    if out.get("oked"):
        out["oked"] = validate_oked(out["oked"])
    if out.get("iban"):
        out["iban"] = validate_iban_kz(out["iban"])
    if out.get("bik"):
        out["bik"] = validate_bik(out["bik"])
    if out.get("timezone"):
        try:
            ZoneInfo(out["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError("timezone", "unknown time zone '{value}'", value=out["timezone"]) from None
    return out


def check_company(merged: dict[str, Any]) -> None:
    if merged.get("vat_payer") and not (
        (merged.get("vat_series") or "").strip() and (merged.get("vat_number") or "").strip()
    ):
        raise ValidationError("vat_number", "a VAT payer needs the certificate series and number")


def check_iin(value: str | None) -> str | None:
    value = _blank_to_none(value)
    return validate_iin_bin(value, field="iin") if value else None


def check_position(latitude: int | None, longitude: int | None) -> None:
    validate_position(latitude, longitude)


def product_fields(data: dict[str, Any], row: int | None = None) -> dict[str, Any]:
    out = dict(data)
    for key in ("barcode", "ntin"):
        if key in out:
            out[key] = _blank_to_none(out[key])
    if out.get("barcode") is not None:
        out["barcode"] = validate_barcode(out["barcode"], row=row)
    if out.get("ntin") is not None:
        out["ntin"] = validate_ntin(out["ntin"], row=row)
    if "vat_code" in out:
        out["vat_code"] = DEFAULT_VAT_TABLE.get(out["vat_code"], field="vat_code", row=row).code
    if "unit" in out and out["unit"] not in _UNITS:
        raise ValidationError("unit", "unknown unit code '{value}' (allowed: {allowed})", row=row,
                              value=out["unit"], allowed=", ".join(sorted(_UNITS)))
    if "code" in out:
        out["code"] = out["code"].strip()
        if not out["code"]:
            raise ValidationError("code", "the product code is empty", row=row)
    return out


def vat_code(value: str, *, field: str, row: int | None = None) -> str:
    return DEFAULT_VAT_TABLE.get(value, field=field, row=row).code


def unit_code(value: str, *, field: str, row: int | None = None) -> str:
    if value not in _UNITS:
        raise ValidationError(field, "unknown unit code '{value}'", row=row, value=value)
    return value


def barcode(value: str, *, field: str = "barcode", row: int | None = None) -> str:
    return validate_barcode(value, field=field, row=row)
