"""Rendering and the request's frame: the page's language, the signed-in viewer, the session
cookie, CSRF, the security headers every cabinet answer carries (decision 2401), and the route
class that turns the services' errors into pages (404 for another company's record, 403 for a
cashier on an admin page) instead of the API's JSON."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from babel.support import NullTranslations
from fastapi import Depends, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session

from alsep_cloud.errors import AdminOnly, NotAuthenticated, NotFound
from alsep_cloud.services import cabinet
from alsep_cloud.services.cabinet import Viewer
from alsep_cloud.services.context import Admin, CloudContext
from alsep_cloud.web import i18n
from alsep_cloud.web.session import (
    COOKIE,
    LANG_COOKIE,
    PRE_COOKIE,
    TOUCH_AFTER,
    SessionClaims,
    SessionKeys,
)
from alsep_desktop.errors import AlsepError

PREFIX = "/cabinet"
HERE = Path(__file__).resolve().parent
TEMPLATES = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                        extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
SECURITY_HEADERS = {
    # no script at all; styles and images from the cloud itself; forms post only back to it
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-store",
}
#: the pages in the navigation, in order: (path, label msgid, admin only); a page joins when it exists
NAV = (
    (f"{PREFIX}/company", i18n.N_("Company"), True),
    (f"{PREFIX}/trade-points", i18n.N_("Trade points"), True),
    (f"{PREFIX}/users", i18n.N_("Users"), True),
)


class SignInNeeded(Exception):
    """No valid session: the page answers with a redirect to the sign-in."""


class CsrfRefused(Exception):
    """A form post without the session's CSRF token."""


def context_of(request: Request) -> CloudContext:
    ctx: CloudContext = request.app.state.ctx
    return ctx


def keys_of(request: Request) -> SessionKeys:
    keys: SessionKeys | None = getattr(request.app.state, "cabinet_keys", None)
    if keys is None:
        keys = request.app.state.cabinet_keys = SessionKeys.of(context_of(request))
    return keys


async def db_session(request: Request) -> AsyncIterator[Session]:
    s = context_of(request).sessions()
    try:
        yield s
    finally:
        s.close()


Db = Annotated[Session, Depends(db_session)]


def secure(request: Request) -> bool:
    """Secure cookies under HTTPS (behind a proxy: uvicorn's --proxy-headers reads X-Forwarded-Proto)."""
    return request.url.scheme == "https"


def set_cookie(request: Request, name: str, value: str, *, max_age: int | None = None, http_only: bool = True) -> None:
    """Queue a cookie for the answer (the route class sets it, whatever the route returns)."""
    pending: list[dict[str, Any]] = getattr(request.state, "cabinet_cookies", [])
    pending.append({"key": name, "value": value, "max_age": max_age, "httponly": http_only, "samesite": "lax",
                    "secure": secure(request), "path": PREFIX})
    request.state.cabinet_cookies = pending


def clear_cookie(request: Request, name: str) -> None:
    set_cookie(request, name, "", max_age=0)


