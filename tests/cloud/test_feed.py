"""The change feed: paged, resumable at every page while the catalog keeps changing,
deletions as tombstones, users as argon2 hashes and revocations."""

from __future__ import annotations

import random
from typing import Any

import httpx
from argon2 import PasswordHasher

from tests.cloud.support import CloudServer, Tenant


class Mirror:
    """What the desktop keeps: records by kind and id, and the cursor."""

    def __init__(self) -> None:
        self.after = 0
        self.records: dict[str, dict[str, dict]] = {"product": {}, "bundle": {}, "user": {}, "register": {}}
        self.pages = 0

    def apply(self, page: dict[str, Any]) -> None:
        seqs = [c["seq"] for c in page["changes"]]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
        assert all(s > self.after for s in seqs)
        for c in page["changes"]:
            bucket = self.records[c["kind"]]
            if c["op"] == "upsert":
                bucket[c["id"]] = c["data"]
            else:
                bucket.pop(c["id"], None)
        self.after = page["next"]
        self.pages += 1

    def pull_one(self, device: httpx.Client, limit: int) -> bool:
        r = device.get("/feed", params={"after": self.after, "limit": limit})
        assert r.status_code == 200, r.text
        self.apply(r.json())
        return r.json()["has_more"]


def _server_state(tenant: Tenant, reg: dict) -> dict[str, set]:
    products = tenant.ok("GET", f"/registers/{reg['id']}/products")
    bundles = tenant.ok("GET", f"/registers/{reg['id']}/bundles")
    users = [u for u in tenant.ok("GET", "/users")
             if not u["blocked"] and (u["all_registers"] or reg["id"] in u["register_ids"])]
    return {
        "product": {(p["id"], p["version"], p["price_tiyn"], p["name"]) for p in products},
        "bundle": {(b["id"], b["version"], tuple(i["product_id"] for i in b["items"])) for b in bundles},
        "user": {(u["id"], u["version"]) for u in users},
    }


def _mirror_state(m: Mirror) -> dict[str, set]:
    return {
        "product": {(p["id"], p["version"], p["price_tiyn"], p["name"]) for p in m.records["product"].values()},
        "bundle": {(b["id"], b["version"], tuple(i["product_id"] for i in b["items"]))
                   for b in m.records["bundle"].values()},
        "user": {(u["id"], u["version"]) for u in m.records["user"].values()},
    }


def _mutate(tenant: Tenant, reg: dict, rnd: random.Random, n: int) -> None:
    products = tenant.ok("GET", f"/registers/{reg['id']}/products")
    action = rnd.choice(["create", "edit", "edit", "delete", "bundle", "user"])
    if action == "create" or len(products) < 3:
        tenant.product(reg, f"m{n}", barcode=f"77{n:06d}")
    elif action == "edit":
        p = rnd.choice(products)
        tenant.ok("PATCH", f"/products/{p['id']}", json={"version": p["version"], "price_tiyn": rnd.randint(1, 10**6)})
    elif action == "delete":
        p = rnd.choice(products)
        tenant.ok("DELETE", f"/products/{p['id']}", params={"version": p["version"]})
    elif action == "bundle":
        a, b = rnd.sample(products, 2)
        tenant.ok("POST", f"/registers/{reg['id']}/bundles", 201, json={
            "name": f"bundle {n}", "barcode": f"88{n:06d}", "items": [{"product_id": a["id"]}, {"product_id": b["id"]}]})
    else:
        users = [u for u in tenant.ok("GET", "/users") if u["id"] != tenant.admin_id]
        if users and rnd.random() < 0.6:
            u = rnd.choice(users)
            tenant.ok("PATCH", f"/users/{u['id']}", json={"version": u["version"], "blocked": not u["blocked"]})
        else:
            tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"u{n}.{tenant.tag}@example.kz", "password": "secret1"})


def test_feed_pages_resume_at_every_page_while_the_catalog_changes(cloud: CloudServer) -> None:
    tenant = cloud.tenant()
    reg = tenant.register()
    for i in range(12):
        tenant.product(reg, f"p{i}", barcode=f"1{i:05d}")
    tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"cashier.{tenant.tag}@example.kz", "password": "secret1"})
    device = tenant.bind(reg)
    rnd = random.Random(14)
    mirror = Mirror()
    n = 0
    while mirror.pull_one(device, limit=3):
        for _ in range(rnd.randint(0, 2)):  # changes land between every two pages
            n += 1
            _mutate(tenant, reg, rnd, n)
    for _ in range(10):
        n += 1
        _mutate(tenant, reg, rnd, n)
    while mirror.pull_one(device, limit=4):
        pass
    assert mirror.pages > 8
    assert _mirror_state(mirror) == _server_state(tenant, reg)
    settings = mirror.records["register"][reg["id"]]
    assert settings["company"]["id"] == tenant.company_id and settings["trade_point"]["name"]
    # a fresh register reading from zero in big pages ends in the same state
    fresh = Mirror()
    while fresh.pull_one(device, limit=1000):
        pass
    assert _mirror_state(fresh) == _mirror_state(mirror)
    # nothing new: an empty page, the cursor stays
    page = device.get("/feed", params={"after": mirror.after}).json()
    assert page["changes"] == [] and page["next"] == mirror.after and page["has_more"] is False


