"""Drive the owner's cabinet over HTTP as a browser would: a cookie jar, the CSRF token and the
record's version read from the page's own form, urlencoded posts."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.cloud.support import PASSWORD, CloudServer, Tenant

CASHIER_PASSWORD = "cashier-pass-1"
_CSRF = re.compile(r'name="csrf" value="([^"]*)"')
_VERSION = re.compile(r'name="version" value="(\d+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def version_of(html: str) -> str:
    found = _VERSION.search(html)
    assert found, "no version field on the page"
    return found.group(1)


def alert_of(html: str) -> str:
    found = re.search(r'class="alert" role="alert">([^<]*)<', html)
    return found.group(1) if found else ""


class Cabinet:
    """One browser: its own cookies."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=30, follow_redirects=False)

    def close(self) -> None:
        self.http.close()

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.get(path, **kw)

    def post(self, path: str, data: dict[str, str], **kw: Any) -> httpx.Response:
        return self.http.post(path, data=data, **kw)

    def form(self, path: str) -> tuple[str, str]:
        """(csrf, version or "") of the form on the page at ``path``."""
        r = self.get(path)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
        found = _VERSION.search(r.text)
        return csrf_of(r.text), found.group(1) if found else ""

    def sign_in(self, company: str, email: str, password: str) -> httpx.Response:
        page = self.get("/cabinet/sign-in")
        assert page.status_code == 200
        return self.post("/cabinet/sign-in", {"csrf": csrf_of(page.text), "company": company, "email": email,
                                              "password": password, "next": "/cabinet/"})

    def signed_in(self, company: str, email: str, password: str = PASSWORD) -> Cabinet:
        r = self.sign_in(company, email, password)
        assert r.status_code == 303 and r.headers["location"] == "/cabinet/", (r.status_code, r.text[:300])
        return self


def cashier_of(tenant: Tenant, tag: str = "c") -> dict[str, Any]:
    email = f"{tag}.{tenant.tag.lower()}@example.kz"
    out: dict[str, Any] = tenant.ok("POST", "/users", 201, json={
        "email": email, "password": CASHIER_PASSWORD, "role": "cashier", "full_name": "Ерлан Сейітов"})
    return out


def cabinet_for(server: CloudServer, tenant: Tenant) -> Cabinet:
    return Cabinet(server.url).signed_in(tenant.iin_bin, tenant.email)
