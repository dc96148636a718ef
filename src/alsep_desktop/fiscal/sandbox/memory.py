"""The sandbox's server-side fiscal memory: registers, sessions, documents, counters.

Pure logic behind one lock; the asyncio server only feeds it decoded requests.
Idempotency (decision 0107): a document whose key -- (command, printed_document_number)
for tickets and money placements, (close shift, fr_shift_number) for Z -- is already
stored is answered with the ORIGINAL answer (same fiscal sign); no second document is
created and ``duplicates`` is incremented.

It judges like the operator (decision 0111): documents need the service block with reg info
and geo position (else PROTOCOL_ERROR); a return needs ``parent_ticket`` and a close shift a ZX
report that agrees with the sandbox's own counters of the shift (else INCORRECT_REQUEST_DATA);
a shift older than 24 hours is closed by the sandbox itself, and documents that still claim it
get OPEN_SHIFT_TIMEOUT_EXPIRED until the register closes it.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from alsep_desktop.fiscal.convert import datetime_from_pb, money_from_pb
from alsep_desktop.fiscal.errors import OfdProtocolError
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import CHECK_URL_BASE, ResultCode
from alsep_desktop.fiscal.sandbox.catalogue import NktCatalogue
from alsep_desktop.fiscal.sandbox.counters import (
    OPERATIONS,
    Lifetime,
    ShiftCounters,
    build_zx,
    zx_disagreements,
)

Item = pb.TicketRequest.Item
RETURNS = (pb.OPERATION_SELL_RETURN, pb.OPERATION_BUY_RETURN)
#: Commands whose request must carry ``service`` with reg info and geo position (2.0.3).
DOCUMENT_COMMANDS = (pb.COMMAND_TICKET, pb.COMMAND_CLOSE_SHIFT, pb.COMMAND_REPORT, pb.COMMAND_MONEY_PLACEMENT)


@dataclass
class RegData:
    """What the operator holds about a register (its COMMAND_INFO answer)."""

    fns_kkm_id: str = ""
    serial_number: str = ""
    pos_title: str = "ТТ Песочница"
    pos_address: str = "г. Астана"
    pos_address_kz: str = "Астана қ."
    latitude: int = 51_128_207
    longitude: int = 71_430_411
    org_title: str = "ТОО «Песочница ОФД»"
    org_address: str = "г. Астана"
    org_address_kz: str = "Астана қ."
    oked: str = "47111"

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
    data: RegData | None = None  # None: adopted from the first reg info the register sends
    auto_closed: dict[int, pb.ZXReport] = field(default_factory=dict)  # shift number -> its Z
    last_document: tuple[int, int] = (0, 0)  # (fr_shift_number, printed_document_number)
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
    def __init__(self, *, seed: int = 2031, auto_register: bool = False, nomenclature_version: int = 1,
                 catalogue: NktCatalogue | None = None) -> None:
        self._lock = threading.Lock()
        self.catalogue = catalogue or NktCatalogue.fixture()  # the national catalogue (НКТ) it answers from
        self._nkt_lookups: dict[int, dict[str, int]] = {}  # device id -> barcode lookups (found/not found)
        self._rng = random.Random(seed)
        self._registers: dict[int, Register] = {}
        self._signs: set[str] = set()
        self.auto_register = auto_register
        self.nomenclature_version = nomenclature_version
        self.accounts: dict[str, tuple[str, int, str]] = {"admin": ("admin", 1, "Администратор")}

    # -- administration (thread-safe) --------------------------------------------------
    def register(self, device_id: int, token: int, *, inn: str = "000000000000", data: RegData | None = None) -> None:
        with self._lock:
            self._registers[device_id] = Register(device_id, token, inn=inn, data=data)

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
        return [d.fiscal_sign for d in self.documents(device_id) if d.command == pb.COMMAND_TICKET]

    def accepted_count(self, device_id: int) -> int:
        return len(self.documents(device_id))

    def stats(self, device_id: int) -> dict[str, int]:
        with self._lock:
            r = self._registers[device_id]
            return {
                "documents": len(r.documents), "duplicates": r.duplicates,
                "retries_served": r.retries_served, "shift_number": r.shift.number,
                "cash": r.shift.cash, "offline_periods": len(r.offline_periods),
                "auto_closed": len(r.auto_closed),
            }

    def nkt_lookups(self, device_id: int) -> dict[str, int]:
        """Barcode lookups (COMMAND_NOMENCLATURE with ``barcode``) this register made and the
        sandbox answered (retries answered from the cache are not counted again)."""
        with self._lock:
            counts = self._nkt_lookups.get(device_id, {})
            found, missing = counts.get("found", 0), counts.get("not_found", 0)
            return {"total": found + missing, "found": found, "not_found": missing}

    # -- protocol ------------------------------------------------------------------
    def handle(self, device_id: int, token: int, req_num: int, request: pb.Request) -> tuple[int, pb.Response]:
        """Answer one decoded request: (token for the answer header, response)."""
        command = request.command
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
        if req.HasField("service"):
            self._adopt(reg, req.service)
        if cmd in DOCUMENT_COMMANDS and not (
            req.HasField("service") and req.service.security_stats.HasField("geo_position")
        ):
            raise Rejection(ResultCode.PROTOCOL_ERROR, "service with reg_info and security_stats.geo_position required")
        if cmd == pb.COMMAND_SYSTEM:
            return self._system(reg, req)
        if cmd == pb.COMMAND_TICKET and req.HasField("ticket"):
            return self._ticket(reg, req.ticket)
        if cmd == pb.COMMAND_CLOSE_SHIFT and req.HasField("close_shift"):
            return self._close_shift(reg, req.close_shift)
        if cmd == pb.COMMAND_REPORT and req.HasField("report"):
            return self._report(reg, req.report)
        if cmd == pb.COMMAND_MONEY_PLACEMENT and req.HasField("money_placement"):
            return self._money(reg, req.money_placement)
        if cmd == pb.COMMAND_INFO:
            return self._info(reg)
        if cmd == pb.COMMAND_NOMENCLATURE and req.HasField("nomenclature"):
            return self._nomenclature(reg, req.nomenclature)
        if cmd == pb.COMMAND_AUTH and req.HasField("auth"):
            resp = _ok(cmd)
            account = self.accounts.get(req.auth.login)
            if account and account[0] == req.auth.password:
                resp.auth.result = pb.AuthResponse.RESULT_TYPE_OK
                resp.auth.operator_code, resp.auth.operator_name = account[1], account[2]
                resp.auth.roles.append(pb.USER_ROLE_ADMINISTRATOR)
            else:
                resp.auth.result = pb.AuthResponse.RESULT_TYPE_INVALID_LOGIN_PASSWORD
            return resp
        if cmd in (pb.COMMAND_TICKET, pb.COMMAND_CLOSE_SHIFT, pb.COMMAND_REPORT, pb.COMMAND_MONEY_PLACEMENT,
                   pb.COMMAND_NOMENCLATURE, pb.COMMAND_AUTH):
            raise Rejection(ResultCode.PROTOCOL_ERROR, "command body missing")
        if cmd == pb.COMMAND_CANCEL_TICKET:
            raise Rejection(ResultCode.UNSUPPORTED_COMMAND)
        raise Rejection(ResultCode.UNKNOWN_COMMAND)

    # -- commands ------------------------------------------------------------------
    def _system(self, reg: Register, req: pb.Request) -> pb.Response:
        resp = _ok(pb.COMMAND_SYSTEM)
        if req.HasField("service"):
            if req.service.HasField("offline_period"):
                p = req.service.offline_period
                reg.offline_periods.append((datetime_from_pb(p.begin_time), datetime_from_pb(p.end_time)))
            if req.service.get_reg_info:
                _reg_info(reg, resp.service.reg_info)
        if not resp.service.HasField("reg_info"):
            resp.ClearField("service")
        return resp

    def _adopt(self, reg: Register, service: pb.ServiceRequest) -> None:
        """A register the sandbox knows nothing about is "registered" with what it says first."""
        if reg.data is not None or not service.HasField("reg_info"):
            return
        kkm, org = service.reg_info.kkm, service.reg_info.org
        reg.data = RegData(fns_kkm_id=_text(kkm.fns_kkm_id), serial_number=_text(kkm.serial_number),
                           org_title=_text(org.title), org_address=_text(org.address),
                           org_address_kz=_text(org.address_kz), oked=_text(org.oked))
        if service.security_stats.HasField("geo_position"):
            reg.data.latitude = service.security_stats.geo_position.latitude
            reg.data.longitude = service.security_stats.geo_position.longitude
        if org.iin and reg.inn == "000000000000":
            reg.inn = _text(org.iin)

    def _info(self, reg: Register) -> pb.Response:
        """COMMAND_INFO as the operator answers it (spec §6): the current shift's counters as a
        ZX report, ads, reg info, the last document, the validation policy."""
        resp = _ok(pb.COMMAND_INFO)
        resp.report.report = pb.REPORT_Z
        resp.report.zx_report.CopyFrom(build_zx(reg.shift, reg.life, reg.start_sums, _now_of(reg)))
        ad = resp.service.ticket_ads.add(text="Проверить чек: consumer.oofd.kz")
        ad.info.type, ad.info.version = pb.TICKET_AD_OFD, 1
        _reg_info(reg, resp.service.reg_info)
        last = resp.service.last_document_info
        last.fr_shift_number, last.printed_document_number = reg.last_document
        resp.service.auxiliary.add(key="validation_policy", value="65535")
        return resp

    def _nomenclature(self, reg: Register, req: pb.NomenclatureRequest) -> pb.Response:
        resp = _ok(pb.COMMAND_NOMENCLATURE)
        found = self.catalogue.answer(req, resp.nomenclature)
        if found is not None:
            counts = self._nkt_lookups.setdefault(reg.device_id, {})
            key = "found" if found else "not_found"
            counts[key] = counts.get(key, 0) + 1
        return resp

    def _ticket(self, reg: Register, t: pb.TicketRequest) -> pb.Response:
        key = f"ticket:{t.printed_document_number}" if t.HasField("printed_document_number") else ""
        if key and key in reg.answers:
            reg.duplicates += 1
            return reg.answers[key]
        when = datetime_from_pb(t.date_time)
        total = _check_ticket(reg, t)
        shift = self._open_shift(reg, when, t.fr_shift_number if t.HasField("fr_shift_number") else None)
        op = int(t.operation)
        shift.add_ticket(t, total)
        reg.last_document = (shift.number, int(t.printed_document_number))
        reg.life.sums[op] = reg.life.sums.get(op, 0) + total
        reg.life.ticket_counts[op] = reg.life.ticket_counts.get(op, 0) + 1
        offline = t.HasField("offline_ticket_number")
        if offline:
            sign = str(t.offline_ticket_number)
        else:
            sign = self._new_sign()
        resp = _ok(pb.COMMAND_TICKET)
        resp.ticket.ticket_number = sign
        local = when.strftime("%Y%m%dT%H%M%S")
        rnm = reg.data.fns_kkm_id if reg.data else ""
        url = f"{CHECK_URL_BASE}?i={sign}&f={rnm}&s={total // 100}.{total % 100:02d}&t={local}"
        resp.ticket.qr_code = url.encode()
        reg.documents.append(Document(reg.device_id, pb.COMMAND_TICKET, key, shift.number, sign, offline, total, op))
        if key:
            reg.answers[key] = resp
        return resp

    def _money(self, reg: Register, m: pb.MoneyPlacementRequest) -> pb.Response:
        key = f"money:{m.printed_document_number}" if m.HasField("printed_document_number") else ""
        if key and key in reg.answers:
            reg.duplicates += 1
            return reg.answers[key]
        amount = money_from_pb(m.sum)
        shift = self._open_shift(
            reg, datetime_from_pb(m.datetime), m.fr_shift_number if m.HasField("fr_shift_number") else None
        )
        if m.operation == pb.MONEY_PLACEMENT_WITHDRAWAL and amount > shift.cash:
            raise Rejection(ResultCode.NOT_ENOUGH_CASH, f"cash {shift.cash} < {amount}")
        kind = int(m.operation)
        shift.add_placement(m)
        reg.last_document = (shift.number, int(m.printed_document_number))
        reg.life.placement_counts[kind] = reg.life.placement_counts.get(kind, 0) + 1
        resp = _ok(pb.COMMAND_MONEY_PLACEMENT)
        reg.documents.append(Document(reg.device_id, pb.COMMAND_MONEY_PLACEMENT, key, shift.number, "",
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
        resp = _ok(pb.COMMAND_CLOSE_SHIFT)
        resp.report.report = pb.REPORT_Z
        if number in reg.auto_closed:  # closed by the OFD after 24 hours: the register catches up
            resp.report.zx_report.CopyFrom(reg.auto_closed[number])
        else:
            if number != reg.shift.number and not reg.shift.has_documents:
                reg.shift.number = number  # a shift without documents here: the register's number holds
            if number != reg.shift.number:
                raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"shift {number} is not the open shift")
            when = datetime_from_pb(cs.close_time)
            zx = build_zx(reg.shift, reg.life, reg.start_sums, when, closed_at=when)
            wrong = zx_disagreements(cs.z_report, zx)
            if wrong:
                raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, "z_report disagrees: " + "; ".join(wrong))
            resp.report.zx_report.CopyFrom(zx)
            self._close(reg, zx)
        reg.documents.append(Document(reg.device_id, pb.COMMAND_CLOSE_SHIFT, key, number, "", cs.is_offline, 0))
        reg.answers[key] = resp
        return resp

    @staticmethod
    def _close(reg: Register, zx: pb.ZXReport) -> None:
        reg.last_z = zx
        reg.start_sums = dict(reg.life.sums)
        reg.shift = ShiftCounters(number=reg.shift.number + 1, cash_start=reg.shift.cash, cash=reg.shift.cash)

    def _report(self, reg: Register, r: pb.ReportRequest) -> pb.Response:
        resp = _ok(pb.COMMAND_REPORT)
        resp.report.report = r.report
        if r.report == pb.REPORT_X:
            zx = build_zx(reg.shift, reg.life, reg.start_sums, datetime_from_pb(r.date_time))
        elif reg.last_z is not None:
            zx = reg.last_z
        else:
            raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, "no closed shift yet")
        resp.report.zx_report.CopyFrom(zx)
        return resp

    def _open_shift(self, reg: Register, when: datetime, claimed: int | None = None) -> ShiftCounters:
        """The shift a document goes to. A shift open for more than 24 hours is closed here (at its
        24th hour, as the operator does); documents that still claim it are refused with 11."""
        shift = reg.shift
        if claimed is not None and claimed in reg.auto_closed:
            raise Rejection(ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED, f"shift {claimed} was closed after 24 hours")
        if shift.opened_at is not None and when - shift.opened_at > SHIFT_LIMIT:
            closed_at = shift.opened_at + SHIFT_LIMIT
            zx = build_zx(shift, reg.life, reg.start_sums, closed_at, closed_at=closed_at)
            reg.auto_closed[shift.number] = zx
            self._close(reg, zx)
            if claimed is None or claimed in reg.auto_closed:
                raise Rejection(ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED, "the shift was closed after 24 hours")
            shift = reg.shift
        if shift.opened_at is None:
            if claimed is not None and not shift.has_documents:
                shift.number = claimed  # the register's own shift numbering
            shift.opened_at = when
        return shift


def _check_ticket(reg: Register, t: pb.TicketRequest) -> int:
    """Arithmetic checks an OFD does; returns the ticket total in tiyn."""
    if t.operation not in OPERATIONS:
        raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, "unknown operation")
    total = money_from_pb(t.amounts.total)
    lines = 0
    for item in t.items:
        if item.type == Item.ITEM_TYPE_COMMODITY and item.HasField("commodity"):
            lines += money_from_pb(item.commodity.sum)
        elif item.type == Item.ITEM_TYPE_DISCOUNT and item.HasField("discount"):
            lines -= money_from_pb(item.discount.sum)
        elif item.type == Item.ITEM_TYPE_MARKUP and item.HasField("markup"):
            lines += money_from_pb(item.markup.sum)
        elif item.type in (
            Item.ITEM_TYPE_STORNO_COMMODITY,
            Item.ITEM_TYPE_STORNO_DISCOUNT,
            Item.ITEM_TYPE_STORNO_MARKUP,
        ):
            continue
        else:
            raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"item of type {item.type} has no body")
    if t.amounts.HasField("discount"):
        lines -= money_from_pb(t.amounts.discount.sum)
    if t.amounts.HasField("markup"):
        lines += money_from_pb(t.amounts.markup.sum)
    if lines != total:
        raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"items sum {lines} != total {total}")
    if t.operation in RETURNS and not t.HasField("parent_ticket"):
        raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, "a return needs parent_ticket")
    paid = sum(money_from_pb(p.sum) for p in t.payments)
    change = money_from_pb(t.amounts.change) if t.amounts.HasField("change") else 0
    if paid - change != total:
        raise Rejection(ResultCode.INCORRECT_REQUEST_DATA, f"payments {paid} - change {change} != {total}")
    iin = t.extension_options.customer_iin_or_bin if t.HasField("extension_options") else ""
    if iin and iin == reg.inn:
        raise Rejection(ResultCode.SAME_TAXPAYER_AND_CUSTOMER)
    return total


def _text(value: str | bytes) -> str:
    """A string field as text (proto2 hands back bytes that are not UTF-8; the sandbox does not refuse them)."""
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _ok(command: pb.CommandTypeEnum.ValueType) -> pb.Response:
    return pb.Response(command=command, result=pb.Result(result_code=ResultCode.OK, result_text="OK"))


def _reject(command: pb.CommandTypeEnum.ValueType, code: ResultCode, text: str = "") -> pb.Response:
    return pb.Response(command=command, result=pb.Result(result_code=code, result_text=text or code.name))


def _reg_info(reg: Register, out: pb.ServiceResponse.RegInfo) -> None:
    d = reg.data or RegData(fns_kkm_id=f"{reg.device_id:012d}", serial_number=f"ALSEP-SANDBOX-{reg.device_id}")
    out.kkm.fns_kkm_id, out.kkm.serial_number, out.kkm.kkm_id = d.fns_kkm_id, d.serial_number, str(reg.device_id)
    pos = out.pos
    pos.title, pos.address, pos.address_kz = d.pos_title, d.pos_address, d.pos_address_kz
    pos.latitude, pos.longitude = d.latitude, d.longitude
    org = out.org
    org.title, org.address, org.iin, org.oked, org.address_kz = (
        d.org_title, d.org_address, reg.inn, d.oked, d.org_address_kz
    )


def _now_of(reg: Register) -> datetime:
    from alsep_desktop.kernel.clock import ALMATY

    return reg.shift.opened_at or datetime.now(ALMATY)
