"""Store + services on both backends: a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.domain.errors import UnknownVatRate
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.roles import Role
from alsep_desktop.errors import PermissionDenied, ValidationError
from alsep_desktop.services.auth import (
    AccountBlocked,
    AccountLocked,
    DuplicateUser,
    InvalidCredentials,
)
from alsep_desktop.services.catalog import DuplicateProduct, ProductDraft
from alsep_desktop.services.org import CompanyData, CompanyExists
from alsep_desktop.store import migrate
from alsep_desktop.store.models import AuditEntry, Product, User


def _count(ctx, model) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)))


def test_migrations_reach_head_and_roll_back(ctx) -> None:
    assert migrate.current_revision(ctx.engine) == migrate.head_revision()
    migrate.downgrade(ctx.engine, "base")
    assert migrate.current_revision(ctx.engine) is None
    migrate.upgrade(ctx.engine)
    assert migrate.is_up_to_date(ctx.engine)


def test_demo_company_end_to_end(ctx) -> None:
    ids = ensure_demo(ctx)
    assert ensure_demo(ctx) == ids  # idempotent
    products = ctx.catalog.list_products(ids.register_id)
    free = [p for p in products if p.code == "9999"]
    assert len(free) == 1 and free[0].name == "Свободная позиция" and free[0].group_code == "9.9"
    assert free[0].editable_price and free[0].price.tiyn == 0
    with ctx.uow() as uow:
        reg = uow.org.register(ids.register_id)
        assert reg.status == "active" and len(reg.serial_number) == 16 and reg.serial_number.isdigit()
        assert reg.created_at.tzinfo is not None


def test_barcode_lookup_search_and_bundles(ctx) -> None:
    ids = ensure_demo(ctx)
    milk = ctx.catalog.find_by_barcode(ids.register_id, "4870001000029")
    assert milk is not None and milk.name == "Молоко 2,5% 1 л" and milk.price == Money(52000)
    assert milk.vat.code == "16"
    assert ctx.catalog.find_by_barcode(ids.register_id, "0000") is None
    assert ctx.catalog.find_by_code(ids.register_id, "7").name == "Сахар 1 кг"
    names = [p.name for p in ctx.catalog.search(ids.register_id, "МОЛОКО")]
    assert names == ["Молоко 2,5% 1 л"]
    assert ctx.catalog.search(ids.register_id, "4870001000081")[0].code == "8"
    assert ctx.catalog.search(ids.register_id, "_") == []  # LIKE wildcards are literal
    assert {p.code for p in ctx.catalog.search(ids.register_id, "%")} == {"2", "3"}
    hit = ctx.catalog.scan(ids.register_id, "2999999999992")
    assert hit is not None and hit.bundle is not None and len(hit.bundle.lines()) == 2


def test_deleting_product_removes_it_from_bundles(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    bread = ctx.catalog.find_by_code(ids.register_id, "1")
    ctx.catalog.delete_product(admin, bread.uuid)
    bundle = ctx.catalog.scan(ids.register_id, "2999999999992").bundle
    assert [p.code for p, _ in bundle.items] == ["2"]


@pytest.mark.parametrize(
    ("change", "error", "field"),
    [
        ({"price": Money(-1)}, ValidationError, "price"),
        ({"vat_code": "18"}, UnknownVatRate, "vat_rate"),
        ({"discount_bp": 10_001}, ValidationError, "discount"),
        ({"markup_bp": -1}, ValidationError, "markup"),
        ({"barcode": "12ab"}, ValidationError, "barcode"),
        ({"name": "  "}, ValidationError, "name"),
    ],
)
def test_bad_product_is_refused_and_nothing_stored(ctx, change, error, field) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _count(ctx, Product)
    base = dict(code="500", name="Новый", price=Money(100), vat_code="16", barcode="123456")
    base.update(change)
    with pytest.raises(error) as err:
        ctx.catalog.add_product(admin, ids.register_id, ProductDraft(**base))
    assert err.value.field == field
    assert _count(ctx, Product) == before


def test_duplicates_are_refused(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _count(ctx, Product)
    with pytest.raises(DuplicateProduct):
        ctx.catalog.add_product(admin, ids.register_id, ProductDraft(code="1", name="x", price=Money(1), vat_code="16"))
    with pytest.raises(DuplicateProduct):
        ctx.catalog.add_product(
            admin, ids.register_id,
            ProductDraft(code="77", name="x", price=Money(1), vat_code="16", barcode="4870001000029"),
        )
    assert _count(ctx, Product) == before
    with pytest.raises(CompanyExists):
        ctx.org.create_company(admin, CompanyData(name="Другая", iin_bin="260101500004"))


def test_cashier_cannot_administer(ctx) -> None:
    ids = ensure_demo(ctx)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    assert cashier.role is Role.CASHIER
    with pytest.raises(PermissionDenied):
        ctx.catalog.add_product(cashier, ids.register_id, ProductDraft(code="5", name="x", price=Money(1), vat_code="16"))
    with pytest.raises(PermissionDenied):
        ctx.auth.create_user(cashier, "new@demo.kz", "secret1", Role.CASHIER, full_name="New")
    with pytest.raises(PermissionDenied):
        ctx.auth.list_users(cashier)
    with pytest.raises(PermissionDenied):
        ctx.auth.require_admin_credentials(CASHIER[0], CASHIER[1])
    with pytest.raises(PermissionDenied):
        ctx.auth.create_user(None, "sneaky@demo.kz", "secret1", Role.ADMIN, full_name="Sneaky")  # only the very first admin


def test_passwords_are_argon2_and_never_logged(ctx) -> None:
    ensure_demo(ctx)
    with ctx.uow() as uow:
        users = uow.session.scalars(select(User)).all()
        assert all(u.password_hash.startswith("$argon2id$") for u in users)
        assert all("admin123" not in u.password_hash for u in users)
        details = " ".join(e.details for e in uow.session.scalars(select(AuditEntry)))
    assert "admin123" not in details and "cashier123" not in details and "demo-token-0001" not in details
    admin = ctx.auth.login(*ADMIN)
    with pytest.raises(DuplicateUser):
        ctx.auth.create_user(admin, "CASHIER@demo.kz", "whatever1", Role.CASHIER, full_name="Dup")


def test_lockout_after_repeated_failures(ctx, clock) -> None:
    ensure_demo(ctx)
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            ctx.auth.login(CASHIER[0], "wrong-password")
    with pytest.raises(AccountLocked):
        ctx.auth.login(CASHIER[0], CASHIER[1])  # even the right password waits
    clock.advance(timedelta(minutes=5, seconds=1))
    assert ctx.auth.login(CASHIER[0], CASHIER[1]).email == CASHIER[0]
    with pytest.raises(InvalidCredentials):
        ctx.auth.login("nobody@demo.kz", "x")


def test_pin_block_and_password_change(ctx) -> None:
    ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    assert ctx.auth.login_pin(cashier.user_id, "1234").user_id == cashier.user_id
    with pytest.raises(InvalidCredentials):
        ctx.auth.login_pin(cashier.user_id, "9999")
    with pytest.raises(ValidationError):
        ctx.auth.set_pin(cashier, "12")
    ctx.auth.change_password(admin, cashier.user_id, "new-secret")
    with pytest.raises(InvalidCredentials):
        ctx.auth.login(CASHIER[0], CASHIER[1])
    ctx.auth.set_blocked(admin, cashier.user_id, True)
    with pytest.raises(AccountBlocked):
        ctx.auth.login(CASHIER[0], "new-secret")
    with pytest.raises(ValidationError):
        ctx.auth.set_blocked(admin, admin.user_id, True)


def test_company_validation_stores_nothing(ctx) -> None:
    with pytest.raises(ValidationError) as err:
        ctx.org.create_company(None, CompanyData(name="X", iin_bin="260101500005"))
    assert err.value.field == "iin_bin"
    with pytest.raises(ValidationError) as err:
        ctx.org.create_company(None, CompanyData(name="X", iin_bin="260101500004", iban="KZ00123"))
    assert err.value.field == "iban"
    with pytest.raises(ValidationError) as err:
        ctx.org.create_company(None, CompanyData(name="X", iin_bin="260101500004", vat_payer=True))
    assert err.value.field == "vat_number"
    with ctx.uow() as uow:
        assert uow.org.company() is None


def test_aware_times_round_trip(ctx, clock) -> None:
    ensure_demo(ctx)
    with ctx.uow() as uow:
        user = uow.users.by_email(ADMIN[0])
        assert user.created_at == clock.now()
        assert user.created_at.utcoffset() == timedelta(0)


def test_bundle_needs_products_of_same_register(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    with pytest.raises(ValidationError):
        ctx.catalog.add_bundle(admin, ids.register_id, "Пусто", "123", [])
    sugar = ctx.catalog.find_by_code(ids.register_id, "7")
    view = ctx.catalog.add_bundle(admin, ids.register_id, "Сахар ×2", "555", [(sugar.uuid, Quantity.of(2))]).value
    assert view.lines()[0].quantity == Quantity.of(2)


def test_sqlite_is_wal_and_synchronous_full(sqlite_ctx) -> None:
    with sqlite_ctx.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
