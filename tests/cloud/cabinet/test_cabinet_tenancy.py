"""Every route of the cabinet, collected from the app (a new page is covered without editing this
file): company B's admin gets 404 for each of company A's records and its own data for the rest,
A's data unchanged; a cashier gets 403 on every admin page; a post without the session's CSRF
token, or with a wrong one, is refused; every answer carries the security headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from alsep_cloud.web import cabinet_routes, pages
from tests.cloud.cabinet.support import CASHIER_PASSWORD, Cabinet, cabinet_for, cashier_of, csrf_of
from tests.cloud.support import CloudServer, Tenant

ROUTES = sorted((m, r.path) for r in cabinet_routes() for m in r.methods)
#: what each form route is sent (B's attempt at A's record, or B's own create)
BODIES: dict[str, dict[str, str]] = {
    "/cabinet/company": {"name": "hacked", "tax_regime": "general"},
    "/cabinet/trade-points": {"name": "B point"},
    "/cabinet/trade-points/{point_id}": {"name": "hacked"},
    "/cabinet/users": {"email": "b.user@example.kz", "password": "secret12", "full_name": "B user", "role": "cashier"},
    "/cabinet/users/{user_id}": {"full_name": "hacked", "role": "admin"},
    "/cabinet/users/{user_id}/password": {"password": "taken-over"},
}


def _calls(dependant: Any) -> Iterator[object]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _calls(sub)


def _is_admin(path: str, method: str) -> bool:
    [route] = [r for r in cabinet_routes() if r.path == path and method in r.methods]
    return pages.admin_page in set(_calls(route.dependant))


ADMIN_ROUTES = [(m, p) for m, p in ROUTES if _is_admin(p, m)]
POSTS = [(m, p) for m, p in ROUTES if m == "POST"]


@pytest.fixture(scope="module")
def world(cloud_pg: CloudServer) -> Iterator[dict[str, Any]]:
    a, b = cloud_pg.tenant(), cloud_pg.tenant()
    point = a.trade_point()
    cashier = cashier_of(a)
    yield {"a": a, "b": b, "point": point["id"], "cashier": cashier}


def _fill(path: str, w: dict[str, Any]) -> str:
    ids = {"point_id": w["point"], "user_id": w["cashier"]["id"], "name": "cabinet.css", "rest": "no/such/page"}
    names = [n.split(":")[0] for n in re.findall(r"{([\w:]+)}", path)]
    assert set(names) <= set(ids), f"a cabinet route with a parameter this test does not know: {path}"
    for name in re.findall(r"{([\w:]+)}", path):
        path = path.replace("{" + name + "}", ids[name.split(":")[0]])
    return path


def _snapshot(a: Tenant) -> dict[str, Any]:
    return {p: a.ok("GET", p) for p in ("/company", "/trade-points", "/users")}


def test_every_route_of_the_app_is_enumerated() -> None:
    assert ("GET", "/cabinet/company") in ROUTES and ("POST", "/cabinet/users/{user_id}/block") in ROUTES
    assert set(ADMIN_ROUTES) >= {("GET", "/cabinet/users"), ("POST", "/cabinet/company")}


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_company_b_never_reaches_company_a(cloud_pg: CloudServer, world: dict[str, Any], method: str, path: str) -> None:
    a, b = world["a"], world["b"]
    before = _snapshot(a)
    cab = cabinet_for(cloud_pg, b)
    try:
        url = _fill(path, world)
        if method == "GET":
            r = cab.get(url)
        else:
            csrf, _ = cab.form("/cabinet/users")
            data = {"csrf": csrf, "version": "1", **BODIES.get(path, {})}
            if path == "/cabinet/sign-in":
                data = {"csrf": csrf_of(Cabinet(cloud_pg.url).get("/cabinet/sign-in").text)}
            r = cab.post(url, data)
        has_id = bool(re.search(r"{(point_id|user_id|rest:path)}", path))  # a record of A's, or no page at all
        if has_id:
            assert r.status_code == 404, (method, path, r.status_code, r.text[:300])
        else:
            assert r.status_code in (200, 303, 403, 409, 422), (method, path, r.status_code, r.text[:300])
        for secret in (a.tag, world["point"], world["cashier"]["id"], world["cashier"]["email"], a.iin_bin):
            if secret not in url:  # the address B typed comes back in the page's own links
                assert secret not in r.text, (method, path, "shows company A's data")
        assert _snapshot(a) == before, (method, path, "changed company A's data")
    finally:
        cab.close()


@pytest.mark.parametrize(("method", "path"), ADMIN_ROUTES)
def test_a_cashier_is_refused_every_admin_page(cloud_pg: CloudServer, world: dict[str, Any], method: str,
                                               path: str) -> None:
    a = world["a"]
    before = _snapshot(a)
    cab = Cabinet(cloud_pg.url).signed_in(a.iin_bin, world["cashier"]["email"], CASHIER_PASSWORD)
    try:
        home = cab.get("/cabinet/")
        assert home.status_code == 200 and "/cabinet/users" not in home.text  # no admin link either
        url = _fill(path, world)
        if method == "GET":
            r = cab.get(url)
        else:
            r = cab.post(url, {"csrf": csrf_of(home.text), "version": "1", **BODIES.get(path, {})})
        assert r.status_code == 403, (method, path, r.status_code)
        assert _snapshot(a) == before
    finally:
        cab.close()


@pytest.mark.parametrize(("method", "path"), POSTS)
@pytest.mark.parametrize("token", ["", "forged-token"])
def test_a_post_without_the_sessions_csrf_token_is_refused(cloud_pg: CloudServer, world: dict[str, Any],
                                                           method: str, path: str, token: str) -> None:
    a = world["a"]
    before = _snapshot(a)
    cab = cabinet_for(cloud_pg, a)
    try:
        data = {"version": str(before["/company"]["version"]), **BODIES.get(path, {})}
        if path == "/cabinet/sign-in":
            data.update(company=a.iin_bin, email=a.email, password="admin-pass-1")
        if token:
            data["csrf"] = token
        r = cab.post(_fill(path, world), data)
        assert r.status_code == 403, (path, r.status_code, r.text[:200])
        assert _snapshot(a) == before
        assert cab.get("/cabinet/company").status_code == 200  # the sign-out without a token did nothing
    finally:
        cab.close()


def test_another_sessions_token_is_no_token(cloud_pg: CloudServer, world: dict[str, Any]) -> None:
    a = world["a"]
    one, two = cabinet_for(cloud_pg, a), cabinet_for(cloud_pg, a)
    try:
        csrf, version = one.form("/cabinet/company")
        r = two.post("/cabinet/company", {"csrf": csrf, "version": version, "name": "other session", "tax_regime": "general"})
        assert r.status_code == 403
    finally:
        one.close()
        two.close()


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p in ROUTES if m == "GET"])
def test_every_answer_carries_the_security_headers(cloud_pg: CloudServer, world: dict[str, Any], method: str,
                                                   path: str) -> None:
    cab = cabinet_for(cloud_pg, world["a"])
    try:
        for client in (cab, Cabinet(cloud_pg.url)):  # signed in, and a stranger (redirected)
            r = client.get(_fill(path, world))
            csp = r.headers.get("content-security-policy", "")
            assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["referrer-policy"] == "same-origin"
            assert r.headers["x-frame-options"] == "DENY"
    finally:
        cab.close()
