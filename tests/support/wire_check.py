"""Check protobuf payloads against the hand-made OFD 2.0.3 table in ``ofd_spec_table``.

Uses only :mod:`tests.support.wire` and the table transcribed from the spec, never
``ofd.proto``/``ofd_pb2``, so that a mistake in the application's schema shows up here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.support.ofd_spec_table import (
    BOOL,
    BYTES,
    ENUM,
    ENUMS_203,
    FORBIDDEN_203,
    MSG,
    REP,
    REQ,
    REQUIRED_BY_COMMENT_203,
    SCHEMA,
    STR,
    U32,
    WIRE_TYPE_OF_KIND,
    F,
    resolve,
)
from tests.support.wire import (
    WIRE_TYPE_NAMES,
    WT_LEN,
    WT_VARINT,
    FrameHeader,
    WireField,
    parse_fields,
    parse_packed_varints,
    split_frame,
)


@dataclass(frozen=True)
class Problem:
    """One deviation from the spec. ``code`` is one of: malformed, unknown, wire_type,
    forbidden, repeated, missing, utf8, range, enum, rule."""

    path: str
    code: str
    detail: str
    field: str | None = None

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}"


def _wt(wire_type: int) -> str:
    return f"{wire_type} ({WIRE_TYPE_NAMES.get(wire_type, '?')})"


def _values(spec: F, wf: WireField) -> list[int | bytes] | None:
    """Values carried by ``wf`` if its wire type fits ``spec``; None on a mismatch."""
    expected = WIRE_TYPE_OF_KIND[spec.kind]
    if wf.wire_type == expected:
        return [wf.value]
    if spec.label == REP and expected == WT_VARINT and wf.wire_type == WT_LEN:
        assert isinstance(wf.value, bytes)
        return list(parse_packed_varints(wf.value))  # packed encoding; parsers accept it
    return None


def problems(message_name: str, payload: bytes, path: str | None = None) -> list[Problem]:
    """All spec deviations in ``payload`` read as ``message_name`` (recursive)."""
    msg = resolve(message_name)
    path = path or msg
    try:
        fields = parse_fields(payload)
    except ValueError as exc:
        return [Problem(path, "malformed", f"not a valid {msg} payload: {exc}")]
    spec_fields = SCHEMA[msg]
    out: list[Problem] = []
    seen: dict[int, int] = {}
    for wf in fields:
        spec = spec_fields.get(wf.number)
        if spec is None:
            out.append(Problem(path, "unknown",
                               f"unknown field #{wf.number} (wire type {_wt(wf.wire_type)})"))
            continue
        label = f"{spec.name} (#{wf.number})"
        reason = FORBIDDEN_203.get((msg, wf.number))
        if reason:
            out.append(Problem(path, "forbidden", f"forbidden in 2.0.3: {label}: {reason}",
                               spec.name))
        try:
            values = _values(spec, wf)
        except ValueError as exc:
            out.append(Problem(path, "malformed", f"{label}: bad packed varints: {exc}",
                               spec.name))
            continue
        if values is None:
            expected = WIRE_TYPE_OF_KIND[spec.kind]
            out.append(Problem(path, "wire_type",
                               f"wrong wire type for {label} ({spec.kind}): got "
                               f"{_wt(wf.wire_type)}, expected {_wt(expected)}", spec.name))
            continue  # a parser treats it as an unknown field: it does not count as present
        index = seen.get(wf.number, 0)
        seen[wf.number] = index + len(values)
        for value in values:
            out.extend(_check_value(spec, label, value, path, index))
            index += 1
    for number, spec in spec_fields.items():
        count = seen.get(number, 0)
        if spec.label != REP and count > 1:
            out.append(Problem(path, "repeated", f"{spec.name} (#{number}) is not repeated but "
                                                 f"appears {count} times", spec.name))
        if count == 0 and spec.label == REQ:
            out.append(Problem(path, "missing", f"missing required field {spec.name} (#{number})",
                               spec.name))
        comment = REQUIRED_BY_COMMENT_203.get((msg, number))
        if count == 0 and comment:
            out.append(Problem(path, "missing", f"missing field {spec.name} (#{number}): "
                                                f"{comment}", spec.name))
    rule = _RULES.get(msg)
    if rule is not None:
        try:
            decoded = _walk(msg, payload, strict=False)
        except ValueError:
            return out  # already reported as malformed above
        out.extend(Problem(path, "rule", detail) for detail in rule(decoded))
    return out


def _check_value(spec: F, label: str, value: int | bytes, path: str, index: int) -> list[Problem]:
    where = f"{path}.{spec.name}" + (f"[{index}]" if spec.label == REP else "")
    if spec.kind == MSG:
        assert isinstance(value, bytes) and spec.child
        return problems(spec.child, value, where)
    if spec.kind == STR:
        assert isinstance(value, bytes)
        try:
            value.decode("utf-8")
        except UnicodeDecodeError as exc:
            return [Problem(path, "utf8", f"{label} is not valid UTF-8: {exc}", spec.name)]
        return []
    if spec.kind == BYTES:
        return []
    assert isinstance(value, int)
    if spec.kind == U32 and value > 0xFFFF_FFFF:
        return [Problem(path, "range", f"{label} = {value} does not fit uint32", spec.name)]
    if spec.kind == BOOL and value not in (0, 1):
        return [Problem(path, "range", f"{label} = {value} is not a bool (0/1)", spec.name)]
    if spec.kind == ENUM:
        assert spec.child
        if value not in ENUMS_203[spec.child]:
            return [Problem(path, "enum", f"{label} = {value} is not a 2.0.3 value of "
                                          f"{spec.child}", spec.name)]
    return []


def check(message_name: str, payload: bytes) -> list[str]:
    """Spec deviations of ``payload`` as readable strings (empty list == conforms)."""
    return [str(p) for p in problems(message_name, payload)]


def assert_conforms(message_name: str, payload: bytes) -> None:
    """Raise AssertionError listing every deviation of ``payload`` from the 2.0.3 spec."""
    found = check(message_name, payload)
    if found:
        listing = "\n  ".join(found)
        raise AssertionError(f"{message_name} does not conform to OFD 2.0.3 "
                             f"({len(found)} problems):\n  {listing}")


def assert_frame_conforms(frame: bytes, message_name: str,
                          version: int = 203) -> tuple[FrameHeader, bytes]:
    """Check a whole frame (header §1 + payload); return the header and payload."""
    header, payload = split_frame(frame)
    assert header.version == version, f"header version {header.version}, expected {version}"
    assert header.payload_size == len(payload)
    assert_conforms(message_name, payload)
    return header, payload


def walk(message_name: str, payload: bytes) -> dict[str, Any]:
    """Decode ``payload`` into a nested dict keyed by spec field names.

    Repeated fields become lists, strings ``str`` (bytes if not UTF-8), bools ``bool``,
    enums their int. Unknown fields and fields with the wrong wire type are kept raw under
    ``"#<number>"`` (always a list). Raises ValueError on malformed wire data.
    """
    return _walk(resolve(message_name), payload, strict=True)


def _walk(msg: str, payload: bytes, strict: bool) -> dict[str, Any]:
    """``walk``; when not ``strict``, a malformed nested message is kept as raw bytes."""
    spec_fields = SCHEMA[msg]
    out: dict[str, Any] = {}
    for wf in parse_fields(payload):
        spec = spec_fields.get(wf.number)
        values = _values(spec, wf) if spec is not None else None
        if spec is None or values is None:
            out.setdefault(f"#{wf.number}", []).append(wf.value)
            continue
        decoded = [_decode(spec, v, strict) for v in values]
        if spec.label == REP:
            out.setdefault(spec.name, []).extend(decoded)
        else:
            out[spec.name] = decoded[-1]
    return out


def _decode(spec: F, value: int | bytes, strict: bool) -> Any:
    if spec.kind == MSG:
        assert isinstance(value, bytes) and spec.child
        try:
            return _walk(spec.child, value, strict)
        except ValueError:
            if strict:
                raise
            return value
    if spec.kind == STR:
        assert isinstance(value, bytes)
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value
    if spec.kind == BOOL:
        return bool(value)
    return value


# --- conditional rules stated in the spec comments (2.0.3) -------------------------------

_COMMAND_BODY = {1: "ticket", 2: "close_shift", 3: "report", 4: "nomenclature",
                 6: "money_placement", 8: "auth"}
_ITEM_BODY = {1: "commodity", 2: "storno_commodity", 3: "markup", 4: "storno_markup",
              5: "discount", 6: "storno_discount"}


def _rule_request(d: dict[str, Any]) -> list[str]:
    cmd = d.get("command")
    out: list[str] = []
    body = _COMMAND_BODY.get(cmd)
    if body and body not in d:
        out.append(f"{body} is required with command {cmd}")
    service = d.get("service") or {}
    if cmd in (2, 3) and "service" not in d:
        out.append(f"service is required with command {cmd} (since 125)")
    if cmd in (1, 2, 3, 6) and "security_stats" not in service:
        out.append(f"service.security_stats is required with command {cmd} in 2.0.3")
    if cmd in (2, 3) and "service" in d:
        kkm = (service.get("reg_info") or {}).get("kkm") or {}
        for name in ("fns_kkm_id", "serial_number", "kkm_id"):
            if name not in kkm:
                out.append(f"service.reg_info.kkm.{name} is required with command {cmd}")
    return out


def _rule_item(d: dict[str, Any]) -> list[str]:
    body = _ITEM_BODY.get(d.get("type"))
    return [f"{body} is required with item type {d['type']}"] if body and body not in d else []


def _rule_ticket(d: dict[str, Any]) -> list[str]:
    if d.get("operation") in (1, 3) and "parent_ticket" not in d:
        return [f"parent_ticket is required with return operation {d['operation']} in 2.0.3"]
    return []


def _rule_amounts(d: dict[str, Any]) -> list[str]:
    both = "markup" in d and "discount" in d
    return ["receipt-level markup and discount must not be sent together"] if both else []


def _rule_element(d: dict[str, Any]) -> list[str]:
    return ["item is required when type == ITEM"] if d.get("type") == 1 and "item" not in d else []


def _rule_nomenclature_request(d: dict[str, Any]) -> list[str]:
    # §3.7: barcode is "NEW in 203 (look up one item by barcode)"; an empty one asks nothing
    return ["barcode, when sent, must not be empty"] if d.get("barcode") == "" else []


def _rule_nomenclature_response(d: dict[str, Any]) -> list[str]:
    out: list[str] = []
    elements = d.get("elements", [])
    if d.get("result") in (1, 2, 3) and any(e.get("type") == 1 for e in elements if isinstance(e, dict)):
        out.append(f"result {d['result']} (no item to give) comes with an ITEM element")
    ids = [e.get("id") for e in elements if isinstance(e, dict)]
    if len(ids) != len(set(ids)):
        out.append("element ids are not unique")
    return out


def barcode_answer(response_payload: bytes) -> tuple[int, list[dict[str, Any]]]:
    """(NomenclatureResponse.result, its ITEM elements) of a Response read by this reader alone."""
    nom = walk("Response", response_payload)["nomenclature"]
    return nom["result"], [e for e in nom.get("elements", []) if e.get("type") == 1]


_RULES: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "NomenclatureRequest": _rule_nomenclature_request,
    "NomenclatureResponse": _rule_nomenclature_response,
    "Request": _rule_request,
    "TicketRequest": _rule_ticket,
    "TicketRequest.Item": _rule_item,
    "TicketRequest.Amounts": _rule_amounts,
    "NomenclatureResponse.Element": _rule_element,
}
