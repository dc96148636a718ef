"""Figures of the terminal reports (seed 8.9), computed from journal records wherever they came
from (this store or the cloud): the summary by method and status, and the statement with an
ESTIMATED commission (decision 0710).

All money is integer tiyn. A refund counts negative. The commission of an approved payment is
``amount × rate`` rounded half-up to the tiyn, per operation; refunds carry none (whether the bank
gives its fee back is not known, spec §1.8), so what is credited is never over-estimated by them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.rounding import div_half_up
from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

APPROVED, DECLINED, PENDING = "approved", "declined", "pending"
STATUSES = (APPROVED, DECLINED, PENDING)
METHODS = ("card", "qr")
KINDS = ("payment", "refund")
#: basis points: 1 % = 100
MAX_RATE_BP = 2000


def status_of(state: str) -> str:
    """Journal state (decision 0703) → approved / declined / pending (money not known yet)."""
    if state == "success":
        return APPROVED
    if state == "fail":
        return DECLINED
    return PENDING


@dataclass(frozen=True, slots=True)
class OperationRecord:
    """One terminal operation as the reports read it."""

    id: str
    at: datetime  # Asia/Almaty
    kind: str  # payment | refund
    method: str | None  # card | qr | None (never reached the terminal)
    state: str  # journal state (decision 0703)
    amount: Money  # as asked, positive
    terminal: str = ""  # the terminal's id on the slip (POS_ID)
    register: str = ""
    transaction_id: str = ""  # RRN or QR order number
    auth_code: str = ""
    card_mask: str = ""
    cashier: str = ""
    receipt: str = ""  # "shift/number" of the fiscal receipt, or ""
    fiscalized: bool = False

    @property
    def status(self) -> str:
        return status_of(self.state)

    @property
    def signed(self) -> Money:
        return -self.amount if self.kind == "refund" else self.amount


@dataclass(frozen=True, slots=True)
class SummaryRow:
    kind: str
    method: str  # card | qr | "" (no method known)
    status: str
    count: int
    amount: Money  # signed: refunds negative


@dataclass(frozen=True, slots=True)
class Summary:
    rows: list[SummaryRow]
    count: int
    approved_payments: Money
    approved_refunds: Money  # positive

    @property
    def net(self) -> Money:
        return self.approved_payments - self.approved_refunds


def summarize(records: Iterable[OperationRecord]) -> Summary:
    """Count and sum by kind, method and status (seed 8.9's «Итоговый отчёт»)."""
    return summary_of_counts((r.kind, r.method, r.state, 1, r.amount.tiyn) for r in records)


def summary_of_counts(counts: Iterable[tuple[str, str | None, str, int, int]]) -> Summary:
    """The summary from (kind, method, journal state, count, sum of amounts asked) groups — what
    the database's GROUP BY gives, or one record at a time."""
    acc: dict[tuple[str, str, str], list[int]] = {}
    count = paid = refunded = 0
    for kind, method, state, n, amount in counts:
        status = status_of(state)
        signed = -amount if kind == "refund" else amount
        slot = acc.setdefault((kind, method or "", status), [0, 0])
        slot[0] += n
        slot[1] += signed
        count += n
        if status == APPROVED:
            if kind == "refund":
                refunded += amount
            else:
                paid += amount

    def order(key: tuple[str, str, str]) -> tuple[int, int, int]:
        kind, method, status = key
        return (KINDS.index(kind) if kind in KINDS else 9, METHODS.index(method) if method in METHODS else 9,
                STATUSES.index(status))

    rows = [
        SummaryRow(k[0], k[1], k[2], v[0], Money(v[1])) for k, v in sorted(acc.items(), key=lambda kv: order(kv[0]))
    ]
    return Summary(rows, count, Money(paid), Money(refunded))


@dataclass(frozen=True, slots=True)
class CommissionRates:
    """Estimated fee per method in basis points (1.29 % = 129). Defaults: decision 0710."""

    card_bp: int = 230
    qr_bp: int = 129

    def __post_init__(self) -> None:
        for name in ("card_bp", "qr_bp"):
            value = getattr(self, name)
            if type(value) is not int:
                raise TypeError(f"{name} is an int number of basis points")

    def validated(self) -> CommissionRates:
        for field, value in (("card_rate", self.card_bp), ("qr_rate", self.qr_bp)):
            if not 0 <= value <= MAX_RATE_BP:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("Reasons", "a rate from 0 to {limit} %"), limit=MAX_RATE_BP // 100
                )
        return self

    def of(self, method: str | None) -> int:
        """The rate of a method; an operation without a known method is estimated at the card rate."""
        return self.qr_bp if method == "qr" else self.card_bp

    @staticmethod
    def parse_percent(text: str, *, field: str) -> int:
        """``"1.29"`` / ``"1,29"`` / ``"1.29 %"`` → 129 basis points (at most 2 decimals)."""
        raw = (text or "").replace("%", "").replace(",", ".").strip()
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not a percentage (e.g. 1.29)"),
                                  value=text) from None
        scaled = value * 100
        if not value.is_finite() or scaled != scaled.to_integral_value():
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not a percentage (e.g. 1.29)"), value=text
            )
        return int(scaled)

    @staticmethod
    def percent_text(bp: int) -> str:
        return f"{bp // 100}.{bp % 100:02d}"


