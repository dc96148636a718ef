"""Admin services on SQLite and PostgreSQL: admin-only, audited, BIN frozen."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.roles import Role
from alsep_desktop.errors import PermissionDenied, ValidationError
from alsep_desktop.services.admin.records import MODEL_NAME, BinImmutable
from alsep_desktop.services.catalog import DuplicateProduct, ProductDraft
from alsep_desktop.services.org import CompanyData, CompanyExists
from alsep_desktop.services.passport import passport_lines, passport_pdf
from alsep_desktop.store.models import AuditEntry


def _audit(ctx) -> list[AuditEntry]:
    with ctx.uow() as uow:
        rows = list(uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        uow.session.expunge_all()
        return rows


def test_company_update_keeps_bin_and_is_audited(ctx, env) -> None:
    info = ctx.admin.local.company.company(env.admin)
    assert info is not None and info.data.iin_bin == "260101500004"
    new = replace(info.data, name="Новое имя", phone="+7 701 111 11 11", iban="KZ35826A1KZTD2995246")
    ctx.admin.local.company.update_company(env.admin, new)
    assert ctx.admin.local.company.company(env.admin).data.name == "Новое имя"
    last = _audit(ctx)[-1]
    assert (last.action, last.entity) == ("update", "company")
    assert json.loads(last.details)["fields"] == ["iban", "name", "phone"]
    with pytest.raises(BinImmutable):
        ctx.admin.local.company.update_company(env.admin, replace(new, iin_bin="900101300017"))
    with pytest.raises(ValidationError) as e:
        ctx.admin.local.company.update_company(env.admin, replace(new, iban="KZ00826A1KZTD2995246"))
    assert e.value.field == "iban"
    with pytest.raises(PermissionDenied):
        ctx.admin.local.company.update_company(env.cashier, new)


def test_create_company_from_the_admin_tab(ctx) -> None:
    admin_info = ctx.auth.create_user(None, "boss@shop.kz", "secret1", Role.ADMIN, full_name="Boss")
    admin = ctx.auth.login("boss@shop.kz", "secret1")
    assert admin_info.value.id == admin.user_id and admin.company_id is None
    assert ctx.admin.local.company.company(admin) is None
    cid = ctx.admin.local.company.create_company(admin, CompanyData(name="Дүкен", iin_bin="260101500004")).value
    with ctx.uow() as uow:
        assert uow.users.get(admin.user_id).company_id == cid
    with pytest.raises(CompanyExists):
        ctx.admin.local.company.create_company(admin, CompanyData(name="Второй", iin_bin="900101300017"))


def test_trade_points_list_and_edit(ctx, env) -> None:
    [tp] = ctx.admin.local.trade_points.trade_points(env.admin)
    assert tp.registers == 1 and (tp.latitude, tp.longitude) == (43_238_949, 76_889_709)
    assert tp.coordinates == "43.238949, 76.889709"
    ctx.admin.local.trade_points.update_trade_point(env.admin, tp.id, "Магазин №2", "ул. Сейфуллина, 5", latitude=43_250_000,
                                 longitude=76_950_000)
    [tp] = ctx.admin.local.trade_points.trade_points(env.admin)
    assert (tp.name, tp.address, tp.coordinates) == ("Магазин №2", "ул. Сейфуллина, 5", "43.250000, 76.950000")
    with pytest.raises(PermissionDenied):
        ctx.admin.local.trade_points.trade_points(env.cashier)


def test_registers_passport_and_token(ctx, env) -> None:
    [reg] = ctx.admin.local.registers.registers(env.admin)
    assert reg.active and reg.has_token and reg.serial_number.isdigit() and len(reg.serial_number) == 16
    new_id = ctx.org.create_register(env.admin, reg.trade_point_id, "ККМ №2", 2025).value
    fresh = ctx.admin.local.registers.register(env.admin, new_id)
    assert fresh.status == "new" and not fresh.has_token
    p = ctx.admin.local.registers.passport(env.admin, new_id)
    assert (p.serial_number, p.year_of_manufacture, p.model_name) == (fresh.serial_number, 2025, MODEL_NAME)
    assert ("БИН/ИИН", "260101500004") in passport_lines(p)
    pdf = passport_pdf(p)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    ctx.admin.local.registers.update_token(env.admin, reg.id, "new-secret-token")
    with ctx.uow() as uow:  # the value lives in the secrets store; the row names it (decision 0013)
        row = uow.org.register(reg.id)
        assert row.ofd_token is None and uow.secret(row.ofd_token_ref) == "new-secret-token"
    assert all("new-secret-token" not in (a.details or "") for a in _audit(ctx))
    with pytest.raises(ValidationError):
        ctx.admin.local.registers.update_token(env.admin, reg.id, "  ")
    with pytest.raises(PermissionDenied):
        ctx.admin.local.registers.passport(env.cashier, reg.id)


def test_bundle_edit_and_delete(ctx, env) -> None:
    rid = env.register_id
    [bundle] = ctx.admin.local.catalog.bundles(env.admin, rid)
    products = {p.code: p for p in ctx.catalog.list_products(rid)}
    ctx.admin.local.catalog.update_bundle(env.admin, bundle.uuid, "Хлеб ×2 + чай", "2999999999993",
                            [(products["1"].uuid, Quantity.of(2)), (products["6"].uuid, Quantity.of(1))])
    [b] = ctx.admin.local.catalog.bundles(env.admin, rid)
    assert (b.name, b.barcode) == ("Хлеб ×2 + чай", "2999999999993")
    assert [(p.code, q.milli) for p, q in b.items] == [("1", 2000), ("6", 1000)]
    with pytest.raises(DuplicateProduct):
        ctx.admin.local.catalog.update_bundle(env.admin, b.uuid, "x", products["2"].barcode, [(products["1"].uuid, Quantity.of(1))])
    with pytest.raises(ValidationError):
        ctx.admin.local.catalog.update_bundle(env.admin, b.uuid, "x", "12a", [(products["1"].uuid, Quantity.of(1))])
    with pytest.raises(PermissionDenied):
        ctx.admin.local.catalog.delete_bundle(env.cashier, b.uuid)
    ctx.admin.local.catalog.delete_bundle(env.admin, b.uuid)
    assert ctx.admin.local.catalog.bundles(env.admin, rid) == []
    assert _audit(ctx)[-1].action == "delete"


def test_product_validation_through_catalog(ctx, env) -> None:
    draft = ProductDraft(code="50", name="Тест", price=Money(-1), vat_code="16")
    with pytest.raises(ValidationError) as e:
        ctx.catalog.add_product(env.admin, env.register_id, draft)
    assert e.value.field == "price"
