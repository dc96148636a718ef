"""Tender kinds as data: the one table of the ways a buyer pays (decision 2140). Pure.

Nothing else lists kinds. Every reader asks a kind for a property: the sale (change, the
drawer, the card terminal), the shift counters and the X/Z reports (``pay:<op>:<key>``), the
printed receipt (``printed``), the interface and the CSV files (``label``), the OFD mapping
(``ofd_type``, ``ofd_slip``) and the cloud's per-kind totals (rows keyed by ``key``).

A new kind is one :func:`register_tender` call (a plugin at start-up, a test fixture); the
built-ins are below. ``key`` is what the store's ``payment.kind``, the counters and the cloud
keep, so a key never changes once documents were made with it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Any, ClassVar

from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

#: what the store (``payment.kind`` String(16)) and the cloud (String(16)) can hold
KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,15}")


class OfdPaymentType(IntEnum):
    """``PaymentTypeEnum`` of OFD protocol 2.0.3 (spec §3.4). The newer set keeps CASH, CARD and
    MOBILE only ("added in 201"); CREDIT (2) and TARE (3) are in the historic file and not offered.
    ``fiscal/`` checks these numbers against the generated protocol module."""

    CASH = 0
    CARD = 1
    MOBILE = 4


class OfdSlip(Enum):
    """Which optional fields of ``TicketRequest.Payment`` the terminal's slip fills (spec §3.4)."""

    NONE = ""  # merged with the other payments of its OFD type, no slip
    CARD = "card"  # card_payment_fields (#3): terminal id, card type, auth code, RRN, receipt no.
    MOBILE = "mobile"  # mobile_payment_fields (#4): qr_type, qr_id


class _Table(type):
    """``for kind in TenderKind`` walks the table, as iterating the former enum did."""

    def __iter__(cls) -> Iterator[TenderKind]:
        return iter(tender_kinds())

    def __len__(cls) -> int:
        return len(tender_kinds())


@dataclass(frozen=True, slots=True, eq=False)
class TenderKind(metaclass=_Table):
    """One way to pay. Compared by identity: every kind is one registered object."""

    key: str  # stored: payment.kind, the counters, the cloud's rows and the upload's ``payments.kind``
    label: str  # QT_TRANSLATE_NOOP("Tender", …): the interface's and the CSV files' name
    printed: str  # the receipt's and the X/Z report's line (the printed receipt stays Russian, 2022)
    ofd_type: OfdPaymentType
    in_drawer: bool = False  # counts as cash in the drawer (cash_sum, withdrawals, the cash counter)
    gives_change: bool = False  # may pass the total, the excess is change (one kind at most: cash)
    via_terminal: bool = False  # charged on, and paid back by, the card terminal
    ofd_slip: OfdSlip = OfdSlip.NONE
    terminal_method: str = ""  # the terminal's method that ends in this kind ("card", "qr")

    CASH: ClassVar[TenderKind]
    CARD: ClassVar[TenderKind]
    MOBILE: ClassVar[TenderKind]
    NON_CASH: ClassVar[TenderKind]

    @property
    def value(self) -> str:
        """The key, as the former ``PaymentKind`` enum called it."""
        return self.key

    @property
    def is_cash(self) -> bool:
        return self.in_drawer

    @classmethod
    def of(cls, key: str) -> TenderKind:
        """The registered kind of ``key``, or a ``ValidationError`` naming the known ones."""
        with _lock:
            kind = _table.get(key)
        if kind is None:
            raise ValidationError(
                "tender", QT_TRANSLATE_NOOP("Reasons", "'{value}' is not a payment kind (known: {allowed})"),
                value=key, allowed=", ".join(tender_keys()))
        return kind

    def __reduce__(self) -> tuple[Any, tuple[str]]:  # a copy or a pickle is the registered kind
        return (TenderKind.of, (self.key,))

    def __repr__(self) -> str:
        return f"TenderKind({self.key!r})"


_lock = threading.Lock()
_table: dict[str, TenderKind] = {}


def register_tender(kind: TenderKind) -> TenderKind:
    """Add ``kind`` to the table; a key taken by another kind, a malformed key or a second kind
    that gives change is refused (``ValueError``: a programming error, not the user's)."""
    if not KEY_PATTERN.fullmatch(kind.key):
        raise ValueError(f"tender key {kind.key!r} is not {KEY_PATTERN.pattern}")
    if kind.gives_change and not kind.in_drawer:
        raise ValueError(f"tender {kind.key!r} gives change, so it must count in the drawer")
    with _lock:
        old = _table.get(kind.key)
        if old is kind:
            return kind
        if old is not None:
            raise ValueError(f"tender {kind.key!r} is already registered")
        if kind.gives_change and any(k.gives_change for k in _table.values()):
            raise ValueError(f"tender {kind.key!r} gives change, and only one kind may")
        _table[kind.key] = kind
    return kind


def unregister_tender(key: str) -> None:
    """Remove a kind (a test's throw-away one); the built-ins stay."""
    with _lock:
        if key not in BUILTIN_KEYS:
            _table.pop(key, None)


def tender_kinds() -> tuple[TenderKind, ...]:
    """Every kind, in registration order (the built-ins first): the order of reports and totals."""
    with _lock:
        return tuple(_table.values())


def find_tender(key: str) -> TenderKind | None:
    """The kind of ``key`` or None (a stored key whose kind is no longer registered)."""
    with _lock:
        return _table.get(key)


def drawer_keys() -> frozenset[str]:
    """Keys of the kinds that count as cash in the drawer."""
    return frozenset(k.key for k in tender_kinds() if k.in_drawer)


def tender_keys() -> tuple[str, ...]:
    return tuple(k.key for k in tender_kinds())


def change_tender() -> TenderKind | None:
    """The kind change is given from (cash)."""
    return next((k for k in tender_kinds() if k.gives_change), None)


def tender_for_method(method: str) -> TenderKind:
    """The kind a terminal payment made with ``method`` ("card", "qr") is (decision 1415)."""
    for k in tender_kinds():
        if k.via_terminal and k.terminal_method == method:
            return k
    return TenderKind.CARD


TenderKind.CASH = register_tender(TenderKind(
    "cash", QT_TRANSLATE_NOOP("Tender", "Cash"), "НАЛИЧНЫЕ", OfdPaymentType.CASH, in_drawer=True, gives_change=True))
TenderKind.CARD = register_tender(TenderKind(
    "card", QT_TRANSLATE_NOOP("Tender", "Card"), "БАНКОВСКАЯ КАРТА", OfdPaymentType.CARD, via_terminal=True,
    ofd_slip=OfdSlip.CARD, terminal_method="card"))
TenderKind.MOBILE = register_tender(TenderKind(
    "mobile", QT_TRANSLATE_NOOP("Tender", "Mobile payment"), "МОБИЛЬНЫЙ ПЛАТЁЖ", OfdPaymentType.MOBILE,
    via_terminal=True, ofd_slip=OfdSlip.MOBILE, terminal_method="qr"))
#: «Безнал»: a fiscal receipt marked non-cash without our terminal; a card-type tender (decision 0108)
TenderKind.NON_CASH = register_tender(TenderKind(
    "non_cash", QT_TRANSLATE_NOOP("Tender", "Non-cash"), "БЕЗНАЛ", OfdPaymentType.CARD))
BUILTIN_KEYS = frozenset(tender_keys())
