"""A login is unique within its company, not across companies (decision 2051): company B never
learns that company A uses an address, the sign-in names the company, and each company's login
has its own password and lockout. A duplicate inside one company is that company's own data (409)."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import create_engine, text

from alsep_cloud.store.migrate import upgrade
from tests.cloud.support import ClockedCloudServer, CloudServer, Tenant, new_iin_bin
from tests.support.postgres import PostgresServer


def _login(server: CloudServer, company: str, email: str, password: str) -> httpx.Response:
    return httpx.post(server.url + "/auth/login", json={"company": company, "email": email, "password": password},
                      timeout=30)


def _user(t: Tenant, email: str, password: str, role: str = "admin") -> httpx.Response:
    return t.api.post("/users", json={"full_name": f"{t.tag} user", "email": email, "password": password,
                                      "role": role})


def test_b_creates_a_user_with_as_login_and_is_never_told_it_exists(cloud_pg: CloudServer) -> None:
    a, b = cloud_pg.tenant(), cloud_pg.tenant()
    shared = f"anna.{a.tag.lower()}@example.kz"
    assert _user(a, shared, "pass-of-a-1", "cashier").status_code == 201
    for login in (shared.upper(), a.email):  # A's cashier (spelt in capitals), A's own admin
        r = _user(b, login, "pass-of-b-1", "cashier")
        assert r.status_code == 201, r.text
        assert login.lower() not in str(r.json().get("params", ""))
    # inside one company the same login is still refused, naming it: the company's own data
    again = _user(b, shared, "pass-of-b-2")
    assert again.status_code == 409 and again.json()["code"] == "conflict.duplicate"
    assert again.json()["params"]["value"] == shared
    # each company lists its own user only
    a_users = {u["email"]: u["id"] for u in a.ok("GET", "/users")}
    b_users = {u["email"]: u["id"] for u in b.ok("GET", "/users")}
    assert a_users[shared] != b_users[shared]


def test_the_same_login_in_two_companies_signs_in_to_the_company_named(cloud_pg: CloudServer) -> None:
    a, b = cloud_pg.tenant(), cloud_pg.tenant()
    login = f"boss.{a.tag.lower()}@example.kz"
    assert _user(a, login, "pass-of-a-1").status_code == 201
    assert _user(b, login, "pass-of-b-1").status_code == 201
    in_a = _login(cloud_pg, a.iin_bin, login, "pass-of-a-1")
    in_b = _login(cloud_pg, b.iin_bin, login, "pass-of-b-1")
    assert in_a.status_code == in_b.status_code == 200
    assert in_a.json()["company_id"] == a.company_id and in_b.json()["company_id"] == b.company_id
    assert cloud_pg.client(in_b.json()["access_token"]).get("/company").json()["id"] == b.company_id
    # A's password does not open B's account, and an unknown company answers like a wrong password
    crossed = _login(cloud_pg, b.iin_bin, login, "pass-of-a-1")
    nowhere = _login(cloud_pg, new_iin_bin(), login, "pass-of-a-1")
    assert crossed.status_code == nowhere.status_code == 401
    assert crossed.json() == nowhere.json()
    assert crossed.json()["code"] == "auth.invalid_credentials"


@pytest.mark.parametrize("body, field", [
    ({"email": "a@b.kz", "password": "x"}, "company"),
    ({"company": "12345", "email": "a@b.kz", "password": "x"}, "company"),
])
def test_the_sign_in_must_name_the_company(cloud_pg: CloudServer, body: dict, field: str) -> None:
    r = httpx.post(cloud_pg.url + "/auth/login", json=body, timeout=30)
    assert r.status_code == 422 and r.json()["params"]["field"] == field


def test_the_lockout_is_kept_per_company_and_login(clocked: ClockedCloudServer) -> None:
    a, b = clocked.tenant(), clocked.tenant()
    login = f"lock.{a.tag.lower()}@example.kz"
    assert _user(a, login, "pass-of-a-1").status_code == 201
    assert _user(b, login, "pass-of-b-1").status_code == 201
    for _ in range(5):
        assert _login(clocked, a.iin_bin, login, "wrong").status_code == 401
    locked = _login(clocked, a.iin_bin, login, "pass-of-a-1")
    assert locked.status_code == 429 and locked.json()["code"] == "auth.locked"
    assert _login(clocked, b.iin_bin, login, "pass-of-b-1").status_code == 200  # B's login is not locked
    for _ in range(4):  # nor does B's failures count on A's
        _login(clocked, b.iin_bin, login, "wrong")
    clocked.clock.advance(clocked.config.lock_for)  # the cloud's clock past the lockout, not a sleep
    assert _login(clocked, a.iin_bin, login, "pass-of-a-1").status_code == 200
    assert _login(clocked, b.iin_bin, login, "pass-of-b-1").status_code == 200


def test_users_are_named_and_the_name_is_required(tenant: Tenant) -> None:
    r = tenant.api.post("/users", json={"email": f"n.{tenant.tag}@example.kz", "password": "secret1"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "full_name"
    r = tenant.api.post("/users", json={"full_name": "   ", "email": f"n.{tenant.tag}@example.kz", "password": "secret1"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "full_name"
    made = tenant.ok("POST", "/users", 201, json={"full_name": " Анна  Ли ", "email": f"n.{tenant.tag}@example.kz",
                                                  "password": "secret1"})
    assert made["full_name"] == "Анна Ли"
    r = tenant.api.patch(f"/users/{made['id']}", json={"version": made["version"], "full_name": None})
    assert r.status_code == 422 and r.json()["params"]["field"] == "full_name"
    renamed = tenant.ok("PATCH", f"/users/{made['id']}", json={"version": made["version"], "full_name": "Анна Ким"})
    assert renamed["full_name"] == "Анна Ким"


def _insert_user(conn, uid: str, company: str, email: str, name: str, now: str) -> None:  # noqa: ANN001
    conn.execute(text(
        "INSERT INTO user_account (id, company_id, email, password_hash, role, full_name, comment, blocked, deleted, "
        "all_registers, register_ids, failed_attempts, password_changed_at, version, seq, created_at, updated_at) "
        "VALUES (:u, :c, :e, 'x', 'cashier', :n, '', false, false, true, '[]', 0, :t, 1, 0, :t, :t)"),
        {"u": uid, "c": company, "e": email, "n": name, "t": now})


@pytest.mark.parametrize("backend", ["postgres", "sqlite"])
def test_migration_0004_names_users_and_makes_logins_per_company(backend: str, pg_server: PostgresServer,
                                                                 tmp_path) -> None:  # noqa: ANN001
    url = pg_server.create_database() if backend == "postgres" else f"sqlite:///{tmp_path / 'cloud.sqlite'}"
    engine = create_engine(url)
    try:
        upgrade(engine, "0003")
        now = "2026-12-01T10:00:00+00:00"
        with engine.begin() as conn:
            for cid, bin_ in (("c-a", "900101300011"), ("c-b", "900101300022")):
                conn.execute(text("INSERT INTO company (id, name, iin_bin, tax_regime, vat_payer, legal_address, "
                                  "address_kz, timezone, version, created_at, updated_at) VALUES (:i, :i, :b, "
                                  "'general', false, '', '', 'Asia/Almaty', 1, :t, :t)"), {"i": cid, "b": bin_, "t": now})
            _insert_user(conn, "u-1", "c-a", "u-1@example.kz", "", now)
            _insert_user(conn, "u-2", "c-a", "u-2@example.kz", "Әсел Қасымова", now)
        upgrade(engine, "0004")
        with engine.begin() as conn:
            names = dict(conn.execute(text("SELECT id, full_name FROM user_account")).all())
            assert names == {"u-1": "u-1@example.kz", "u-2": "Әсел Қасымова"}
            # the same login in another company is allowed now, not twice in one
            _insert_user(conn, "u-3", "c-b", "u-1@example.kz", "Анна", now)
        with pytest.raises(Exception, match="(?i)unique"), engine.begin() as conn:
            conn.execute(text("UPDATE user_account SET email = 'u-1@example.kz' WHERE id = 'u-2'"))
    finally:
        engine.dispose()
