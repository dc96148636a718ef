"""A terminal operation's later state reaches the cloud as one record (decision 1415), against the
real cloud on PostgreSQL: the payment went up without its receipt (the register stopped between
the receipt and the link, then the grace ran out), the next start's ``TerminalService.start``
links it (0715), it is acknowledged and partly refunded; the cloud ends with one record holding
the receipt key, the acknowledgement, the refund and the method. A change of a field the cloud
does not get queues nothing."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from alsep_cloud.store.documents import TerminalOperation
from alsep_desktop.hardware.terminal.kaspi.tokens import SecretTokenStore
from alsep_desktop.services.terminal.service import TerminalService
from alsep_desktop.store.models import Receipt, Register, Shift
from alsep_desktop.store.models.sync import CloudPush

RECEIPT_UUID = "0c1f3d6e-4b0a-4c55-9e51-7d1e8f0a2b31"


def _queue(ctx) -> list[tuple[str, str]]:  # noqa: ANN001
    with ctx.uow(read_only=True) as w:
        return [(q.key, q.state) for q in w.session.scalars(select(CloudPush).order_by(CloudPush.id))]


def _cloud(cloud_pg, tenant) -> list[TerminalOperation]:  # noqa: ANN001
    with cloud_pg.ctx.sessions() as s:
        return list(s.scalars(select(TerminalOperation).where(TerminalOperation.company_id == tenant.company_id)
                              .order_by(TerminalOperation.key)))


def test_a_late_link_acknowledgement_and_refund_update_the_one_cloud_record(tenant, counter, cloud_pg) -> None:
    ctx, engine = counter(tenant, tenant.register())
    engine.sync_now(timeout=30)
    now = ctx.clock.now()
    before = now - timedelta(minutes=5)  # approved 5 min ago: the receipt-link grace is over
    with ctx.uow() as w:
        register_id = w.session.scalars(select(Register.id)).first()
        shift = Shift(register_id=register_id, number=1, state="open", opened_at=before)
        w.session.add(shift)
        w.session.flush()
        # the sale's receipt was written under the payment's reference; the link never happened
        w.session.add(Receipt(uuid=RECEIPT_UUID, register_id=register_id, shift_id=shift.id, number=1,
                              operation="sale", state="signed", total_tiyn=500_00, created_at=before,
                              fiscal_sign="12345"))
        w.terminal.upsert("op-pay", {"reference": RECEIPT_UUID, "kind": "payment", "amount_tiyn": 500_00,
                                     "state": "success", "method": "qr", "transaction_id": "QR-777",
                                     "terminal_id": "POS1", "started_at": before, "updated_at": before,
                                     "register_id": register_id, "reported": "approved"})
        w.commit()
    engine.sync_now(timeout=30)
    [first] = _cloud(cloud_pg, tenant)
    assert (first.receipt_key, first.method, first.revision) == (None, "qr", 0)

    # the next start links it (0715); the link goes up as revision 1 of the same record
    svc = TerminalService(ctx.uow, ctx.clock, ctx.sales, ctx.vat_table, SecretTokenStore(ctx.vault.store))
    svc.start(register_id)
    assert _queue(ctx) == [("op-pay", "sent"), ("op-pay#r1", "waiting")]
    with ctx.uow() as w:  # a field the cloud does not get: nothing more queued
        w.terminal.upsert("op-pay", {"sub_status": "Processed", "updated_at": now})
        w.commit()
    assert len(_queue(ctx)) == 2
    engine.sync_now(timeout=30)
    [linked] = _cloud(cloud_pg, tenant)
    assert (linked.id, linked.receipt_key, linked.revision) == (first.id, RECEIPT_UUID, 1)

    # acknowledged, then a partial refund of it: both reach the same record (and the refund its own)
    with ctx.uow() as w:
        w.terminal.acknowledge("op-pay")
        w.terminal.upsert("op-ref", {"reference": "ret-1", "kind": "refund", "amount_tiyn": 200_00, "state": "success",
                                     "method": "qr", "original_transaction_id": "QR-777", "started_at": now,
                                     "updated_at": now, "register_id": register_id})
        w.commit()
    engine.sync_now(timeout=30)
    assert [k for k, st in _queue(ctx) if st != "sent"] == []
    rows = {r.key: r for r in _cloud(cloud_pg, tenant)}
    assert set(rows) == {"op-pay", "op-ref"}
    pay = rows["op-pay"]
    assert (pay.id, pay.revision, pay.receipt_key, pay.raw["acknowledged"], pay.raw["refunded_tiyn"]) == (
        first.id, 2, RECEIPT_UUID, True, 200_00)
    assert (rows["op-ref"].kind, rows["op-ref"].amount_tiyn, rows["op-ref"].method) == ("refund", 200_00, "qr")

    # a retry of the first body (its answer lost) leaves the latest state in place
    with ctx.uow(read_only=True) as w:
        frozen = w.session.scalars(select(CloudPush.payload).where(CloudPush.key == "op-pay")).one()
    engine.http.request("POST", "/uploads/terminal-operations", bearer=engine.credential.credential,
                        json=json.loads(frozen))
    [again] = [r for r in _cloud(cloud_pg, tenant) if r.key == "op-pay"]
    assert (again.revision, again.receipt_key) == (2, RECEIPT_UUID)
