"""Trade points (seed 5.3): the list, create, edit, over ``services.org``. Coordinates are typed
in decimal degrees and kept in millionths (the desktop's parse_degrees)."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic
from fastapi import APIRouter, Depends, Response

from alsep_cloud.errors import StaleVersion
from alsep_cloud.schemas.org import TradePointIn, TradePointPatch
from alsep_cloud.services import org
from alsep_cloud.web.forms import (
    FormErrors,
    pydantic_errors,
    read_form,
    sentence,
    stale_message,
    version_of,
)
from alsep_cloud.web.pages import PREFIX, AdminPage, Db, Page, PageRoute
from alsep_desktop.domain.validation import degrees_text, parse_degrees
from alsep_desktop.errors import ValidationError

router = APIRouter(route_class=PageRoute, include_in_schema=False)
Form = Annotated[dict[str, str], Depends(read_form)]
POINTS = PREFIX + "/trade-points"


def _values(form: dict[str, str]) -> dict[str, Any]:
    return {k: form.get(k, "").strip() for k in ("name", "address", "address_kz", "latitude", "longitude")}


def _shown(point: dict[str, Any]) -> dict[str, Any]:
    return {**point, "latitude": degrees_text(point.get("latitude")), "longitude": degrees_text(point.get("longitude"))}


def _render(page: Page, point: dict[str, Any], errors: FormErrors | None = None, status: int = 200) -> Response:
    return page.render("point_form.html", status, p=point, errors=errors or FormErrors())


def _parsed(values: dict[str, Any]) -> dict[str, Any]:
    return {**values, "latitude": parse_degrees(values["latitude"], field="latitude"),
            "longitude": parse_degrees(values["longitude"], field="longitude")}


@router.get(POINTS, summary="Trade points")
def points(pair: AdminPage, db: Db) -> Response:
    page, admin = pair
    rows = [_shown(p) for p in org.list_trade_points(db, admin)]
    return page.render("points.html", points=rows, saved=page.request.query_params.get("saved") == "1")


@router.get(POINTS + "/new", summary="New trade point")
def new_point(pair: AdminPage) -> Response:
    page, _admin = pair
    return _render(page, {"id": "", "version": 0, "name": "", "address": "", "address_kz": "", "latitude": "",
                          "longitude": ""})


@router.post(POINTS, summary="Create a trade point")
def create_point(pair: AdminPage, db: Db, form: Form) -> Response:
    page, admin = pair
    page.check_csrf(form)
    values = _values(form)
    shown = {"id": "", "version": 0, **values}
    try:
        body = TradePointIn.model_validate(_parsed(values))
        org.create_trade_point(page.ctx, db, admin, body.model_dump())
    except pydantic.ValidationError as exc:
        return _render(page, shown, pydantic_errors(exc, page._), 422)
    except ValidationError as exc:
        db.rollback()
        name, text = sentence(exc, page._)
        return _render(page, shown, FormErrors({name: text}), 422)
    return page.redirect(POINTS + "?saved=1")


@router.get(POINTS + "/{point_id}", summary="Edit a trade point")
def edit_point(point_id: str, pair: AdminPage, db: Db) -> Response:
    page, admin = pair
    return _render(page, _shown(org.get_trade_point(db, admin, point_id)))


@router.post(POINTS + "/{point_id}", summary="Save a trade point")
def save_point(point_id: str, pair: AdminPage, db: Db, form: Form) -> Response:
    page, admin = pair
    page.check_csrf(form)
    current = org.get_trade_point(db, admin, point_id)  # another company's: 404 before anything is read
    values = _values(form)
    shown = {**current, **values, "version": version_of(form) or current["version"]}
    try:
        body = TradePointPatch.model_validate({**_parsed(values), "version": version_of(form)})
        org.patch_trade_point(page.ctx, db, admin, point_id, body.model_dump(exclude_unset=True))
    except pydantic.ValidationError as exc:
        return _render(page, shown, pydantic_errors(exc, page._), 422)
    except StaleVersion as exc:
        db.rollback()
        return _render(page, _shown(org.get_trade_point(db, admin, point_id)),
                       FormErrors(message=stale_message(exc, page._)), 409)
    except ValidationError as exc:
        db.rollback()
        name, text = sentence(exc, page._)
        return _render(page, shown, FormErrors({name: text}), 422)
    return page.redirect(POINTS + "?saved=1")
