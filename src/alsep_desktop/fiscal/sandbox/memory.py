"""The sandbox's server-side fiscal memory: registers, sessions, documents, counters.

Pure logic behind one lock; the asyncio server only feeds it decoded requests.
Idempotency (decision 0107): a document whose key -- (command, printed_document_number)
for tickets and money placements, (close shift, fr_shift_number) for Z -- is already
stored is answered with the ORIGINAL answer (same fiscal sign); no second document is
created and ``duplicates`` is incremented.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from alsep_desktop.fiscal.convert import datetime_from_pb, money_from_pb, money_to_pb
from alsep_desktop.fiscal.errors import OfdProtocolError
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import CHECK_URL_BASE, Command, ResultCode
from alsep_desktop.fiscal.sandbox.counters import (
    CASH_SIGN,
    OPERATIONS,
    CountSum,
    Lifetime,
    ShiftCounters,
    build_zx,
)

SHIFT_LIMIT = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Document:
    device_id: int
    command: int
    key: str
    shift_number: int
    fiscal_sign: str
    offline: bool
    total: int
    operation: int | None = None


@dataclass
class Register:
    device_id: int
    token: int
    inn: str = "000000000000"
    blocked: bool = False
    shift: ShiftCounters = field(default_factory=lambda: ShiftCounters(number=1))
    life: Lifetime = field(default_factory=Lifetime)
    start_sums: dict[int, int] = field(default_factory=dict)
    last_z: pb.ZXReport | None = None
    documents: list[Document] = field(default_factory=list)
    answers: dict[str, pb.Response] = field(default_factory=dict)  # idempotency key -> answer
    last_req: tuple[int, int, int] | None = None  # (req_num, token used, command)
    last_answer: tuple[int, pb.Response] | None = None  # (header token, response)
    offline_periods: list[tuple[datetime, datetime]] = field(default_factory=list)
    duplicates: int = 0
    retries_served: int = 0


class Rejection(Exception):
    def __init__(self, code: ResultCode, text: str = "") -> None:
        super().__init__(text or code.name)
        self.code = code
        self.text = text or code.name


class FiscalMemory:
    def __init__(self, *, seed: int = 2031, auto_register: bool = False, nomenclature_version: int = 1) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._registers: dict[int, Register] = {}
        self._signs: set[str] = set()
        self.auto_register = auto_register
        self.nomenclature_version = nomenclature_version
        self.accounts: dict[str, tuple[str, int, str]] = {"admin": ("admin", 1, "Администратор")}

    # -- administration (thread-safe) --------------------------------------------------
    def register(self, device_id: int, token: int, *, inn: str = "000000000000") -> None:
        with self._lock:
            self._registers[device_id] = Register(device_id, token, inn=inn)

    def reset_token(self, device_id: int, token: int) -> None:
        with self._lock:
            reg = self._registers[device_id]
            reg.token, reg.last_req, reg.last_answer = token, None, None

    def devices(self) -> list[int]:
        with self._lock:
            return sorted(self._registers)

    def set_blocked(self, device_id: int, blocked: bool = True) -> None:
        with self._lock:
            self._registers[device_id].blocked = blocked

    def current_token(self, device_id: int) -> int:
        with self._lock:
            return self._registers[device_id].token

    def documents(self, device_id: int | None = None) -> list[Document]:
        with self._lock:
            regs = self._registers.values() if device_id is None else [self._registers[device_id]]
            return [d for r in regs for d in r.documents]

    def fiscal_signs(self, device_id: int | None = None) -> list[str]:
        return [d.fiscal_sign for d in self.documents(device_id) if d.command == Command.TICKET]

    def accepted_count(self, device_id: int) -> int:
        return len(self.documents(device_id))

    def stats(self, device_id: int) -> dict[str, int]:
        with self._lock:
            r = self._registers[device_id]
            return {
                "documents": len(r.documents), "duplicates": r.duplicates,
                "retries_served": r.retries_served, "shift_number": r.shift.number,
                "cash": r.shift.cash, "offline_periods": len(r.offline_periods),
            }

    # -- protocol ------------------------------------------------------------------
    def handle(self, device_id: int, token: int, req_num: int, request: pb.Request) -> tuple[int, pb.Response]:
        """Answer one decoded request: (token for the answer header, response)."""
        command = int(request.command)
        with self._lock:
            reg = self._registers.get(device_id)
            if reg is None and self.auto_register:
                reg = self._registers[device_id] = Register(device_id, token)
            if reg is None:
                return token, _reject(command, ResultCode.UNKNOWN_ID)
            if reg.last_req is not None and reg.last_req[0] == req_num:
                if reg.last_req[1] != token:
                    return token, _reject(command, ResultCode.INVALID_REQUEST_NUMBER)
                if reg.last_req[2] != command:
                    return token, _reject(command, ResultCode.INVALID_RETRY_REQUEST)
                assert reg.last_answer is not None
                reg.retries_served += 1
                return reg.last_answer
            if token != reg.token:
                return token, _reject(command, ResultCode.INVALID_TOKEN)
            try:
                if reg.blocked:
                    raise Rejection(ResultCode.BLOCKED, "register is blocked")
                response = self._dispatch(reg, request)
                reg.token = self._new_token(reg.token)
            except Rejection as rej:
                response = _reject(command, rej.code, rej.text)
            except OfdProtocolError as exc:
                response = _reject(command, ResultCode.INCORRECT_REQUEST_DATA, str(exc))
            reg.last_req = (req_num, token, command)
            reg.last_answer = (reg.token, response)
            return reg.token, response

    def _new_token(self, old: int) -> int:
        while True:
            token = self._rng.randrange(1, 0xFFFFFFFF)
            if token != old:
                return token

    def _new_sign(self) -> str:
        while True:
            sign = str(self._rng.randrange(10**9, 10**10))
            if sign not in self._signs:
                self._signs.add(sign)
                return sign

    def _dispatch(self, reg: Register, req: pb.Request) -> pb.Response:
        cmd = req.command
        if cmd == Command.SYSTEM:
            return self._system(reg, req)
        if cmd == Command.TICKET and req.HasField("ticket"):
            return self._ticket(reg, req.ticket)
        if cmd == Command.CLOSE_SHIFT and req.HasField("close_shift"):
            return self._close_shift(reg, req.close_shift)
        if cmd == Command.REPORT and req.HasField("report"):
            return self._report(reg, req.report)
        if cmd == Command.MONEY_PLACEMENT and req.HasField("money_placement"):
            return self._money(reg, req.money_placement)
        if cmd == Command.INFO:
            resp = _ok(cmd)
            resp.report.report = pb.REPORT_X
            resp.report.zx_report.CopyFrom(build_zx(reg.shift, reg.life, reg.start_sums, _now_of(reg)))
            _reg_info(reg, resp.service.reg_info)
            return resp
        if cmd == Command.NOMENCLATURE and req.HasField("nomenclature"):
            resp = _ok(cmd)
            resp.nomenclature.version = self.nomenclature_version
            if req.nomenclature.version != self.nomenclature_version:
                resp.nomenclature.items.add(barcode="4870000000017", name="Хлеб", section_code="1",
                                            measure_unit_code="796", price=money_to_pb(25_000))
            return resp
        if cmd == Command.AUTH and req.HasField("auth"):
            resp = _ok(cmd)
            account = self.accounts.get(req.auth.login)
            if account and account[0] == req.auth.password:
                resp.auth.result = pb.AUTH_OK
                resp.auth.operator.code, resp.auth.operator.name = account[1], account[2]
            else:
                resp.auth.result = pb.AUTH_INVALID_CREDENTIALS
            return resp
        if cmd in (Command.TICKET, Command.CLOSE_SHIFT, Command.REPORT, Command.MONEY_PLACEMENT,
                   Command.NOMENCLATURE, Command.AUTH):
            raise Rejection(ResultCode.PROTOCOL_ERROR, "command body missing")
        if cmd == Command.CANCEL_TICKET:
            raise Rejection(ResultCode.UNSUPPORTED_COMMAND)
        raise Rejection(ResultCode.UNKNOWN_COMMAND)

    # -- commands ------------------------------------------------------------------
    def _system(self, reg: Register, req: pb.Request) -> pb.Response:
        resp = _ok(Command.SYSTEM)
        if req.HasField("service"):
            if req.service.HasField("offline_period"):
                p = req.service.offline_period
                reg.offline_periods.append((datetime_from_pb(p.begin_time), datetime_from_pb(p.end_time)))
            if req.service.get_reg_info:
                _reg_info(reg, resp.service.reg_info)
        return resp

    def _ticket(self, reg: Register, t: pb.TicketRequest) -> pb.Response:
        key = f"ticket:{t.printed_document_number}" if t.HasField("printed_document_number") else ""
        if key and key in reg.answers:
            reg.duplicates += 1
            return reg.answers[key]
        when = datetime_from_pb(t.date_time)
        total = _check_ticket(reg, t)
        shift = self._open_shift(reg, when)
        op = int(t.operation)
        shift.tickets.setdefault(op, CountSum()).add(total)
        cash = 0
        for p in t.payments:
            k = (op, int(p.type))
            shift.payments[k] = shift.payments.get(k, 0) + money_from_pb(p.sum)
            if p.type == pb.PAYMENT_CASH:
                cash += money_from_pb(p.sum)
        cash -= money_from_pb(t.amounts.change) if t.amounts.HasField("change") else 0
        shift.cash += CASH_SIGN[op] * cash
        for item in t.items:
            if item.type == pb.ITEM_TYPE_COMMODITY:
                c = item.commodity
                shift.sections.setdefault((c.section_code, op), CountSum()).add(money_from_pb(c.sum))
                for tax in c.taxes:
                    pair = shift.taxes.setdefault((tax.percent, op), [0, 0])
                    pair[0] += money_from_pb(c.sum)
                    pair[1] += money_from_pb(tax.sum)
            elif item.type == pb.ITEM_TYPE_DISCOUNT:
                shift.discounts.setdefault(op, CountSum()).add(money_from_pb(item.discount.sum))
            elif item.type == pb.ITEM_TYPE_MARKUP:
                shift.markups.setdefault(op, CountSum()).add(money_from_pb(item.markup.sum))
        reg.life.sums[op] = reg.life.sums.get(op, 0) + total
        reg.life.ticket_counts[op] = reg.life.ticket_counts.get(op, 0) + 1
        offline = t.HasField("offline_ticket_number")
        if offline:
            shift.offline_count += 1
            sign = str(t.offline_ticket_number)
        else:
            sign = self._new_sign()
        resp = _ok(Command.TICKET)
        resp.ticket.ticket_number = sign
        local = when.strftime("%Y%m%dT%H%M%S")
        url = f"{CHECK_URL_BASE}?i={sign}&f={reg.device_id}&s={total // 100}.{total % 100:02d}&t={local}"
        resp.ticket.qr_code = url.encode()
        reg.documents.append(Document(reg.device_id, Command.TICKET, key, shift.number, sign, offline, total, op))
        if key:
            reg.answers[key] = resp
        return resp

    def _money(self, reg: Register, m: pb.MoneyPlacementRequest) -> pb.Response:
        key = f"money:{m.printed_document_number}" if m.HasField("printed_document_number") else ""
        if key and key in reg.answers:
            reg.duplicates += 1
            return reg.answers[key]
        amount = money_from_pb(m.sum)
        shift = self._open_shift(reg, datetime_from_pb(m.datetime))
        if m.operation == pb.MONEY_PLACEMENT_WITHDRAWAL:
            if amount > shift.cash:
                raise Rejection(ResultCode.NOT_ENOUGH_CASH, f"cash {shift.cash} < {amount}")
            shift.cash -= amount
        else:
            shift.cash += amount
        kind = int(m.operation)
        shift.placements.setdefault(kind, CountSum()).add(amount)
        reg.life.placement_counts[kind] = reg.life.placement_counts.get(kind, 0) + 1
        resp = _ok(Command.MONEY_PLACEMENT)
        reg.documents.append(Document(reg.device_id, Command.MONEY_PLACEMENT, key, shift.number, "",
                                      m.is_offline, amount))
        if key:
            reg.answers[key] = resp
        return resp

    def _close_shift(self, reg: Register, cs: pb.CloseShiftRequest) -> pb.Response:
        number = cs.fr_shift_number if cs.HasField("fr_shift_number") else reg.shift.number
        key = f"close:{number}"
        if key in reg.answers:
            reg.duplicates += 1
            return reg.answers[key]
        if number != reg.shift.number:
            raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"shift {number} is not the open shift")
        when = datetime_from_pb(cs.close_time)
        zx = build_zx(reg.shift, reg.life, reg.start_sums, when)
        zx.close_shift_time.CopyFrom(zx.date_time)
        resp = _ok(Command.CLOSE_SHIFT)
        resp.report.report = pb.REPORT_Z
        resp.report.zx_report.CopyFrom(zx)
        reg.documents.append(Document(reg.device_id, Command.CLOSE_SHIFT, key, number, "", cs.is_offline, 0))
        reg.answers[key] = resp
        reg.last_z = zx
        reg.start_sums = dict(reg.life.sums)
        reg.shift = ShiftCounters(number=number + 1, cash_start=reg.shift.cash, cash=reg.shift.cash)
        return resp

    def _report(self, reg: Register, r: pb.ReportRequest) -> pb.Response:
        resp = _ok(Command.REPORT)
        resp.report.report = r.report
        if r.report == pb.REPORT_X:
            zx = build_zx(reg.shift, reg.life, reg.start_sums, datetime_from_pb(r.date_time))
        elif reg.last_z is not None:
            zx = reg.last_z
        else:
            raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, "no closed shift yet")
        resp.report.zx_report.CopyFrom(zx)
        return resp

    def _open_shift(self, reg: Register, when: datetime) -> ShiftCounters:
        shift = reg.shift
        if shift.opened_at is None:
            shift.opened_at = when
        elif when - shift.opened_at > SHIFT_LIMIT:
            raise Rejection(ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED)
        return shift


def _check_ticket(reg: Register, t: pb.TicketRequest) -> int:
    """Arithmetic checks an OFD does; returns the ticket total in tiyn."""
    if t.operation not in OPERATIONS:
        raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, "unknown operation")
    total = money_from_pb(t.amounts.total)
    lines = 0
    for item in t.items:
        if item.type == pb.ITEM_TYPE_COMMODITY and item.HasField("commodity"):
            lines += money_from_pb(item.commodity.sum)
        elif item.type == pb.ITEM_TYPE_DISCOUNT and item.HasField("discount"):
            lines -= money_from_pb(item.discount.sum)
        elif item.type == pb.ITEM_TYPE_MARKUP and item.HasField("markup"):
            lines += money_from_pb(item.markup.sum)
        elif item.type in (pb.ITEM_TYPE_STORNO_COMMODITY, pb.ITEM_TYPE_STORNO_DISCOUNT, pb.ITEM_TYPE_STORNO_MARKUP):
            continue
        else:
            raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"item of type {item.type} has no body")
    if t.amounts.HasField("discount"):
        lines -= money_from_pb(t.amounts.discount.sum)
    if t.amounts.HasField("markup"):
        lines += money_from_pb(t.amounts.markup.sum)
    if lines != total:
        raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"items sum {lines} != total {total}")
    paid = sum(money_from_pb(p.sum) for p in t.payments)
    change = money_from_pb(t.amounts.change) if t.amounts.HasField("change") else 0
    if paid - change != total:
        raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"payments {paid} - change {change} != {total}")
    iin = t.extension_options.customer_iin_or_bin if t.HasField("extension_options") else ""
    if iin and iin == reg.inn:
        raise Rejection(ResultCode.SAME_TAXPAYER_AND_CUSTOMER)
    return total


def _ok(command: int) -> pb.Response:
    return pb.Response(command=command, result=pb.Result(result_code=ResultCode.OK, result_text="OK"))


def _reject(command: int, code: ResultCode, text: str = "") -> pb.Response:
    return pb.Response(command=command, result=pb.Result(result_code=code, result_text=text or code.name))


def _reg_info(reg: Register, out: pb.RegInfo) -> None:
    out.kkm.fns_kkm_id = f"{reg.device_id:012d}"
    out.kkm.serial_number = f"ALSEP-SANDBOX-{reg.device_id}"
    out.org.title = "ТОО «Песочница ОФД»"
    out.org.inn = reg.inn


def _now_of(reg: Register) -> datetime:
    from alsep_desktop.fiscal.convert import ALMATY

    return reg.shift.opened_at or datetime.now(ALMATY)
