"""Delivery of fiscal documents to the OFD: right after a sale, and by the background uploader.

Every document is first written, with its outbox entry, in the same transaction as the sale
(or cash move, or shift close). Delivery then takes the oldest entry of a register, calls the
OFD, and applies the verdict in ONE transaction together with the OFD session token:

* accepted → the document gets the OFD's fiscal sign; the entry is ``sent``;
* not delivered (no network, timeout, token or OFD trouble) → a document that was still
  ``paid`` goes offline: it gets its autonomous sign and waits; the entry stays ``pending``;
* refused by the OFD for the document itself → the entry (and a still-``paid`` receipt) is
  ``rejected`` and the cashier is told why.

The OFD deduplicates by the entry's uuid, so a resend after a crash never makes a second
document. Entries of a register are delivered strictly in order, one at a time.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.shift import ShiftTotals, cash_move_deltas, offline_delta
from alsep_desktop.errors import AlsepError
from alsep_desktop.fiscal.client import OfdClient, OfdOutcome
from alsep_desktop.fiscal.codec import parse_message
from alsep_desktop.fiscal.engine import (
    OfflineWindow,
    Verdict,
    as_offline,
    check_url,
    offline_sign,
    sign_of,
    verdict,
)
from alsep_desktop.fiscal.errors import NktDeferred
from alsep_desktop.fiscal.nkt import (
    NktCache,
    NktLookup,
    ask_nkt,
    normalize_barcode,
    pacer_for,
    read_lookup,
)
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.fiscal.reconcile import compare
from alsep_desktop.fiscal.requests import service_pb, system_request
from alsep_desktop.kernel.clock import ALMATY, Clock
from alsep_desktop.kernel.events import OFD_STATUS, OUTBOX_CHANGED, EventBus
from alsep_desktop.services.documents import negate, row_deltas
from alsep_desktop.services.ofd.document_facts import registration_of
from alsep_desktop.store.errors import translated
from alsep_desktop.store.locks import RegisterLocks
from alsep_desktop.store.models import Register
from alsep_desktop.store.repositories import outbox
from alsep_desktop.store.repositories import receipts as receipt_rows
from alsep_desktop.store.repositories.org import block_register
from alsep_desktop.store.repositories.outbox import OutboxRepository
from alsep_desktop.store.repositories.receipts import ReceiptRepository
from alsep_desktop.store.repositories.shifts import ShiftRepository
from alsep_desktop.store.uow import SqlUnitOfWork, UowFactory

log = logging.getLogger(__name__)


class RegisterNotConfigured(AlsepError):
    code = "fiscal.not_configured"
    template = "The register has no OFD data yet (system id and token): an admin fills them in"


class OfdTokenUnavailable(AlsepError):
    code = "fiscal.token_unavailable"
    template = ("The register's OFD token is not on this computer (it was entered on another one): an admin "
                "enters it here, in the admin tab: Registers → Update data")


@dataclass(frozen=True, slots=True)
class FiscalStatus:
    online: bool
    pending: int
    rejected: int
    oldest_pending: datetime | None
    time_left: timedelta | None
    last_error_code: str | None
    last_contact: datetime | None


@dataclass(frozen=True, slots=True)
class DrainResult:
    sent: int
    rejected: int
    left: int
    stopped_by: str | None  # stable code of the problem that stopped the drain, if any


class OfdChannel:
    """The OFD connection of one register: client, DB token store, and a lock for order."""

    def __init__(self, register_id: int, device_id: int, client: OfdClient, tokens: outbox.DbTokenStore,
                 rnm: str = "") -> None:
        self.register_id = register_id
        self.device_id = device_id
        self.rnm = rnm  # registration number at the tax authority (the check URL's f)
        self.client = client
        self.tokens = tokens
        self.lock = threading.Lock()
        self.last_error_code: str | None = None
        self.last_contact: datetime | None = None
        self.online = True


#: (OFD device id, the entered token or None when the store holds a live one, token store) -> client
ClientFactory = Callable[[int, int | None, outbox.DbTokenStore], OfdClient]


class DeliveryService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        events: EventBus,
        client_factory: ClientFactory,
        *,
        uow: UowFactory | None = None,
        locks: RegisterLocks | None = None,
    ) -> None:
        self._sessions = session_factory
        self._uow = uow or UowFactory(session_factory)
        self._locks = locks
        self._engine: Engine = session_factory.kw["bind"]
        self._clock = clock
        self._events = events
        self._client_factory = client_factory
        self._channels: dict[int, OfdChannel] = {}
        self._lock = threading.Lock()

    # -- channels -------------------------------------------------------------------
    def channel(self, register_id: int) -> OfdChannel:
        with self._lock:
            ch = self._channels.get(register_id)
            if ch is not None:
                return ch
            if self._locks is not None:
                self._locks.ensure(register_id)  # only the register's own process talks to the OFD for it
            with self._uow(read_only=True) as uow:
                reg = uow.org.register(register_id)
                if reg is None or not (reg.ofd_system_id or "").isdigit() or not reg.ofd_token_ref:
                    raise RegisterNotConfigured()
                device_id, rnm = int(reg.ofd_system_id or ""), reg.registration_number or ""  # digits: checked
                token: int | None = None
                if not uow.outbox.has_live_token(register_id):  # the session starts with the entered token
                    entered = (uow.secret(reg.ofd_token_ref) or "").strip()
                    if not entered:
                        raise OfdTokenUnavailable()
                    if not entered.isdigit():
                        raise RegisterNotConfigured()
                    token = int(entered)
            tokens = outbox.DbTokenStore(self._sessions, register_id, device_id, token, self._clock.now)
            ch = OfdChannel(register_id, device_id, self._client_factory(device_id, token, tokens), tokens, rnm)
            self._channels[register_id] = ch
            return ch

    def forget_channels(self) -> None:
        """Rebuild clients on next use (after the OFD address changed in the settings)."""
        with self._lock:
            self._channels.clear()

    def reset_channel(self, uow: SqlUnitOfWork, register: Register) -> None:
        """After the admin entered new OFD data or a new token (seed 8.4), in ``uow``: the session
        starts again with the entered token (which stays in the secrets store, decision 0013)."""
        with self._lock:
            self._channels.pop(register.id, None)
        if (register.ofd_system_id or "").isdigit() and register.ofd_token_ref:
            device_id = int(register.ofd_system_id or "")  # digits: checked above
            tokens = outbox.DbTokenStore(self._sessions, register.id, device_id, None, self._clock.now)
            tokens.reset(uow.session, device_id)
        register.ofd_block = None  # a new token is the way out of "Invalid token" (seed 8.4)

    # -- delivery ---------------------------------------------------------------------
    def deliver_next(self, register_id: int) -> tuple[Verdict, OfdOutcome] | None:
        """Deliver the oldest waiting document of the register (None when nothing waits)."""
        ch = self.channel(register_id)
        with translated(), ch.lock, self._engine.connect() as conn:
            batch = outbox.pending_batch(conn, register_id, n=1)
            if not batch:
                return None
            return self._deliver(ch, conn, _Entry(*batch[0]))

    def deliver(self, register_id: int, entry_id: int) -> Verdict | None:
        """Deliver this entry now if it is next in line (the sale path); None if it must wait."""
        ch = self.channel(register_id)
        with translated(), ch.lock, self._engine.connect() as conn:
            batch = outbox.pending_batch(conn, register_id, n=1)
            if not batch or batch[0][0] != entry_id:
                return None
            return self._deliver(ch, conn, _Entry(*batch[0]))[0]

    def drain(
        self, register_id: int, *, limit: int | None = None, cancel: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> DrainResult:
        """Upload waiting documents in order until none is left or one cannot be delivered."""
        sent = rejected = 0
        before = self.status(register_id)
        total = before.pending
        stopped: str | None = None
        ch = self.channel(register_id)
        with translated(), ch.lock, self._engine.connect() as conn:
            after = 0
            while stopped is None and (limit is None or sent + rejected < limit):
                batch = outbox.pending_batch(conn, register_id, after)
                if not batch:
                    break
                for i, raw in enumerate(batch):
                    if cancel is not None and cancel():
                        stopped = "cancelled"
                        break
                    if limit is not None and sent + rejected >= limit:
                        break
                    entry = _Entry(*raw)
                    after = entry.id
                    following = batch[i + 1][3] if i + 1 < len(batch) else None
                    v, outcome = self._deliver(ch, conn, entry, following)
                    if v is Verdict.WAIT:
                        stopped = outcome.code
                        break
                    sent += v is Verdict.SIGNED
                    rejected += v is Verdict.REJECTED
                    if progress is not None:
                        progress(sent + rejected, total)
        if sent or rejected:
            self._events.emit(OUTBOX_CHANGED, register_id=register_id)
        left = self.status(register_id).pending
        if (sent or rejected) and left == 0 and stopped is None and before.oldest_pending is not None:
            self.report_offline_period(register_id, before.oldest_pending, self._clock.now())
        return DrainResult(sent, rejected, left, stopped)

    def report_offline_period(self, register_id: int, begin: datetime, end: datetime) -> OfdOutcome | None:
        """Tell the OFD how long the register worked offline, once everything is uploaded (spec §4.5:
        ``ServiceRequest.offline_period`` in a COMMAND_SYSTEM packet)."""
        with self._uow(read_only=True) as uow:
            reg = uow.org.register(register_id)
            if reg is None:
                return None
            service = service_pb(registration_of(uow, reg), geo=False, offline_period=(begin, end))
        outcome = self.call_direct(register_id, system_request(service))
        if outcome is not None and not outcome.accepted:
            log.warning("offline period report for register %s not accepted: %s", register_id, outcome.code)
        return outcome

    def call_direct(self, register_id: int, request: pb.Request) -> OfdOutcome | None:
        """A request that is not a document (X report): only when nothing waits in the outbox."""
        ch = self.channel(register_id)
        with translated(), ch.lock, self._engine.connect() as conn:
            if outbox.pending_batch(conn, register_id, n=1):
                return None
            with ch.tokens.bound(conn):
                outcome = ch.client.call(request)
                ch.tokens.flush(conn)
            conn.commit()
        self._note(ch, outcome)
        return outcome

    def lookup_barcode(self, register_id: int, barcode: str, *, cache: NktCache | None = None) -> NktLookup:
        """The national catalogue's (НКТ) answer for ``barcode``, asked in this register's own OFD
        session under the lock its documents are delivered with (decision 2200): found, or not found
        (``found == False``). Raises ``NktDeferred`` while documents wait in the outbox (they go
        first, spec §2 p. 5.2), ``NktOffline`` / ``NktRefused`` / ``NktUnavailable`` /
        ``NktBadAnswer`` otherwise; the pacing waits before the lock, never inside it."""
        barcode = normalize_barcode(barcode)
        if cache is not None and (hit := cache.get(barcode)) is not None:
            return hit
        ch = self.channel(register_id)
        pacer_for(ch.device_id).wait()
        with translated(), ch.lock, self._engine.connect() as conn:
            if outbox.pending_batch(conn, register_id, n=1):
                raise NktDeferred()
            with ch.tokens.bound(conn):
                outcome = ask_nkt(ch.client, barcode)
                ch.tokens.flush(conn)
            conn.commit()
        if not isinstance(outcome.error, NktDeferred):
            self._note(ch, outcome)
        result = read_lookup(outcome, barcode, self._clock.now())
        if cache is not None:
            cache.put(result)
        return result

    def status(self, register_id: int) -> FiscalStatus:
        with translated(), self._sessions() as s:
            repo = OutboxRepository(s)
            pending, oldest = repo.pending_summary(register_id)
            rejected = repo.rejected_count(register_id)
        ch = self._channels.get(register_id)
        window = OfflineWindow(pending, oldest)
        return FiscalStatus(
            online=pending == 0 and (ch is None or ch.online),
            pending=pending, rejected=rejected, oldest_pending=oldest,
            time_left=window.time_left(self._clock.now()),
            last_error_code=ch.last_error_code if ch else None, last_contact=ch.last_contact if ch else None,
        )

    # -- internals --------------------------------------------------------------------
    def _deliver(
        self, ch: OfdChannel, conn: Connection, entry: _Entry, following: bytes | None = None
    ) -> tuple[Verdict, OfdOutcome]:
        """One document: ask the OFD, then its verdict, the session token and the next reservation
        in ONE transaction on ``conn`` (plain Core; the ORM joins it only for rare transitions)."""
        payload = entry.payload or b""
        with ch.tokens.bound(conn):
            outcome = ch.client.call_encoded(payload, _command_of(payload))
            v = verdict(outcome)
            self._apply(ch, conn, entry, outcome, v)
            if following is not None and v is not Verdict.WAIT:
                ch.tokens.prereserve(conn, following)
            ch.tokens.flush(conn)
            conn.commit()
        self._note(ch, outcome)
        if v is Verdict.REJECTED:  # the status bar turns red at once, not at its next tick (issue 20)
            self._events.emit(OUTBOX_CHANGED, register_id=ch.register_id)
        return v, outcome

    def _note(self, ch: OfdChannel, outcome: OfdOutcome) -> None:
        if outcome.result_code == ResultCode.INVALID_TOKEN:
            self._block_for_token(ch.register_id)
        if outcome.missing:
            log.warning("OFD answer (older protocol) lacks 2.0.3 fields: %s", ", ".join(outcome.missing))
        was_online = ch.online
        ch.online = outcome.accepted or verdict(outcome) is Verdict.REJECTED
        ch.last_error_code = None if ch.online else outcome.code
        if ch.online:
            ch.last_contact = self._clock.now()
        if was_online != ch.online:
            self._events.emit(OFD_STATUS, register_id=ch.register_id, online=ch.online, code=ch.last_error_code)

    def _block_for_token(self, register_id: int) -> None:
        """"Invalid token" blocks the register until an admin enters a new token (seed 8.4, 9.5)."""
        with translated(), self._engine.begin() as conn:
            block_register(conn, register_id, "invalid_token")

    @contextlib.contextmanager
    def _orm(self, conn: Connection) -> Iterator[Session]:
        """An ORM session inside ``conn``'s transaction: its commit only flushes into it (the
        outer transaction commits with the document); an error rolls the whole document back."""
        with Session(bind=conn, join_transaction_mode="rollback_only") as session:
            yield session
            session.commit()

    def _apply(self, ch: OfdChannel, conn: Connection, entry: _Entry, outcome: OfdOutcome, v: Verdict) -> None:
        handler = {"ticket": self._apply_ticket, "money_placement": self._apply_money,
                   "close_shift": self._apply_close}.get(entry.doc_type)
        new_payload = handler(ch, conn, entry, outcome, v) if handler is not None else None
        if new_payload is not None:
            ch.tokens.replace_pending(conn, entry.payload or b"", new_payload)
        state = {Verdict.SIGNED: outbox.SENT, Verdict.REJECTED: outbox.REJECTED}.get(v, outbox.PENDING)
        outbox.update_entry(
            conn, entry.id, attempts=entry.attempts + 1, state=state,
            sent_at=self._clock.now() if v is Verdict.SIGNED else None,
            result_code=outcome.result_code if v is not Verdict.SIGNED else 0,
            last_error=None if v is Verdict.SIGNED else (outcome.reason if v is Verdict.REJECTED else outcome.code),
            payload=new_payload if new_payload is not None else entry.payload,
        )

    def _apply_ticket(self, ch: OfdChannel, conn: Connection, entry: _Entry, outcome: OfdOutcome,
                      v: Verdict) -> bytes | None:
        """No statement at all on the hot path (the batch brought the receipt's state along)."""
        if entry.receipt_id is None:
            return None
        receipt_id, state, printed_sign = entry.receipt_id, entry.receipt_state, entry.receipt_sign
        shift_id, number, total, created_at = entry.shift_id, entry.number, entry.total_tiyn, entry.created_at
        assert shift_id is not None and number is not None and total is not None and created_at is not None
        if v is Verdict.SIGNED:
            sign, url = sign_of(outcome.response)  # type: ignore[arg-type]
            if state == "paid":
                receipt_rows.mark_signed(conn, receipt_id, sign, url)
            elif sign != printed_sign:  # lost answer: the OFD had it before we went offline
                receipt_rows.set_ofd_sign(conn, receipt_id, sign)
            return None
        if state != "paid":
            return None
        if v is Verdict.REJECTED:
            with self._orm(conn) as session:
                receipt = ReceiptRepository(session).get(receipt_id)
                assert receipt is not None
                receipt.state = "rejected"
                ShiftRepository(session).add_counters(shift_id, negate(row_deltas(receipt)))
            return None
        sign_no = offline_sign(receipt_rows.shift_number(conn, shift_id), number)
        url = check_url(str(sign_no), ch.rnm, total, created_at.astimezone(ALMATY))
        receipt_rows.mark_offline(conn, receipt_id, str(sign_no), url)
        operation = receipt_rows.operation_of(conn, receipt_id)
        with self._orm(conn) as session:
            ShiftRepository(session).add_counters(shift_id, offline_delta(operation))
        return as_offline(entry.payload or b"", sign_no)

    def _apply_money(self, ch: OfdChannel, conn: Connection, entry: _Entry, outcome: OfdOutcome,
                     v: Verdict) -> bytes | None:
        with self._orm(conn) as session:
            return self._apply_money_orm(session, entry, v)

    def _apply_money_orm(self, session: Session, entry: _Entry, v: Verdict) -> bytes | None:
        move = ShiftRepository(session).cash_move_by_uuid(entry.doc_uuid)
        if move is None:
            return None
        if v is Verdict.SIGNED:
            move.state = "signed"
        elif v is Verdict.REJECTED:
            if move.state != "rejected":
                deltas = cash_move_deltas(move.kind == "deposit", Money(move.amount_tiyn))
                ShiftRepository(session).add_counters(move.shift_id, negate(deltas))
            move.state = "rejected"
        elif move.state == "pending":
            move.state, move.offline = "queued", True
            ShiftRepository(session).add_counters(move.shift_id, offline_delta(move.kind))
            return as_offline(entry.payload or b"", None)
        return None

    def _apply_close(self, ch: OfdChannel, conn: Connection, entry: _Entry, outcome: OfdOutcome,
                     v: Verdict) -> bytes | None:
        with self._orm(conn) as session:
            return self._apply_close_orm(session, entry, outcome, v)

    def _apply_close_orm(self, session: Session, entry: _Entry, outcome: OfdOutcome, v: Verdict) -> bytes | None:
        shift = ShiftRepository(session).by_uuid(entry.doc_uuid)
        if shift is None:
            return None
        if v is Verdict.SIGNED and outcome.response is not None and outcome.response.HasField("report"):
            repo = ShiftRepository(session)
            totals = ShiftTotals.from_counters(repo.counters(shift.id))
            cash = Money(shift.cash_at_open_tiyn) + totals.cash_delta
            diffs = compare(totals, cash, outcome.response.report.zx_report)
            shift.ofd_mismatch = json.dumps(diffs, ensure_ascii=False) if diffs else None
        elif v is Verdict.WAIT:
            new_payload = as_offline(entry.payload or b"", None)
            return new_payload if new_payload != entry.payload else None
        return None


def _command_of(payload: bytes) -> int:
    """The command of a stored request: field 1 (varint), which our encoder writes first."""
    if payload[:1] == b"\x08":
        value, shift = 0, 0
        for byte in payload[1:6]:
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7
    return int(parse_message(pb.Request, payload).command)


@dataclass(frozen=True, slots=True)
class _Entry:
    id: int
    doc_type: str
    doc_uuid: str
    payload: bytes | None
    attempts: int
    # the receipt of a ticket entry (None for other documents)
    receipt_id: int | None = None
    receipt_state: str | None = None
    receipt_sign: str | None = None
    shift_id: int | None = None
    number: int | None = None
    total_tiyn: int | None = None
    created_at: datetime | None = None
