"""Revision 0004: documents waiting in the outbox in the earlier layout are re-encoded in the 2.0.3
layout from their stored rows, then uploaded once each."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select, text, update

from alsep_desktop.domain.money import Money
from alsep_desktop.store import migrate
from alsep_desktop.store.models import FiscalOutbox, OfdSession
from tests.support.pos import DEVICE, make_pos, receipt_keys
from tests.support.wire import len_field, varint_field
from tests.support.wire_check import assert_conforms, walk


def old_layout(command: int, doc_uuid: str) -> bytes:
    """A request as the earlier schema wrote it: printed_document_number as a string at 11, the barcode at 9."""
    body = len_field(11, doc_uuid) + len_field(5, len_field(2, len_field(9, "4870001000029")))
    return varint_field(1, command) + len_field({1: 2, 6: 7, 2: 3}[command], body)


def test_outbox_of_the_earlier_layout_is_reencoded_and_uploaded_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pos = make_pos(tmp_path)
    try:
        pos.stop_ofd()
        sales = [pos.sell("4870001000029"), pos.sell("4870001000012", "4870001000029", cash="5000")]
        pos.ctx.shifts.deposit(pos.cashier, pos.register_id, Money.parse("1000"))
        pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id)
        assert all(s.offline for s in sales)
        with pos.ctx.uow() as uow:  # make the waiting documents look as the earlier version wrote them
            entries = uow.session.scalars(select(FiscalOutbox).order_by(FiscalOutbox.id)).all()
            assert [e.doc_type for e in entries] == ["ticket", "ticket", "money_placement", "close_shift"]
            for e in entries:
                e.payload = old_layout({"ticket": 1, "money_placement": 6, "close_shift": 2}[e.doc_type], e.doc_uuid)
            first_old = entries[0].payload
            uow.session.execute(update(OfdSession).values(pending_payload=first_old))
            uow.session.execute(text("UPDATE alembic_version SET version_num = '0003'"))
            uow.commit()
        migrate.upgrade(pos.ctx.engine, "0004")  # the re-encoding revision
        with pos.ctx.engine.begin() as conn:  # the store had the later revisions already
            conn.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": migrate.head_revision()})
        with pos.ctx.uow() as uow:
            payloads = [(e.doc_type, e.payload) for e in
                        uow.session.scalars(select(FiscalOutbox).order_by(FiscalOutbox.id)).all()]
            pending = uow.session.scalar(select(OfdSession.pending_payload))
        for _, payload in payloads:
            assert_conforms("Request", payload)  # the independent reading of the spec
        assert pending == payloads[0][1]  # the unanswered request is resent as its new self
        tickets = [walk("Request", p)["ticket"] for t, p in payloads if t == "ticket"]
        assert [t["offline_ticket_number"] for t in tickets] == [int(s.fiscal_sign) for s in sales]
        z = walk("Request", payloads[3][1])["close_shift"]
        sell = next(o for o in z["z_report"]["ticket_operations"] if o["operation"] == 2)
        assert sell["tickets_count"] == 2 and sell["offline_count"] == 2 and z["is_offline"]
        pos.ctx.delivery.forget_channels()
        pos.start_ofd()
        result = pos.ctx.delivery.drain(pos.register_id)
        assert (result.sent, result.left, result.rejected) == (4, 0, 0), result
        keys = Counter(d.key for d in pos.memory.documents(DEVICE))
        assert all(n == 1 for n in keys.values()) and len(keys) == 4
        assert pos.memory.stats(DEVICE)["offline_periods"] == 1  # reported once everything was uploaded
        with pos.ctx.uow() as uow:
            ours = receipt_keys(uow.session)
        assert {k.removeprefix("ticket:") for k in keys if k.startswith("ticket:")} == set(ours)
    finally:
        pos.ctx.close()
        pos.sandbox.stop()


def test_without_the_hook_waiting_documents_stop_the_upgrade(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    pos = make_pos(tmp_path)
    try:
        pos.stop_ofd()
        pos.sell("4870001000029")
        with pos.ctx.uow() as uow:
            uow.session.execute(text("UPDATE alembic_version SET version_num = '0003'"))
            uow.commit()
        monkeypatch.setattr(migrate, "DATA_HOOKS", {})  # e.g. a bare `alembic upgrade` outside the app
        with pytest.raises(RuntimeError, match="outbox.reencode.ofd-2.0.3"):
            migrate.upgrade(pos.ctx.engine, "0004")
        assert migrate.current_revision(pos.ctx.engine) == "0003"  # nothing half-done
    finally:
        pos.ctx.close()
        pos.sandbox.stop()
