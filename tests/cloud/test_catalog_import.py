"""POST /registers/{id}/products/import on the real cloud (PostgreSQL, and SQLite for the demo
store): all or nothing, a refused row named by row and field, one application per key, the
change feed carrying what changed, an admin token only."""

from __future__ import annotations

import uuid

from tests.cloud.support import CloudServer, Tenant


def _row(code: str, n: int, **over: object) -> dict:
    return {"row": n, "code": code, "name": f"Товар {code}", "price_tiyn": 100 * n, "vat_code": "none",
            "barcode": f"46{n:08d}", **over}


def _import(t: Tenant, reg: dict, rows: list[dict], key: str | None = None, expect: int = 200) -> dict:
    return t.ok("POST", f"/registers/{reg['id']}/products/import", expect,
                json={"key": key or uuid.uuid4().hex, "rows": rows, "source": "test.csv"})


def _products(t: Tenant, reg: dict) -> dict[str, dict]:
    return {p["code"]: p for p in t.ok("GET", f"/registers/{reg['id']}/products")}


def test_import_creates_updates_and_feeds_the_changes(cloud: CloudServer) -> None:
    t = cloud.tenant()
    reg = t.register()
    device = t.bind(reg)
    t.product(reg, "OLD", barcode="4600000099", price_tiyn=500)
    same = t.product(reg, "SAME", barcode="4600000098", price_tiyn=700, vat_code="none")
    cursor = device.get("/feed", params={"limit": 5000}).json()["next"]
    before = _products(t, reg)
    rows = [_row(f"N{i}", i) for i in range(1, 51)]
    rows.append(_row("OLD", 51, barcode="4600000099", price_tiyn=999))
    rows.append({k: same[k] for k in ("code", "name", "barcode", "price_tiyn", "vat_code", "group_code", "unit",
                                      "ntin", "marked", "editable_price", "markup_bp", "discount_bp")} | {"row": 52})
    out = _import(t, reg, rows)
    assert (out["rows"], out["created"], out["updated"], out["unchanged"], out["replayed"]) == (52, 50, 1, 1, False)
    after = _products(t, reg)
    assert after["OLD"]["price_tiyn"] == 999 and after["OLD"]["version"] == before["OLD"]["version"] + 1
    assert after["SAME"]["version"] == before["SAME"]["version"]  # unchanged: no new version
    assert after["N7"]["price_tiyn"] == 700 and after["N7"]["barcode"] == "4600000007"
    page = device.get("/feed", params={"after": cursor, "limit": 5000}).json()
    fed = {c["data"]["code"] for c in page["changes"] if c["kind"] == "product"}
    assert fed == {f"N{i}" for i in range(1, 51)} | {"OLD"}  # SAME not sent again
    seqs = [c["seq"] for c in page["changes"]]
    assert len(set(seqs)) == len(seqs)
    # a stale edit after the import names what the import changed
    r = t.api.patch(f"/products/{after['OLD']['id']}", json={"version": before["OLD"]["version"], "name": "x"})
    assert r.status_code == 409 and r.json()["params"]["changed"]["price_tiyn"] == 999


def test_a_refused_row_applies_nothing_and_names_row_and_field(cloud: CloudServer) -> None:
    t = cloud.tenant()
    reg = t.register()
    p = t.product(reg, "P1", barcode="4600000011")
    t.ok("POST", f"/registers/{reg['id']}/bundles", 201,
         json={"name": "Набор", "barcode": "4600000077", "items": [{"product_id": p["id"]}]})
    before = _products(t, reg)
    cases = [
        ([_row("A", 1), _row("B", 2, barcode="4600000077")], 2, "barcode"),  # a bundle's barcode
        ([_row("A", 1), _row("B", 2), _row("C", 3, barcode="4600000011")], 3, "barcode"),  # P1 keeps it
        ([_row("A", 4), _row("A", 9)], 9, "code"),  # the same code twice
        ([_row("A", 1), _row("B", 2, vat_code="77")], 2, "vat_code"),
        ([_row("A", 1), _row("B", 5, price_tiyn=-1)], 5, "price_tiyn"),
        ([_row("A", 1), _row("B", 6, ntin="12")], 6, "ntin"),
    ]
    for rows, row, field in cases:
        body = t.ok("POST", f"/registers/{reg['id']}/products/import", 422,
                    json={"key": uuid.uuid4().hex, "rows": rows})
        assert (body["params"]["row"], body["params"]["field"]) == (row, field), body
    assert _products(t, reg) == before


def test_a_barcode_moving_between_products_of_the_file_is_taken(cloud: CloudServer) -> None:
    t = cloud.tenant()
    reg = t.register()
    t.product(reg, "X", barcode="4600000001")
    t.product(reg, "Y", barcode="4600000002")
    _import(t, reg, [_row("X", 1, barcode="4600000002"), _row("Y", 2, barcode="4600000001"),
                     _row("Z", 3, barcode=None)])
    after = _products(t, reg)
    assert (after["X"]["barcode"], after["Y"]["barcode"], after["Z"]["barcode"]) == ("4600000002", "4600000001", None)


def test_the_same_key_applies_once(cloud: CloudServer) -> None:
    t = cloud.tenant()
    reg = t.register()
    key = uuid.uuid4().hex
    first = _import(t, reg, [_row("K1", 1), _row("K2", 2)], key=key)
    again = _import(t, reg, [_row("K1", 1, price_tiyn=1), _row("K3", 3)], key=key)
    assert first["replayed"] is False and again["replayed"] is True
    assert (again["created"], again["rows"]) == (2, 2)
    products = _products(t, reg)
    assert set(products) >= {"K1", "K2"} and "K3" not in products
    assert products["K1"]["price_tiyn"] == 100 and products["K1"]["version"] == 1


def test_admin_only_and_another_company_cannot_import(cloud_pg: CloudServer, tenant: Tenant, other: Tenant) -> None:
    reg = tenant.register()
    device = tenant.bind(reg)
    body = {"key": uuid.uuid4().hex, "rows": [_row("H", 1)]}
    r = device.post(f"/registers/{reg['id']}/products/import", json=body)
    assert r.status_code == 403 and r.json()["code"] == "auth.admin_only"
    r = other.api.post(f"/registers/{reg['id']}/products/import", json=body)
    assert r.status_code == 404
    assert "H" not in _products(tenant, reg)
    # B's own import with A's key is B's: A's key space is not B's
    mine = other.register()
    assert _import(other, mine, body["rows"], key=body["key"])["replayed"] is False


def test_a_malformed_import_is_refused_naming_the_field(cloud_pg: CloudServer, tenant: Tenant) -> None:
    reg = tenant.register()
    before = _products(tenant, reg)
    path = f"/registers/{reg['id']}/products/import"
    for body, field in (({"rows": [_row("A", 1)]}, "key"), ({"key": "k-1", "rows": {"code": "A"}}, "rows"),
                        ({"key": "bad key!", "rows": []}, "key")):
        r = tenant.api.post(path, json=body)
        assert r.status_code == 422 and r.json()["params"]["field"] == field, r.text
    r = tenant.api.post(path, content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "body"
    assert _products(tenant, reg) == before
