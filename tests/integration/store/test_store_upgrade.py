"""Upgrade every released schema's fixture DB to head; nothing may be lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, DEMO_BIN

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "db").glob("schema-*.sqlite"))


def test_there_is_a_fixture_per_release() -> None:
    """0001 and 0002 are released schemas; each fixture is of a revision older than head."""
    from alsep_desktop.store.migrate import MIGRATIONS_DIR

    revisions = sorted(p.name.split("_")[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    stems = [p.stem for p in FIXTURES]
    assert stems[:2] == ["schema-0001", "schema-0002"]
    assert all(s.removeprefix("schema-") in revisions[:-1] for s in stems), (stems, revisions)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_upgrade_keeps_data(fixture: Path, tmp_path: Path, make_ctx) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copy(fixture, db)
    ctx = make_ctx(f"sqlite:///{db}")  # build_context migrates to head
    from alsep_desktop.store import migrate

    assert migrate.is_up_to_date(ctx.engine)
    with ctx.uow() as uow:
        company = uow.org.company()
        assert company is not None and company.iin_bin == DEMO_BIN
        register_id = uow.org.registers(company.id)[0].id
        assert uow.catalog.count(register_id) == 11
        assert [len(b.items) for b in uow.catalog.bundles(register_id)] == [2]  # no table rebuild lost them
        [tp] = uow.org.trade_points(company.id)
        assert (tp.latitude, tp.longitude, tp.coordinates, tp.address_kz) == (43_238_949, 76_889_709, None, "")
        assert company.address_kz == ""
    assert ctx.org.registration_data(register_id).latitude == 43_238_949
    assert all(not p.marked and p.ntin == "" for p in ctx.catalog.list_products(register_id))
    assert ctx.auth.login(*ADMIN).is_admin
    assert ctx.auth.login_pin(ctx.auth.login(CASHIER[0], CASHIER[1]).user_id, CASHIER[2])
    assert ctx.catalog.find_by_barcode(register_id, "4870001000029").name == "Молоко 2,5% 1 л"
