"""Form posts: the urlencoded body read (bounded by the cloud's body limit, decision 2060),
validated by the API's own pydantic schemas and the services' validators, and every error
turned into a sentence of the page's language that names the field (decision 2404)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import pydantic
from fastapi import Request

from alsep_cloud.errors import StaleVersion
from alsep_cloud.web.i18n import N_
from alsep_desktop.errors import AlsepError, ValidationError, safe_format

MAX_FIELDS = 100

#: field labels the error sentences name (the templates show the same labels)
LABELS = {
    "name": N_("Name"), "iin_bin": N_("BIN/IIN"), "tax_regime": N_("Tax regime"), "legal_address": N_("Legal address"),
    "address_kz": N_("Address in Kazakh"), "address": N_("Address"), "phone": N_("Phone"), "oked": N_("OKED code"),
    "vat_payer": N_("VAT payer"), "vat_series": N_("VAT certificate series"), "vat_number": N_("VAT certificate number"),
    "iban": N_("IBAN"), "bik": N_("BIK"), "latitude": N_("Latitude"), "longitude": N_("Longitude"),
    "email": N_("Login (e-mail)"), "password": N_("Password"), "role": N_("Role"), "full_name": N_("Full name"),
    "iin": N_("IIN"), "birth_date": N_("Date of birth"), "comment": N_("Comment"), "company": N_("Company BIN/IIN"),
    "position": N_("Coordinates"), "blocked": N_("Blocked"), "version": N_("Version"),
}

#: the English reasons of the validators the cabinet's forms reach (alsep_desktop.domain.validation,
#: services/validate.py, the user name): the same text is the msgid of its translation
REASONS = (
    N_("an IIN/BIN has exactly 12 digits"), N_("IIN/BIN {value} fails its check digit"),
    N_("an IBAN holds Latin letters and digits only, not '{char}'"), N_("a Kazakhstan IBAN starts with KZ"),
    N_("a Kazakhstan IBAN has 20 characters, this one has {count}"),
    N_("a Kazakhstan IBAN is KZ, 2 check digits and 16 characters"), N_("IBAN {value} fails its mod-97 check"),
    N_("a BIK (SWIFT/BIC) has 8 or 11 letters and digits"),
    N_("BIK {value} is not a Kazakh bank's: characters 5 and 6 must be KZ"),
    N_("'{value}' is not an e-mail address"), N_("an OKED code has 5 digits"), N_("the company name is empty"),
    N_("a VAT payer needs the certificate series and number"), N_("at least {limit} characters"),
    N_("you cannot block or demote your own account"), N_("required"),
    N_("control characters are not allowed"), N_("give both latitude and longitude, or neither"),
    N_("'{value}' is not in decimal degrees (e.g. 43.238949)"),
    N_("latitude {value} is outside Kazakhstan (40.5 to 55.5)"),
    N_("longitude {value} is outside Kazakhstan (46.5 to 87.5)"),
)

#: pydantic's error types, as sentences
PYDANTIC = {
    "missing": N_("this field is required"), "string_too_long": N_("at most {max_length} characters"),
    "string_too_short": N_("at least {min_length} characters"), "string_pattern_mismatch": N_("the format is wrong"),
    "date_from_datetime_parsing": N_("not a date (day.month.year)"), "date_parsing": N_("not a date (day.month.year)"),
    "literal_error": N_("not one of the choices"), "int_parsing": N_("not a whole number"),
}
INVALID = N_("invalid value")


@dataclass
class FormErrors:
    """Each field's error sentence, and a message for the whole form (a stale save, a duplicate)."""

    fields: dict[str, str] = field(default_factory=dict)
    message: str = ""

    def __bool__(self) -> bool:
        return bool(self.fields or self.message)


async def read_form(request: Request) -> dict[str, str]:
    """The urlencoded fields (the last value of a repeated name); anything else is no form."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if kind != "application/x-www-form-urlencoded":
        return {}
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError):
        return {}
    return dict(pairs)


def sentence(error: AlsepError, gettext: Callable[[str], str]) -> tuple[str, str]:
    """(field or "", the translated sentence) of an error a service raised."""
    if isinstance(error, ValidationError):
        template = getattr(error, "reason_template", None) or error.reason
        params = dict(getattr(error, "reason_params", None) or error.params)
        return error.field, safe_format(gettext(template), params)
    return "", gettext(INVALID)


def pydantic_errors(exc: pydantic.ValidationError, gettext: Callable[[str], str]) -> FormErrors:
    out = FormErrors()
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if not isinstance(p, int)]
        name = loc[0] if loc else ""
        template = PYDANTIC.get(err.get("type", ""), INVALID)
        ctx: dict[str, Any] = dict(err.get("ctx") or {})
        out.fields.setdefault(name, safe_format(gettext(template), ctx))
    return out


def stale_message(exc: StaleVersion, gettext: Callable[[str], str]) -> str:
    changed = ", ".join(gettext(LABELS.get(k, k)) for k in exc.params.get("changed", {})) or "—"
    return safe_format(gettext(N_("Someone saved this record while you were editing it; your changes were not "
                                  "saved. The form shows the current data (changed: {fields}): make your change "
                                  "again.")), {"fields": changed})


def blank_to_none(data: dict[str, str], *names: str) -> dict[str, Any]:
    out: dict[str, Any] = dict(data)
    for name in names:
        if name in out and not out[name].strip():
            out[name] = None
    return out


def version_of(form: dict[str, str]) -> int:
    """The hidden ``version`` the form was rendered with (0 when missing: the schema refuses it)."""
    text = form.get("version", "").strip()
    return int(text) if text.isdigit() and len(text) < 12 else 0
