import itertools

import pytest

from alsep_desktop.domain.errors import IllegalTransition
from alsep_desktop.domain.states import (
    RECEIPT_TRANSITIONS,
    SHIFT_TRANSITIONS,
    ReceiptState,
    ShiftState,
    receipt_transition,
    shift_transition,
)
from alsep_desktop.domain.validation import (
    validate_barcode,
    validate_bik,
    validate_email,
    validate_iban_kz,
    validate_iin_bin,
)
from alsep_desktop.errors import ValidationError


@pytest.mark.parametrize(("src", "dst"), list(itertools.product(ReceiptState, ReceiptState)))
def test_every_receipt_edge(src, dst) -> None:
    if dst in RECEIPT_TRANSITIONS[src]:
        assert receipt_transition(src, dst) is dst
    else:
        with pytest.raises(IllegalTransition):
            receipt_transition(src, dst)


@pytest.mark.parametrize(("src", "dst"), list(itertools.product(ShiftState, ShiftState)))
def test_every_shift_edge(src, dst) -> None:
    if dst in SHIFT_TRANSITIONS[src]:
        assert shift_transition(src, dst) is dst
    else:
        with pytest.raises(IllegalTransition):
            shift_transition(src, dst)


def test_iin_bin_check_digit() -> None:
    assert validate_iin_bin("990540005429") == "990540005429"
    with pytest.raises(ValidationError, match="check digit"):
        validate_iin_bin("990540005428")
    with pytest.raises(ValidationError, match="12 digits"):
        validate_iin_bin("12345")


def test_iban_and_bik() -> None:
    assert validate_iban_kz("kz35 826A 1KZT D299 5246") == "KZ35826A1KZTD2995246"
    with pytest.raises(ValidationError, match="mod-97"):
        validate_iban_kz("KZ36826A1KZTD2995246")
    assert validate_bik("abnakzkx") == "ABNAKZKX"
    with pytest.raises(ValidationError):
        validate_bik("AB1")


def test_email_and_barcode() -> None:
    assert validate_email(" Admin@Shop.KZ ") == "admin@shop.kz"
    with pytest.raises(ValidationError):
        validate_email("admin@")
    with pytest.raises(ValidationError) as err:
        validate_barcode("12a", row=7)
    assert err.value.row == 7 and "row 7" in str(err.value)
