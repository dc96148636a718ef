"""Kaspi Smart POS through its local HTTPS API, behind :class:`PaymentTerminal` (decisions 0701–0704).

``pay``/``refund`` start a process and wait for it (poll every ``poll_interval``, at most
``wait_limit``); an ``unknown`` process is actualized at most once per ``actualize_interval``.
The API has no cancel: ``cancel()`` only stops the *waiting* (STOPPED_WAITING) and the process
is followed on in the background. An outcome that arrives after the caller stopped waiting goes
to ``listener.on_late_result`` and stays in ``pending()`` until ``acknowledge``.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.errors import HardwareError
from alsep_desktop.hardware.protocols import TerminalInfo, TerminalResult, TerminalStatus
from alsep_desktop.hardware.terminal.amounts import whole_tenge
from alsep_desktop.hardware.terminal.errors import (
    ProcessNotFound,
    RefundMethodUnknown,
    RefundNeedsOriginal,
    RegistrationNotAllowed,
    TerminalCertificateChanged,
    TerminalNoAnswer,
)
from alsep_desktop.hardware.terminal.journal import OperationKind, ProcessState, TerminalOperation
from alsep_desktop.hardware.terminal.kaspi.client import KaspiClient, KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.parse import process_changes
from alsep_desktop.hardware.terminal.kaspi.tls import (
    TlsMode,
    format_fingerprint,
    normalize_fingerprint,
)
from alsep_desktop.hardware.terminal.kaspi.tokens import KaspiPairing, TokenStore
from alsep_desktop.hardware.terminal.kaspi.watch import ActualizeGate, ProcessWatch, check_once
from alsep_desktop.hardware.terminal.listeners import (
    NullPrompt,
    RegistrationPrompt,
    TerminalListener,
)

log = logging.getLogger(__name__)

VENDOR = "kaspi"
METHODS = ("card", "qr")


def is_usable() -> bool:
    try:
        import requests  # noqa: F401
    except ImportError:  # pragma: no cover - requests is a core dependency
        return False
    return True


@dataclass(slots=True)
class _Waiter:
    wake: threading.Event = field(default_factory=threading.Event)
    stopped: bool = False


class KaspiTerminal:
    def __init__(self, config: KaspiConfig, store: TokenStore, *, listener: TerminalListener | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:
        self.config = config
        self.store = store
        self.client = KaspiClient(config, store, now=now)
        self.listener = listener
        self._now = now
        self._gate = ActualizeGate(config.actualize_interval)
        self._lock = threading.RLock()
        self._ops: dict[str, TerminalOperation] = {}
        self._watches: dict[str, ProcessWatch] = {}
        self._waiter: _Waiter | None = None

    # -- pairing -----------------------------------------------------------------------------
    @property
    def registered(self) -> bool:
        try:
            self.client.pairing()
        except HardwareError:
            return False
        return True

    def register(self, prompt: RegistrationPrompt | None = None) -> KaspiPairing:
        """``/v2/register``: the terminal answers after someone presses «Разрешить» on it.

        By IP the certificate presented now is pinned (trust on first use). ``cancel()`` stops
        waiting; a late allow still stores the tokens (so the name is not lost to error 105).
        """
        prompt = prompt or NullPrompt()
        cfg = self.config
        fingerprint = self.client.presented_fingerprint() if cfg.tls is TlsMode.PINNED else None
        waiter = self._begin()
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                data = self.client.get("/v2/register", {"name": cfg.name}, fingerprint=fingerprint,
                                       timeout=cfg.register_timeout)
                pairing = KaspiPairing(cfg.name, "", "", fingerprint=fingerprint).with_tokens(data)
                self.client.adopt(pairing)
                self.client.repinned()
                box["pairing"] = pairing
            except Exception as exc:  # noqa: BLE001 - handed to the waiting caller
                box["error"] = exc
            finally:
                waiter.wake.set()

        prompt.press_allow(cfg.name, cfg.label)
        threading.Thread(target=run, name="kaspi-register", daemon=True).start()
        try:
            waiter.wake.wait(cfg.register_timeout + cfg.connect_timeout + 1.0)
        finally:
            self._end(waiter)
            prompt.finished("pairing" in box)
        if "pairing" not in box:
            error = box.get("error")
            if error is None or isinstance(error, TerminalNoAnswer):
                reason = "stopped waiting" if waiter.stopped else "no answer in time"
                raise RegistrationNotAllowed(name=cfg.name, reason=reason) from error
            raise error
        pairing: KaspiPairing = box["pairing"]
        try:
            info = self.device_info()  # may refresh the tokens already (a short lifetime): merge, never
            pairing = self.client.update_pairing(  # write the registration's spent pair back (2010)
                lambda p: replace(p, terminal_id=info.terminal_id, serial_number=info.serial_number))
        except HardwareError as exc:
            log.warning("kaspi registered but deviceinfo failed: %s", exc)
        return pairing

    def trust_presented_certificate(self, expected: str) -> KaspiPairing:
        """Re-pin after :class:`TerminalCertificateChanged`, once an administrator confirmed the
        new fingerprint ``expected`` (as the error showed it). Refused if it changed again."""
        self.client.pairing()  # registered at all
        actual = self.client.presented_fingerprint()
        if normalize_fingerprint(actual) != normalize_fingerprint(expected):
            raise TerminalCertificateChanged(host=self.config.label, expected=format_fingerprint(expected),
                                             actual=format_fingerprint(actual), actual_raw=actual)
        pairing = self.client.update_pairing(lambda p: replace(p, fingerprint=actual))
        self.client.repinned()
        return pairing

    def forget(self) -> None:
        """Drop the pairing (after the name was removed on the terminal)."""
        self.client.forget()
        self.client.repinned()

    def device_info(self) -> TerminalInfo:
        data = self.client.call("/v2/deviceinfo")
        return TerminalInfo(vendor=VENDOR, terminal_id=str(data.get("terminalId", "")),
                            serial_number=str(data.get("serialNum", "")), pos_number=str(data.get("posNum", "")))

    # -- payments and refunds ---------------------------------------------------------------------
    def pay(self, amount: Money, *, reference: str) -> TerminalResult:
        tenge = whole_tenge(amount)
        params = {"amount": tenge, "owncheque": "true" if self.config.owncheque else "false"}
        return self._run(OperationKind.PAYMENT, amount, reference, "/v2/payment", params)

    def refund(self, amount: Money, *, reference: str, original_rrn: str | None = None,
               method: str | None = None) -> TerminalResult:
        """Refund by the original's card RRN or QR order number, in the original's method."""
        tenge = whole_tenge(amount)
        if not original_rrn:
            raise RefundNeedsOriginal()
        method = (method or self._method_of(original_rrn) or "").lower()
        if method not in METHODS:
            raise RefundMethodUnknown(transaction_id=original_rrn)
        params = {"amount": tenge, "method": method, "transactionId": original_rrn,
                  "owncheque": "true" if self.config.owncheque else "false"}
        return self._run(OperationKind.REFUND, amount, reference, "/v2/refund", params, original=original_rrn)

    def cancel(self) -> None:
        with self._lock:
            waiter = self._waiter
        if waiter is not None:
            waiter.stopped = True
            waiter.wake.set()

    def _run(self, kind: OperationKind, amount: Money, reference: str, path: str, params: dict[str, Any],
             original: str | None = None) -> TerminalResult:
        pairing = self.client.pairing()
        now = self._now()
        op = TerminalOperation(id=str(uuid.uuid4()), reference=reference, kind=kind, amount=amount,
                               started_at=now, updated_at=now, vendor=VENDOR, original_transaction_id=original,
                               terminal_id=pairing.terminal_id or None)
        waiter = self._begin()
        try:
            self._put(op)
            try:
                data = self.client.call(path, params)
            except TerminalNoAnswer as exc:  # it may have started: never "nothing happened"
                return self._apply(op.id, {"state": ProcessState.START_UNCONFIRMED, "message": str(exc),
                                           "reported": TerminalStatus.UNKNOWN}).result()
            except HardwareError as exc:
                self._apply(op.id, {"state": ProcessState.NOT_STARTED, "message": exc.code,
                                    "reported": TerminalStatus.DECLINED})
                raise
            process_id = str(data.get("processId") or "")
            if not process_id:
                return self._apply(op.id, {"state": ProcessState.START_UNCONFIRMED, "reported": TerminalStatus.UNKNOWN,
                                           "message": "the terminal gave no processId"}).result()
            started = process_changes(data)
            self._apply(op.id, {"process_id": process_id, "state": started["state"]})
            watch = self._watch(op.id, process_id, wake=waiter.wake)
            return self._wait(op.id, waiter, watch).result()
        finally:
            self._end(waiter)

    def _wait(self, op_id: str, waiter: _Waiter, watch: ProcessWatch) -> TerminalOperation:
        deadline = time.monotonic() + self.config.wait_limit
        while True:
            op = self._ops[op_id]
            left = deadline - time.monotonic()
            if op.final or op.state is ProcessState.LOST or waiter.stopped or left <= 0 or watch.done.is_set():
                break
            waiter.wake.wait(min(left, 1.0))
            waiter.wake.clear()
        with self._lock:
            op = self._ops[op_id]
            if op.final:
                reported = op.status
            else:
                reported = TerminalStatus.STOPPED_WAITING if waiter.stopped else TerminalStatus.UNKNOWN
            return self._apply(op_id, {"reported": reported})

    # -- after the caller stopped waiting -------------------------------------------------------
    def check(self, process_id: str) -> TerminalResult:
        """Look at the process now (status; actualize when unknown and due) and return its outcome."""
        op = self._by_process(process_id)
        if op is None:
            raise ProcessNotFound(path="check", status_code=0, text="not in this driver's journal: resume() it",
                                  process_id=process_id)
        try:
            changes = check_once(self.client, self._gate, process_id)
        except ProcessNotFound as exc:
            changes = {"state": ProcessState.LOST, "message": str(exc)}
        return self._apply(op.id, changes).result()

    def pending(self) -> list[TerminalResult]:
        with self._lock:
            return [op.result() for op in self._ops.values() if op.late and not op.acknowledged]

    def pending_operations(self) -> list[TerminalOperation]:
        with self._lock:
            return [op for op in self._ops.values() if op.late and not op.acknowledged]

    def operation(self, op_id: str) -> TerminalOperation:
        with self._lock:
            return self._ops[op_id]

    def acknowledge(self, operation_id: str) -> None:
        self._apply(operation_id, {"acknowledged": True})

    def resume(self, op: TerminalOperation) -> None:
        """Follow an operation the app's journal left open (e.g. after a restart)."""
        if op.reported is None or op.reported.known and not op.final:
            op = replace(op, reported=TerminalStatus.UNKNOWN)
        with self._lock:
            watched = op.id in self._watches
        if watched:  # still followed (resumed again after a new pairing): one watch per operation
            return
        self._put(op)
        if op.process_id and not op.final and op.state is not ProcessState.LOST:
            self._watch(op.id, op.process_id)

    def close(self, timeout: float = 2.0) -> None:
        """Stop following processes (app exit). Their state stays what the journal has."""
        with self._lock:
            watches = list(self._watches.values())
        for w in watches:
            w.stop()
        for w in watches:
            w.join(timeout)

    # -- internals ---------------------------------------------------------------------------
    def _begin(self) -> _Waiter:
        waiter = _Waiter()
        with self._lock:
            self._waiter = waiter
        return waiter

    def _end(self, waiter: _Waiter) -> None:
        with self._lock:
            if self._waiter is waiter:
                self._waiter = None

    def _watch(self, op_id: str, process_id: str, wake: threading.Event | None = None) -> ProcessWatch:
        watch = ProcessWatch(op_id=op_id, process_id=process_id, client=self.client, gate=self._gate,
                             apply=self._apply, ended=self._watch_ended, poll_interval=self.config.poll_interval,
                             limit=self.config.background_limit, wake=wake)
        with self._lock:
            self._watches[op_id] = watch
        return watch.start()

    def _watch_ended(self, op_id: str) -> None:
        with self._lock:
            self._watches.pop(op_id, None)
            op = self._ops[op_id]
        if op.late and not op.final:  # gave up following it: the app must check by hand
            self._notify_late(op)

    def _method_of(self, transaction_id: str) -> str | None:
        with self._lock:
            for op in self._ops.values():
                if op.kind is OperationKind.PAYMENT and op.transaction_id == transaction_id and op.method:
                    return op.method
        return None

    def _by_process(self, process_id: str) -> TerminalOperation | None:
        with self._lock:
            return next((op for op in self._ops.values() if op.process_id == process_id), None)

    def _put(self, op: TerminalOperation) -> None:
        with self._lock:
            self._ops[op.id] = op
        self._emit(op)

    def _apply(self, op_id: str, changes: dict[str, Any]) -> TerminalOperation:
        changes = dict(changes)
        with self._lock:
            old = self._ops[op_id]
            if changes.pop("actualized", False):
                changes["actualize_count"] = old.actualize_count + 1
            if old.final and "state" in changes:  # a final outcome never changes back
                changes = {k: v for k, v in changes.items() if k in ("reported", "acknowledged")}
            new = replace(old, **changes)
            if new == old:
                return old
            new = replace(new, updated_at=self._now())
            self._ops[op_id] = new
        self._emit(new)
        if new.final and not old.final and new.late:
            self._notify_late(new)
        return new

    def _emit(self, op: TerminalOperation) -> None:
        if self.listener is not None:
            try:
                self.listener.on_operation(op)
            except Exception:  # noqa: BLE001 - a listener must not break the driver
                log.exception("terminal listener failed on %s", op.id)

    def _notify_late(self, op: TerminalOperation) -> None:
        log.warning("kaspi %s %s: outcome %s after the caller stopped waiting", op.kind.value, op.process_id,
                    op.state.value)
        if self.listener is not None:
            try:
                self.listener.on_late_result(op)
            except Exception:  # noqa: BLE001
                log.exception("terminal listener failed on late %s", op.id)
