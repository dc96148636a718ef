"""Documents a register uploads. The key is the desktop's document uuid (idempotency);
the register is the one of the device credential, never a field of the body."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, Field

from alsep_cloud.schemas.common import Key, Milli, Strict, Tiyn
from alsep_desktop.domain.tender import find_tender, tender_keys

Operation = Literal["sale", "purchase", "sale_return", "purchase_return"]


def _tender_kind(value: str) -> str:
    """A key of ``domain.tender``'s table, read when the body is checked (a kind registered at
    start-up is accepted; decision 2141)."""
    if find_tender(value) is None:
        raise ValueError(f"'{value}' is not a payment kind (known: {', '.join(tender_keys())})")
    return value


PayKind = Annotated[str, Field(max_length=16, description="a tender kind of domain.tender: cash, card, mobile, "
                                                           "non_cash, or one registered later"),
                    AfterValidator(_tender_kind)]


class LineIn(Strict):
    position: int = Field(strict=True, ge=1)
    product_id: str | None = Field(default=None, max_length=36)
    code: str = Field(default="", max_length=64)
    group_code: str = Field(default="", max_length=64)
    name: str = Field(min_length=1, max_length=255)
    barcode: str | None = Field(default=None, max_length=14)
    unit: str = "796"
    unit_price_tiyn: Tiyn
    quantity_milli: Milli
    discount_tiyn: Tiyn = 0
    markup_tiyn: Tiyn = 0
    total_tiyn: Tiyn
    vat_code: str
    vat_tiyn: Tiyn = 0
    ntin: str | None = None
    marking_code: str | None = Field(default=None, max_length=1000)
    original_position: int | None = Field(default=None, strict=True, ge=1)


class PaymentIn(Strict):
    kind: PayKind
    amount_tiyn: Tiyn
    terminal_id: str | None = Field(default=None, max_length=32)
    card_type: str | None = Field(default=None, max_length=32)
    auth_code: str | None = Field(default=None, max_length=32)
    rrn: str | None = Field(default=None, max_length=32)


class ReceiptUpload(Strict):
    key: Key = Field(description="the desktop's receipt uuid: a retry with the same key finds the first record")
    operation: Operation
    number: int = Field(strict=True, ge=1, description="number within the shift")
    shift_key: Key = Field(description="the desktop's shift uuid")
    shift_number: int = Field(strict=True, ge=1)
    created_at: AwareDatetime
    total_tiyn: Tiyn
    discount_tiyn: Tiyn = 0
    markup_tiyn: Tiyn = 0
    vat_tiyn: Tiyn = 0
    change_tiyn: Tiyn = 0
    cashier: str = Field(default="", max_length=254)
    offline: bool = False
    fiscal_sign: str | None = Field(default=None, max_length=64)
    ofd_ticket_number: str | None = Field(default=None, max_length=64)
    check_url: str | None = Field(default=None, max_length=2000)
    original_key: Key | None = Field(default=None, description="returns: the key of the sale returned")
    original_fiscal_sign: str | None = Field(default=None, max_length=64)
    buyer_iin_bin: str | None = None
    lines: list[LineIn] = Field(min_length=1, max_length=1000)
    payments: list[PaymentIn] = Field(default_factory=list, max_length=20)


class ShiftReportUpload(Strict):
    key: Key = Field(description="unique per report, e.g. '<shift uuid>:open', '<shift uuid>:z', an X report's uuid")
    kind: Literal["open", "x", "z"]
    shift_key: Key
    shift_number: int = Field(strict=True, ge=1)
    created_at: AwareDatetime
    cashier: str = Field(default="", max_length=254)
    sales_count: int = Field(default=0, strict=True, ge=0)
    sales_tiyn: Tiyn = 0
    returns_count: int = Field(default=0, strict=True, ge=0)
    returns_tiyn: Tiyn = 0
    cash_tiyn: int = Field(default=0, strict=True, description="cash in the drawer, tiyn")
    deposits_tiyn: Tiyn = 0
    withdrawals_tiyn: Tiyn = 0
    counters: dict[str, list[int]] = Field(
        default_factory=dict, description="domain.shift counters: name → [count, amount, extra]"
    )


class CashMoveUpload(Strict):
    key: Key
    kind: Literal["deposit", "withdrawal"]
    shift_key: Key
    shift_number: int = Field(strict=True, ge=1)
    amount_tiyn: Tiyn
    created_at: AwareDatetime
    number: int | None = Field(default=None, strict=True, ge=1)
    cashier: str = Field(default="", max_length=254)
    offline: bool = False
    fiscal_sign: str | None = Field(default=None, max_length=64)


class TerminalOperationUpload(Strict):
    key: Key
    kind: Literal["payment", "refund", "cancel", "reconciliation"]
    status: Literal["approved", "declined", "error"]
    amount_tiyn: Tiyn = 0
    created_at: AwareDatetime
    terminal_id: str = Field(default="", max_length=32)
    rrn: str | None = Field(default=None, max_length=32)
    auth_code: str | None = Field(default=None, max_length=32)
    card_mask: str | None = Field(default=None, max_length=32)
    receipt_key: Key | None = None
    # added later (decision 1415): absent from bodies frozen before, so left out of the body hash at
    # their defaults (``services/uploads.TERMINAL_LATE_FIELDS``) and an old retry still matches
    method: Literal["card", "qr"] | None = Field(default=None, description="card, or a Kaspi QR payment")
    revision: int = Field(default=0, strict=True, ge=0, description=(
        "0 for the first upload of the key; a later state of the same operation (receipt linked, "
        "acknowledged, refunded) comes with a higher revision and replaces the record"))
    acknowledged: bool = False
    refunded_tiyn: Tiyn = Field(default=0, description="approved refunds of this payment so far")


class UploadOut(BaseModel):
    key: str
    id: int = Field(description="the cloud's id of the record")
    created: bool = Field(description="false when this key was already uploaded with the same body")
