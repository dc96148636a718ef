"""Binding a register to one device (seed 9.1, 9.5) and revoking its credential."""

from __future__ import annotations

from tests.cloud.support import CloudServer, Tenant


def test_bind_refuses_another_device_until_unbound(cloud_pg: CloudServer, tenant: Tenant) -> None:
    reg = tenant.register()
    out = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": "pc-kassa-1"})
    assert out["register"]["bound"] is True and out["register"]["device_id"] == "pc-kassa-1"
    device = cloud_pg.client(out["credential"])
    assert device.get("/device/register").json()["id"] == reg["id"]

    r = tenant.api.post(f"/registers/{reg['id']}/bind", json={"device_id": "pc-kassa-2"})
    assert r.status_code == 409
    err = r.json()
    assert err["code"] == "org.register_bound_elsewhere"
    assert err["params"]["ru"] == "Данный ККМ привязан к другому устройству"
    assert device.get("/device/register").status_code == 200  # the refusal changed nothing

    tenant.ok("POST", f"/registers/{reg['id']}/unbind")  # «Отвязать устройство»
    r = device.get("/feed")
    assert r.status_code == 401 and r.json()["code"] == "auth.required"  # revoked at once
    r = device.post("/uploads/cash-moves", json={"key": "k", "kind": "deposit", "shift_key": "s", "shift_number": 1,
                                                 "amount_tiyn": 100, "created_at": "2026-01-05T09:00:00+05:00"})
    assert r.status_code == 401
    second = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": "pc-kassa-2"})
    assert cloud_pg.client(second["credential"]).get("/feed").status_code == 200
    assert tenant.ok("GET", f"/registers/{reg['id']}")["device_id"] == "pc-kassa-2"


def test_the_same_device_binding_again_gets_a_new_credential(cloud_pg: CloudServer, tenant: Tenant) -> None:
    reg = tenant.register()
    first = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": "pc-1"})["credential"]
    second = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": "pc-1"})["credential"]
    assert first != second and first.startswith("alsep-dev.")
    assert cloud_pg.client(first).get("/feed").status_code == 401
    assert cloud_pg.client(second).get("/feed").status_code == 200


def test_credentials_are_stored_only_as_keyed_hashes(cloud_pg: CloudServer, tenant: Tenant) -> None:
    from sqlalchemy import select

    from alsep_cloud.auth.devices import credential_hash
    from alsep_cloud.store.tenant import Register
    from tests.cloud.support import PEPPER

    reg = tenant.register()
    credential = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": "pc-9"})["credential"]
    with cloud_pg.ctx.sessions() as s:
        stored = s.scalar(select(Register.device_credential_hash).where(Register.id == reg["id"]))
    assert stored == credential_hash(PEPPER, credential) and credential not in stored
    assert "credential" not in tenant.ok("GET", f"/registers/{reg['id']}")
