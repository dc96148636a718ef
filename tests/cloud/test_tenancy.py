"""A credential of one company never reads or writes another company's data: every route of
the app, enumerated, is called with company B's token (or device credential) aimed at company
A's records; each is refused or acts on B alone, and A's data is unchanged afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from alsep_cloud.api.app import api_routes
from tests.cloud.support import PASSWORD, CloudServer, Tenant
from tests.cloud.test_uploads import receipt

OWN = "own"  # allowed: acts on the caller's own company
W = dict[str, Any]
# (method, path) → list of (request kwargs builder, expected status or OWN)
Case = list[tuple[Callable[[W], dict], int | str]]
V = {"version": 1}


def _none(_: W) -> dict:
    return {}


def _q(**params: str) -> Callable[[W], dict]:
    return lambda w: {"params": {k: w[v] for k, v in params.items()}}


def _upload(kind: str) -> Callable[[W], dict]:
    return lambda w: {"json": w["docs"][kind]}  # the same key A used: B gets its own record, A's stays


CASES: dict[tuple[str, str], Case] = {
    ("GET", "/health"): [(_none, OWN)],
    ("POST", "/auth/login"): [(lambda w: {"json": {"company": w["b_bin"], "email": w["b_email"], "password": PASSWORD}},
                               OWN)],
    ("GET", "/company"): [(_none, OWN)],
    ("PATCH", "/company"): [(lambda w: {"json": {"version": w["a_company_version"], "name": "hacked"}}, OWN)],
    ("GET", "/trade-points"): [(_none, OWN)],
    ("POST", "/trade-points"): [(lambda w: {"json": {"name": "B point"}}, OWN)],
    ("GET", "/trade-points/{trade_point_id}"): [(_none, 404)],
    ("PATCH", "/trade-points/{trade_point_id}"): [(lambda w: {"json": {**V, "name": "hacked"}}, 404)],
    ("DELETE", "/trade-points/{trade_point_id}"): [(lambda w: {"params": V}, 404)],
    ("GET", "/users"): [(_none, OWN)],
    ("POST", "/users"): [(lambda w: {"json": {"full_name": "B user", "email": f"b.{uuid.uuid4().hex}@example.kz", "password": "secret1",
                                              "all_registers": False, "register_ids": [w["reg"]]}}, 422)],
    ("GET", "/users/{user_id}"): [(_none, 404)],
    ("PATCH", "/users/{user_id}"): [(lambda w: {"json": {**V, "blocked": True, "password": "taken-over"}}, 404)],
    ("DELETE", "/users/{user_id}"): [(lambda w: {"params": V}, 404)],
    ("GET", "/registers"): [(_none, OWN)],
    ("POST", "/registers"): [(lambda w: {"json": {"trade_point_id": w["tp"], "name": "B ККМ"}}, 404)],
    ("GET", "/registers/{register_id}"): [(_none, 404)],
    ("PATCH", "/registers/{register_id}"): [(lambda w: {"json": {"version": w["reg_version"], "status": "blocked"}}, 404)],
    ("POST", "/registers/{register_id}/ofd"): [(lambda w: {"json": {
        "version": w["reg_version"], "ofd_system_id": "1", "registration_number": "1", "ofd_token": "1"}}, 404)],
    ("POST", "/registers/{register_id}/bind"): [(lambda w: {"json": {"device_id": "thief"}}, 404)],
    ("POST", "/registers/{register_id}/unbind"): [(_none, 404)],
    ("GET", "/registers/{register_id}/products"): [(_none, 404)],
    ("POST", "/registers/{register_id}/products"): [(lambda w: {"json": {
        "code": "X1", "name": "hacked", "price_tiyn": 1, "vat_code": "0"}}, 404)],
    ("POST", "/registers/{register_id}/products/import"): [(lambda w: {"json": {"key": "tenancy-import", "rows": [
        {"code": "X1", "name": "hacked", "price_tiyn": 1, "vat_code": "0"}]}}, 404)],
    ("GET", "/products/{product_id}"): [(_none, 404)],
    ("PATCH", "/products/{product_id}"): [(lambda w: {"json": {**V, "price_tiyn": 1}}, 404)],
    ("DELETE", "/products/{product_id}"): [(lambda w: {"params": V}, 404)],
    ("GET", "/registers/{register_id}/bundles"): [(_none, 404)],
    ("POST", "/registers/{register_id}/bundles"): [(lambda w: {"json": {
        "name": "hacked", "barcode": "9191", "items": [{"product_id": w["product"]}]}}, 404)],
    ("GET", "/bundles/{bundle_id}"): [(_none, 404)],
    ("PATCH", "/bundles/{bundle_id}"): [(lambda w: {"json": {**V, "name": "hacked"}}, 404)],
    ("DELETE", "/bundles/{bundle_id}"): [(lambda w: {"params": V}, 404)],
    ("GET", "/sales"): [(_q(register="reg"), 404), (_q(trade_point="tp"), 404), (_q(**{}), OWN)],
    ("GET", "/dashboard"): [(_q(register="reg"), 404), (_q(trade_point="tp"), 404), (_q(**{}), OWN)],
    ("GET", "/shift-reports"): [(_q(register="reg"), 404), (_q(trade_point="tp"), 404), (_none, OWN)],
    ("GET", "/cash-moves"): [(_q(register="reg"), 404), (_q(trade_point="tp"), 404), (_none, OWN)],
    ("GET", "/terminal-operations"): [(_q(register="reg"), 404), (_q(trade_point="tp"), 404), (_none, OWN)],
    ("GET", "/terminal-operations/summary"): [(_q(register="reg"), 404), (_q(trade_point="tp"), 404), (_none, OWN)],
    # device routes, called with B's device credential
    ("GET", "/device/register"): [(_none, OWN)],
    ("GET", "/feed"): [(_q(register="reg"), 404), (_none, OWN)],
    ("POST", "/uploads/receipts"): [(_upload("receipts"), OWN)],
    ("POST", "/uploads/returns"): [(_upload("returns"), OWN)],
    ("POST", "/uploads/shift-reports"): [(_upload("shift-reports"), OWN)],
    ("POST", "/uploads/cash-moves"): [(_upload("cash-moves"), OWN)],
    ("POST", "/uploads/terminal-operations"): [(_upload("terminal-operations"), OWN)],
}


def _world(a: Tenant) -> W:
    tp = a.trade_point()
    reg = a.register(tp)
    product = a.product(reg, "1", barcode="4242")
    bundle = a.ok("POST", f"/registers/{reg['id']}/bundles", 201,
                  json={"name": f"{a.tag} bundle", "barcode": "4343", "items": [{"product_id": product["id"]}]})
    user = a.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"cashier.{a.tag}@example.kz", "password": "secret1"})
    device = a.bind(reg, "a-device")
    when = "2026-03-02T10:00:00+05:00"
    docs = {
        "receipts": receipt(), "returns": receipt(operation="sale_return", original_key="sale"),
        "shift-reports": {"key": f"s-{uuid.uuid4()}", "kind": "open", "shift_key": "s", "shift_number": 1,
                          "created_at": when},
        "cash-moves": {"key": f"m-{uuid.uuid4()}", "kind": "deposit", "shift_key": "s", "shift_number": 1,
                       "amount_tiyn": 500, "created_at": when},
        "terminal-operations": {"key": f"t-{uuid.uuid4()}", "kind": "payment", "status": "approved",
                                "amount_tiyn": 500, "created_at": when},
    }
    for kind, body in docs.items():
        assert device.post(f"/uploads/{kind}", json=body).status_code == 201
    return {"tp": tp["id"], "reg": reg["id"], "reg_version": a.ok("GET", f"/registers/{reg['id']}")["version"],
            "product": product["id"], "bundle": bundle["id"], "user": user["id"], "device": device, "docs": docs,
            "a_company_version": a.ok("GET", "/company")["version"]}


def _snapshot(a: Tenant, w: W) -> dict:
    period = {"date_from": "2026-03-01", "date_to": "2026-03-03"}
    out = {path: a.ok("GET", path) for path in ("/company", "/trade-points", "/users", "/registers")}
    out["products"] = a.ok("GET", f"/registers/{w['reg']}/products")
    out["bundles"] = a.ok("GET", f"/registers/{w['reg']}/bundles")
    for path in ("/sales", "/dashboard", "/shift-reports", "/cash-moves", "/terminal-operations",
                 "/terminal-operations/summary"):
        out[path] = a.ok("GET", path, params=period)
    out["feed"] = w["device"].get("/feed", params={"limit": 1000}).json()
    return out


def test_every_route_refuses_another_companys_data(cloud_pg: CloudServer) -> None:
    a, b = cloud_pg.tenant(), cloud_pg.tenant()
    w = _world(a)
    w["b_email"], w["b_bin"] = b.email, b.iin_bin
    b_device = b.bind(b.register())
    before = _snapshot(a, w)
    secrets = [a.company_id, a.admin_id, a.tag, w["tp"], w["reg"], w["product"], w["bundle"], w["user"]]
    routes = {(m, r.path): r for r in api_routes() for m in r.methods}
    openapi = {(m.upper(), p) for p, ops in b.ok("GET", "/openapi.json")["paths"].items() for m in ops}
    assert set(routes) == openapi == set(CASES), "a route without a tenancy case (or a stale case)"
    ids = {"trade_point_id": w["tp"], "register_id": w["reg"], "product_id": w["product"], "bundle_id": w["bundle"],
           "user_id": w["user"]}
    for (method, template), route in sorted(routes.items()):
        is_device = any(d.call.__name__ == "device" for d in route.dependant.dependencies)
        client = b_device if is_device else b.api
        path = template.format(**ids)
        for build, expected in CASES[(method, template)]:
            kwargs = build(w)
            r = client.request(method, path, **kwargs)
            where = (method, path, kwargs.get("params"), r.status_code, r.text[:300])
            if expected == OWN:
                assert r.status_code < 300, where
            else:
                assert r.status_code == expected, where
            sent = path + repr(kwargs)
            leaked = [s for s in secrets if s in r.text and s not in sent]
            assert not leaked, (where, leaked)
    assert _snapshot(a, w) == before


@pytest.mark.parametrize("path", ["/company", "/users", "/registers", "/trade-points"])
def test_lists_hold_only_the_callers_company(cloud_pg: CloudServer, path: str) -> None:
    a, b = cloud_pg.tenant(), cloud_pg.tenant()
    a.register()
    b.register()
    assert a.tag not in b.api.get(path).text and b.tag not in a.api.get(path).text
