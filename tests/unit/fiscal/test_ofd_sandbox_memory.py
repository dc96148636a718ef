"""The sandbox's fiscal memory without sockets: sessions, idempotency, counters, reports, and
the operator's judgements (decision 0111)."""

from __future__ import annotations

from datetime import timedelta

from alsep_desktop.fiscal.convert import money_from_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.fiscal.requests import (
    MoneyPlacementKind,
    ReportKind,
    close_shift_request,
    money_placement_request,
    operator_pb,
    report_request,
    service_pb,
    ticket_request,
)
from alsep_desktop.fiscal.samples import (
    MOMENT,
    REGISTRATION,
    sample_requests,
    sample_ticket,
    sample_zx_report,
)
from alsep_desktop.fiscal.sandbox.memory import FiscalMemory

DOC = service_pb(REGISTRATION)
OP = operator_pb(1)


class Session:
    def __init__(self, memory: FiscalMemory, device: int = 1, token: int = 10) -> None:
        self.m, self.device, self.token, self.req = memory, device, token, 0

    def send(self, request: pb.Request, *, retry: bool = False) -> pb.Response:
        if not retry:
            self.req += 1
        self.last_token = self.token if not retry else self.last_token
        token, resp = self.m.handle(self.device, self.last_token, self.req, request)
        self.token = token
        return resp


def fresh() -> tuple[FiscalMemory, Session]:
    m = FiscalMemory(seed=1)
    m.register(1, 10, inn="111111111111")
    return m, Session(m)


def tk(ticket: pb.TicketRequest) -> pb.Request:
    return ticket_request(ticket, DOC)


def x_report(s: Session, when=MOMENT) -> pb.ZXReport:  # noqa: ANN001
    return s.send(report_request(ReportKind.X, when=when, zx_report=sample_zx_report(), service=DOC)).report.zx_report


def close(s: Session, z: pb.ZXReport, number: int = 1, when=MOMENT) -> pb.Response:  # noqa: ANN001
    return s.send(close_shift_request(when=when, z_report=z, operator=OP, service=DOC, shift_number=number))


def test_token_rotates_and_old_token_is_refused() -> None:
    m, s = fresh()
    assert s.send(sample_requests()["system"]).result.result_code == 0
    assert s.token != 10
    _, resp = m.handle(1, 10, 99, sample_requests()["system"])
    assert resp.result.result_code == ResultCode.INVALID_TOKEN


def test_unknown_device() -> None:
    m, _ = fresh()
    _, resp = m.handle(2, 1, 1, sample_requests()["system"])
    assert resp.result.result_code == ResultCode.UNKNOWN_ID


def test_retry_returns_the_cached_answer_without_a_second_document() -> None:
    m, s = fresh()
    first = s.send(tk(sample_ticket()))
    again = s.send(tk(sample_ticket()), retry=True)
    assert again == first and m.accepted_count(1) == 1 and m.stats(1)["retries_served"] == 1
    _, other = m.handle(1, s.last_token, s.req, sample_requests()["report_x"])
    assert other.result.result_code == ResultCode.INVALID_RETRY_REQUEST
    _, wrong = m.handle(1, 12345, s.req, tk(sample_ticket()))
    assert wrong.result.result_code == ResultCode.INVALID_REQUEST_NUMBER


def test_duplicate_document_is_answered_with_the_original_sign() -> None:
    m, s = fresh()
    a = s.send(tk(sample_ticket(document_number=11)))
    b = s.send(tk(sample_ticket(document_number=11)))
    c = s.send(tk(sample_ticket(document_number=12)))
    assert a.ticket.ticket_number == b.ticket.ticket_number != c.ticket.ticket_number
    assert m.accepted_count(1) == 2 and m.stats(1)["duplicates"] == 1
    assert len(set(m.fiscal_signs(1))) == 2
    url = a.ticket.qr_code.decode()
    assert url.startswith("http://consumer.oofd.kz?i=" + a.ticket.ticket_number)
    assert f"&f={REGISTRATION.fns_kkm_id}&" in url  # the RNM, learnt from the reg info sent


def test_offline_ticket_keeps_its_offline_sign() -> None:
    m, s = fresh()
    r = s.send(tk(sample_ticket(offline_ticket_number=55501)))
    assert r.ticket.ticket_number == "55501"
    assert m.documents(1)[0].offline


def test_inconsistent_ticket_and_same_taxpayer_are_refused() -> None:
    m, s = fresh()
    t = sample_ticket()
    t.amounts.total.bills += 1
    assert s.send(tk(t)).result.result_code == ResultCode.INCORRECT_REQUEST_DATA
    same = sample_ticket(iin="111111111111", document_number=9)
    assert s.send(tk(same)).result.result_code == ResultCode.SAME_TAXPAYER_AND_CUSTOMER
    assert m.accepted_count(1) == 0


def test_return_without_parent_ticket_is_incorrect_data() -> None:
    m, s = fresh()
    ret = sample_ticket(operation=pb.OPERATION_SELL_RETURN)
    ret.ClearField("parent_ticket")
    assert s.send(tk(ret)).result.result_code == ResultCode.INCORRECT_REQUEST_DATA
    assert s.send(tk(sample_ticket(operation=pb.OPERATION_SELL_RETURN))).result.result_code == ResultCode.OK
    assert m.accepted_count(1) == 1


def test_documents_without_service_block_are_protocol_errors() -> None:
    _, s = fresh()
    bare = pb.Request(command=pb.COMMAND_TICKET, ticket=sample_ticket())
    assert s.send(bare).result.result_code == ResultCode.PROTOCOL_ERROR
    no_geo = tk(sample_ticket())
    no_geo.service.ClearField("security_stats")
    assert s.send(no_geo).result.result_code == ResultCode.PROTOCOL_ERROR
    placement = money_placement_request(MoneyPlacementKind.DEPOSIT, 100, when=MOMENT, operator=OP, service=DOC)
    placement.ClearField("service")
    assert s.send(placement).result.result_code == ResultCode.PROTOCOL_ERROR


