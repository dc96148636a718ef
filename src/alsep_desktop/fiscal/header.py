"""The 18-byte little-endian frame header of OFD protocol 2.0.3.

``size`` is the length of the WHOLE frame, header included (as in the public
implementations we studied; decision 0101).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from alsep_desktop.fiscal.errors import OfdEncodeError, OfdProtocolError
from alsep_desktop.fiscal.protocol import (
    APP_CODE,
    HEADER_FORMAT,
    HEADER_SIZE,
    MAX_FRAME_SIZE,
    PROTOCOL_VERSION,
)

_STRUCT = struct.Struct(HEADER_FORMAT)
assert _STRUCT.size == HEADER_SIZE


@dataclass(frozen=True, slots=True)
class Header:
    """Header fields. ``device_id`` is the register's system id at the OFD."""

    device_id: int
    token: int
    req_num: int
    size: int = HEADER_SIZE
    version: int = PROTOCOL_VERSION
    app_code: int = APP_CODE

    @property
    def payload_size(self) -> int:
        return self.size - HEADER_SIZE


def pack_header(header: Header) -> bytes:
    try:
        return _STRUCT.pack(
            header.app_code, header.version, header.size, header.device_id, header.token, header.req_num
        )
    except struct.error as exc:
        raise OfdEncodeError(detail=f"header field out of range: {exc}") from exc


def unpack_header(data: bytes, *, max_frame_size: int = MAX_FRAME_SIZE) -> Header:
    """Parse and validate the first 18 bytes of ``data``. Raises ``OfdProtocolError``."""
    if len(data) < HEADER_SIZE:
        raise OfdProtocolError("truncated", f"{len(data)} of {HEADER_SIZE} header bytes")
    app_code, version, size, device_id, token, req_num = _STRUCT.unpack_from(data, 0)
    if app_code != APP_CODE:
        raise OfdProtocolError("app_code", f"0x{app_code:04X} instead of 0x{APP_CODE:04X}")
    if version <= 0:
        raise OfdProtocolError("version", f"protocol version {version} is not above 0")
    if size < HEADER_SIZE:
        raise OfdProtocolError("size", f"frame size {size} is smaller than the header")
    if size > max_frame_size:
        raise OfdProtocolError("too_large", f"frame size {size} exceeds {max_frame_size}")
    return Header(
        device_id=device_id, token=token, req_num=req_num, size=size, version=version, app_code=app_code
    )
