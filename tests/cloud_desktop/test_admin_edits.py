"""``ctx.admin.current()`` with a cloud (the cloud services, decision 2130): every kind of edit goes to the cloud and comes back through the
mirror; roles are checked on this PC first; no sign-in, no edit; offline, no edit and nothing queued."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.cloud_client.admin_remote import CloudAuthRequired, CloudStaleEdit
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.roles import Role
from alsep_desktop.errors import PermissionDenied, ValidationError
from alsep_desktop.services.admin.cloud_line import CloudEditOffline, CloudOnly
from alsep_desktop.services.catalog import ProductDraft
from alsep_desktop.services.org import CompanyData
from tests.cloud.support import PASSWORD, CloudServer
from tests.cloud_desktop.support import BoundPc, bound_pc
from tests.support.postgres import PostgresServer


@pytest.fixture
def pc(cloud_server: CloudServer, tmp_path: Path) -> Iterator[BoundPc]:
    bound = bound_pc(cloud_server, tmp_path / "pc")
    yield bound
    bound.close()


def _admin(pc: BoundPc):  # noqa: ANN202
    return pc.ctx.auth.login(pc.tenant.email, PASSWORD)


def test_products_and_bundles_go_to_the_cloud_and_come_back(pc: BoundPc) -> None:
    edits, admin, rid = pc.ctx.admin.current(), _admin(pc), pc.register_id
    draft = ProductDraft(code="50", group_code="5", name="Сыр", barcode="4870005000509", price=Money(1_990_00),
                         vat_code="16", unit=Unit.KILOGRAM, editable_price=True)
    made = edits.catalog.add_product(admin, rid, draft).value
    local = pc.ctx.catalog.find_by_code(rid, "50")
    assert local is not None and local.uuid == made["id"] and local.price == Money(1_990_00)
    edits.catalog.update_product(admin, local.uuid, ProductDraft(code="50", group_code="5", name="Сыр твёрдый",
                                                         barcode="4870005000509", price=Money(2_100_00), vat_code="16",
                                                         unit=Unit.KILOGRAM, editable_price=True))
    assert pc.ctx.catalog.find_by_code(rid, "50").name == "Сыр твёрдый"
    assert pc.tenant.ok("GET", f"/products/{made['id']}")["price_tiyn"] == 2_100_00
    first = pc.ctx.catalog.find_by_code(rid, pc.products[0]["code"])
    edits.catalog.add_bundle(admin, rid, "Набор", "2999999999992", [(first.uuid, Quantity.of(2)), (local.uuid, Quantity.of(1))])
    bundle = next(b for b in pc.ctx.catalog.list_bundles(rid) if b.name == "Набор")
    edits.catalog.update_bundle(admin, bundle.uuid, "Набор большой", "2999999999992", [(first.uuid, Quantity.of(3))])
    assert [b.name for b in pc.ctx.catalog.list_bundles(rid)] == ["Набор большой"]
    edits.catalog.delete_bundle(admin, bundle.uuid)
    edits.catalog.delete_product(admin, local.uuid)
    assert pc.ctx.catalog.list_bundles(rid) == [] and pc.ctx.catalog.find_by_code(rid, "50") is None
    assert pc.tenant.api.get(f"/products/{made['id']}").status_code == 404


def test_company_trade_point_register_and_users_go_to_the_cloud_and_come_back(pc: BoundPc) -> None:
    edits, admin, ctx = pc.ctx.admin.current(), _admin(pc), pc.ctx
    company = ctx.admin.local.company.company(admin)
    data = company.data
    edits.company.update_company(admin, CompanyData(**{**{f: getattr(data, f) for f in data.__slots__},
                                               "name": "Новое имя", "legal_address": "г. Астана, ул. Кенесары, 2"}))
    assert ctx.admin.local.company.company(admin).data.name == "Новое имя"
    with pytest.raises(ValidationError):
        edits.company.update_company(admin, CompanyData(**{**{f: getattr(data, f) for f in data.__slots__},
                                                   "iin_bin": "000000000000"}))
    with pytest.raises(CloudOnly):
        edits.company.create_company(admin, data)
    tp = ctx.admin.local.trade_points.trade_points(admin)[0]
    edits.trade_points.update_trade_point(admin, tp.id, "Точка на Абая", "пр. Абая, 10", latitude=43_238_949, longitude=76_889_709)
    assert ctx.admin.local.trade_points.trade_points(admin)[0].name == "Точка на Абая"
    edits.registers.update_ofd(admin, pc.register_id, system_id="100001", registration_number="010100000001", token="555000",
                     vat_payer=True)
    reg = ctx.admin.local.registers.register(admin, pc.register_id)
    assert reg.ofd_system_id == "100001" and reg.has_token and reg.status == "active"
    cashier = edits.users.create_user(admin, f"cashier.{pc.tenant.tag.lower()}@example.kz", "kassa-pass-1", Role.CASHIER,
                                full_name="Кассир").value
    local = next(u for u in ctx.auth.list_users(admin) if u.email == cashier["email"])
    assert ctx.auth.login(cashier["email"], "kassa-pass-1").role is Role.CASHIER  # the hash came with the mirror
    edits.users.change_password(admin, local.id, "kassa-pass-2")
    assert ctx.auth.login(cashier["email"], "kassa-pass-2").email == cashier["email"]
    edits.users.set_blocked(admin, local.id, True)
    assert next(u for u in ctx.auth.list_users(admin) if u.id == local.id).blocked  # revoked by the feed
    with pytest.raises(ValidationError):
        edits.users.set_blocked(admin, admin.user_id, True)


def test_roles_are_checked_on_this_pc_first(pc: BoundPc) -> None:
    edits, admin = pc.ctx.admin.current(), _admin(pc)
    made = edits.users.create_user(admin, f"k.{pc.tenant.tag.lower()}@example.kz", "kassa-pass-1", Role.CASHIER,
                             full_name="Касса Тест").value
    cashier = pc.ctx.auth.login(made["email"], "kassa-pass-1")
    before = pc.tenant.ok("GET", f"/products/{pc.products[0]['id']}")
    with pytest.raises(PermissionDenied):
        edits.catalog.delete_product(cashier, pc.products[0]["id"])
    with pytest.raises(PermissionDenied):
        edits.line.sign_in(cashier, pc.tenant.email, PASSWORD)
    assert pc.tenant.ok("GET", f"/products/{pc.products[0]['id']}") == before


def test_no_sign_in_no_edit_and_offline_nothing_is_queued(cloud_server: CloudServer, pg_server: PostgresServer,
                                                          tmp_path: Path) -> None:
    own = CloudServer(pg_server.create_database())
    bound = bound_pc(own, tmp_path / "pc2")
    try:
        edits, admin = bound.ctx.admin.current(), _admin(bound)
        product = bound.products[0]
        draft = ProductDraft(code=product["code"], name="Новое", price=Money(1_00), vat_code="16",
                             barcode=product["barcode"])
        edits.cloud.logout()
        with pytest.raises(CloudAuthRequired):
            edits.catalog.update_product(admin, product["id"], draft)
        assert edits.line.sign_in(admin, bound.tenant.email, PASSWORD) == bound.tenant.email
        bound.ctx.sync.sync_now(timeout=10)
        own.stop()
        with pytest.raises(CloudEditOffline) as offline:
            edits.catalog.update_product(admin, product["id"], draft)
        assert offline.value.code == "cloud.edit_offline" and ":" in offline.value.params["since"]
        assert bound.ctx.catalog.find_by_code(bound.register_id, product["code"]).price == Money(product["price_tiyn"])
    finally:
        bound.close()
        own.stop()


def test_a_change_that_reached_the_mirror_after_the_dialog_opened_is_still_refused(pc: BoundPc) -> None:
    edits, admin, rid = pc.ctx.admin.current(), _admin(pc), pc.register_id
    product = pc.products[0]
    shown = pc.ctx.catalog.find_by_code(rid, product["code"])  # what the edit dialog showed
    pc.tenant.ok("PATCH", f"/products/{product['id']}", json={"version": product["version"], "name": "Чужое имя"})
    pc.ctx.sync.sync_now(timeout=10)  # the mirror caught up while the dialog was open
    assert pc.ctx.catalog.find_by_code(rid, product["code"]).name == "Чужое имя"
    draft = ProductDraft(code=shown.code, group_code=shown.group_code, name=shown.name, barcode=shown.barcode,
                         price=Money(9_99), vat_code=shown.vat.code, unit=shown.unit)
    with pytest.raises(CloudStaleEdit) as stale:
        edits.catalog.update_product(admin, shown.uuid, draft, seen=shown)
    assert stale.value.params["changed"] == {"name": "Чужое имя"}
    assert pc.tenant.ok("GET", f"/products/{product['id']}")["price_tiyn"] == product["price_tiyn"]
