"""The sandbox's fiscal memory without sockets: sessions, idempotency, counters, reports."""

from __future__ import annotations

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
    ticket_request,
)
from alsep_desktop.fiscal.samples import MOMENT, sample_requests, sample_ticket
from alsep_desktop.fiscal.sandbox.memory import FiscalMemory


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
    first = s.send(ticket_request(sample_ticket()))
    again = s.send(ticket_request(sample_ticket()), retry=True)
    assert again == first and m.accepted_count(1) == 1 and m.stats(1)["retries_served"] == 1
    _, other = m.handle(1, s.last_token, s.req, sample_requests()["report_x"])
    assert other.result.result_code == ResultCode.INVALID_RETRY_REQUEST
    _, wrong = m.handle(1, 12345, s.req, ticket_request(sample_ticket()))
    assert wrong.result.result_code == ResultCode.INVALID_REQUEST_NUMBER


def test_duplicate_document_is_answered_with_the_original_sign() -> None:
    m, s = fresh()
    a = s.send(ticket_request(sample_ticket(document_number="A-1")))
    b = s.send(ticket_request(sample_ticket(document_number="A-1")))
    c = s.send(ticket_request(sample_ticket(document_number="A-2")))
    assert a.ticket.ticket_number == b.ticket.ticket_number != c.ticket.ticket_number
    assert m.accepted_count(1) == 2 and m.stats(1)["duplicates"] == 1
    assert len(set(m.fiscal_signs(1))) == 2
    assert a.ticket.qr_code.decode().startswith("http://consumer.oofd.kz?i=" + a.ticket.ticket_number)


def test_offline_ticket_keeps_its_offline_sign() -> None:
    m, s = fresh()
    r = s.send(ticket_request(sample_ticket(offline_ticket_number=55501)))
    assert r.ticket.ticket_number == "55501"
    assert m.documents(1)[0].offline


def test_inconsistent_ticket_and_same_taxpayer_are_refused() -> None:
    m, s = fresh()
    t = sample_ticket()
    t.amounts.total.bills += 1
    assert s.send(ticket_request(t)).result.result_code == ResultCode.INCORRECT_REQUEST_DATA
    same = sample_ticket(iin="111111111111", document_number="9")
    assert s.send(ticket_request(same)).result.result_code == ResultCode.SAME_TAXPAYER_AND_CUSTOMER
    assert m.accepted_count(1) == 0


def test_blocked_register() -> None:
    m, s = fresh()
    m.set_blocked(1)
    assert s.send(sample_requests()["system"]).result.result_code == ResultCode.BLOCKED


def test_x_and_z_reports_from_counters() -> None:
    m, s = fresh()
    op = operator_pb(1)
    s.send(money_placement_request(MoneyPlacementKind.DEPOSIT, 100_000, when=MOMENT, operator=op, document_number=1))
    sale = sample_ticket(document_number="s1")
    s.send(ticket_request(sale))
    s.send(ticket_request(sample_ticket(operation=pb.OPERATION_SELL_RETURN, document_number="r1")))
    refused = s.send(money_placement_request(MoneyPlacementKind.WITHDRAWAL, 10**9, when=MOMENT, operator=op,
                                             document_number=2))
    assert refused.result.result_code == ResultCode.NOT_ENOUGH_CASH
    x = s.send(report_request(ReportKind.X, when=MOMENT)).report.zx_report
    ops = {o.operation: (o.count, money_from_pb(o.sum)) for o in x.operations}
    total = money_from_pb(sale.amounts.total)
    assert ops[pb.OPERATION_SELL] == (1, total) and ops[pb.OPERATION_SELL_RETURN] == (1, total)
    assert money_from_pb(x.cash_sum) == 100_000
    assert money_from_pb(x.revenue.sum) == 0
    assert s.send(report_request(ReportKind.Z, when=MOMENT)).result.result_code == ResultCode.INCORRECT_REQUEST_DATA
    z = s.send(close_shift_request(when=MOMENT, shift_number=1))
    assert z.report.report == pb.REPORT_Z and z.report.zx_report.shift_number == 1
    again = s.send(close_shift_request(when=MOMENT, shift_number=1))
    assert again == z and m.stats(1)["duplicates"] == 1
    assert s.send(report_request(ReportKind.Z, when=MOMENT)).report.zx_report == z.report.zx_report
    x2 = s.send(report_request(ReportKind.X, when=MOMENT)).report.zx_report
    assert x2.shift_number == 2 and money_from_pb(x2.cash_sum) == 100_000
    nn = {n.operation: money_from_pb(n.sum) for n in x2.start_shift_non_nullable_sums}
    assert nn[pb.OPERATION_SELL] == total


def test_shift_older_than_24_hours_is_refused() -> None:
    _, s = fresh()
    s.send(ticket_request(sample_ticket(document_number="1")))
    late = sample_ticket(document_number="2", when=MOMENT.replace(day=MOMENT.day + 1, hour=MOMENT.hour + 1))
    assert s.send(ticket_request(late)).result.result_code == ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED


def test_every_command_is_answered() -> None:
    m, s = fresh()
    for name, request in sample_requests().items():
        resp = s.send(request)
        assert resp.command == request.command, name
        assert resp.IsInitialized()
    codes = {n: s.send(r).result.result_code for n, r in [("cancel", pb.Request(command=7)),
                                                         ("reserved", pb.Request(command=127)),
                                                         ("no_body", pb.Request(command=1))]}
    assert codes == {"cancel": ResultCode.UNSUPPORTED_COMMAND, "reserved": ResultCode.UNKNOWN_COMMAND,
                     "no_body": ResultCode.PROTOCOL_ERROR}