def commission(amount: Money, rate_bp: int) -> Money:
    """Estimated fee of one approved payment, rounded half-up to the tiyn."""
    return Money(div_half_up(amount.tiyn * rate_bp, 10_000))


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One line of the statement: approved operations of a day, terminal, kind and method (seed 8.9)."""

    day: date
    kind: str
    terminal: str
    method: str
    count: int
    amount: Money  # signed
    commission: Money  # estimated, negative (a cost), as the seed's statement prints it
    credited: Money  # amount + commission


@dataclass(frozen=True, slots=True)
class Statement:
    start: date
    end: date
    scope: str  # what was asked for: a terminal's serial or "all"
    rates: CommissionRates
    rows: list[StatementRow]

    @property
    def count(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def amount(self) -> Money:
        return Money.sum(r.amount for r in self.rows)

    @property
    def commission(self) -> Money:
        return Money.sum(r.commission for r in self.rows)

    @property
    def credited(self) -> Money:
        return Money.sum(r.credited for r in self.rows)


def build_statement(records: Iterable[OperationRecord], rates: CommissionRates, start: date, end: date,
                    scope: str) -> Statement:
    """The statement from single records (the cloud's operations): each approved payment's fee
    rounded on its own, then the same grouping as the database's (``statement_of_groups``)."""
    groups = ((r.at.date(), r.terminal, r.kind, r.method, 1, r.amount.tiyn,
               commission(r.amount, rates.of(r.method)).tiyn if r.kind != "refund" else 0)
              for r in records if r.status == APPROVED)
    return statement_of_groups(groups, rates, start, end, scope)


def statement_of_groups(groups: Iterable[tuple[date, str, str, str | None, int, int, int]], rates: CommissionRates,
                        start: date, end: date, scope: str) -> Statement:
    """Statement lines from approved (day, terminal, kind, method, count, sum of amounts, sum of fees)
    groups; groups of the same line are merged. Amounts and fees are positive here; a refund turns
    negative and the fee is shown as a cost (negative), as the seed's statement prints it."""
    acc: dict[tuple[date, str, str, str], list[int]] = {}
    for day, terminal, kind, method, n, amount, fee in groups:
        slot = acc.setdefault((day, terminal or "", kind, method or ""), [0, 0, 0])
        slot[0] += n
        slot[1] += -amount if kind == "refund" else amount
        slot[2] -= 0 if kind == "refund" else fee
    rows = [StatementRow(day, kind, terminal, method, n, Money(amount), Money(fee), Money(amount + fee))
            for (day, terminal, kind, method), (n, amount, fee) in sorted(acc.items())]
    return Statement(start, end, scope, rates, rows)
