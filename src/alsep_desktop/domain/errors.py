"""Typed domain errors with stable codes."""

from __future__ import annotations

from alsep_desktop.app.errors import AlsepError, ValidationError


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
    template = "Invalid payment: {reason}"


class EmptyReceipt(DomainError):
    code = "domain.empty_receipt"
    template = "The receipt has no lines"


class IllegalTransition(DomainError):
    code = "domain.illegal_transition"
    template = "{machine}: cannot go from {source} to {target}"
