"""Builders of the ``Request`` envelope for every command (spec §3.3, §4). Pure.

Documents (ticket, close shift, report, money placement) carry a ``ServiceRequest`` with the
register's ``reg_info`` and ``security_stats.geo_position``: 2.0.3 requires both with those
commands (spec §3.6). ``Registration`` is the plain data they are built from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from alsep_desktop.fiscal.convert import datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import GEO_SOURCE_MANUAL


class ReportKind(Enum):
    X = pb.REPORT_X
    Z = pb.REPORT_Z


class MoneyPlacementKind(Enum):
    DEPOSIT = pb.MONEY_PLACEMENT_DEPOSIT
    WITHDRAWAL = pb.MONEY_PLACEMENT_WITHDRAWAL


@dataclass(frozen=True, slots=True)
class Registration:
    """What the OFD knows about the register, its seller and its trade point.

    ``latitude``/``longitude`` are degrees x 10^6 (decision 0110); None when the admin has not
    entered the trade point's coordinates (then 0/0 is sent with source ``none``).
    """

    kkm_id: str  # the register's id at the OFD (the header's device id)
    fns_kkm_id: str  # registration number at the tax authority (RNM / KGD id)
    serial_number: str  # factory serial number (ZNM)
    org_title: str
    org_address: str
    org_address_kz: str
    org_iin: str
    org_oked: str
    pos_title: str = ""
    pos_address: str = ""
    pos_address_kz: str = ""
    latitude: int | None = None
    longitude: int | None = None


def reg_info_pb(reg: Registration) -> pb.ServiceRequest.RegInfo:
    info = pb.ServiceRequest.RegInfo()
    info.kkm.fns_kkm_id = reg.fns_kkm_id
    info.kkm.serial_number = reg.serial_number
    info.kkm.kkm_id = reg.kkm_id
    org = info.org
    org.title, org.address, org.iin = reg.org_title, reg.org_address, reg.org_iin
    org.oked, org.address_kz = reg.org_oked, reg.org_address_kz
    return info


def service_pb(
    reg: Registration, *, geo: bool = True, get_reg_info: bool = False,
    offline_period: tuple[datetime, datetime] | None = None,
) -> pb.ServiceRequest:
    """The service block: reg info always, geo position for documents, optional extras."""
    service = pb.ServiceRequest(reg_info=reg_info_pb(reg))
    if geo:
        pos = service.security_stats.geo_position
        latitude, longitude = reg.latitude, reg.longitude
        if latitude is not None and longitude is not None:
            pos.latitude, pos.longitude, pos.source = latitude, longitude, GEO_SOURCE_MANUAL
        else:
            pos.latitude, pos.longitude, pos.source = 0, 0, "none"
    if get_reg_info:
        service.get_reg_info = True
    if offline_period is not None:
        service.offline_period.begin_time.CopyFrom(datetime_to_pb(offline_period[0]))
        service.offline_period.end_time.CopyFrom(datetime_to_pb(offline_period[1]))
    return service


def operator_pb(code: int, name: str | None = None) -> pb.Operator:
    op = pb.Operator(code=code)
    if name:
        op.name = name
    return op


def system_request(service: pb.ServiceRequest) -> pb.Request:
    """COMMAND_SYSTEM: a service packet (reg info, offline period report)."""
    return pb.Request(command=pb.COMMAND_SYSTEM, service=service)


def info_request(reg: Registration) -> pb.Request:
    """COMMAND_INFO asking for the registration data the OFD holds (spec §4.1)."""
    return pb.Request(command=pb.COMMAND_INFO, service=service_pb(reg, geo=False, get_reg_info=True))


def ticket_request(ticket: pb.TicketRequest, service: pb.ServiceRequest) -> pb.Request:
    return pb.Request(command=pb.COMMAND_TICKET, ticket=ticket, service=service)


def close_shift_request(
    *,
    when: datetime,
    z_report: pb.ZXReport,
    operator: pb.Operator,
    service: pb.ServiceRequest,
    shift_number: int | None = None,
    document_number: int | None = None,
    offline: bool = False,
    withdraw_money: bool = False,
) -> pb.Request:
    cs = pb.CloseShiftRequest(close_time=datetime_to_pb(when), z_report=z_report, operator=operator)
    if shift_number is not None:
        cs.fr_shift_number = shift_number
    if document_number is not None:
        cs.printed_document_number = document_number
    if offline:
        cs.is_offline = True
    if withdraw_money:
        cs.withdraw_money = True
    return pb.Request(command=pb.COMMAND_CLOSE_SHIFT, close_shift=cs, service=service)


def report_request(
    kind: ReportKind, *, when: datetime, zx_report: pb.ZXReport, service: pb.ServiceRequest, offline: bool = False,
) -> pb.Request:
    rr = pb.ReportRequest(report=kind.value, date_time=datetime_to_pb(when), zx_report=zx_report)
    if offline:
        rr.is_offline = True
    return pb.Request(command=pb.COMMAND_REPORT, report=rr, service=service)


def money_placement_request(
    kind: MoneyPlacementKind,
    tiyn: int,
    *,
    when: datetime,
    operator: pb.Operator,
    service: pb.ServiceRequest,
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
    return pb.Request(command=pb.COMMAND_MONEY_PLACEMENT, money_placement=mp, service=service)


def nomenclature_request(current_version: int | None = None, barcode: str | None = None) -> pb.Request:
    nom = pb.NomenclatureRequest()
    if current_version is not None:
        nom.current_version = current_version
    if barcode:
        nom.barcode = barcode
    return pb.Request(command=pb.COMMAND_NOMENCLATURE, nomenclature=nom)


def auth_request(login: str, password: str) -> pb.Request:
    return pb.Request(command=pb.COMMAND_AUTH, auth=pb.AuthRequest(login=login, password=password))
