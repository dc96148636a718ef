"""Shifts, their running counters and cash moves of a register (receipts: ``receipts.py``)."""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from alsep_desktop.store.base import table_of
from alsep_desktop.store.models import CashMove, Shift, ShiftCounter
from alsep_desktop.store.repositories.sync import enqueue_document

OPEN_STATES = ("opening", "open", "closing")

_C = table_of(ShiftCounter)
_COUNTER_NAMES = select(_C.c.name).where(_C.c.shift_id == bindparam("s"))
_COUNTER_ADD = (
    update(_C)
    .where(_C.c.shift_id == bindparam("b_s"), _C.c.name == bindparam("b_n"))
    .values(count=_C.c.count + bindparam("b_c"), amount=_C.c.amount + bindparam("b_a"),
            extra=_C.c.extra + bindparam("b_e"))
)


class ShiftRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def current(self, register_id: int, *, lock: bool = False) -> Shift | None:
        stmt = select(Shift).where(Shift.register_id == register_id, Shift.state.in_(OPEN_STATES))
        if lock:
            stmt = stmt.with_for_update()
        return self.session.scalars(stmt.order_by(Shift.number.desc()).limit(1)).first()

    def last(self, register_id: int) -> Shift | None:
        stmt = select(Shift).where(Shift.register_id == register_id).order_by(Shift.number.desc()).limit(1)
        return self.session.scalars(stmt).first()

    def closed_before(self, register_id: int, number: int) -> Shift | None:
        stmt = (
            select(Shift).where(Shift.register_id == register_id, Shift.state == "closed", Shift.number < number)
            .order_by(Shift.number.desc()).limit(1)
        )
        return self.session.scalars(stmt).first()

    def get(self, shift_id: int) -> Shift | None:
        return self.session.get(Shift, shift_id)

    def add(self, shift: Shift) -> Shift:
        """A new shift; its «open» report joins the cloud push queue when a cloud is mirrored."""
        self.session.add(shift)
        self.session.flush()
        enqueue_document(self.session, kind="shift_open", doc_uuid=shift.uuid, register_id=shift.register_id,
                         now=shift.opened_at)
        return shift

    # -- counters ---------------------------------------------------------------------
    def add_counters(self, shift_id: int, deltas: dict[str, tuple[int, int, int]]) -> None:
        """Add deltas to the shift's counters in place (UPDATE … SET x = x + :d), inserting new names."""
        if not deltas:
            return
        self.session.flush()  # ORM changes of this unit of work first, then plain statements
        conn = self.session.connection()
        existing = set(conn.execute(_COUNTER_NAMES, {"s": shift_id}).scalars())
        updates = [{"b_s": shift_id, "b_n": n, "b_c": c, "b_a": a, "b_e": e}
                   for n, (c, a, e) in deltas.items() if n in existing]
        inserts = [{"shift_id": shift_id, "name": n, "count": c, "amount": a, "extra": e}
                   for n, (c, a, e) in deltas.items() if n not in existing]
        if updates:
            conn.execute(_COUNTER_ADD, updates)
        if inserts:
            conn.execute(insert(_C), inserts)

    def counters(self, shift_id: int) -> list[tuple[str, int, int, int]]:
        stmt = select(ShiftCounter.name, ShiftCounter.count, ShiftCounter.amount, ShiftCounter.extra).where(
            ShiftCounter.shift_id == shift_id
        )
        return [tuple(r) for r in self.session.execute(stmt)]  # type: ignore[misc]

    # -- cash moves ------------------------------------------------------------------------
    def cash_move(self, move_id: int) -> CashMove | None:
        return self.session.get(CashMove, move_id)

    def cash_move_by_uuid(self, uuid: str) -> CashMove | None:
        return self.session.scalars(select(CashMove).where(CashMove.uuid == uuid)).first()

    def add_cash_move(self, move: CashMove) -> CashMove:
        self.session.add(move)
        self.session.flush()
        return move

    def by_uuid(self, uuid: str) -> Shift | None:
        return self.session.scalars(select(Shift).where(Shift.uuid == uuid)).first()
