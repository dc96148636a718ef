"""Upgrade every released schema's fixture DB to head; nothing may be lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, DEMO_BIN

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "db").glob("schema-*.sqlite"))


def test_there_is_a_fixture_per_release() -> None:
    assert [p.stem for p in FIXTURES][:1] == ["schema-0001"]


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
    assert ctx.auth.login(*ADMIN).is_admin
    assert ctx.auth.login_pin(ctx.auth.login(CASHIER[0], CASHIER[1]).user_id, CASHIER[2])
    assert ctx.catalog.find_by_barcode(register_id, "4870001000029").name == "Молоко 2,5% 1 л"
