"""Decoding never trusts its input: random and mutated frames give OfdProtocolError or
a valid message -- never any other exception."""

from __future__ import annotations

import struct

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alsep_desktop.fiscal import codec
from alsep_desktop.fiscal.errors import OfdProtocolError
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import APP_CODE, HEADER_SIZE, PROTOCOL_VERSION
from alsep_desktop.fiscal.samples import sample_requests, sample_responses

FRAMES = [codec.encode_frame(r, device_id=9, token=8, req_num=7) for r in sample_requests().values()] + [
    codec.encode_frame(r, device_id=9, token=8, req_num=7) for r in sample_responses().values()
]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _decode_both(data: bytes) -> None:
    try:
        header, request = codec.decode_request(data)
    except OfdProtocolError:
        pass
    else:
        assert header.size == len(data) and request.IsInitialized()
    try:
        decoded = codec.decode_response_full(data)
    except OfdProtocolError:
        return
    assert decoded.header.size == len(data)
    # an answer below 2.0.3 may lack required fields, and then names every one of them (decision 0109)
    assert decoded.message.IsInitialized() or (decoded.header.version < PROTOCOL_VERSION and decoded.missing)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    _decode_both(data)


@FUZZ
@given(st.binary(max_size=300), st.integers(0, 2**32 - 1), st.integers(0, 2**16 - 1))
def test_valid_header_random_payload(payload: bytes, token: int, req_num: int) -> None:
    header = struct.pack("<HHIIIH", APP_CODE, PROTOCOL_VERSION, HEADER_SIZE + len(payload), 1, token, req_num)
    _decode_both(header + payload)


@FUZZ
@given(
    st.sampled_from(FRAMES),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=6),
)
def test_mutated_frames(frame: bytes, flips: list[tuple[int, int]]) -> None:
    data = bytearray(frame)
    for pos, value in flips:
        data[pos % len(data)] = value
    _decode_both(bytes(data))


@FUZZ
@given(st.sampled_from(FRAMES), st.integers(0, 10_000), st.binary(max_size=20))
def test_truncated_or_extended_frames(frame: bytes, cut: int, tail: bytes) -> None:
    _decode_both(frame[: cut % len(frame)])
    _decode_both(frame + tail)


@FUZZ
@given(st.sampled_from(FRAMES), st.integers(0, 2**32 - 1))
def test_lying_size(frame: bytes, size: int) -> None:
    _decode_both(frame[:4] + struct.pack("<I", size) + frame[8:])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40), st.integers(0, 2**32 - 1), st.booleans())
def test_random_valid_messages_round_trip(text: str, number: int, flag: bool) -> None:
    resp = pb.Response(command=pb.COMMAND_TICKET, result=pb.Result(result_code=number, result_text=text))
    resp.ticket.ticket_number = text
    resp.ticket.qr_code = text.encode()
    if flag:
        ad = resp.service.ticket_ads.add(text=text)
        ad.info.type, ad.info.version = pb.TICKET_AD_INFO, number
        org = resp.service.reg_info.org
        org.title = org.address = org.iin = org.oked = org.address_kz = text
        resp.service.reg_info.kkm.fns_kkm_id = text
    frame = codec.encode_frame(resp, device_id=number, token=number, req_num=number & 0xFFFF)
    header, back = codec.decode_response(frame)
    assert back == resp and header.device_id == number
