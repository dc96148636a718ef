"""The push queue against the real cloud, in-process: card terminal operations, a refused
document kept aside while the queue moves on, nothing queued without a cloud."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from alsep_cloud.store.documents import TerminalOperation
from alsep_desktop.store.models import Register
from alsep_desktop.store.models.sync import CloudPush
from alsep_desktop.store.repositories.sync import enqueue_document


def _local_register(ctx) -> int:  # noqa: ANN001
    with ctx.uow(read_only=True) as w:
        return w.session.scalars(select(Register.id)).first()


def _queue(ctx) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    with ctx.uow(read_only=True) as w:
        return [(q.key, q.state, q.last_error) for q in w.session.scalars(select(CloudPush).order_by(CloudPush.id))]


def test_a_final_terminal_operation_reaches_the_cloud_once(tenant, counter, cloud_pg) -> None:
    reg = tenant.register()
    ctx, engine = counter(tenant, reg)
    engine.sync_now(timeout=30)
    register_id = _local_register(ctx)
    now = ctx.clock.now()
    values = {"reference": "sale-1", "kind": "payment", "amount_tiyn": 150_000, "state": "wait",
              "started_at": now, "updated_at": now, "register_id": register_id, "terminal_id": "T-1",
              "terminal_only": True}
    with ctx.uow() as w:
        w.terminal.upsert("op-1", values)
        w.commit()
    assert _queue(ctx) == []  # still waiting on the terminal: nothing to send
    with ctx.uow() as w:
        w.terminal.upsert("op-1", {"state": "success", "transaction_id": "RRN123", "auth_code": "A1",
                                   "card_mask": "4400***1234", "updated_at": now + timedelta(seconds=5)})
        w.commit()
    with ctx.uow() as w:  # a late update of a final operation does not queue it twice
        w.terminal.upsert("op-1", {"acknowledged": True, "updated_at": now + timedelta(seconds=6)})
        w.commit()
    assert [k for k, _, _ in _queue(ctx)] == ["op-1"]
    engine.sync_now(timeout=30)
    assert _queue(ctx) == [("op-1", "sent", None)]
    with cloud_pg.ctx.sessions() as s:
        rows = list(s.scalars(select(TerminalOperation).where(TerminalOperation.company_id == tenant.company_id)))
    assert [(r.key, r.amount_tiyn, r.rrn) for r in rows] == [("op-1", 150_000, "RRN123")]


def test_a_refused_document_is_kept_aside_and_the_queue_moves_on(tenant, counter, cloud_pg) -> None:
    reg = tenant.register()
    ctx, engine = counter(tenant, reg)
    engine.sync_now(timeout=30)
    register_id = _local_register(ctx)
    now = ctx.clock.now()
    with ctx.uow() as w:
        enqueue_document(w.session, kind="terminal_op", doc_uuid="bad", register_id=register_id, now=now)
        bad = w.session.scalars(select(CloudPush).where(CloudPush.key == "bad")).one()
        bad.payload = json.dumps({"key": "bad", "kind": "payment", "status": "approved", "amount_tiyn": 1.5,
                                  "created_at": now.isoformat()})  # a float amount: the cloud refuses it (422)
        w.terminal.upsert("good", {"reference": "r", "kind": "refund", "amount_tiyn": 500, "state": "fail",
                                   "started_at": now, "updated_at": now, "register_id": register_id})
        w.commit()
    engine.sync_now(timeout=30)
    queue = _queue(ctx)
    assert queue[0][0] == "bad" and queue[0][1] == "refused" and "422 validation" in (queue[0][2] or "")
    assert queue[1][:2] == ("good", "sent")
    status = engine.status()
    assert status.error_code == "cloud.refused" and status.waiting == 0


def test_no_cloud_no_queue(sqlite_ctx) -> None:
    with sqlite_ctx.uow() as w:
        enqueue_document(w.session, kind="receipt", doc_uuid="x", register_id=1, now=sqlite_ctx.clock.now())
        w.commit()
        assert w.sync.waiting_count() == 0
