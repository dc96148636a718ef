"""Byte-exact protocol vectors.

The expected payloads are spelled out field by field with the independent wire builder of
``tests/support/wire.py`` (tag numbers and wire types read off the spec, §3), not produced by
the generated code they check. ``ofd_ticket_response.hex`` is pinned as hex.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alsep_desktop.fiscal import codec
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import (
    MoneyPlacementKind,
    Registration,
    money_placement_request,
    operator_pb,
    service_pb,
    system_request,
)
from alsep_desktop.fiscal.samples import MOMENT
from tests.support.wire import build_header, len_field, varint_field

HERE = Path(__file__).parent
TINY = Registration(kkm_id="7", fns_kkm_id="1", serial_number="S", org_title="O", org_address="A",
                    org_address_kz="K", org_iin="I", org_oked="E", latitude=43_238_949, longitude=76_889_709)


def load(name: str) -> bytes:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return bytes.fromhex(" ".join(line for line in lines if line and not line.startswith("#")))


def frame(payload: bytes, device: int, token: int, req: int) -> bytes:
    return build_header(203, len(payload), device, token, req) + payload


def reg_info() -> bytes:
    # ServiceRequest.RegInfo{kkm(1): KkmRegInfo{fns_kkm_id 3, serial_number 4, kkm_id 5},
    #                        org(2): OrgRegInfo{title 1, address 2, iin 3, oked 5, address_kz 6}}
    kkm = len_field(3, "1") + len_field(4, "S") + len_field(5, "7")
    org = len_field(1, "O") + len_field(2, "A") + len_field(3, "I") + len_field(5, "E") + len_field(6, "K")
    return len_field(1, kkm) + len_field(2, org)


def date_time() -> bytes:
    # DateTime{date(1){year 1, month 2, day 3}, time(2){hour 1, minute 2, second 3}}: 2026-03-02 10:15:30
    date = varint_field(1, 2026) + varint_field(2, 3) + varint_field(3, 2)
    time = varint_field(1, 10) + varint_field(2, 15) + varint_field(3, 30)
    return len_field(1, date) + len_field(2, time)


def system_vector() -> bytes:
    # Request{command(1)=COMMAND_SYSTEM 0, service(6): ServiceRequest{reg_info(12)}}
    return frame(varint_field(1, 0) + len_field(6, len_field(12, reg_info())), 1001, 0x12345678, 1)


def deposit_vector() -> bytes:
    # ServiceRequest{security_stats(3){geo_position(1){latitude 1, longitude 2, source 3}}, reg_info(12)}
    geo = varint_field(1, 43_238_949) + varint_field(2, 76_889_709) + len_field(3, "manual")
    service = len_field(3, len_field(1, geo)) + len_field(12, reg_info())
    # MoneyPlacementRequest{datetime 1, operation 2 = DEPOSIT 0, sum 3 = Money{bills 1, coins 2}, operator 7{code 1}}
    placement = (len_field(1, date_time()) + varint_field(2, 0) + len_field(3, varint_field(1, 1234) + varint_field(2, 56))
                 + len_field(7, varint_field(1, 5)))
    return frame(varint_field(1, 6) + len_field(6, service) + len_field(7, placement), 1, 2, 3)


def ticket_response() -> pb.Response:
    r = pb.Response(command=pb.COMMAND_TICKET, result=pb.Result(result_code=0))
    r.ticket.ticket_number = "42"
    return r


CASES = {
    "system": (system_request(service_pb(TINY, geo=False)), 1001, 0x12345678, 1, pb.Request, system_vector),
    "deposit": (
        money_placement_request(MoneyPlacementKind.DEPOSIT, 123_456, when=MOMENT, operator=operator_pb(5),
                                service=service_pb(TINY)),
        1, 2, 3, pb.Request, deposit_vector,
    ),
    "ticket_response": (ticket_response(), 1001, 0x0BADF00D, 2, pb.Response,
                        lambda: load("ofd_ticket_response.hex")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_encoding_matches_the_vector(name: str) -> None:
    message, device, token, req, _, vector = CASES[name]
    assert codec.encode_frame(message, device_id=device, token=token, req_num=req) == vector()


@pytest.mark.parametrize("name", sorted(CASES))
def test_vector_decodes_to_the_message(name: str) -> None:
    message, device, token, req, cls, vector = CASES[name]
    decode = codec.decode_request if cls is pb.Request else codec.decode_response
    header, decoded = decode(vector())
    assert (header.device_id, header.token, header.req_num, header.size) == (device, token, req, len(vector()))
    assert decoded == message
