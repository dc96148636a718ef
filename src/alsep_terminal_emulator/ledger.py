"""The emulator's own book of money: what its processes really took and gave back."""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    kind: str  # "payment" | "refund"
    process_id: str
    method: str  # "card" | "qr"
    transaction_id: str  # card RRN or QR order number (of this operation)
    amount: int  # whole tenge
    refund_of: str | None = None  # the payment's transaction id (refunds)
    at: str = ""


class Ledger:
    def __init__(self, entries: list[LedgerEntry] | None = None) -> None:
        self._lock = threading.Lock()
        self._entries: list[LedgerEntry] = list(entries or [])

    def add(self, entry: LedgerEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[LedgerEntry]:
        with self._lock:
            return list(self._entries)

    def payments(self) -> list[LedgerEntry]:
        return [e for e in self.entries() if e.kind == "payment"]

    def refunds(self) -> list[LedgerEntry]:
        return [e for e in self.entries() if e.kind == "refund"]

    def payment(self, transaction_id: str, method: str) -> LedgerEntry | None:
        return next((e for e in self.payments() if e.transaction_id == transaction_id and e.method == method), None)

    def refunded_of(self, transaction_id: str) -> int:
        return sum(e.amount for e in self.refunds() if e.refund_of == transaction_id)

    def refundable(self, transaction_id: str, method: str) -> int:
        paid = self.payment(transaction_id, method)
        return 0 if paid is None else paid.amount - self.refunded_of(transaction_id)

    def taken(self) -> int:
        return sum(e.amount for e in self.payments())

    def given_back(self) -> int:
        return sum(e.amount for e in self.refunds())

    def by_process(self, process_id: str) -> LedgerEntry | None:
        return next((e for e in self.entries() if e.process_id == process_id), None)

    def to_json(self) -> list[dict[str, Any]]:
        return [asdict(e) for e in self.entries()]

    @classmethod
    def from_json(cls, rows: list[dict[str, Any]]) -> Ledger:
        return cls([LedgerEntry(**r) for r in rows])
