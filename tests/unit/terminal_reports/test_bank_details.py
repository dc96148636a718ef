"""Kazakh IBAN (ISO 13616: KZ, 2 check digits, 3-digit bank code, 13 account characters, mod-97)
and BIK (the bank's SWIFT/BIC, ISO 9362, country KZ) validation (decision 0711)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsep_desktop.domain.validation import validate_bik, validate_iban_kz
from alsep_desktop.errors import ValidationError

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def with_check_digits(bank: str, account: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bank + account + "KZ00")
    return f"KZ{98 - int(numeric) % 97:02d}{bank}{account}"


@pytest.mark.parametrize("iban", [
    "KZ428562203106541206",   # seed fig. 22 (Bank CenterCredit, 856)
    "KZ948562870107053614",   # seed fig. 24
    "KZ35826A1KZTD2995246",   # letters in the account part
    "KZ44856A000000012345",   # the demo company's
    "kz42 8562 2031 0654 1206",
    "КZ428562203106541206",   # Cyrillic К typed with the Russian layout
])
def test_valid_ibans(iban: str) -> None:
    assert validate_iban_kz(iban) == "".join(iban.split()).upper().replace("К", "K")


@pytest.mark.parametrize(("iban", "words"), [
    ("KZ438562203106541206", "mod-97"),          # check digits off by one
    ("KZ428562203106541207", "mod-97"),          # last digit mistyped
    ("KZ428562203160541206", "mod-97"),          # two digits swapped
    ("KZ42856220306541206", "20 characters"),    # a digit dropped (seed fig. 28 as printed)
    ("KZ4285622031065412066", "20 characters"),
    ("DE89370400440532013000", "starts with KZ"),  # a valid German IBAN
    ("KZ42A562203106541206", "16 characters"),   # the bank code must be digits
    ("KZ42856220310654120!", "not '!'"),
    ("", "starts with KZ"),
])
def test_invalid_ibans_say_why(iban: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_iban_kz(iban, field="settlement_iban")
    assert err.value.field == "settlement_iban" and words in err.value.reason


@given(st.text(alphabet="0123456789", min_size=3, max_size=3), st.text(alphabet=ALNUM, min_size=13, max_size=13))
def test_every_iban_with_right_check_digits_passes(bank: str, account: str) -> None:
    iban = with_check_digits(bank, account)
    assert validate_iban_kz(iban) == iban


@given(st.text(alphabet="0123456789", min_size=3, max_size=3), st.text(alphabet=ALNUM, min_size=13, max_size=13),
       st.integers(4, 19), st.sampled_from(ALNUM))
def test_any_single_character_substitution_is_caught(bank: str, account: str, pos: int, char: str) -> None:
    iban = with_check_digits(bank, account)
    changed = iban[:pos] + char + iban[pos + 1:]
    # mod-97 catches any change of one digit for a digit or one letter for a letter (a letter is two
    # digits of the number; swapping a letter for a digit changes its length and is not guaranteed)
    if changed == iban or char.isdigit() != iban[pos].isdigit():
        return
    with pytest.raises(ValidationError):
        validate_iban_kz(changed)


@pytest.mark.parametrize("bik", ["CASPKZKA", "HSBKKZKX", "KCJBKZKX", "ABNAKZKX", "halykzka", "CASPKZKAXXX",
                                 "КСЈВКZКХ".replace("Ј", "J")])
def test_valid_biks(bik: str) -> None:
    assert validate_bik(bik) in {bik.upper(), "KCJBKZKX"}


@pytest.mark.parametrize(("bik", "words"), [
    ("CASPKZK", "8 or 11"), ("CASPKZKAXX", "8 or 11"), ("CASPKZKAXXXX", "8 or 11"),
    ("1ASPKZKA", "8 or 11"), ("DEUTDEFF", "KZ"), ("CASPRUMM", "KZ"), ("", "8 or 11"),
])
def test_invalid_biks_say_why(bik: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_bik(bik, field="settlement_bik")
    assert err.value.field == "settlement_bik" and words in err.value.reason
