"""The mirror of one counter against the real cloud: catalog, users, deletions, revokes, resume."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from alsep_desktop.cloud_client.errors import MirrorCancelled
from alsep_desktop.store.models import Bundle, Product, Register, User
from tests.cloud.support import PASSWORD


def _products(ctx) -> dict[str, tuple]:
    with ctx.uow(read_only=True) as w:
        return {p.uuid: (p.code, p.name, p.price_tiyn, p.barcode) for p in w.session.scalars(select(Product))}


def test_catalog_users_and_register_reach_the_counter(tenant, counter, db_url) -> None:
    """On a SQLite file and on a PostgreSQL desktop store (several PCs of one shop share one)."""
    reg = tenant.register()
    p1 = tenant.product(reg, "A1", barcode="4600000000017", price_tiyn=12_345)
    p2 = tenant.product(reg, "A2")
    bundle = tenant.ok("POST", f"/registers/{reg['id']}/bundles", 201, json={
        "name": "set", "barcode": "2000000000015", "items": [{"product_id": p1["id"], "quantity_milli": 2000}]})
    cashier = tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"c.{tenant.tag.lower()}@example.kz",
                                                      "password": "cashier-pass", "role": "cashier"})
    ctx, engine = counter(tenant, reg, db_url=db_url)
    engine.sync_now(timeout=30)

    got = _products(ctx)
    assert got[p1["id"]] == ("A1", p1["name"], 12_345, "4600000000017")
    assert p2["id"] in got
    with ctx.uow(read_only=True) as w:
        local_reg = w.session.scalars(select(Register).where(Register.uuid == reg["id"])).one()
        assert local_reg.serial_number == reg["serial_number"]
        b = w.session.scalars(select(Bundle).where(Bundle.uuid == bundle["id"])).one()
        assert [(i.product.uuid, i.quantity_milli) for i in b.items] == [(p1["id"], 2000)]
        user = w.session.scalars(select(User).where(User.uuid == cashier["id"])).one()
        assert user.password_hash.startswith("$argon2") and not user.blocked
        email = user.email
    # the cashier signs in offline with the mirrored hash
    principal = ctx.auth.login(email, "cashier-pass")
    assert principal.email == email

    # edits, a deletion and a block come with the next round
    tenant.ok("PATCH", f"/products/{p1['id']}", json={"version": p1["version"], "price_tiyn": 47_000})
    tenant.ok("DELETE", f"/products/{p2['id']}", params={"version": p2["version"]})
    tenant.ok("PATCH", f"/users/{cashier['id']}", json={"version": cashier["version"], "blocked": True})
    engine.sync_now(timeout=30)
    got = _products(ctx)
    assert got[p1["id"]][2] == 47_000
    assert p2["id"] not in got
    with ctx.uow(read_only=True) as w:
        assert w.session.scalars(select(User).where(User.uuid == cashier["id"])).one().blocked
    status = engine.status()
    assert status.online and status.error_code is None and status.last_synced_at is not None


def test_first_mirror_reports_progress_and_resumes_after_cancel(tenant, counter) -> None:
    reg = tenant.register()
    made = [tenant.product(reg, f"C{i}") for i in range(30)]
    ctx, engine = counter(tenant, reg, page_size=7)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 14:
            cancel.set()

    with pytest.raises(MirrorCancelled):
        engine.first_mirror(progress, cancel)
    assert seen[0][1] >= 31  # 30 products, the register and the admin
    kept = len(_products(ctx))
    assert 0 < kept < 30
    seen.clear()
    engine.first_mirror(progress, threading.Event())
    assert seen[0][0] > 14  # resumed after the cancelled page, not from zero
    assert seen[-1][0] == seen[-1][1]
    in_cloud = {p["id"] for p in tenant.ok("GET", f"/registers/{reg['id']}/products")}
    assert {p["id"] for p in made} <= in_cloud
    assert set(_products(ctx)) == in_cloud
    assert PASSWORD  # the admin's hash came too: the admin can sign in here
    with ctx.uow(read_only=True) as w:
        assert w.session.scalars(select(User).where(User.email == tenant.email)).one()


def test_a_first_mirror_meeting_a_taken_barcode_redoes_the_page_carefully(tenant, counter, monkeypatch) -> None:
    from alsep_desktop.store.repositories.sync_mirror import MirrorWriter

    reg = tenant.register()
    made = tenant.product(reg, "M1", barcode="4600000000024")
    ctx, engine = counter(tenant, reg)
    engine.puller.ensure_bound(30)
    with ctx.uow() as w:  # a local product already holds the barcode (the fast path cannot know)
        register_id = w.session.scalars(select(Register.id).where(Register.uuid == reg["id"])).one()
        now = ctx.clock.now()
        w.session.add(Product(register_id=register_id, code="LOCAL", name="local", name_search="local",
                              barcode="4600000000024", price_tiyn=1, vat_code="16", created_at=now, updated_at=now))
        w.commit()
    monkeypatch.setattr(MirrorWriter, "has_products", staticmethod(lambda session, register_id: False))
    engine.sync_now(timeout=30)
    got = _products(ctx)
    assert got[made["id"]][3] == "4600000000024"
    with ctx.uow(read_only=True) as w:
        assert w.session.scalars(select(Product.barcode).where(Product.code == "LOCAL")).one() is None


def test_barcodes_swapped_in_the_cloud_are_swapped_here(tenant, counter) -> None:
    reg = tenant.register()
    a = tenant.product(reg, "W1", barcode="4600000000031")
    b = tenant.product(reg, "W2", barcode="4600000000048")
    ctx, engine = counter(tenant, reg)
    engine.sync_now(timeout=30)
    a = tenant.ok("PATCH", f"/products/{a['id']}", json={"version": a["version"], "barcode": "4600000000055"})
    b = tenant.ok("PATCH", f"/products/{b['id']}", json={"version": b["version"], "barcode": "4600000000031",
                                                         "code": "W9"})
    a = tenant.ok("PATCH", f"/products/{a['id']}", json={"version": a["version"], "barcode": "4600000000048",
                                                         "price_tiyn": 12_300})
    engine.sync_now(timeout=30)
    got = _products(ctx)
    assert got[a["id"]] == ("W1", a["name"], 12_300, "4600000000048")
    assert got[b["id"]] == ("W9", b["name"], b["price_tiyn"], "4600000000031")
