"""Catalog import into the store: all or nothing, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.errors import PermissionDenied
from alsep_desktop.exchange.progress import CancelToken
from alsep_desktop.exchange.rows import ImportCancelled, ImportFailed
from alsep_desktop.exchange.sample import write_sample_csv
from alsep_desktop.services.exchange import export_catalog_file, import_catalog_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "commerceml"


def _codes(ctx, register_id):
    return sorted(p.code for p in ctx.catalog.list_products(register_id))


def test_csv_import_replaces_catalog_and_keeps_free_position(ctx, tmp_path) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    f = tmp_path / "cat.csv"
    write_sample_csv(f, 300)
    assert import_catalog_file(ctx, admin, ids.register_id, f).value == 300
    products = ctx.catalog.list_products(ids.register_id)
    assert len(products) == 301 and any(p.code == "9999" for p in products)
    assert ctx.catalog.find_by_barcode(ids.register_id, "4870001000029") is None  # old catalog gone
    # the bundle lost its products with the old catalog
    assert ctx.catalog.scan(ids.register_id, "2999999999992").bundle.items == ()
    out = tmp_path / "out.csv"
    assert export_catalog_file(ctx, admin, ids.register_id, out) == 301
    assert import_catalog_file(ctx, admin, ids.register_id, out).value == 301
    assert len(ctx.catalog.list_products(ids.register_id)) == 301


def test_broken_csv_changes_nothing(ctx, tmp_path) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _codes(ctx, ids.register_id)
    f = tmp_path / "bad.csv"
    f.write_text("Код,Код группы,Баркод,Наименование,Цена,Скидка,НДС\n"
                 "1,1,123,Хлеб,100.00,0,16\n"
                 "2,1,124,Молоко,abc,0,16\n"
                 "3,1,123,Кефир,50.00,150,18\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        import_catalog_file(ctx, admin, ids.register_id, f)
    where = {(i.row, i.field) for i in err.value.issues}
    assert (2, "price") in where and (3, "discount") in where and (3, "vat") in where and (3, "barcode") in where
    assert _codes(ctx, ids.register_id) == before


def test_cancel_leaves_old_catalog(ctx, tmp_path) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _codes(ctx, ids.register_id)
    f = tmp_path / "cat.csv"
    write_sample_csv(f, 20_000)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            token.cancel()

    with pytest.raises(ImportCancelled):
        import_catalog_file(ctx, admin, ids.register_id, f, progress=progress, cancel=token)
    assert _codes(ctx, ids.register_id) == before


def test_commerceml_import(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    pairs = sorted(FIXTURES.glob("*import*.xml"))
    good = [p for p in pairs if "broken" not in p.name]
    assert good, "fixture missing"
    imp = good[0]
    offers = imp.with_name(imp.name.replace("import", "offers"))
    n = import_catalog_file(ctx, admin, ids.register_id, imp, offers=offers, replace=True).value
    assert n > 0 and len(ctx.catalog.list_products(ids.register_id)) in (n, n + 1)


def test_cashier_cannot_import(ctx, tmp_path) -> None:
    ids = ensure_demo(ctx)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    f = tmp_path / "cat.csv"
    write_sample_csv(f, 3)
    with pytest.raises(PermissionDenied):
        import_catalog_file(ctx, cashier, ids.register_id, f)
