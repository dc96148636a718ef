"""Admin login, lockout, token expiry and revocation, and the two kinds of credential."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from alsep_cloud.api.app import api_routes
from alsep_cloud.auth.tokens import TokenSigner
from alsep_cloud.services.auth import epoch as password_epoch
from tests.cloud.support import PASSWORD, TOKEN_SECRET, ClockedCloudServer, CloudServer, Tenant


def _login(server: CloudServer, email: str, password: str, company: str | None = None) -> httpx.Response:
    """Sign in; ``company`` (BIN/IIN) defaults to the one company holding ``email`` (decision 2051)."""
    company = company if company is not None else server.company_of(email)
    return httpx.post(server.url + "/auth/login", json={"company": company, "email": email, "password": password},
                      timeout=30)


def test_login_gives_a_short_lived_bearer_token(cloud_pg: CloudServer, tenant: Tenant) -> None:
    r = _login(cloud_pg, tenant.email.upper(), PASSWORD)
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer" and body["company_id"] == tenant.company_id
    expires = datetime.fromisoformat(body["expires_at"])
    assert expires.tzinfo is not None
    assert timedelta(minutes=14) < expires - datetime.now(UTC) <= timedelta(minutes=15, seconds=5)
    assert cloud_pg.client(body["access_token"]).get("/company").json()["id"] == tenant.company_id


def test_wrong_password_and_unknown_login_look_the_same(cloud_pg: CloudServer, tenant: Tenant) -> None:
    a = _login(cloud_pg, tenant.email, "wrong-password")
    b = _login(cloud_pg, "nobody@example.kz", "wrong-password", tenant.iin_bin)
    assert a.status_code == b.status_code == 401
    assert a.json()["code"] == b.json()["code"] == "auth.invalid_credentials"


def test_lockout_after_five_failures_then_unlocks(clocked: ClockedCloudServer) -> None:
    tenant = clocked.tenant()
    for _ in range(5):
        assert _login(clocked, tenant.email, "wrong").json()["code"] == "auth.invalid_credentials"
    locked = _login(clocked, tenant.email, PASSWORD)  # even the right password is refused now
    assert locked.status_code == 429
    assert locked.json()["code"] == "auth.locked"
    lock_for = clocked.config.lock_for
    assert datetime.fromisoformat(locked.json()["params"]["until"]) == clocked.clock.now() + lock_for
    clocked.clock.advance(lock_for - timedelta(seconds=1))  # the cloud's clock, not a sleep
    assert _login(clocked, tenant.email, PASSWORD).status_code == 429  # a second before the end: still locked
    clocked.clock.advance(timedelta(seconds=1))
    assert _login(clocked, tenant.email, PASSWORD).status_code == 200


def test_a_token_expires_after_its_lifetime_by_the_clouds_clock(clocked: ClockedCloudServer) -> None:
    tenant = clocked.tenant()
    token = clocked.login(tenant.email, company=tenant.iin_bin)
    api = clocked.client(token)
    clocked.clock.advance(clocked.config.token_ttl - timedelta(seconds=1))
    assert api.get("/company").status_code == 200
    clocked.clock.advance(timedelta(seconds=1))
    r = api.get("/company")
    assert r.status_code == 401 and r.json()["code"] == "auth.token_expired"


def test_a_success_resets_the_failure_count(cloud_pg: CloudServer, tenant: Tenant) -> None:
    for _ in range(4):
        _login(cloud_pg, tenant.email, "wrong")
    assert _login(cloud_pg, tenant.email, PASSWORD).status_code == 200
    for _ in range(4):
        _login(cloud_pg, tenant.email, "wrong")
    assert _login(cloud_pg, tenant.email, PASSWORD).status_code == 200


def test_expired_forged_and_missing_tokens_are_refused(cloud_pg: CloudServer, tenant: Tenant) -> None:
    claims = tenant.api.get("/users").json()[0]
    epoch = password_epoch(datetime.fromisoformat(claims["password_changed_at"]))
    signer = TokenSigner((TOKEN_SECRET,), timedelta(minutes=15))
    old, _ = signer.issue(tenant.admin_id, tenant.company_id, epoch, datetime.now(UTC) - timedelta(minutes=16))
    r = cloud_pg.client(old).get("/company")
    assert r.status_code == 401 and r.json()["code"] == "auth.token_expired"
    fresh, _ = signer.issue(tenant.admin_id, tenant.company_id, epoch, datetime.now(UTC))
    assert cloud_pg.client(fresh).get("/company").status_code == 200
    forged, _ = TokenSigner(("another-secret",), timedelta(minutes=15)).issue(
        tenant.admin_id, tenant.company_id, epoch, datetime.now(UTC))
    for bad in (forged, fresh[:-2] + "xx", "garbage"):
        r = cloud_pg.client(bad).get("/company")
        assert r.status_code == 401 and r.json()["code"] == "auth.required"
    r = cloud_pg.client().get("/company")
    assert r.status_code == 401 and r.json()["code"] == "auth.required"


def test_cashiers_get_no_token_and_blocked_or_repassworded_admins_lose_theirs(cloud_pg: CloudServer,
                                                                              tenant: Tenant) -> None:
    tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"c.{tenant.tag}@example.kz", "password": "cashier1"})
    r = _login(cloud_pg, f"c.{tenant.tag}@example.kz", "cashier1")
    assert r.status_code == 403 and r.json()["code"] == "auth.admin_only"
    second = tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"a2.{tenant.tag}@example.kz", "password": "admin222",
                                                    "role": "admin"})
    token = cloud_pg.login(second["email"], "admin222")
    assert cloud_pg.client(token).get("/company").status_code == 200
    second = tenant.ok("PATCH", f"/users/{second['id']}", json={"version": second["version"], "password": "admin333"})
    assert cloud_pg.client(token).get("/company").status_code == 401  # the password change ended it
    token = cloud_pg.login(second["email"], "admin333")
    tenant.ok("PATCH", f"/users/{second['id']}", json={"version": second["version"], "blocked": True})
    assert cloud_pg.client(token).get("/company").status_code == 401
    r = _login(cloud_pg, second["email"], "admin333")
    assert r.status_code == 403 and r.json()["code"] == "auth.blocked"


def test_an_admin_cannot_block_or_demote_itself(tenant: Tenant) -> None:
    me = tenant.ok("GET", f"/users/{tenant.admin_id}")
    r = tenant.api.patch(f"/users/{tenant.admin_id}", json={"version": me["version"], "blocked": True})
    assert r.status_code == 422 and r.json()["params"]["field"] == "blocked"


def test_device_credentials_cannot_call_admin_endpoints_nor_tokens_device_ones(cloud_pg: CloudServer,
                                                                              tenant: Tenant) -> None:
    reg = tenant.register()
    device = tenant.bind(reg)
    assert device.get("/feed").status_code == 200
    admin_routes, device_routes = [], []
    for route in api_routes():
        if route.path in ("/health", "/auth/login"):
            continue
        names = {d.call.__name__ for d in route.dependant.dependencies}
        (device_routes if "device" in names else admin_routes).append(route)
    assert len(admin_routes) >= 25 and len(device_routes) == 7
    for route in admin_routes:
        for method in route.methods:
            path = route.path.format(**{p: reg["id"] for p in route.param_convertors})
            r = device.request(method, path, json={})
            assert r.status_code == 403 and r.json()["code"] == "auth.admin_only", (method, path, r.text)
    for route in device_routes:
        for method in route.methods:
            r = tenant.api.request(method, route.path, json={})
            assert r.status_code == 403 and r.json()["code"] == "auth.device_only", (method, route.path, r.text)
