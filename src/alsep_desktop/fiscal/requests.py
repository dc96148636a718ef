"""Builders of the ``Request`` envelope for every command. Pure."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from alsep_desktop.fiscal.convert import datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import Command


class ReportKind(Enum):
    X = pb.REPORT_X
    Z = pb.REPORT_Z


class MoneyPlacementKind(Enum):
    DEPOSIT = pb.MONEY_PLACEMENT_DEPOSIT
    WITHDRAWAL = pb.MONEY_PLACEMENT_WITHDRAWAL


def operator_pb(code: int, name: str | None = None) -> pb.Operator:
    op = pb.Operator(code=code)
    if name:
        op.name = name
    return op


def system_request(
    *, get_reg_info: bool = False, offline_begin: datetime | None = None, offline_end: datetime | None = None
) -> pb.Request:
    """COMMAND_SYSTEM: a service packet (token refresh, reg info, offline period report)."""
    req = pb.Request(command=Command.SYSTEM)
    if get_reg_info:
        req.service.get_reg_info = True
    if offline_begin is not None and offline_end is not None:
        req.service.offline_period.begin_time.CopyFrom(datetime_to_pb(offline_begin))
        req.service.offline_period.end_time.CopyFrom(datetime_to_pb(offline_end))
    return req


def ticket_request(ticket: pb.TicketRequest) -> pb.Request:
    return pb.Request(command=Command.TICKET, ticket=ticket)


def close_shift_request(
    *,
    when: datetime,
    shift_number: int | None = None,
    document_number: int | None = None,
    operator: pb.Operator | None = None,
    offline: bool = False,
    withdraw_money: bool = False,
) -> pb.Request:
    cs = pb.CloseShiftRequest(close_time=datetime_to_pb(when))
    if shift_number is not None:
        cs.fr_shift_number = shift_number
    if document_number is not None:
        cs.printed_document_number = document_number
    if operator is not None:
        cs.operator.CopyFrom(operator)
    if offline:
        cs.is_offline = True
    if withdraw_money:
        cs.withdraw_money = True
    return pb.Request(command=Command.CLOSE_SHIFT, close_shift=cs)


def report_request(kind: ReportKind, *, when: datetime, offline: bool = False) -> pb.Request:
    rr = pb.ReportRequest(report=kind.value, date_time=datetime_to_pb(when))
    if offline:
        rr.is_offline = True
    return pb.Request(command=Command.REPORT, report=rr)


def money_placement_request(
    kind: MoneyPlacementKind,
    tiyn: int,
    *,
    when: datetime,
    operator: pb.Operator,
    shift_number: int | None = None,
    document_number: int | None = None,
    offline: bool = False,
) -> pb.Request:
    mp = pb.MoneyPlacementRequest(
        datetime=datetime_to_pb(when), operation=kind.value, sum=money_to_pb(tiyn), operator=operator
    )
    if shift_number is not None:
        mp.fr_shift_number = shift_number
    if document_number is not None:
        mp.printed_document_number = document_number
    if offline:
        mp.is_offline = True
    return pb.Request(command=Command.MONEY_PLACEMENT, money_placement=mp)


def nomenclature_request(version: int = 0) -> pb.Request:
    return pb.Request(command=Command.NOMENCLATURE, nomenclature=pb.NomenclatureRequest(version=version))


def info_request() -> pb.Request:
    return pb.Request(command=Command.INFO)


def auth_request(login: str, password: str) -> pb.Request:
    return pb.Request(command=Command.AUTH, auth=pb.AuthRequest(login=login, password=password))
