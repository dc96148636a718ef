"""Typed domain errors with stable codes."""

from __future__ import annotations

from alsep_desktop.errors import AlsepError, ValidationError


class DomainError(AlsepError):
    code = "domain"


class InvalidAmount(ValidationError):
    code = "domain.invalid_amount"


class InvalidQuantity(ValidationError):
    code = "domain.invalid_quantity"


class UnknownVatRate(ValidationError):
    code = "domain.unknown_vat_rate"


class InvalidAdjustment(ValidationError):
    code = "domain.invalid_adjustment"


class InsufficientPayment(DomainError):
    code = "domain.insufficient_payment"
    template = "Payment {paid} does not cover the total {total}"


class InvalidPayment(DomainError):
    code = "domain.invalid_payment"
    template = "Invalid payment"


class PaymentNotPositive(InvalidPayment):
    code = "domain.invalid_payment.not_positive"
    template = "A {kind} payment must be greater than zero"


class NegativeTotal(InvalidPayment):
    code = "domain.invalid_payment.negative_total"
    template = "The total is negative"


class NonCashOverTotal(InvalidPayment):
    code = "domain.invalid_payment.non_cash_over_total"
    template = "Non-cash payments {non_cash} exceed the total {total}; change is given only from cash"


class EmptyReceipt(DomainError):
    code = "domain.empty_receipt"
    template = "The receipt has no lines"


class IllegalTransition(DomainError):
    code = "domain.illegal_transition"
    template = "{machine}: cannot go from {source} to {target}"


class LineRoundsToZero(DomainError):
    """A priced line whose quantity makes it cost less than half a tiyn (1 tiyn × 0.001 kg)."""

    code = "domain.line_rounds_to_zero"
    template = "{quantity} × {price} rounds to 0.00: a line must cost at least 0.01"


class LineTooLarge(DomainError):
    code = "domain.line_too_large"
    template = "The line amount {value} is more than a register records (at most {limit})"


class MarkupTooLarge(DomainError):
    code = "domain.markup_too_large"
    template = "The markup {value} is more than a register records (at most {limit})"


class TotalTooLarge(DomainError):
    code = "domain.total_too_large"
    template = "The receipt total {value} is more than a register records (at most {limit})"


class PaymentTooLarge(InvalidPayment):
    code = "domain.invalid_payment.too_large"
    template = "The payment {value} is more than a register records (at most {limit})"
