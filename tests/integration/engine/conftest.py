"""A whole register: store + services + the OFD sandbox over loopback TCP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.kernel.clock import FakeClock
from tests.support.pos import Pos, make_pos


@pytest.fixture
def pos(tmp_path: Path, clock: FakeClock) -> Iterator[Pos]:
    p = make_pos(tmp_path, clock=clock)
    try:
        yield p
    finally:
        p.ctx.close()
        p.sandbox.stop()  # type: ignore[attr-defined]


@pytest.fixture
def pos_any_db(tmp_path: Path, db_url: str, clock: FakeClock) -> Iterator[Pos]:
    p = make_pos(tmp_path, db_url, clock)
    try:
        yield p
    finally:
        p.ctx.close()
        p.sandbox.stop()  # type: ignore[attr-defined]
