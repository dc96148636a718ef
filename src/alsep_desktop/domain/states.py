"""Explicit state machines: each an Enum plus a transition table; illegal moves raise."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

from alsep_desktop.domain.errors import IllegalTransition

S = TypeVar("S", bound=Enum)


class ReceiptState(Enum):
    DRAFT = "draft"
    PAID = "paid"
    SIGNED = "signed"  # fiscal sign received from the OFD
    QUEUED = "queued"  # made offline, waiting in the outbox
    REJECTED = "rejected"  # refused by the OFD: not a fiscal document
    PRINTED = "printed"  # fiscal state stays readable: ``offline`` flag and fiscal sign


class ShiftState(Enum):
    OPENING = "opening"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


RECEIPT_TRANSITIONS: dict[ReceiptState, frozenset[ReceiptState]] = {
    ReceiptState.DRAFT: frozenset({ReceiptState.PAID}),
    ReceiptState.PAID: frozenset({ReceiptState.SIGNED, ReceiptState.QUEUED, ReceiptState.REJECTED}),
    ReceiptState.QUEUED: frozenset({ReceiptState.PRINTED}),
    ReceiptState.SIGNED: frozenset({ReceiptState.PRINTED}),
    ReceiptState.REJECTED: frozenset(),
    ReceiptState.PRINTED: frozenset(),
}

SHIFT_TRANSITIONS: dict[ShiftState, frozenset[ShiftState]] = {
    ShiftState.OPENING: frozenset({ShiftState.OPEN, ShiftState.CLOSED}),
    ShiftState.OPEN: frozenset({ShiftState.CLOSING}),
    ShiftState.CLOSING: frozenset({ShiftState.CLOSED, ShiftState.OPEN}),
    ShiftState.CLOSED: frozenset(),
}


def transition(table: Mapping[S, frozenset[S]], source: S, target: S) -> S:
    """Return ``target`` if ``source → target`` is allowed by ``table``; raise otherwise."""
    if target not in table[source]:
        raise IllegalTransition(machine=type(source).__name__, source=source.value, target=target.value)
    return target


def receipt_transition(source: ReceiptState, target: ReceiptState) -> ReceiptState:
    return transition(RECEIPT_TRANSITIONS, source, target)


def shift_transition(source: ShiftState, target: ShiftState) -> ShiftState:
    return transition(SHIFT_TRANSITIONS, source, target)
