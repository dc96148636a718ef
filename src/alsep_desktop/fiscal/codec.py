"""Frames <-> messages. Pure and fuzzable (style guide, principle 9).

Decoding never trusts its input: whatever the bytes, it returns a valid
(header, message) pair or raises ``OfdProtocolError`` -- never another exception.

Version-aware (decision 0109): an answer whose header says 203 (or later) must carry every
field 2.0.3 requires. An older answer (202, such as the operator's captured COMMAND_INFO in the
spec, §6) is decoded in full; the 2.0.3-required fields it lacks are reported by name in
``Decoded.missing`` instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.unknown_fields import UnknownFieldSet

from alsep_desktop.fiscal.errors import OfdEncodeError, OfdProtocolError
from alsep_desktop.fiscal.header import Header, pack_header, unpack_header
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import (
    HEADER_SIZE,
    MAX_FRAME_SIZE,
    MIN_STRICT_VERSION,
    PROTOCOL_VERSION,
)

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


@dataclass(frozen=True, slots=True)
class Decoded(Generic[M]):
    header: Header
    message: M
    #: Paths of required fields the answer lacks (only ever non-empty below version 203).
    missing: tuple[str, ...] = ()


def parse_message(cls: type[M], payload: bytes, *, lenient: bool = False, known_only: bool = False,
                  check_strings: bool = True) -> M:
    """Parse ``payload`` as ``cls``; every failure is an ``OfdProtocolError``.

    Strings must be valid UTF-8 (proto2 would hand back ``bytes``) unless ``check_strings`` is
    off (our own stored requests: the walk costs more than the parse); a missing required field
    fails unless ``lenient`` (then ``missing_required`` lists them); with ``known_only`` a field
    the schema does not define fails too (the sandbox's strictness, decision 0111).
    """
    message = cls()
    try:
        message.MergeFromString(payload)
    except Exception as exc:  # DecodeError, RecursionError...
        raise OfdProtocolError("payload", f"not a valid {cls.__name__}: {type(exc).__name__}") from exc
    bad = _scan(message, "", None) if check_strings else ""
    if bad:
        raise OfdProtocolError("payload", f"{cls.__name__}.{bad} is not valid UTF-8")
    if known_only and _has_unknown(message, payload):
        unknown = unknown_fields(message)
        if unknown:
            raise OfdProtocolError("payload", "fields 2.0.3 does not define: " + ", ".join(unknown[:5]))
    if not lenient and not message.IsInitialized():
        raise OfdProtocolError(
            "payload", f"{cls.__name__} misses required fields: {', '.join(missing_required(message)[:5])}"
        )
    return message


def missing_required(message: Message, prefix: str = "") -> list[str]:
    """Dotted paths of the required fields ``message`` lacks (``items[0].name`` in a repeated
    field), as ``FindInitializationErrors`` lists them: this message's own first, in schema
    order, then those of the sub-messages it carries."""
    out = [prefix + fd.name for fd in message.DESCRIPTOR.fields if fd.is_required and not message.HasField(fd.name)]
    for fd, value in message.ListFields():
        if fd.type != _MESSAGE:
            continue
        if fd.is_repeated:
            for i, sub in enumerate(value):
                out.extend(missing_required(sub, f"{prefix}{fd.name}[{i}]."))
        else:
            out.extend(missing_required(value, f"{prefix}{fd.name}."))
    return out


_STRING, _MESSAGE = FieldDescriptor.TYPE_STRING, FieldDescriptor.TYPE_MESSAGE


def _scan(message: Message, prefix: str, unknown: list[str] | None) -> str:
    """One walk: the path of the first string field holding bytes that are not UTF-8 (proto2 keeps
    them raw), and, when ``unknown`` is a list, the paths of fields the 2.0.3 schema does not know
    (field numbers the spec does not list, values of a closed enum it does not list, a wire type
    that does not fit) appended to it."""
    if unknown is not None:
        fields = UnknownFieldSet(message)
        unknown.extend(f"{prefix}#{fields[i].field_number}" for i in range(len(fields)))
    for fd, value in message.ListFields():
        kind = fd.type
        if kind == _STRING:
            if isinstance(value, bytes) or (fd.is_repeated and any(isinstance(v, bytes) for v in value)):
                return prefix + fd.name
        elif kind == _MESSAGE:
            if fd.is_repeated:
                for i, sub in enumerate(value):
                    found = _scan(sub, f"{prefix}{fd.name}[{i}].", unknown)
                    if found:
                        return found
            else:
                found = _scan(value, f"{prefix}{fd.name}.", unknown)
                if found:
                    return found
    return ""


def _has_unknown(message: Message, payload: bytes) -> bool:
    """Cheap test first: without its unknown fields a message re-encodes shorter than its payload.
    (A non-canonical payload can also re-encode shorter: the caller then walks to be sure.)"""
    known = type(message)()
    known.CopyFrom(message)
    known.DiscardUnknownFields()
    return len(known.SerializePartialToString()) != len(payload)


def unknown_fields(message: Message) -> list[str]:
    """Paths of the fields ``message`` carries that the 2.0.3 schema does not know."""
    out: list[str] = []
    _scan(message, "", out)
    return out


def decode_request(data: bytes, *, max_frame_size: int = MAX_FRAME_SIZE, check_strings: bool = True
                   ) -> tuple[Header, pb.Request]:
    header, payload = split_frame(data, max_frame_size=max_frame_size)
    return header, parse_message(pb.Request, payload, check_strings=check_strings)


def decode_response_full(data: bytes, *, max_frame_size: int = MAX_FRAME_SIZE) -> Decoded[pb.Response]:
    """An answer with the 2.0.3-required fields it lacks (lenient only below version 203)."""
    header, payload = split_frame(data, max_frame_size=max_frame_size)
    lenient = header.version < MIN_STRICT_VERSION
    message = parse_message(pb.Response, payload, lenient=lenient)
    missing = tuple(missing_required(message)) if lenient else ()
    return Decoded(header, message, missing)


def decode_response(data: bytes, *, max_frame_size: int = MAX_FRAME_SIZE) -> tuple[Header, pb.Response]:
    decoded = decode_response_full(data, max_frame_size=max_frame_size)
    return decoded.header, decoded.message
