"""Sign-in, sign-out, the landing page and the cabinet's static files."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import RedirectResponse

from alsep_cloud.errors import AccountBlocked, AccountLocked, InvalidCredentials, NotFound
from alsep_cloud.services import auth
from alsep_cloud.web.forms import read_form
from alsep_cloud.web.i18n import N_
from alsep_cloud.web.pages import (
    HERE,
    PREFIX,
    BarePage,
    Db,
    PageRoute,
    SignedIn,
    clear_cookie,
    set_cookie,
)
from alsep_cloud.web.session import COOKIE, PRE_COOKIE

router = APIRouter(route_class=PageRoute, include_in_schema=False)
#: included after every page: an unknown cabinet address answers a page too (with the headers)
fallback = APIRouter(route_class=PageRoute, include_in_schema=False)
Form = Annotated[dict[str, str], Depends(read_form)]
STATIC = {"cabinet.css": "text/css; charset=utf-8"}
#: one answer for an unknown company or login, a wrong password, a blocked or locked account:
#: the page tells no one which logins exist (decision 2402)
REFUSED = N_("Wrong company BIN/IIN, login or password. After 5 wrong attempts in a row the sign-in pauses for "
             "5 minutes.")


def _safe_next(target: str | None) -> str:
    """Only a path of the cabinet itself (no open redirect to another site)."""
    if target and target.startswith(PREFIX + "/") and not target.startswith("//") and "\\" not in target:
        return target
    return PREFIX + "/"


@router.get("/", summary="The cabinet")
def root() -> RedirectResponse:
    return RedirectResponse(PREFIX + "/", status_code=303)


@router.get(PREFIX + "/", summary="The cabinet's first page")
def home(page: SignedIn) -> Response:
    assert page.viewer is not None
    if page.viewer.is_admin:
        return page.redirect(PREFIX + "/company")
    return page.render("home.html")


@router.get(PREFIX + "/sign-in", summary="Sign-in form")
def sign_in_form(page: BarePage, request: Request) -> Response:
    if not request.cookies.get(PRE_COOKIE):
        pre = secrets.token_urlsafe(18)
        page.extra["pre"] = pre
        set_cookie(request, PRE_COOKIE, pre)
    return page.render("sign_in.html", next=_safe_next(request.query_params.get("next")), company="", email="",
                       error="")


@router.post(PREFIX + "/sign-in", summary="Sign in")
def sign_in(page: BarePage, request: Request, form: Form, db: Db) -> Response:
    page.check_csrf(form)
    ctx = page.ctx
    company, email = form.get("company", "")[:64], form.get("email", "")[:254]
    try:
        user = auth.check_login(ctx, db, company, email, form.get("password", "")[:1024])
    except (InvalidCredentials, AccountBlocked, AccountLocked):
        return page.render("sign_in.html", 401, next=_safe_next(form.get("next")), company=company, email=email,
                           error=page._(REFUSED))
    claims = page.keys.new_session(user.id, user.company_id, auth.epoch(user.password_changed_at), ctx.now())
    set_cookie(request, COOKIE, page.keys.issue(claims))
    clear_cookie(request, PRE_COOKIE)  # a new pre-session value for the next sign-in (no fixation)
    return page.redirect(_safe_next(form.get("next")))


@router.post(PREFIX + "/sign-out", summary="Sign out")
def sign_out(page: SignedIn, request: Request, form: Form) -> Response:
    page.check_csrf(form)
    clear_cookie(request, COOKIE)
    return page.redirect(PREFIX + "/sign-in")


@router.get(PREFIX + "/static/{name}", summary="Static file")
def static(name: str) -> Response:
    kind = STATIC.get(name)
    if kind is None:
        return Response(status_code=404)
    return Response((HERE / "static" / name).read_bytes(), media_type=kind,
                    headers={"Cache-Control": "public, max-age=3600"})


@fallback.get(PREFIX + "/{rest:path}", summary="No such page")
def no_such_page(rest: str) -> Response:
    raise NotFound(what="page", key=rest[:100])
