"""Minimal protobuf wire-format reader and OFD frame-header parser for tests.

Written from the protobuf encoding rules and the OFD protocol spec
(``/work/shared/spec/ofd-protocol.md`` §1) only: no generated code, no ``google.protobuf``
import, nothing taken from ``alsep_desktop.fiscal``. It is the independent second reading
that the spec-conformance tests compare the application's encoder against.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import NamedTuple

WT_VARINT = 0
WT_I64 = 1
WT_LEN = 2
WT_SGROUP = 3
WT_EGROUP = 4
WT_I32 = 5

WIRE_TYPE_NAMES = {
    WT_VARINT: "varint",
    WT_I64: "fixed64",
    WT_LEN: "length-delimited",
    WT_SGROUP: "start-group",
    WT_EGROUP: "end-group",
    WT_I32: "fixed32",
}

MAX_VARINT_BYTES = 10
MAX_FIELD_NUMBER = (1 << 29) - 1

HEADER_SIZE = 18
APP_CODE = 0x81A2
_HEADER = struct.Struct("<HHIIIH")  # appCode, version, size, deviceId, token, reqNum


class WireField(NamedTuple):
    """One decoded field: ``value`` is int for varint/fixed, bytes for length-delimited."""

    number: int
    wire_type: int
    value: int | bytes


def decode_varint(data: bytes, pos: int = 0) -> tuple[int, int]:
    """Decode one base-128 varint at ``pos``; return ``(value, next_pos)``.

    Raises ValueError if the input ends inside the varint, if it is longer than 10 bytes
    or if the value does not fit into 64 bits.
    """
    result = 0
    shift = 0
    start = pos
    while True:
        if pos >= len(data):
            raise ValueError(f"truncated varint at offset {start}")
        if pos - start >= MAX_VARINT_BYTES:
            raise ValueError(f"varint longer than {MAX_VARINT_BYTES} bytes at offset {start}")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
        shift += 7
    if result >> 64:
        raise ValueError(f"varint at offset {start} does not fit into 64 bits")
    return result, pos


def encode_varint(value: int) -> bytes:
    """Encode a non-negative int (< 2**64) as a varint (negative ints as two's complement)."""
    if value < 0:
        value += 1 << 64
    if not 0 <= value < (1 << 64):
        raise ValueError(f"varint out of range: {value}")
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def encode_tag(number: int, wire_type: int) -> bytes:
    """Encode a field key (``number << 3 | wire_type``)."""
    return encode_varint((number << 3) | wire_type)


def varint_field(number: int, value: int) -> bytes:
    """Build a varint field (for hand-made test payloads)."""
    return encode_tag(number, WT_VARINT) + encode_varint(value)


def len_field(number: int, payload: bytes | str) -> bytes:
    """Build a length-delimited field; ``str`` is encoded as UTF-8."""
    raw = payload.encode("utf-8") if isinstance(payload, str) else payload
    return encode_tag(number, WT_LEN) + encode_varint(len(raw)) + raw


def parse_fields(data: bytes) -> list[WireField]:
    """Split one message payload into its fields, in wire order.

    Groups (wire types 3/4) do not occur in the OFD schema and are rejected, as are wire
    types 6/7, field number 0 and any truncated key, varint, fixed value or payload.
    """
    data = bytes(data)
    fields: list[WireField] = []
    pos = 0
    while pos < len(data):
        key_pos = pos
        key, pos = decode_varint(data, pos)
        number, wire_type = key >> 3, key & 0x7
        if number == 0 or number > MAX_FIELD_NUMBER:
            raise ValueError(f"invalid field number {number} at offset {key_pos}")
        value: int | bytes
        if wire_type == WT_VARINT:
            value, pos = decode_varint(data, pos)
        elif wire_type == WT_I64:
            if pos + 8 > len(data):
                raise ValueError(f"truncated fixed64 for field {number} at offset {pos}")
            value = int.from_bytes(data[pos:pos + 8], "little")
            pos += 8
        elif wire_type == WT_I32:
            if pos + 4 > len(data):
                raise ValueError(f"truncated fixed32 for field {number} at offset {pos}")
            value = int.from_bytes(data[pos:pos + 4], "little")
            pos += 4
        elif wire_type == WT_LEN:
            length, pos = decode_varint(data, pos)
            if pos + length > len(data):
                raise ValueError(
                    f"truncated length-delimited field {number}: need {length} bytes at "
                    f"offset {pos}, have {len(data) - pos}")
            value = data[pos:pos + length]
            pos += length
        elif wire_type in (WT_SGROUP, WT_EGROUP):
            raise ValueError(f"group wire type {wire_type} (field {number}) is not supported")
        else:
            raise ValueError(f"invalid wire type {wire_type} for field {number} at offset {key_pos}")
        fields.append(WireField(number, wire_type, value))
    return fields


def parse_packed_varints(data: bytes) -> list[int]:
    """Decode the payload of a packed repeated varint field."""
    values: list[int] = []
    pos = 0
    while pos < len(data):
        value, pos = decode_varint(data, pos)
        values.append(value)
    return values


@dataclass(frozen=True)
class FrameHeader:
    """The 18-byte little-endian OFD frame header (spec §1)."""

    app_code: int
    version: int
    size: int
    device_id: int
    token: int
    req_num: int

    @property
    def payload_size(self) -> int:
        return self.size - HEADER_SIZE

    def to_bytes(self) -> bytes:
        return _HEADER.pack(self.app_code, self.version, self.size, self.device_id,
                            self.token, self.req_num)


def parse_header(data: bytes) -> FrameHeader:
    """Parse and validate the header as the spec's codec does (§1 "Decoding")."""
    if len(data) < HEADER_SIZE:
        raise ValueError(f"frame header needs {HEADER_SIZE} bytes, got {len(data)}")
    header = FrameHeader(*_HEADER.unpack_from(bytes(data[:HEADER_SIZE])))
    if header.app_code != APP_CODE:
        raise ValueError(f"bad appCode 0x{header.app_code:04X}, expected 0x{APP_CODE:04X}")
    if header.version <= 0:
        raise ValueError(f"bad protocol version {header.version}")
    if header.size < HEADER_SIZE:
        raise ValueError(f"frame size {header.size} is smaller than the header")
    return header


def build_header(version: int, payload_size: int, device_id: int, token: int,
                 req_num: int) -> bytes:
    """Encode a header the way §1 describes (size = 18 + payload, appCode forced)."""
    return FrameHeader(APP_CODE, version, HEADER_SIZE + payload_size, device_id, token,
                       req_num).to_bytes()


def split_frame(data: bytes) -> tuple[FrameHeader, bytes]:
    """Split exactly one frame into header and payload; the length must match ``size``."""
    header = parse_header(data)
    if len(data) < header.size:
        raise ValueError(f"truncated frame: header says {header.size} bytes, got {len(data)}")
    if len(data) > header.size:
        raise ValueError(
            f"{len(data) - header.size} trailing bytes after a {header.size}-byte frame")
    return header, bytes(data[HEADER_SIZE:header.size])
