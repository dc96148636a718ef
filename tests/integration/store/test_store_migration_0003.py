"""Migration 0003 on both backends: old "lat,lon" texts move into latitude/longitude, unreadable ones
stay; the downgrade puts the text back and drops the new columns from tables that hold rows."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.demo import ensure_demo
from alsep_desktop.store import migrate
from alsep_desktop.store.db import make_engine
from tests.conftest import FAST_ARGON2

#: old text → (latitude, longitude, text left behind)
CASES = {
    "43.238949,76.889709": (43_238_949, 76_889_709, None),
    "43.25; 76.95": (43_250_000, 76_950_000, None),
    " 51.1694 71.4491 ": (51_169_400, 71_449_100, None),
    "76.889709,43.238949": (43_238_949, 76_889_709, None),  # typed the wrong way round
    "43.23894951,76.8897": (43_238_950, 76_889_700, None),  # 7th decimal rounded
    "55.75,37.62": (None, None, "55.75,37.62"),  # Moscow: outside Kazakhstan either way
    "north of the bazaar": (None, None, "north of the bazaar"),
    "": (None, None, ""),
}


@pytest.fixture
def at_0002(db_url: str, tmp_path, clock):
    """A store at revision 0002 with the demo company and one trade point per case."""
    from alsep_desktop.app.bootstrap import build_context

    ctx = build_context(AppConfig(data_dir=tmp_path / "d", db_url=db_url, argon2=FAST_ARGON2), clock=clock)
    ensure_demo(ctx)
    ctx.close()
    engine = make_engine(db_url)
    migrate.downgrade(engine, "0002")
    with engine.begin() as conn:
        company_id = conn.execute(text("SELECT id FROM company")).scalar_one()
        for n, old in enumerate(CASES):
            conn.execute(text("INSERT INTO trade_point (uuid, company_id, name, address, coordinates, created_at) "
                              "VALUES (:u, :c, :n, '', :t, :at)"),
                         {"u": f"tp-{n}", "c": company_id, "n": f"case {n}", "t": old, "at": clock.now()})
    yield engine
    engine.dispose()


def _points(engine) -> dict[str, tuple]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT uuid, latitude, longitude, coordinates FROM trade_point")).all()
    return {uuid: (lat, lon, old) for uuid, lat, lon, old in rows}


def test_upgrade_moves_readable_coordinates_and_keeps_the_rest(at_0002) -> None:
    engine = at_0002
    migrate.upgrade(engine, "0003")
    points = _points(engine)
    for n, expected in enumerate(CASES.values()):
        assert points[f"tp-{n}"] == expected, list(CASES)[n]
    demo = next(v for k, v in points.items() if not k.startswith("tp-"))
    assert demo == (43_238_949, 76_889_709, None)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM bundle_item")).scalar_one() == 2
        assert conn.execute(text("SELECT count(*) FROM product WHERE marked")).scalar_one() == 0


def test_downgrade_with_data_restores_the_text(at_0002) -> None:
    engine = at_0002
    migrate.upgrade(engine, "0003")
    migrate.downgrade(engine, "0002")
    assert migrate.current_revision(engine) == "0002"
    cols = {c["name"] for c in inspect(engine).get_columns("trade_point")}
    assert "latitude" not in cols and "address_kz" not in cols and "coordinates" in cols
    assert "ntin" not in {c["name"] for c in inspect(engine).get_columns("product")}
    points = _points_0002(engine)
    assert points["tp-0"] == "43.238949,76.889709"
    assert points["tp-3"] == "43.238949,76.889709"  # put back the right way round
    assert points["tp-6"] == "north of the bazaar"
    migrate.upgrade(engine, "0003")
    assert _points(engine)["tp-1"] == (43_250_000, 76_950_000, None)


def _points_0002(engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT uuid, coordinates FROM trade_point")).all())