def test_deletions_come_as_tombstones_and_users_as_hashes_or_revocations(cloud: CloudServer) -> None:
    tenant = cloud.tenant()
    reg, other_reg = tenant.register(), tenant.register()
    p = tenant.product(reg, "1", barcode="500")
    device = tenant.bind(reg)
    cursor = device.get("/feed").json()["next"]
    everywhere = tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"all.{tenant.tag}@example.kz", "password": "pass-all"})
    elsewhere = tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"else.{tenant.tag}@example.kz", "password": "pass-else",
                                                       "all_registers": False, "register_ids": [other_reg["id"]]})
    tenant.ok("DELETE", f"/products/{p['id']}", params={"version": 1})
    page = device.get("/feed", params={"after": cursor}).json()
    by_id = {c["id"]: c for c in page["changes"]}
    assert by_id[p["id"]]["op"] == "delete" and by_id[p["id"]]["kind"] == "product"
    assert by_id[elsewhere["id"]]["op"] == "revoke"
    assert "password_hash" not in by_id[elsewhere["id"]]["data"]
    data = by_id[everywhere["id"]]["data"]
    assert by_id[everywhere["id"]]["op"] == "upsert" and data["password_hash"].startswith("$argon2id$")
    assert PasswordHasher().verify(data["password_hash"], "pass-all")
    assert "pass-all" not in str(page) and "pass-else" not in str(page)
    cursor = page["next"]
    tenant.ok("PATCH", f"/users/{everywhere['id']}", json={"version": 1, "blocked": True})
    tenant.ok("PATCH", f"/users/{elsewhere['id']}", json={"version": 1, "register_ids": [reg["id"], other_reg["id"]]})
    page = device.get("/feed", params={"after": cursor}).json()
    ops = {c["id"]: c["op"] for c in page["changes"]}
    assert ops == {everywhere["id"]: "revoke", elsewhere["id"]: "upsert"}


def test_settings_follow_company_trade_point_and_ofd_edits(cloud: CloudServer) -> None:
    tenant = cloud.tenant()
    reg = tenant.register()
    device = tenant.bind(reg)
    cursor = device.get("/feed", params={"limit": 1000}).json()["next"]
    company = tenant.ok("GET", "/company")
    tenant.ok("PATCH", "/company", json={"version": company["version"], "legal_address": "Астана"})
    tenant.ok("PATCH", f"/trade-points/{reg['trade_point_id']}", json={"version": 1, "address": "Абая 2"})
    current = tenant.ok("GET", f"/registers/{reg['id']}")
    tenant.ok("POST", f"/registers/{reg['id']}/ofd", json={"version": current["version"], "ofd_system_id": "671679",
                                                           "registration_number": "010100761567", "ofd_token": "777"})
    page = device.get("/feed", params={"after": cursor}).json()
    assert [c["kind"] for c in page["changes"]] == ["register"]  # one entry: the latest settings
    settings = page["changes"][0]["data"]
    assert settings["company"]["legal_address"] == "Астана" and settings["trade_point"]["address"] == "Абая 2"
    assert settings["ofd"] == {"system_id": "671679", "registration_number": "010100761567", "token": "777",
                               "token_updated_at": settings["ofd"]["token_updated_at"]}
    assert device.get("/device/register").json() == settings


def test_the_feed_of_one_register_only(cloud_pg: CloudServer, tenant: Tenant) -> None:
    a, b = tenant.register(), tenant.register()
    pa = tenant.product(a, "1")
    tenant.product(b, "1")
    device = tenant.bind(a)
    changes = device.get("/feed").json()["changes"]
    products = {c["id"] for c in changes if c["kind"] == "product"}
    assert pa["id"] in products and len(products) == 2  # its product and its free position
    assert {c["id"] for c in changes if c["kind"] == "register"} == {a["id"]}
    assert device.get("/feed", params={"register": a["id"]}).status_code == 200
    r = device.get("/feed", params={"register": b["id"]})
    assert r.status_code == 404 and r.json()["code"] == "not_found"
