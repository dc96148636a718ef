"""NTIN and coordinate validators (OFD 2.0.3 data) and the registration value object."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsep_desktop.domain.catalog import ProductView
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.registration import RegistrationData
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE
from alsep_desktop.domain.validation import (
    degrees_text,
    parse_degrees,
    validate_latitude,
    validate_longitude,
    validate_ntin,
    validate_position,
)
from alsep_desktop.errors import ValidationError


@pytest.mark.parametrize("good", ["0200000000012", "02000000000123", " 4870001000011 "])
def test_ntin_of_13_or_14_digits_is_accepted(good: str) -> None:
    assert validate_ntin(good) == good.strip()


@pytest.mark.parametrize("bad", ["", "020000000001", "020000000000123", "02000000000AB", "0200 000000012"])
def test_other_ntins_are_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as e:
        validate_ntin(bad, row=4)
    assert (e.value.field, e.value.row) == ("ntin", 4)
    assert e.value.reason_template == "an NTIN has 13 or 14 digits, got '{value}'"


@pytest.mark.parametrize(("text", "micro"), [
    ("43.238949", 43_238_949), ("43,238949", 43_238_949), ("76.8897", 76_889_700), ("51", 51_000_000),
    ("43.2389495", 43_238_950), ("43.2389494999", 43_238_949), ("-0.0000005", -1), ("+87.5", 87_500_000),
    ("", None), ("  ", None),
])
def test_decimal_degrees_become_millionths_without_floats(text: str, micro: int | None) -> None:
    assert parse_degrees(text, field="latitude") == micro


@pytest.mark.parametrize("bad", ["north", "43.2.1", "1234.5", "43°14'", "4e1"])
def test_unreadable_degrees_name_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as e:
        parse_degrees(bad, field="longitude")
    assert e.value.field == "longitude"


@given(st.integers(-180_000_000, 180_000_000))
def test_degrees_text_parses_back(micro: int) -> None:
    assert parse_degrees(degrees_text(micro), field="latitude") == micro


def test_kazakhstan_bounding_box_edges() -> None:
    assert validate_latitude(40_500_000) == 40_500_000 and validate_latitude(55_500_000) == 55_500_000
    assert validate_longitude(46_500_000) == 46_500_000 and validate_longitude(87_500_000) == 87_500_000
    assert validate_position(None, None) == (None, None)
    with pytest.raises(ValidationError) as e:
        validate_latitude(55_500_001)
    assert e.value.field == "latitude" and "latitude 55.500001 is outside Kazakhstan" in str(e.value)
    with pytest.raises(ValidationError) as e:
        validate_longitude(46_499_999)
    assert e.value.field == "longitude" and "longitude 46.499999 is outside Kazakhstan" in str(e.value)
    with pytest.raises(ValidationError) as e:
        validate_position(76_889_709, 43_238_949)  # swapped: the latitude is refused first
    assert e.value.field == "latitude"
    with pytest.raises(ValidationError) as e:
        validate_position(43_238_949, None)
    assert e.value.field == "longitude"
    with pytest.raises(TypeError):
        validate_latitude(43.238949)  # type: ignore[arg-type]


def test_a_product_line_carries_its_ntin() -> None:
    p = ProductView("u-1", "2", "1", "Молоко", "4870001000029", Money(52000), DEFAULT_VAT_TABLE.get("16"),
                    ntin="0200000000029", marked=True)
    assert p.line().ntin == "0200000000029"
    assert dataclasses.replace(p, ntin="").line().ntin == ""


def test_registration_data_is_frozen_and_knows_when_it_has_a_position() -> None:
    data = RegistrationData("Демо", "260101500004", "г. Алматы", "Алматы қ.", "47111", "Магазин", "пр. Абая",
                            "Абай даңғ.", 43_238_949, 76_889_709, "2026011509000004", "010100000001", "100001")
    assert data.has_position
    assert not dataclasses.replace(data, latitude=None, longitude=None).has_position
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.latitude = 1  # type: ignore[misc]
