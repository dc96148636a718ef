"""Byte-exact protocol vectors, derived by hand and pinned in ``*.hex`` files."""

from __future__ import annotations

from pathlib import Path

import pytest

from alsep_desktop.fiscal import codec
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import (
    MoneyPlacementKind,
    ReportKind,
    money_placement_request,
    operator_pb,
    report_request,
    system_request,
)
from alsep_desktop.fiscal.samples import MOMENT

HERE = Path(__file__).parent


def load(name: str) -> bytes:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return bytes.fromhex(" ".join(line for line in lines if line and not line.startswith("#")))


def ticket_response() -> pb.Response:
    r = pb.Response(command=pb.COMMAND_TICKET, result=pb.Result(result_code=0))
    r.ticket.ticket_number = "42"
    return r


CASES = {
    "ofd_system_request.hex": (system_request(), 1001, 0x12345678, 1, pb.Request),
    "ofd_ticket_response.hex": (ticket_response(), 1001, 0x0BADF00D, 2, pb.Response),
    "ofd_report_x_request.hex": (report_request(ReportKind.X, when=MOMENT), 7, 1, 65535, pb.Request),
    "ofd_deposit_request.hex": (
        money_placement_request(MoneyPlacementKind.DEPOSIT, 123_456, when=MOMENT, operator=operator_pb(5)),
        1, 2, 3, pb.Request,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_encoding_matches_the_vector(name: str) -> None:
    message, device, token, req, _ = CASES[name]
    assert codec.encode_frame(message, device_id=device, token=token, req_num=req) == load(name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_vector_decodes_to_the_message(name: str) -> None:
    message, device, token, req, cls = CASES[name]
    decode = codec.decode_request if cls is pb.Request else codec.decode_response
    header, decoded = decode(load(name))
    assert (header.device_id, header.token, header.req_num, header.size) == (device, token, req, len(load(name)))
    assert decoded == message
