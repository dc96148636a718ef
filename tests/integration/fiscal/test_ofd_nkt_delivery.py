"""The НКТ lookup through the register's own delivery channel (``DeliveryService.lookup_barcode``):
a whole register (real SQLite store, services) and the demo's OFD sandbox over TCP. The lookup
shares the session and the lock of the register's documents, so the receipts around it are signed
and the stored token is the sandbox's; it waits while documents are queued; it is paced and cached."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from alsep_desktop.fiscal import nkt
from alsep_desktop.fiscal.errors import NktDeferred, NktOffline
from alsep_desktop.fiscal.nkt import LookupPacer, NktCache
from alsep_desktop.kernel.clock import FakeClock
from tests.support.pos import DEVICE, Pos, make_pos

CIGARETTES = "4600000000107"
MILK = "4870001000029"


@pytest.fixture
def pos(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pos]:
    pacer = LookupPacer(interval=0)  # counts, never waits
    monkeypatch.setitem(nkt._PACERS, DEVICE, pacer)
    p = make_pos(tmp_path, clock=clock)
    try:
        yield p
    finally:
        p.ctx.close()
        p.stop_ofd()


def stored_token(pos: Pos) -> int:
    with pos.ctx.uow() as uow:
        row = uow.outbox.session_row(pos.register_id)
        assert row is not None
        return int(row.token)


def test_a_lookup_between_two_sales_keeps_the_session(pos: Pos) -> None:
    assert pos.sell(MILK).state == "signed"
    found = pos.ctx.delivery.lookup_barcode(pos.register_id, CIGARETTES)
    assert found.found and found.item is not None and found.item.is_markedeac
    assert found.answered_at == pos.clock.now()
    second = pos.sell(MILK)
    assert second.state == "signed" and not second.offline  # the next receipt is accepted
    assert stored_token(pos) == pos.memory.current_token(DEVICE)
    assert pos.memory.nkt_lookups(DEVICE) == {"total": 1, "found": 1, "not_found": 0}
    assert nkt._PACERS[DEVICE].taken == 1  # paced through the register's pacer


def test_a_lookup_waits_for_queued_documents_and_offline_is_typed(pos: Pos) -> None:
    pos.stop_ofd()
    with pytest.raises(NktOffline):
        pos.ctx.delivery.lookup_barcode(pos.register_id, CIGARETTES)
    assert pos.sell(MILK).state == "queued"
    pos.start_ofd()
    with pytest.raises(NktDeferred):  # the queued receipt goes to the OFD first
        pos.ctx.delivery.lookup_barcode(pos.register_id, CIGARETTES)
    assert pos.memory.nkt_lookups(DEVICE)["total"] == 0
    assert pos.ctx.delivery.drain(pos.register_id).left == 0
    assert not pos.ctx.delivery.lookup_barcode(pos.register_id, "4870009999990").found
    assert pos.sell(MILK).state == "signed"
    assert stored_token(pos) == pos.memory.current_token(DEVICE)


def test_answers_are_cached_with_their_date(pos: Pos) -> None:
    cache = NktCache(pos.clock)
    first = pos.ctx.delivery.lookup_barcode(pos.register_id, CIGARETTES, cache=cache)
    assert pos.ctx.delivery.lookup_barcode(pos.register_id, "0" + CIGARETTES, cache=cache) is first  # GTIN-14
    assert pos.memory.nkt_lookups(DEVICE)["total"] == 1
    pos.clock.advance(cache.found_for + timedelta(seconds=1))
    again = pos.ctx.delivery.lookup_barcode(pos.register_id, CIGARETTES, cache=cache)
    assert again.answered_at == pos.clock.now() and pos.memory.nkt_lookups(DEVICE)["total"] == 2
