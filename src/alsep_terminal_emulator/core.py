"""The terminal's behaviour, apart from HTTP: routes → envelopes (spec §1.2–1.7).

A process's course is computed from the clock whenever anyone looks (a request, the ledger), so
money is taken at the planned time whether or not a client polls.
"""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from alsep_terminal_emulator.faults import Fault, Plan
from alsep_terminal_emulator.grants import Grants
from alsep_terminal_emulator.ledger import Ledger, LedgerEntry

DROP = object()  # answer nothing: close the connection


@dataclass(frozen=True, slots=True)
class Reply:
    http: int
    body: dict[str, Any]


def ok(data: dict[str, Any]) -> Reply:
    return Reply(200, {"statusCode": 0, "errorText": "", "data": data})


def err(code: int, text: str) -> Reply:
    return Reply(200, {"statusCode": code, "errorText": text, "data": {"message": text}})


@dataclass(slots=True)
class Process:
    id: str
    kind: str  # payment | refund
    amount: int
    plan: Plan
    created: float
    method: str
    refund_of: str | None = None
    status: str = "wait"
    sub_status: str = "Initialize"
    transaction_id: str | None = None
    message: str = ""
    actualized: int = 0
    last_actualize: float | None = None
    cheque: dict[str, Any] = field(default_factory=dict)
    finished_at: str = ""


@dataclass(slots=True)
class Device:
    terminal_id: str = "31452963"
    serial: str = "00043010171"
    pos_num: str = "0"
    store: str = "Тестовый магазин"
    city: str = "г. Алматы"
    address: str = "Конаева 11, 6"
    bin: str = "960419351140"


