import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsep_desktop.domain.marking import (
    _FNC1_NOTATIONS,
    GS,
    InvalidMarkingCode,
    MarkingFormat,
    gtin_check_digit,
    parse_marking_code,
)

GTIN = "04600439931256"
SHORT = f"01{GTIN}215Ab+Cx7{GS}93dGVz"
LONG = f"01{GTIN}21ABCDEFGHIJKLM{GS}91EE10{GS}92" + "A" * 44


def test_short_code_with_gs() -> None:
    m = parse_marking_code(SHORT)
    assert (m.gtin, m.serial, m.crypto_tail) == (GTIN, "5Ab+Cx7", "dGVz")
    assert m.ean13 == "4600439931256"
    assert m.is_tobacco_pack
    assert m.full_code == SHORT
    assert m.identification_code == f"01{GTIN}215Ab+Cx7"
    assert m.printable == f"(01){GTIN}(21)5Ab+Cx7(93)dGVz"


def test_long_code_with_key_and_signature() -> None:
    m = parse_marking_code(LONG)
    assert m.serial == "ABCDEFGHIJKLM" and m.crypto_key == "EE10" and m.signature == "A" * 44
    assert not m.is_tobacco_pack
    assert m.full_code == LONG


@pytest.mark.parametrize("notation", ["<GS>", "<FNC1>", "\u00e8", "\\x1d"])
def test_fnc1_notations_are_normalised(notation: str) -> None:
    text = "]d2" + SHORT.replace(GS, notation)
    assert parse_marking_code(text).full_code == SHORT


def test_missing_gs_is_inferred_from_the_next_ai() -> None:
    assert parse_marking_code(SHORT.replace(GS, "")).full_code == SHORT
    assert parse_marking_code(LONG.replace(GS, "")).full_code == LONG


def test_tobacco_block_with_price() -> None:
    code = f"01{GTIN}21abc1234{GS}8005012345{GS}93Zx9q"
    m = parse_marking_code(code)
    assert m.price_code == "012345" and m.crypto_tail == "Zx9q" and m.serial == "abc1234"


def test_raw_tobacco_pack_of_29_characters() -> None:
    raw = GTIN + "-XyZ0ab" + "AbCd" + "wxyz"
    m = parse_marking_code(raw)
    assert m.format is MarkingFormat.TOBACCO_PACK_RAW
    assert (m.gtin, m.serial, m.price_code, m.crypto_tail) == (GTIN, "-XyZ0ab", "AbCd", "wxyz")
    assert m.is_tobacco_pack


@pytest.mark.parametrize(
    ("text", "field", "needle"),
    [
        ("", "marking_code", "empty"),
        (SHORT.replace(GTIN, GTIN[:-1] + "7"), "marking_code.gtin", "check digit"),
        (f"01{GTIN}{GS}93dGVz", "marking_code.serial", "serial"),
        (f"01{GTIN}21abc1234", "marking_code.crypto", "crypto"),
        (f"01{GTIN}21abc{GS}91KEY1", "marking_code.crypto", "together"),
        (f"01{GTIN}21abc{GS}77zz", "marking_code", "unknown application identifier"),
        ("4600439931256", "marking_code", "starts with (01)"),
        (f"01{GTIN}21abc{GS}21def{GS}93abcd", "marking_code", "twice"),
    ],
)
def test_errors_name_the_field(text: str, field: str, needle: str) -> None:
    with pytest.raises(InvalidMarkingCode) as err:
        parse_marking_code(text)
    assert err.value.field == field
    assert needle in err.value.reason
    assert err.value.code == "domain.invalid_marking_code"


def test_check_digit() -> None:
    assert gtin_check_digit("400638133393") == 1  # EAN-13 4006381333931
    assert gtin_check_digit("0460043993125") == 6


# A serial that spells one of the textual FNC1 notations (e.g. "<FNC1>") is read as a separator:
# that ambiguity is inherent in accepting those notations, so such serials are left out here.
_serial = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=20).filter(
    lambda s: not any(n in s for n in _FNC1_NOTATIONS)
)


@given(body=st.text(alphabet="0123456789", min_size=13, max_size=13), serial=_serial,
       tail=st.text(alphabet="ABCDEFabcdef0123456789+/=", min_size=4, max_size=4))
def test_round_trip(body: str, serial: str, tail: str) -> None:
    gtin = body + str(gtin_check_digit(body))
    code = f"01{gtin}21{serial}{GS}93{tail}"
    m = parse_marking_code(code)
    assert (m.gtin, m.serial, m.crypto_tail, m.full_code) == (gtin, serial, tail, code)
