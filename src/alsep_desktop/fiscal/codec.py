"""Frames <-> messages. Pure and fuzzable (style guide, principle 9).

Decoding never trusts its input: whatever the bytes, it returns a valid
(header, message) pair or raises ``OfdProtocolError`` -- never another exception.
"""

from __future__ import annotations

from typing import TypeVar

from google.protobuf.message import Message

from alsep_desktop.fiscal.errors import OfdEncodeError, OfdProtocolError
from alsep_desktop.fiscal.header import Header, pack_header, unpack_header
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import HEADER_SIZE, MAX_FRAME_SIZE, PROTOCOL_VERSION

M = TypeVar("M", bound=Message)


def encode_message(message: Message) -> bytes:
    """Serialize ``message``; a missing required field is an ``OfdEncodeError``."""
    try:
        return message.SerializeToString()
    except Exception as exc:  # EncodeError, ValueError on out-of-range values
        raise OfdEncodeError(detail=f"{type(message).__name__}: {exc}") from exc


def encode_frame(
    message: Message | bytes, *, device_id: int, token: int, req_num: int, version: int = PROTOCOL_VERSION
) -> bytes:
    """Header + payload. ``message`` may be already-serialized bytes."""
    payload = message if isinstance(message, bytes) else encode_message(message)
    size = HEADER_SIZE + len(payload)
    if size > MAX_FRAME_SIZE:
        raise OfdEncodeError(detail=f"frame of {size} bytes exceeds {MAX_FRAME_SIZE}")
    header = Header(device_id=device_id, token=token, req_num=req_num, size=size, version=version)
    return pack_header(header) + payload


def split_frame(data: bytes, *, max_frame_size: int = MAX_FRAME_SIZE) -> tuple[Header, bytes]:
    """Validate the header and that ``data`` holds exactly ``size`` bytes."""
    header = unpack_header(data, max_frame_size=max_frame_size)
    if len(data) < header.size:
        raise OfdProtocolError("truncated", f"{len(data)} of {header.size} frame bytes")
    if len(data) > header.size:
        raise OfdProtocolError("size", f"{len(data) - header.size} bytes after the declared size")
    return header, bytes(data[HEADER_SIZE:])


def parse_message(cls: type[M], payload: bytes) -> M:
    """Parse ``payload`` as ``cls``; every failure is an ``OfdProtocolError``."""
    message = cls()
    try:
        # The schema verifies UTF-8 while parsing (decision 0103), so a broken string
        # is a DecodeError here rather than a ``bytes`` value surprising callers later.
        message.ParseFromString(payload)
    except Exception as exc:  # DecodeError, RecursionError...
        raise OfdProtocolError("payload", f"not a valid {cls.__name__}: {type(exc).__name__}") from exc
    if not message.IsInitialized():
        missing = ", ".join(message.FindInitializationErrors()[:5])
        raise OfdProtocolError("payload", f"{cls.__name__} misses required fields: {missing}")
    return message


def decode_request(data: bytes, *, max_frame_size: int = MAX_FRAME_SIZE) -> tuple[Header, pb.Request]:
    header, payload = split_frame(data, max_frame_size=max_frame_size)
    return header, parse_message(pb.Request, payload)


def decode_response(data: bytes, *, max_frame_size: int = MAX_FRAME_SIZE) -> tuple[Header, pb.Response]:
    header, payload = split_frame(data, max_frame_size=max_frame_size)
    return header, parse_message(pb.Response, payload)