@dataclass
class Page:
    request: Request
    lang: str
    tr: NullTranslations
    keys: SessionKeys
    viewer: Viewer | None = None
    claims: SessionClaims | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def _(self, text: str) -> str:
        return self.tr.gettext(text)

    @property
    def ctx(self) -> CloudContext:
        return context_of(self.request)

    @property
    def csrf(self) -> str:
        if self.claims is not None:
            return self.keys.csrf(self.claims.sid)
        pre = self.request.cookies.get(PRE_COOKIE) or self.extra.get("pre", "")
        return self.keys.pre_csrf(pre) if pre else ""

    def render(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        path = self.request.url.path
        nav = [(href, self._(label)) for href, label, admin_only in NAV
               if self.viewer is not None and (self.viewer.is_admin or not admin_only)]
        html = TEMPLATES.get_template(template).render(
            _=self._, gettext=self._, lang=self.lang, languages=i18n.NAMES, viewer=self.viewer, csrf=self.csrf,
            nav=nav, path=path, prefix=PREFIX, **values)
        return HTMLResponse(html, status)

    def redirect(self, url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303)

    def check_csrf(self, form: dict[str, str]) -> None:
        given = form.get("csrf")
        if self.claims is not None:
            ok = self.keys.check(self.claims.sid, given)
        else:
            ok = self.keys.check(self.request.cookies.get(PRE_COOKIE, ""), given, pre=True)
        if not ok:
            raise CsrfRefused()


def _lang(request: Request) -> str:
    query = request.query_params.get("lang")
    lang = i18n.choose(query, request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
    if query in i18n.LANGUAGES:
        set_cookie(request, LANG_COOKIE, lang, max_age=365 * 24 * 3600)
    return lang


def bare_page(request: Request) -> Page:
    """A page with no one signed in (the sign-in, the error pages)."""
    lang = _lang(request)
    return Page(request, lang, i18n.translations(lang), keys_of(request))


def _signed_in(request: Request, db: Session) -> Page:
    page = bare_page(request)
    ctx = page.ctx
    now = ctx.now()
    claims = page.keys.verify(request.cookies.get(COOKIE), now)
    if claims is None:
        raise SignInNeeded()
    try:
        page.viewer = cabinet.viewer_of(db, claims.user_id, claims.company_id, claims.password_epoch)
    except NotAuthenticated:
        raise SignInNeeded() from None
    page.claims = claims
    if now.timestamp() - claims.seen >= TOUCH_AFTER.total_seconds():  # the idle clock starts again
        touched = SessionClaims(claims.user_id, claims.company_id, claims.password_epoch, claims.sid,
                                claims.signed_in, int(now.timestamp()))
        set_cookie(request, COOKIE, page.keys.issue(touched))
    return page


def signed_in(request: Request, db: Db) -> Page:
    return _signed_in(request, db)


def admin_page(request: Request, db: Db) -> tuple[Page, Admin]:
    """A page of the cabinet's admin part: a cashier gets 403 (services.cabinet.admin_of)."""
    page = _signed_in(request, db)
    assert page.viewer is not None
    return page, cabinet.admin_of(page.viewer)


SignedIn = Annotated[Page, Depends(signed_in)]
AdminPage = Annotated[tuple[Page, Admin], Depends(admin_page)]
BarePage = Annotated[Page, Depends(bare_page)]


def _error_page(request: Request, status: int, title: str, text: str) -> Response:
    page = bare_page(request)
    return page.render("error.html", status, title=page._(title), text=page._(text))


def _answer(request: Request, exc: Exception) -> Response:
    if isinstance(exc, SignInNeeded):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        nxt = quote(target, safe="/") if request.method == "GET" else quote(PREFIX + "/", safe="/")
        return RedirectResponse(f"{PREFIX}/sign-in?next={nxt}", status_code=303)
    if isinstance(exc, NotFound):
        return _error_page(request, 404, i18n.N_("Not found"), i18n.N_("There is no such page or record."))
    if isinstance(exc, AdminOnly):
        return _error_page(request, 403, i18n.N_("For administrators"),
                           i18n.N_("This page is open to the company's administrators only."))
    if isinstance(exc, CsrfRefused):
        return _error_page(request, 403, i18n.N_("The form has expired"),
                           i18n.N_("The form was not sent from this page or it has expired. Open the page again "
                                   "and repeat."))
    assert isinstance(exc, AlsepError)
    return _error_page(request, 400, i18n.N_("The request was refused"), i18n.N_("The request was refused."))


class PageRoute(APIRoute):
    """Every cabinet route: the services' errors become pages; the queued cookies and the
    security headers are set on whatever the route answers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                response = await handler(request)
            except (SignInNeeded, CsrfRefused, NotFound, AdminOnly) as exc:
                response = _answer(request, exc)
            for cookie in getattr(request.state, "cabinet_cookies", []):
                response.set_cookie(**cookie)
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            return response

        return page_handler