class KaspiEmulator:
    def __init__(self, *, auto_allow: bool = False, token_lifetime: timedelta = timedelta(hours=24),
                 register_wait: float = 60.0, actualize_interval: float = 10.0, default_plan: Plan | None = None,
                 now: Callable[[], datetime] = datetime.now, seed: int | None = None,
                 device: Device | None = None) -> None:
        self.grants = Grants(auto_allow=auto_allow, token_lifetime=token_lifetime, now=now)
        self.ledger = Ledger()
        self.device = device or Device()
        self.register_wait = register_wait
        self.actualize_interval = actualize_interval
        self.default_plan = default_plan or Plan()
        self._now = now
        self._rng = random.Random(seed)
        self._ids = itertools.count(self._rng.randrange(10**9, 2 * 10**9))
        self._lock = threading.RLock()
        self._plans: deque[Plan] = deque()
        self._faults: list[Fault] = []
        self.processes: dict[str, Process] = {}
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.violations: list[str] = []  # client misbehaviour seen (e.g. actualize too often)
        self.on_change: Callable[[], None] | None = None

    # -- scripting -----------------------------------------------------------------------------
    def plan(self, *plans: Plan) -> None:
        with self._lock:
            self._plans.extend(plans)

    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for f in self._faults:
                if f.matches(path):
                    f.times -= 1
                    return f
        return None

    def restart(self) -> None:
        """The terminal restarts: its processes are forgotten (101), its ledger and grants stay."""
        with self._lock:
            self._advance()
            self.processes.clear()

    def calls_to(self, path: str) -> int:
        with self._lock:
            return sum(1 for p, _ in self.calls if p == path)

    # -- the API ----------------------------------------------------------------------------------
    def handle(self, path: str, params: dict[str, str], token: str | None) -> Reply | object:
        with self._lock:
            self.calls.append((path, dict(params)))
        if path == "/v2/register":
            return self._register(params)
        if path == "/v2/revoke":
            return self._revoke(params)
        if path not in _ROUTES:
            return Reply(404, {"statusCode": 404, "errorText": "Invalid Url. Please, contact developers"})
        if not self.grants.valid(token):
            return Reply(401, {"statusCode": 401, "errorText": "Authorization failed"})
        with self._lock:
            before = self._statuses() if path in _READS else None
            self._advance()
            reply = getattr(self, _ROUTES[path])(params)
            changed = before is None or self._statuses() != before
        if changed:  # a status poll that moved nothing leaves the saved state as it is
            self._changed()
        return reply

    def _statuses(self) -> list[tuple[str, str, str]]:
        return [(p.id, p.status, p.sub_status) for p in self.processes.values()]

    def _register(self, params: dict[str, str]) -> Reply | object:
        name = params.get("name", "")
        if not name:
            return err(999, "Missing param: name")
        code, value = self.grants.register(name, self.register_wait)
        if code == -1:
            return DROP
        self._changed()
        return ok(value) if code == 0 else err(code, value)

    def _revoke(self, params: dict[str, str]) -> Reply:
        if not params.get("name"):
            return err(999, "Missing param: name")
        code, value = self.grants.revoke(params["name"], params.get("refreshToken", ""))
        self._changed()
        return ok(value) if code == 0 else err(code, value)

    def _amount(self, params: dict[str, str]) -> int | Reply:
        if "amount" not in params:
            return err(999, "Missing param: amount")
        try:
            amount = int(params["amount"])
        except ValueError:
            return err(999, "Param unvalidated: amount. Must be a number")
        return amount if amount > 0 else err(999, "Param unvalidated: amount. Must be greater 0")

    def _busy(self) -> Reply | None:
        if any(p.status == "wait" for p in self.processes.values()):
            return err(107, "Could not register transaction. Last operation was not completed.")
        return None

    def _start(self, kind: str, amount: int, method: str | None = None, refund_of: str | None = None) -> Reply:
        plan = self._plans.popleft() if self._plans else self.default_plan
        p = Process(id=str(next(self._ids)), kind=kind, amount=amount, plan=plan, created=time.monotonic(),
                    method=method or plan.method, refund_of=refund_of)
        self.processes[p.id] = p
        return ok({"processId": p.id, "status": "wait"})

    def payment(self, params: dict[str, str]) -> Reply:
        amount = self._amount(params)
        if isinstance(amount, Reply):
            return amount
        return self._busy() or self._start("payment", amount)

    def refund(self, params: dict[str, str]) -> Reply:
        amount = self._amount(params)
        if isinstance(amount, Reply):
            return amount
        method, txn = params.get("method", ""), params.get("transactionId", "")
        if not txn:
            return err(999, "Missing param: transactionId")
        if method not in ("qr", "card"):
            return err(999, "Param unvalidated: method. Unknown payment method")
        return self._busy() or self._start("refund", amount, method=method, refund_of=txn)

    def status(self, params: dict[str, str]) -> Reply:
        p = self.processes.get(params.get("processId", ""))
        return err(101, "Process not found") if p is None else ok(self._view(p))

    def actualize(self, params: dict[str, str]) -> Reply:
        p = self.processes.get(params.get("processId", ""))
        if p is None:
            return err(101, "Process not found")
        now = time.monotonic()
        if p.last_actualize is not None and now - p.last_actualize < self.actualize_interval:
            self.violations.append(f"actualize {p.id} after {now - p.last_actualize:.2f}s")
        p.last_actualize = now
        if p.status != "unknown":
            return err(103, "This transaction is unable to actualize")
        p.actualized += 1
        if p.actualized >= p.plan.actualizes:
            self._reveal(p)
        return ok(self._view(p))

    def deviceinfo(self, params: dict[str, str]) -> Reply:
        d = self.device
        return ok({"posNum": d.pos_num, "serialNum": d.serial, "terminalId": d.terminal_id})

    # -- processes ------------------------------------------------------------------------------------
    def advance(self) -> None:
        with self._lock:
            self._advance()

    def ledger_now(self) -> Ledger:
        """The ledger with every process brought up to the present moment."""
        self.advance()
        return self.ledger

    def _advance(self) -> None:
        now = time.monotonic()
        for p in self.processes.values():
            if p.status != "wait":
                continue
            age = now - p.created
            if age >= p.plan.delay:
                self._finish(p)
            elif age >= p.plan.delay / 2:
                p.sub_status = ("ProcessRefund" if p.kind == "refund" else
                                "WaitForQrConfirmation" if p.method == "qr" else "ProcessingCard")
            else:
                p.sub_status = "WaitUser"

    def _refusal(self, p: Process) -> str | None:
        if p.kind != "refund":
            return None
        assert p.refund_of is not None
        if self.ledger.payment(p.refund_of, p.method) is None:
            return "Возврат невозможен: операция не найдена"
        if p.amount > self.ledger.refundable(p.refund_of, p.method):
            return "Возврат невозможен: сумма возврата превышает сумму покупки"
        return None

    def _finish(self, p: Process) -> None:
        refusal = self._refusal(p)
        outcome = "fail" if refusal else p.plan.outcome
        if outcome == "fail":
            p.status, p.sub_status = "fail", "Fail"
            p.message = refusal or p.plan.message or (
                "Отмена возврата" if p.kind == "refund" else "Отмена покупки; Покупатель отменил покупку")
            return
        p.transaction_id = self._txn(p.method)
        if outcome == "unknown":
            p.status, p.sub_status = "unknown", "Unknown"
            p.message = p.plan.message or "Нет связи с банком; результат операции неизвестен"
            if p.plan.resolve == "success":
                self._book(p)  # the bank took the money; the terminal does not know it yet
            return
        self._book(p)
        self._succeed(p)

    def _reveal(self, p: Process) -> None:
        if p.plan.resolve == "success":
            self._succeed(p)
        else:
            p.status, p.sub_status, p.transaction_id = "fail", "Fail", None
            p.message = p.plan.message or "Операция отклонена банком"

    def _book(self, p: Process) -> None:
        assert p.transaction_id is not None
        p.finished_at = self._now().strftime("%d.%m.%y %H:%M:%S")
        self.ledger.add(LedgerEntry(kind=p.kind, process_id=p.id, method=p.method, transaction_id=p.transaction_id,
                                    amount=p.amount, refund_of=p.refund_of, at=p.finished_at))

    def _succeed(self, p: Process) -> None:
        p.status = "success"
        p.sub_status = "QrTransactionSuccess" if p.method == "qr" else "CardTransactionSuccess"
        p.message = ""
        d = self.device
        refund = p.kind == "refund"
        cheque: dict[str, Any] = {
            "storeName": d.store, "city": d.city, "address": d.address, "bin": d.bin, "terminalId": d.terminal_id,
            "date": p.finished_at, "method": p.method, "type": p.kind,
            "amount": f"- {p.amount} ₸" if refund else f"{p.amount} ₸",
            "status": "Возврат успешно совершен" if refund else "Покупка с Kaspi Gold. Одобрено",
        }
        if p.method == "qr":
            cheque["orderNumber"] = p.transaction_id
        else:
            cheque.update(cardMask=f"440043******{self._rng.randrange(10**4):04d}", rrn=p.transaction_id,
                          authorizationCode=f"{self._rng.randrange(10**6):06d}")
            if not refund:
                cheque.update(icc="Visa Debit", hostResponseCode="000")
        p.cheque = cheque

    def _txn(self, method: str) -> str:
        return f"{self._rng.randrange(10**11, 10**12)}" if method == "card" else f"{self._rng.randrange(10**8, 10**9)}"

    def _view(self, p: Process) -> dict[str, Any]:
        view: dict[str, Any] = {"processId": p.id, "status": p.status, "subStatus": p.sub_status}
        if p.status == "success":
            view.update(transactionId=p.transaction_id, chequeInfo=p.cheque,
                        addInfo={"IsOffer": False, "LoanTerm": 0, "ProductType": "Gold"})
        elif p.status in ("fail", "unknown"):
            view["message"] = p.message
        return view

    # -- state -----------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def to_state(self) -> dict[str, Any]:
        """The ledger, the allowed names and the processes (an open one goes on where it was)."""
        with self._lock:
            self._advance()
            now = time.monotonic()
            return {"ledger": self.ledger.to_json(), "grants": self.grants.to_json(),
                    "processes": [_process_json(p, now) for p in self.processes.values()]}

    def load_state(self, state: dict[str, Any], *, grants: bool = True) -> None:
        """Back from :meth:`to_state`; ``grants=False`` keeps this run's allowed names (a fresh
        certificate pairs again, as the demo does)."""
        with self._lock:
            self.ledger = Ledger.from_json(state.get("ledger", []))
            if grants:
                self.grants.load(state.get("grants", []))
            now = time.monotonic()
            for row in state.get("processes", []):
                p = _process_of(row, now)
                self.processes[p.id] = p
            numeric = [int(i) for i in self.processes if i.isdigit()]
            if numeric:  # new process ids never repeat a loaded one
                self._ids = itertools.count(max(numeric) + 1)


def _process_json(p: Process, now: float) -> dict[str, Any]:
    row = {name: getattr(p, name) for name in Process.__slots__ if name not in ("plan", "created", "last_actualize")}
    row["plan"] = {name: getattr(p.plan, name) for name in Plan.__slots__}
    row["age"] = now - p.created  # monotonic time does not survive a restart: keep how old it is
    return row


def _process_of(row: dict[str, Any], now: float) -> Process:
    values = {k: v for k, v in row.items() if k not in ("plan", "age")}
    return Process(plan=Plan(**row["plan"]), created=now - float(row.get("age", 0.0)), **values)


#: calls that only read: a state change comes from a process moving on while they run
_READS = frozenset({"/v2/status", "/v2/deviceinfo"})
_ROUTES = {"/v2/payment": "payment", "/v2/refund": "refund", "/v2/status": "status",
           "/v2/actualize": "actualize", "/v2/deviceinfo": "deviceinfo"}
