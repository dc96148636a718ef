"""The company page (seed 5.2, 8.2): every field but the BIN/IIN editable, over
``services.org`` and the API's ``CompanyPatch`` schema."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic
from fastapi import APIRouter, Depends, Response

from alsep_cloud.errors import StaleVersion
from alsep_cloud.schemas.org import CompanyPatch
from alsep_cloud.services import org
from alsep_cloud.services.validate import company_fields
from alsep_cloud.web.forms import (
    FormErrors,
    blank_to_none,
    pydantic_errors,
    read_form,
    sentence,
    stale_message,
    version_of,
)
from alsep_cloud.web.i18n import N_
from alsep_cloud.web.pages import PREFIX, AdminPage, Db, Page, PageRoute
from alsep_desktop.errors import ValidationError

router = APIRouter(route_class=PageRoute, include_in_schema=False)
Form = Annotated[dict[str, str], Depends(read_form)]
TAX_REGIMES = {
    "general": N_("General regime"), "simplified": N_("Simplified declaration"), "patent": N_("Patent"),
    "retail_tax": N_("Retail tax"), "agricultural": N_("Agricultural producers"),
}
TEXT_FIELDS = ("name", "tax_regime", "legal_address", "address_kz", "phone", "oked", "vat_series", "vat_number",
               "iban", "bik")


def _render(page: Page, values: dict[str, Any], errors: FormErrors | None = None, saved: bool = False,
            status: int = 200) -> Response:
    regimes = [(k, page._(v)) for k, v in TAX_REGIMES.items()]
    return page.render("company.html", status, c=values, errors=errors or FormErrors(), saved=saved, regimes=regimes)


@router.get(PREFIX + "/company", summary="Company")
def company(pair: AdminPage, db: Db) -> Response:
    page, admin = pair
    return _render(page, org.get_company(db, admin), saved=page.request.query_params.get("saved") == "1")


@router.post(PREFIX + "/company", summary="Save the company")
def save_company(pair: AdminPage, db: Db, form: Form) -> Response:
    page, admin = pair
    page.check_csrf(form)
    data: dict[str, Any] = {k: form.get(k, "").strip() for k in TEXT_FIELDS}
    data = blank_to_none(data, "oked", "phone", "vat_series", "vat_number", "iban", "bik")
    data["vat_payer"] = form.get("vat_payer") == "on"
    shown = {**org.get_company(db, admin), **data}
    try:
        body = CompanyPatch.model_validate({**data, "version": version_of(form)})
    except pydantic.ValidationError as exc:
        return _render(page, shown, pydantic_errors(exc, page._), status=422)
    errors = FormErrors()
    if data["tax_regime"] not in TAX_REGIMES:
        errors.fields["tax_regime"] = page._(N_("not one of the choices"))
    for key in ("name", "oked", "iban", "bik"):  # each field on its own: every wrong field is named at once
        try:
            company_fields({key: data[key]})
        except ValidationError as exc:
            name, text = sentence(exc, page._)
            errors.fields[name] = text
    if errors:
        return _render(page, shown, errors, status=422)
    try:
        org.patch_company(page.ctx, db, admin, body.model_dump(exclude_unset=True))
    except StaleVersion as exc:
        db.rollback()
        return _render(page, org.get_company(db, admin), FormErrors(message=stale_message(exc, page._)),
                       status=409)
    except ValidationError as exc:
        db.rollback()
        name, text = sentence(exc, page._)
        return _render(page, shown, FormErrors({name: text}), status=422)
    return page.redirect(PREFIX + "/company?saved=1")
