"""Header and codec: exact bytes, round trips of every message, typed failures."""

from __future__ import annotations

import struct

import pytest

from alsep_desktop.fiscal import codec
from alsep_desktop.fiscal.convert import (
    datetime_from_pb,
    datetime_to_pb,
    money_from_pb,
    money_to_pb,
)
from alsep_desktop.fiscal.errors import OfdEncodeError, OfdProtocolError
from alsep_desktop.fiscal.header import Header, pack_header, unpack_header
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import APP_CODE, HEADER_SIZE, PROTOCOL_VERSION, next_req_num
from alsep_desktop.fiscal.samples import MOMENT, sample_requests, sample_responses


def test_header_layout_is_18_little_endian_bytes() -> None:
    raw = pack_header(Header(device_id=0x01020304, token=0xA1B2C3D4, req_num=0x0506, size=0x20))
    assert len(raw) == HEADER_SIZE == 18
    assert raw[:2] == APP_CODE.to_bytes(2, "little") == b"\xa2\x81"
    assert raw[2:4] == PROTOCOL_VERSION.to_bytes(2, "little")
    assert raw[4:8] == b"\x20\x00\x00\x00"
    assert raw[8:12] == b"\x04\x03\x02\x01"
    assert raw[12:16] == b"\xd4\xc3\xb2\xa1"
    assert raw[16:18] == b"\x06\x05"
    assert unpack_header(raw) == Header(0x01020304, 0xA1B2C3D4, 0x0506, size=0x20)


@pytest.mark.parametrize("name", sorted(sample_requests()))
def test_every_request_round_trips(name: str) -> None:
    request = sample_requests()[name]
    frame = codec.encode_frame(request, device_id=1001, token=77, req_num=5)
    header, decoded = codec.decode_request(frame)
    assert (header.device_id, header.token, header.req_num, header.size) == (1001, 77, 5, len(frame))
    assert decoded == request
    assert decoded.SerializeToString() == request.SerializeToString()


@pytest.mark.parametrize("name", sorted(sample_responses()))
def test_every_response_round_trips(name: str) -> None:
    response = sample_responses()[name]
    frame = codec.encode_frame(response, device_id=1, token=2, req_num=3)
    _, decoded = codec.decode_response(frame)
    assert decoded == response


def test_command_zero_is_on_the_wire() -> None:
    # proto2: COMMAND_SYSTEM = 0 must still be encoded (the OFD requires the field).
    assert pb.Request(command=0).SerializeToString() == b"\x08\x00"


def test_missing_required_field_is_an_encode_error() -> None:
    with pytest.raises(OfdEncodeError) as info:
        codec.encode_message(pb.Response(command=1))
    assert info.value.code == "fiscal.encode"


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda f: f[:10], "truncated"),
        (lambda f: f[:-1], "truncated"),
        (lambda f: f + b"\x00", "size"),
        (lambda f: b"\x00\x00" + f[2:], "app_code"),
        (lambda f: f[:2] + b"\x00\x00" + f[4:], "version"),
        (lambda f: f[:4] + struct.pack("<I", 3) + f[8:], "size"),
        (lambda f: f[:4] + struct.pack("<I", 0xFFFFFFFF) + f[8:], "too_large"),
        (lambda f: f[:HEADER_SIZE] + b"\xff" * (len(f) - HEADER_SIZE), "payload"),
    ],
)
def test_bad_frames_raise_one_protocol_error(mutate, reason: str) -> None:  # type: ignore[no-untyped-def]
    frame = codec.encode_frame(sample_requests()["report_x"], device_id=1, token=2, req_num=3)
    with pytest.raises(OfdProtocolError) as info:
        codec.decode_request(mutate(frame))
    assert info.value.reason == reason
    assert info.value.code == "fiscal.protocol"


def test_missing_required_field_on_decode_is_a_protocol_error() -> None:
    frame = codec.encode_frame(b"\x08\x01", device_id=1, token=2, req_num=3)  # Response without result
    with pytest.raises(OfdProtocolError, match="required"):
        codec.decode_response(frame)


def test_invalid_utf8_string_is_a_protocol_error() -> None:
    good = pb.Response(command=0, result=pb.Result(result_code=0, result_text="ok")).SerializeToString()
    frame = codec.encode_frame(good.replace(b"ok", b"\xff\xfe"), device_id=1, token=2, req_num=3)
    with pytest.raises(OfdProtocolError):
        codec.decode_response(frame)


def test_money_and_time_conversions() -> None:
    assert money_from_pb(money_to_pb(123_456)) == 123_456
    assert (money_to_pb(199).bills, money_to_pb(199).coins) == (1, 99)
    with pytest.raises(OfdEncodeError):
        money_to_pb(-1)
    with pytest.raises(OfdEncodeError):
        money_to_pb(1.5)  # type: ignore[arg-type]
    with pytest.raises(OfdProtocolError):
        money_from_pb(pb.Money(bills=1, coins=100))
    assert datetime_from_pb(datetime_to_pb(MOMENT)) == MOMENT
    with pytest.raises(OfdEncodeError):
        datetime_to_pb(MOMENT.replace(tzinfo=None))
    bad = datetime_to_pb(MOMENT)
    bad.date.month = 13
    with pytest.raises(OfdProtocolError):
        datetime_from_pb(bad)


def test_request_numbers_wrap_to_zero() -> None:
    assert next_req_num(0) == 1
    assert next_req_num(41) == 42
    assert next_req_num(65535) == 0  # spec §2: next = current >= 65535 ? 0 : current + 1
