"""OFD 2.0.3 data through the services, on SQLite and PostgreSQL: product NTIN, marked flag and unit,
Kazakh addresses, the trade point's position, the registration read API and NTIN on receipt lines."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.receipt import OperationKind, build_receipt
from alsep_desktop.domain.registration import RegistrationData
from alsep_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from alsep_desktop.services.catalog import ProductDraft
from alsep_desktop.services.documents import receipt_view, shift_for_document
from alsep_desktop.services.exchange import export_catalog_file, import_catalog_file
from alsep_desktop.store.models import AuditEntry, TradePoint


def _draft(**kw) -> ProductDraft:
    base = dict(code="50", name="Сыр «Тильзитер»", price=Money(4_590_00), vat_code="16", barcode="4870001000500",
                unit=Unit.KILOGRAM, ntin="02000000005001", marked=True)
    return ProductDraft(**{**base, **kw})


def test_product_ntin_marked_and_unit_round_trip(ctx, env) -> None:
    rid = env.register_id
    added = ctx.catalog.add_product(env.admin, rid, _draft(ntin=" 02000000005001 ")).value
    assert (added.ntin, added.marked, added.unit) == ("02000000005001", True, Unit.KILOGRAM)
    for found in (ctx.catalog.find_by_barcode(rid, "4870001000500"),  # the fast scan path
                  ctx.catalog.find_by_code(rid, "50"),
                  next(p for p in ctx.catalog.list_products(rid) if p.code == "50")):
        assert (found.ntin, found.marked, found.unit) == ("02000000005001", True, Unit.KILOGRAM)
    line = ctx.catalog.find_by_barcode(rid, "4870001000500").line(Quantity(250, Unit.KILOGRAM))
    assert line.ntin == "02000000005001"

    ctx.catalog.update_product(env.admin, added.uuid, _draft(ntin="", marked=False, unit=Unit.PIECE))
    again = ctx.catalog.find_by_code(rid, "50")
    assert (again.ntin, again.marked, again.unit) == ("", False, Unit.PIECE)

    demo = {p.code: p for p in ctx.catalog.list_products(rid)}
    assert demo["10"].marked and not demo["1"].marked and demo["2"].ntin == "0200000000029"


@pytest.mark.parametrize("bad", ["020000000001", "02000000000AB", "020000000000123"])
def test_a_bad_ntin_is_refused_with_its_field(ctx, env, bad: str) -> None:
    with pytest.raises(ValidationError) as e:
        ctx.catalog.add_product(env.admin, env.register_id, _draft(ntin=bad))
    assert e.value.field == "ntin" and "NTIN" in str(e.value)
    assert ctx.catalog.find_by_code(env.register_id, "50") is None
    with pytest.raises(PermissionDenied):
        ctx.catalog.add_product(env.cashier, env.register_id, _draft())


def test_trade_point_addresses_and_position_round_trip(ctx, env) -> None:
    [tp] = ctx.admin.local.trade_points.trade_points(env.admin)
    assert (tp.address_kz, tp.latitude, tp.longitude) == ("Алматы қ., Абай даңғ., 10", 43_238_949, 76_889_709)
    new_id = ctx.org.create_trade_point(env.admin, "Астана", "г. Астана, ул. Кенесары, 4",
                                        address_kz="Астана қ., Кенесары к-сі, 4",
                                        latitude=51_169_392, longitude=71_449_074).value
    ctx.admin.local.trade_points.update_trade_point(env.admin, new_id, "Астана-2", "г. Астана, ул. Кенесары, 5",
                                 address_kz=" Астана қ., Кенесары к-сі, 5 ", latitude=51_170_000,
                                 longitude=71_450_000)
    got = {p.id: p for p in ctx.admin.local.trade_points.trade_points(env.admin)}[new_id]
    assert (got.name, got.address_kz, got.latitude, got.longitude) == (
        "Астана-2", "Астана қ., Кенесары к-сі, 5", 51_170_000, 71_450_000)
    with ctx.uow() as uow:
        last = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.action, last.entity, last.entity_id) == ("update", "trade_point", str(new_id))
        assert json.loads(last.details)["latitude"] == 51_170_000
    ctx.admin.local.trade_points.update_trade_point(env.admin, new_id, "Астана-2")  # the position may be removed
    got = {p.id: p for p in ctx.admin.local.trade_points.trade_points(env.admin)}[new_id]
    assert (got.latitude, got.longitude, got.coordinates) == (None, None, "")


@pytest.mark.parametrize(("lat", "lon", "field"), [
    (60_000_000, 71_449_074, "latitude"),   # north of Kazakhstan
    (40_499_999, 71_449_074, "latitude"),
    (51_169_392, 90_000_000, "longitude"),  # east of Kazakhstan
    (51_169_392, -71_449_074, "longitude"),
    (51_169_392, None, "longitude"),        # only one of the two
    (None, 71_449_074, "latitude"),
])
def test_a_position_outside_kazakhstan_names_the_field(ctx, env, lat, lon, field) -> None:
    [tp] = ctx.admin.local.trade_points.trade_points(env.admin)
    with pytest.raises(ValidationError) as e:
        ctx.admin.local.trade_points.update_trade_point(env.admin, tp.id, tp.name, tp.address, latitude=lat, longitude=lon)
    assert e.value.field == field and field in str(e.value)
    with pytest.raises(ValidationError) as e:
        ctx.org.create_trade_point(env.admin, "Точка", latitude=lat, longitude=lon)
    assert e.value.field == field
    assert ctx.admin.local.trade_points.trade_points(env.admin) == [tp]


def test_saving_a_position_clears_the_legacy_coordinates_text(ctx, env) -> None:
    [tp] = ctx.admin.local.trade_points.trade_points(env.admin)
    with ctx.uow() as uow:
        uow.session.get(TradePoint, tp.id).coordinates = "у магазина «Рамстор»"
        uow.commit()
    ctx.admin.local.trade_points.update_trade_point(env.admin, tp.id, tp.name, tp.address, address_kz=tp.address_kz)
    with ctx.uow() as uow:
        assert uow.session.get(TradePoint, tp.id).coordinates == "у магазина «Рамстор»"  # no position given
    ctx.admin.local.trade_points.update_trade_point(env.admin, tp.id, tp.name, latitude=43_200_000, longitude=76_900_000)
    with ctx.uow() as uow:
        row = uow.session.get(TradePoint, tp.id)
        assert (row.coordinates, row.latitude) == (None, 43_200_000)


def test_company_address_in_kazakh(ctx, env) -> None:
    info = ctx.admin.local.company.company(env.admin)
    assert info.data.address_kz == "Алматы қ., Абай к-сі, 1"
    ctx.admin.local.company.update_company(env.admin, replace(info.data, address_kz=" Алматы қ., Төле би к-сі, 2 "))
    assert ctx.admin.local.company.company(env.admin).data.address_kz == "Алматы қ., Төле би к-сі, 2"
    with ctx.uow() as uow:
        last = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert json.loads(last.details)["fields"] == ["address_kz"]
    with pytest.raises(ValidationError) as e:
        ctx.admin.local.company.update_company(env.admin, replace(info.data, address_kz="ы" * 513))
    assert e.value.field == "address_kz"


def test_registration_data_of_a_register(ctx, env) -> None:
    data = ctx.org.registration_data(env.register_id)
    with ctx.uow() as uow:
        serial = uow.org.register(env.register_id).serial_number
    assert data == RegistrationData(
        company_title="Демо Дүкен", company_iin_bin="260101500004", company_address="г. Алматы, ул. Абая, 1",
        company_address_kz="Алматы қ., Абай к-сі, 1", company_oked="47111",
        trade_point_title="Магазин на Абая", trade_point_address="г. Алматы, пр. Абая, 10",
        trade_point_address_kz="Алматы қ., Абай даңғ., 10", latitude=43_238_949, longitude=76_889_709,
        register_serial_number=serial, register_registration_number="010100000001",
        register_ofd_system_id="100001",
    )
    tp_id = ctx.org.create_trade_point(env.admin, "Склад").value
    fresh = ctx.org.create_register(env.admin, tp_id, "ККМ №2", 2025).value
    bare = ctx.org.registration_data(fresh)
    assert (bare.trade_point_title, bare.trade_point_address_kz, bare.latitude, bare.longitude) == ("Склад", "", None,
                                                                                                     None)
    assert (bare.register_registration_number, bare.register_ofd_system_id) == ("", "")
    assert not bare.has_position
    with pytest.raises(NotFoundError):
        ctx.org.registration_data(999_999)


def test_a_receipt_line_keeps_the_ntin_of_its_product(ctx, env) -> None:
    milk = ctx.catalog.find_by_barcode(env.register_id, "4870001000029")
    bread = ctx.catalog.find_by_barcode(env.register_id, "4870001000012")
    receipt = build_receipt(OperationKind.SALE, [milk.line(), bread.line()],
                            [Payment(PaymentKind.CASH, Money(1_000_00))])
    now = ctx.clock.now()
    with ctx.uow() as uow:
        shift = shift_for_document(uow, env.register_id, env.cashier, now)
        receipt_id, _ = uow.receipts.insert(receipt, register_id=env.register_id, shift_id=shift.id, number=1,
                                            cashier_id=env.cashier.user_id, now=now)
        uow.commit()
    with ctx.uow() as uow:
        row = uow.receipts.get(receipt_id)
        view = receipt_view(row, uow.shifts.get(row.shift_id))
        assert [ln.ntin for ln in row.lines] == ["0200000000029", None]
    assert [ln.ntin for ln in view.lines] == ["0200000000029", ""]


def test_csv_export_and_import_keep_ntin_marked_and_unit(ctx, env, tmp_path: Path) -> None:
    rid = env.register_id
    ctx.catalog.add_product(env.admin, rid, _draft())
    before = sorted(ctx.catalog.list_products(rid), key=lambda p: p.code)
    first = tmp_path / "catalog.csv"
    export_catalog_file(ctx, env.admin, rid, first)
    assert "NTIN;Маркировка" in first.read_text(encoding="utf-8-sig").splitlines()[0]
    import_catalog_file(ctx, env.admin, rid, first)
    after = sorted(ctx.catalog.list_products(rid), key=lambda p: p.code)
    strip = lambda ps: [replace(p, uuid="") for p in ps]  # noqa: E731  (the import makes new rows)
    assert strip(after) == strip(before)
    second = tmp_path / "again.csv"
    export_catalog_file(ctx, env.admin, rid, second)
    assert second.read_bytes() == first.read_bytes()
