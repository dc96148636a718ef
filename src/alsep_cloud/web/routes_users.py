"""Users (seed 5.4, 8.5): the list with login, name, IIN, role, comment and created; create a
cashier or an admin; edit, block and unblock, a new password; over ``services.users``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import pydantic
from fastapi import APIRouter, Depends, Response

from alsep_cloud.errors import Duplicate, StaleVersion
from alsep_cloud.schemas.org import UserIn, UserPatch
from alsep_cloud.services import org, users
from alsep_cloud.services.context import Admin
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
USERS = PREFIX + "/users"
ROLES = {"cashier": N_("Cashier"), "admin": N_("Administrator")}
TAKEN = N_("This company already has a user with this login")
FIELDS = ("email", "full_name", "role", "iin", "birth_date", "comment")


def _roles(page: Page) -> list[tuple[str, str]]:
    return [(k, page._(v)) for k, v in ROLES.items()]


def _list(page: Page, rows: list[dict[str, Any]], errors: FormErrors | None = None, status: int = 200) -> Response:
    return page.render("users.html", status, users=rows, roles=dict(_roles(page)), errors=errors or FormErrors(),
                       saved=page.request.query_params.get("saved") == "1")


def _form(page: Page, template: str, u: dict[str, Any], errors: FormErrors | None = None, status: int = 200) -> Response:
    return page.render(template, status, u=u, roles=_roles(page), errors=errors or FormErrors())


def _failed(page: Page, exc: Exception) -> FormErrors:
    if isinstance(exc, pydantic.ValidationError):
        return pydantic_errors(exc, page._)
    if isinstance(exc, Duplicate):
        return FormErrors({"email": page._(TAKEN)})
    assert isinstance(exc, ValidationError)
    name, text = sentence(exc, page._)
    return FormErrors({name: text})


def _listed(db: Db, admin: Admin) -> list[dict[str, Any]]:
    """The users with the day each was created, in the company's time zone (dd.mm.yyyy, as the seed's list)."""
    zone = ZoneInfo(org.get_company(db, admin)["timezone"])
    return [{**u, "created": datetime.fromisoformat(u["created_at"]).astimezone(zone).strftime("%d.%m.%Y")}
            for u in users.list_users(db, admin)]


@router.get(USERS, summary="Users")
def user_list(pair: AdminPage, db: Db) -> Response:
    page, admin = pair
    return _list(page, _listed(db, admin))


@router.get(USERS + "/new", summary="New user")
def new_user(pair: AdminPage) -> Response:
    page, _admin = pair
    return _form(page, "user_new.html", {f: "" for f in FIELDS} | {"role": "cashier"})


@router.post(USERS, summary="Create a user")
def create_user(pair: AdminPage, db: Db, form: Form) -> Response:
    page, admin = pair
    page.check_csrf(form)
    values = {f: form.get(f, "").strip() for f in FIELDS}
    data = blank_to_none(values, "iin", "birth_date")
    try:
        body = UserIn.model_validate({**data, "password": form.get("password", "")})
        users.create_user(page.ctx, db, admin, body.model_dump())
    except (pydantic.ValidationError, Duplicate, ValidationError) as exc:
        db.rollback()
        return _form(page, "user_new.html", values, _failed(page, exc), 409 if isinstance(exc, Duplicate) else 422)
    return page.redirect(USERS + "?saved=1")


@router.get(USERS + "/{user_id}", summary="Edit a user")
def edit_user(user_id: str, pair: AdminPage, db: Db) -> Response:
    page, admin = pair
    return _form(page, "user_edit.html", users.get_user(db, admin, user_id))


def _patch(page: Page, admin: Admin, db: Db, user_id: str, patch: dict[str, Any], shown: dict[str, Any]) -> Response:
    try:
        body = UserPatch.model_validate(patch)
        users.patch_user(page.ctx, db, admin, user_id, body.model_dump(exclude_unset=True))
    except StaleVersion as exc:
        db.rollback()
        return _form(page, "user_edit.html", users.get_user(db, admin, user_id),
                     FormErrors(message=stale_message(exc, page._)), 409)
    except (pydantic.ValidationError, ValidationError) as exc:
        db.rollback()
        return _form(page, "user_edit.html", shown, _failed(page, exc), 422)
    return page.redirect(USERS + "?saved=1")


@router.post(USERS + "/{user_id}", summary="Save a user")
def save_user(user_id: str, pair: AdminPage, db: Db, form: Form) -> Response:
    page, admin = pair
    page.check_csrf(form)
    current = users.get_user(db, admin, user_id)  # another company's: 404
    values = {f: form.get(f, "").strip() for f in ("full_name", "role", "iin", "birth_date", "comment")}
    patch = {**blank_to_none(values, "iin", "birth_date"), "version": version_of(form)}
    return _patch(page, admin, db, user_id, patch, {**current, **values})


@router.post(USERS + "/{user_id}/password", summary="A new password")
def new_password(user_id: str, pair: AdminPage, db: Db, form: Form) -> Response:
    page, admin = pair
    page.check_csrf(form)
    current = users.get_user(db, admin, user_id)
    return _patch(page, admin, db, user_id, {"version": version_of(form), "password": form.get("password", "")}, current)


def _blocking(user_id: str, pair: tuple[Page, Admin], db: Db, form: dict[str, str], blocked: bool) -> Response:
    page, admin = pair
    page.check_csrf(form)
    users.get_user(db, admin, user_id)
    try:
        users.patch_user(page.ctx, db, admin, user_id, {"version": version_of(form), "blocked": blocked})
    except StaleVersion as exc:
        db.rollback()
        return _list(page, _listed(db, admin), FormErrors(message=stale_message(exc, page._)), 409)
    except ValidationError as exc:
        db.rollback()
        return _list(page, _listed(db, admin), FormErrors(message=sentence(exc, page._)[1]), 422)
    return page.redirect(USERS + "?saved=1")


@router.post(USERS + "/{user_id}/block", summary="Block a user")
def block_user(user_id: str, pair: AdminPage, db: Db, form: Form) -> Response:
    return _blocking(user_id, pair, db, form, True)


@router.post(USERS + "/{user_id}/unblock", summary="Unblock a user")
def unblock_user(user_id: str, pair: AdminPage, db: Db, form: Form) -> Response:
    return _blocking(user_id, pair, db, form, False)