def test_blocked_register() -> None:
    m, s = fresh()
    m.set_blocked(1)
    assert s.send(sample_requests()["system"]).result.result_code == ResultCode.BLOCKED


def test_x_and_z_reports_from_counters() -> None:
    m, s = fresh()
    s.send(money_placement_request(MoneyPlacementKind.DEPOSIT, 100_000, when=MOMENT, operator=OP, document_number=1,
                                   service=DOC))
    sale = sample_ticket(document_number=2)
    s.send(tk(sale))
    s.send(tk(sample_ticket(operation=pb.OPERATION_SELL_RETURN, document_number=3)))
    refused = s.send(money_placement_request(MoneyPlacementKind.WITHDRAWAL, 10**9, when=MOMENT, operator=OP,
                                             document_number=4, service=DOC))
    assert refused.result.result_code == ResultCode.NOT_ENOUGH_CASH
    x = x_report(s)
    ops = {o.operation: (o.count, money_from_pb(o.sum)) for o in x.operations}
    total = money_from_pb(sale.amounts.total)
    assert ops[pb.OPERATION_SELL] == (1, total) and ops[pb.OPERATION_SELL_RETURN] == (1, total)
    assert money_from_pb(x.cash_sum) == 100_000
    assert money_from_pb(x.revenue.sum) == 0
    sell = next(t for t in x.ticket_operations if t.operation == pb.OPERATION_SELL)
    assert sum(money_from_pb(p.sum) for p in sell.payments) == total  # cash net of change
    assert money_from_pb(sell.change_sum) == 1_000 and money_from_pb(sell.discount_sum) == 500
    z_req = report_request(ReportKind.Z, when=MOMENT, zx_report=x, service=DOC)
    assert s.send(z_req).result.result_code == ResultCode.INCORRECT_REQUEST_DATA  # no closed shift yet
    wrong = pb.ZXReport()
    wrong.CopyFrom(x)
    wrong.cash_sum.bills += 1
    assert close(s, wrong).result.result_code == ResultCode.INCORRECT_REQUEST_DATA
    z = close(s, x)
    assert z.result.result_code == 0 and z.report.report == pb.REPORT_Z and z.report.zx_report.shift_number == 1
    again = close(s, x)
    assert again == z and m.stats(1)["duplicates"] == 1
    z_req2 = report_request(ReportKind.Z, when=MOMENT, zx_report=x, service=DOC)
    assert s.send(z_req2).report.zx_report == z.report.zx_report
    x2 = x_report(s)
    assert x2.shift_number == 2 and money_from_pb(x2.cash_sum) == 100_000
    nn = {n.operation: money_from_pb(n.sum) for n in x2.start_shift_non_nullable_sums}
    assert nn[pb.OPERATION_SELL] == total


def test_shift_older_than_24_hours_is_closed_by_the_ofd() -> None:
    m, s = fresh()
    assert s.send(tk(sample_ticket(document_number=1))).result.result_code == 0
    late = sample_ticket(document_number=2, when=MOMENT + timedelta(hours=25))
    assert s.send(tk(late)).result.result_code == ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED
    assert s.send(tk(late)).result.result_code == ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED  # until closed
    z = close(s, sample_zx_report(), number=1, when=MOMENT + timedelta(hours=25))
    assert z.result.result_code == 0 and z.report.zx_report.shift_number == 1
    closed = z.report.zx_report.close_shift_time
    assert (closed.date.day, closed.time.hour) == (MOMENT.day + 1, MOMENT.hour)  # at its 24th hour
    next_shift = sample_ticket(document_number=3, when=MOMENT + timedelta(hours=26))
    next_shift.fr_shift_number = 2
    assert s.send(tk(next_shift)).result.result_code == 0
    assert m.stats(1)["shift_number"] == 2


def test_info_answer_has_every_field_203_requires() -> None:
    _, s = fresh()
    s.send(tk(sample_ticket(document_number=5)))
    info = s.send(sample_requests()["info"])
    assert info.IsInitialized() and info.command == pb.COMMAND_INFO
    reg = info.service.reg_info
    assert (reg.kkm.fns_kkm_id, reg.kkm.serial_number, reg.kkm.kkm_id) == (
        REGISTRATION.fns_kkm_id, REGISTRATION.serial_number, "1")
    assert reg.org.iin == "111111111111" and reg.org.title == REGISTRATION.org_title
    assert reg.pos.HasField("address_kz") and reg.pos.HasField("latitude")
    assert info.report.zx_report.HasField("open_shift_time")
    assert info.service.last_document_info.printed_document_number == 5
    assert [(a.key, a.value) for a in info.service.auxiliary] == [("validation_policy", "65535")]


def test_every_command_is_answered() -> None:
    m, s = fresh()
    for name, request in sample_requests().items():
        if name == "close_shift":
            continue  # its sample ZX report is not this shift's
        resp = s.send(request)
        assert resp.command == request.command, name
        assert resp.IsInitialized(), name
    codes = {n: s.send(r).result.result_code for n, r in [("cancel", pb.Request(command=7)),
                                                         ("reserved", pb.Request(command=127)),
                                                         ("no_body", pb.Request(command=1, service=DOC))]}
    assert codes == {"cancel": ResultCode.UNSUPPORTED_COMMAND, "reserved": ResultCode.UNKNOWN_COMMAND,
                     "no_body": ResultCode.PROTOCOL_ERROR}
