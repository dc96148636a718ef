"""The sandbox refuses, over TCP, what the operator refuses (decision 0111): frames of the earlier
guessed layout, missing required fields, unknown enum values, bytes that are not protobuf."""

from __future__ import annotations

import pytest

from alsep_desktop.fiscal import codec
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.fiscal.requests import service_pb, ticket_request
from alsep_desktop.fiscal.samples import REGISTRATION, sample_ticket
from alsep_desktop.fiscal.sandbox import OfdSandbox
from alsep_desktop.fiscal.transport import TcpTransport
from tests.integration.fiscal.conftest import OFD_DEVICE_ID, OFD_INITIAL_TOKEN
from tests.support.wire import len_field, varint_field


def answer_to(sandbox: OfdSandbox, payload: bytes) -> int:
    frame = codec.encode_frame(payload, device_id=OFD_DEVICE_ID, token=OFD_INITIAL_TOKEN, req_num=1)
    _, response = codec.decode_response(TcpTransport("127.0.0.1", sandbox.port, 1.0, 2.0).exchange(frame))
    return response.result.result_code


def good() -> bytes:
    return ticket_request(sample_ticket(2, iin=None), service_pb(REGISTRATION)).SerializeToString()


def test_a_good_ticket_is_accepted(ofd_sandbox: OfdSandbox) -> None:
    assert answer_to(ofd_sandbox, good()) == ResultCode.OK


@pytest.mark.parametrize("name, payload", [
    # the earlier layout: the marking code as excise_stamp (Commodity 8, retired in 2.0.3)
    ("excise_stamp_8", good() + len_field(2, len_field(5, varint_field(1, 1) + len_field(2, len_field(8, "0104"))))),
    ("not_protobuf", b"\xff\xff\xff\xff\x0f" * 4),
    ("missing_command", len_field(2, b"")),
    ("unknown_command_value", varint_field(1, 99)),
    ("unknown_field_number", good() + varint_field(31, 5)),
])
def test_the_operator_would_refuse_it(ofd_sandbox: OfdSandbox, name: str, payload: bytes) -> None:
    assert answer_to(ofd_sandbox, payload) == ResultCode.PROTOCOL_ERROR, name
    assert ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 0
