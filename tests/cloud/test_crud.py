"""Company, trade points, users, registers, products and bundles: create, read, edit with
versions (a stale edit is refused naming what changed), delete, and validation errors."""

from __future__ import annotations

from tests.cloud.support import Tenant


def _stale(tenant: Tenant, path: str, body: dict) -> dict:
    r = tenant.api.patch(path, json=body)
    assert r.status_code == 409, r.text
    err = r.json()
    assert err["code"] == "conflict.stale_version"
    return err


def test_company_edit_with_versions_never_the_iin_bin(tenant: Tenant) -> None:
    company = tenant.ok("GET", "/company")
    assert company["version"] == 1
    edited = tenant.ok("PATCH", "/company", json={"version": 1, "name": "ТОО Ромашка", "oked": "47191",
                                                  "iban": "KZ35826A1KZTD2995246", "phone": "+7 747 094 71 50"})
    assert edited["version"] == 2 and edited["name"] == "ТОО Ромашка" and edited["iban"] == "KZ35826A1KZTD2995246"
    err = _stale(tenant, "/company", {"version": 1, "legal_address": "Алматы"})
    assert err["params"]["changed"] == {"name": "ТОО Ромашка", "oked": "47191", "iban": "KZ35826A1KZTD2995246",
                                        "phone": "+7 747 094 71 50"}
    assert err["params"]["current_version"] == 2 and "name" in err["message"]
    r = tenant.api.patch("/company", json={"version": 2, "iin_bin": "140740024931"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "iin_bin"
    r = tenant.api.patch("/company", json={"version": 2, "iban": "KZ00000"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "iban"
    r = tenant.api.patch("/company", json={"version": 2, "vat_payer": True})
    assert r.status_code == 422 and r.json()["params"]["field"] == "vat_number"
    assert tenant.ok("GET", "/company")["version"] == 2


def test_trade_points(tenant: Tenant) -> None:
    tp = tenant.ok("POST", "/trade-points", 201, json={"name": "Магазин на Абая", "address": "ул Манбаева, 78",
                                                       "latitude": 43_238_949, "longitude": 76_889_709})
    assert tenant.ok("GET", "/trade-points") == [tp]
    edited = tenant.ok("PATCH", f"/trade-points/{tp['id']}", json={"version": 1, "address_kz": "Абай к-сі"})
    err = _stale(tenant, f"/trade-points/{tp['id']}", {"version": 1, "name": "x"})
    assert err["params"]["changed"] == {"address_kz": "Абай к-сі"}
    r = tenant.api.patch(f"/trade-points/{tp['id']}", json={"version": 2, "latitude": None})
    assert r.status_code == 422 and r.json()["params"]["field"] == "latitude"
    r = tenant.api.post("/trade-points", json={"name": "Far", "latitude": 10_000_000, "longitude": 76_000_000})
    assert r.status_code == 422 and r.json()["params"]["field"] == "latitude"
    tenant.register(edited)
    r = tenant.api.delete(f"/trade-points/{tp['id']}", params={"version": 2})
    assert r.status_code == 409 and r.json()["code"] == "conflict.in_use"
    empty = tenant.trade_point("Пустая")
    assert tenant.ok("DELETE", f"/trade-points/{empty['id']}", params={"version": 1})["deleted"] is True
    assert tenant.api.get(f"/trade-points/{empty['id']}").status_code == 404
    assert [t["id"] for t in tenant.ok("GET", "/trade-points")] == [tp["id"]]


def test_users(tenant: Tenant) -> None:
    reg = tenant.register()
    user = tenant.ok("POST", "/users", 201, json={
        "email": f"Cashier.{tenant.tag}@Example.kz", "password": "cashier1", "full_name": "Айгуль",
        "iin": "140740024931", "birth_date": "1990-05-01", "all_registers": False, "register_ids": [reg["id"]]})
    assert user["email"] == f"cashier.{tenant.tag.lower()}@example.kz" and user["role"] == "cashier"
    assert "password" not in user and "password_hash" not in user
    assert {u["id"] for u in tenant.ok("GET", "/users")} == {tenant.admin_id, user["id"]}
    r = tenant.api.post("/users", json={"full_name": "Test User", "email": user["email"], "password": "cashier1"})
    assert r.status_code == 409 and r.json()["code"] == "conflict.duplicate" and r.json()["params"]["field"] == "email"
    r = tenant.api.post("/users", json={"full_name": "Test User", "email": f"x.{tenant.tag}@example.kz", "password": "123"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "password"
    r = tenant.api.post("/users", json={"full_name": "Test User", "email": f"y.{tenant.tag}@example.kz", "password": "123456", "register_ids": ["nope", reg["id"]]})
    assert r.status_code == 422 and r.json()["params"]["field"] == "register_ids" and r.json()["params"]["row"] == 0
    blocked = tenant.ok("PATCH", f"/users/{user['id']}", json={"version": 1, "blocked": True, "comment": "уволен"})
    err = _stale(tenant, f"/users/{user['id']}", {"version": 1, "full_name": "x"})
    assert err["params"]["changed"] == {"blocked": True, "comment": "уволен"}
    assert tenant.ok("DELETE", f"/users/{user['id']}", params={"version": blocked["version"]})["deleted"]
    assert tenant.api.get(f"/users/{user['id']}").status_code == 404
    again = tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": user["email"], "password": "cashier2"})
    assert again["id"] != user["id"]


def test_registers_and_ofd_data(tenant: Tenant) -> None:
    tp = tenant.trade_point()
    reg = tenant.ok("POST", "/registers", 201, json={"trade_point_id": tp["id"], "name": "ККМ №1"})
    assert reg["status"] == "new" and len(reg["serial_number"]) == 16 and reg["bound"] is False
    products = tenant.ok("GET", f"/registers/{reg['id']}/products")
    assert [(p["code"], p["group_code"], p["name"], p["barcode"], p["editable_price"]) for p in products] == [
        ("9999", "9.9", "Свободная позиция", "000000000000", True)]
    r = tenant.api.patch(f"/registers/{reg['id']}", json={"version": 1, "status": "active"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "status"
    active = tenant.ok("POST", f"/registers/{reg['id']}/ofd", json={
        "version": 1, "ofd_system_id": "671679", "registration_number": "010100761567", "ofd_token": "12345678",
        "vat_payer": True})
    assert active["status"] == "active" and active["ofd_token_set"] is True and "ofd_token" not in active
    err = _stale(tenant, f"/registers/{reg['id']}", {"version": 1, "name": "ККМ Булат"})
    changed = err["params"]["changed"]
    assert changed["status"] == "active" and changed["registration_number"] == "010100761567"
    assert changed["ofd_token_set"] is True and "12345678" not in str(err)
    r = tenant.api.post(f"/registers/{reg['id']}/ofd", json={"version": 2, "ofd_system_id": "abc",
                                                              "registration_number": "1", "ofd_token": "1"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "ofd_system_id"
    blocked = tenant.ok("PATCH", f"/registers/{reg['id']}", json={"version": 2, "status": "blocked"})
    assert blocked["status"] == "blocked"
    assert [x["id"] for x in tenant.ok("GET", "/registers")] == [reg["id"]]


def test_products(tenant: Tenant) -> None:
    reg = tenant.register()
    p = tenant.product(reg, "1", name="Молоко 1 л", barcode="4870001000011", price_tiyn=45_050, vat_code="16",
                       unit="112", ntin="4870001000011", marked=True, group_code="2", markup_bp=500,
                       discount_bp=1000, editable_price=True)
    assert (p["price_tiyn"], p["unit"], p["ntin"], p["marked"], p["markup_bp"]) == (45_050, "112", "4870001000011",
                                                                                    True, 500)
    edited = tenant.ok("PATCH", f"/products/{p['id']}", json={"version": 1, "price_tiyn": 47_000, "name": "Молоко"})
    assert edited["version"] == 2
    err = _stale(tenant, f"/products/{p['id']}", {"version": 1, "price_tiyn": 46_000})
    assert err["params"]["changed"] == {"price_tiyn": 47_000, "name": "Молоко"}
    assert "price_tiyn=47000" in err["message"]
    for body, field in (({"price_tiyn": 1.5}, "price_tiyn"), ({"price_tiyn": "100"}, "price_tiyn"),
                        ({"price_tiyn": -1}, "price_tiyn"), ({"vat_code": "13"}, "vat_code"),
                        ({"barcode": "12ab"}, "barcode"), ({"ntin": "123"}, "ntin"), ({"unit": "kg"}, "unit"),
                        ({"discount_bp": 10_001}, "discount_bp"), ({"bogus": 1}, "bogus")):
        r = tenant.api.post(f"/registers/{reg['id']}/products",
                            json={"code": "x", "name": "x", "price_tiyn": 1, "vat_code": "0", **body})
        assert r.status_code == 422 and r.json()["params"]["field"] == field, (body, r.text)
    r = tenant.api.post(f"/registers/{reg['id']}/products", json={"code": "1", "name": "dup", "price_tiyn": 1,
                                                                   "vat_code": "0"})
    assert r.status_code == 409 and r.json()["params"]["field"] == "code"
    r = tenant.api.post(f"/registers/{reg['id']}/products", json={"code": "2", "name": "dup", "price_tiyn": 1,
                                                                   "vat_code": "0", "barcode": "4870001000011"})
    assert r.status_code == 409 and r.json()["params"]["field"] == "barcode"
    other_reg = tenant.register()
    tenant.product(other_reg, "1", barcode="4870001000011")  # each register has its own catalog
    assert tenant.ok("DELETE", f"/products/{p['id']}", params={"version": 2})["deleted"]
    r = tenant.api.delete(f"/products/{p['id']}", params={"version": 3})
    assert r.status_code == 404
    tenant.product(reg, "1", barcode="4870001000011")  # code and barcode are free again


def test_bundles_and_product_deletion_takes_it_out(tenant: Tenant) -> None:
    reg = tenant.register()
    cream = tenant.product(reg, "10", barcode="100")
    perfume = tenant.product(reg, "11", barcode="101")
    bundle = tenant.ok("POST", f"/registers/{reg['id']}/bundles", 201, json={
        "name": "2 крема + 1 духи", "barcode": "200",
        "items": [{"product_id": cream["id"], "quantity_milli": 2000}, {"product_id": perfume["id"]}]})
    assert bundle["items"] == [{"product_id": cream["id"], "quantity_milli": 2000},
                               {"product_id": perfume["id"], "quantity_milli": 1000}]
    r = tenant.api.post(f"/registers/{reg['id']}/bundles", json={
        "name": "bad", "barcode": "201", "items": [{"product_id": cream["id"]}, {"product_id": "missing"}]})
    assert r.status_code == 422 and r.json()["params"] | {"errors": None} == {
        "field": "items.product_id", "row": 1, "reason": "no product missing on this register", "value": "missing",
        "errors": None}
    r = tenant.api.post(f"/registers/{reg['id']}/bundles", json={
        "name": "bad", "barcode": "202", "items": [{"product_id": cream["id"], "quantity_milli": 0}]})
    assert r.status_code == 422 and (r.json()["params"]["field"], r.json()["params"]["row"]) == (
        "items.quantity_milli", 0)
    r = tenant.api.post(f"/registers/{reg['id']}/bundles", json={"name": "dup", "barcode": "100",
                                                                  "items": [{"product_id": cream["id"]}]})
    assert r.status_code == 409 and r.json()["params"]["field"] == "barcode"
    renamed = tenant.ok("PATCH", f"/bundles/{bundle['id']}", json={"version": 1, "name": "Набор"})
    err = _stale(tenant, f"/bundles/{bundle['id']}", {"version": 1, "barcode": "300"})
    assert err["params"]["changed"] == {"name": "Набор"}
    tenant.ok("DELETE", f"/products/{perfume['id']}", params={"version": 1})
    after = tenant.ok("GET", f"/bundles/{bundle['id']}")
    assert after["items"] == [{"product_id": cream["id"], "quantity_milli": 2000}]
    assert after["version"] == renamed["version"] + 1
    tenant.ok("DELETE", f"/products/{cream['id']}", params={"version": 1})
    assert tenant.api.get(f"/bundles/{bundle['id']}").status_code == 404  # emptied bundles go too
    assert tenant.ok("GET", f"/registers/{reg['id']}/bundles") == []
