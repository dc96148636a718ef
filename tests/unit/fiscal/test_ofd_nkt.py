"""The НКТ lookup's pure parts: reading an answer (spec §3.7), the barcode check, the pacer, the
dated cache, and the sandbox's fixture catalogue (valid check digits computed here, by hand)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from alsep_desktop.fiscal.client import OfdOutcome, OutcomeStatus
from alsep_desktop.fiscal.errors import (
    NktBadAnswer,
    NktBadBarcode,
    NktError,
    NktOffline,
    NktRefused,
    NktUnavailable,
    OfdNotSent,
    OfdUnknownOutcome,
)
from alsep_desktop.fiscal.messages import TABLES
from alsep_desktop.fiscal.nkt import LookupPacer, NktCache, NktLookup, barcode_request, read_lookup
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.sandbox.catalogue import FIXTURE
from alsep_desktop.kernel.clock import FakeClock

NR = pb.NomenclatureResponse
ROOT = Path(__file__).resolve().parents[3]
KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def answered(result: pb.NomenclatureResponse.NomenclatureResultTypeEnum.ValueType,
             *elements: pb.NomenclatureResponse.Element, version: int = 7) -> OfdOutcome:
    response = pb.Response(command=pb.COMMAND_NOMENCLATURE, result=pb.Result(result_code=0))
    response.nomenclature.version, response.nomenclature.result = version, result
    for e in elements:
        response.nomenclature.elements.add().CopyFrom(e)
    return OfdOutcome(OutcomeStatus.ACCEPTED, 4, 1, 1, response, 0)


def element(barcode: str, **item: object) -> pb.NomenclatureResponse.Element:
    el = pb.NomenclatureResponse.Element(type=NR.ITEM, title="Молоко", title_kk="Сүт", id=9)
    el.item.barcode = barcode
    for name, value in item.items():
        setattr(el.item, name, value)
    return el


WHEN = FakeClock().now()


def test_an_item_is_read_whole_and_gtin14_matches_ean13() -> None:
    found = read_lookup(answered(NR.RESULT_TYPE_OK, element("04870001000029", ntin="0200000000011",
                                                            measure_unit_code="796", is_social=True)),
                        "4870001000029", WHEN)
    assert found.found and found.version == 7 and found.answered_at == WHEN
    assert found.item is not None and (found.item.title, found.item.title_kk, found.item.ntin) == (
        "Молоко", "Сүт", "0200000000011")
    assert found.item.is_social and not found.item.is_markedeac


def test_an_empty_version_is_none_and_not_found_is_no_error() -> None:
    missing = read_lookup(answered(NR.RESULT_TYPE_ELEMENT_NOT_FOUND_BY_BARCODE, version=0), "4870001000029", WHEN)
    assert not missing.found and missing.item is None and missing.version is None


@pytest.mark.parametrize(("outcome", "error"), [
    (answered(NR.RESULT_TYPE_NO_VERSION), NktUnavailable),
    (answered(NR.RESULT_TYPE_VERSION_IS_ACTUAL), NktBadAnswer),
    (answered(NR.RESULT_TYPE_OK), NktBadAnswer),  # OK without an item
    (answered(NR.RESULT_TYPE_OK, element("4870000000000")), NktBadAnswer),  # another barcode's item
    (OfdOutcome(OutcomeStatus.REJECTED, 4, 1, 1, None, 15, "blocked"), NktRefused),
    (OfdOutcome(OutcomeStatus.UNKNOWN, 4, 1, 1, error=OfdUnknownOutcome(detail="read timeout")), NktOffline),
    (OfdOutcome(OutcomeStatus.NOT_SENT, 4, 1, 1, error=OfdNotSent(detail="refused")), NktOffline),
])
def test_what_is_not_an_answer_is_a_typed_error(outcome: OfdOutcome, error: type[NktError]) -> None:
    with pytest.raises(error) as caught:
        read_lookup(outcome, "4870001000029", WHEN)
    code = caught.value.code
    assert all(code in TABLES[lang] for lang in ("ru", "kk", "en"))


@pytest.mark.parametrize("bad", ["", "   ", "48700 01000029", "4" * 49, "молоко"])
def test_a_bad_barcode_is_refused_before_anything_is_sent(bad: str) -> None:
    with pytest.raises(NktBadBarcode):
        barcode_request(bad)


def test_the_request_has_no_version_and_no_service() -> None:
    request = barcode_request(" 4600000000107\n")
    assert request.nomenclature.barcode == "4600000000107"
    assert not request.nomenclature.HasField("current_version") and not request.HasField("service")


def test_the_pacer_lets_a_burst_through_then_one_per_interval() -> None:
    now = [100.0]
    slept: list[float] = []
    pacer = LookupPacer(0.5, 2, monotonic=lambda: now[0], sleep=slept.append)
    assert [pacer.wait(), pacer.wait()] == [0.0, 0.0]
    assert pacer.wait() == pytest.approx(0.5) and pacer.take() == pytest.approx(1.0)  # queued behind it
    now[0] += 10.0  # a long pause refills the bucket, never beyond the burst
    assert [pacer.take(), pacer.take()] == [0.0, 0.0] and pacer.take() == pytest.approx(0.5)
    assert slept == [pytest.approx(0.5)] and pacer.taken == 7
    assert LookupPacer(0).take() == 0.0


def test_the_cache_keeps_answers_with_their_date() -> None:
    clock = FakeClock()
    cache = NktCache(clock, found_for=timedelta(days=7), not_found_for=timedelta(days=1))
    item = read_lookup(answered(NR.RESULT_TYPE_OK, element("4870001000029")), "4870001000029", clock.now())
    cache.put(item)
    cache.put(NktLookup("4870009999990", None, 7, None, clock.now()))
    assert cache.get("04870001000029") is item and cache.get("4870009999990") is not None
    clock.advance(timedelta(days=2))
    assert cache.get("4870009999990") is None and cache.get("4870001000029") is item  # "not found" ages sooner
    cache.put(NktLookup("4870001000029", None, 7, None, clock.now() - timedelta(days=3)))  # older: ignored
    assert cache.get("4870001000029") is item
    clock.advance(timedelta(days=6))
    assert cache.get("4870001000029") is None and len(cache.entries()) == 2


def gs1_check(body: str) -> int:
    """GS1 mod-10, written here from the GS1 rule (weights 3,1,3… from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def test_the_fixture_catalogue_is_shaped_like_the_real_one() -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    items = data["items"]
    assert 200 <= len(items) <= 1000
    for i in items:
        for code in (i["barcode"], i["ntin"]):
            assert len(code) == 13 and code.isdigit() and gs1_check(code[:-1]) == int(code[-1]), code
        assert i["title"] and i["title_kk"]
        assert i["ntin"].startswith("02")
    assert len({i["barcode"] for i in items}) == len(items) and len({i["ntin"] for i in items}) == len(items)
    marked = [i for i in items if i["marked"]]
    assert len(marked) >= 20 and all(i["title"].startswith("Сигареты") for i in marked)
    weighed = [i for i in items if i["unit"] == "166"]
    assert len(weighed) >= 20 and all(i["fractional"] for i in weighed)
    assert sum(i["social"] for i in items) >= 50
    assert sum(i["title"] != i["title_kk"] for i in items) > len(items) * 0.9  # (кефир, айран: the same word)
    assert sum(bool(KAZAKH_LETTERS.search(i["title_kk"])) for i in items) > len(items) // 2  # real Kazakh


def test_the_fixture_is_what_its_script_writes() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_nkt_catalogue.py"), "--check"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_wire_reader_knows_the_nomenclature_rules() -> None:
    """The independent reader (tests/support) flags what §3.7 rules out, on hand-made bytes."""
    from tests.support.wire import len_field, varint_field
    from tests.support.wire_check import barcode_answer, check

    assert check("NomenclatureRequest", len_field(2, "4600000000107")) == []
    assert any("must not be empty" in p for p in check("NomenclatureRequest", len_field(2, "")))
    item = varint_field(1, 1) + len_field(3, "Темекі") + varint_field(5, 9) + len_field(6, len_field(17, "02"))
    not_found_with_item = varint_field(1, 7) + len_field(3, item) + varint_field(4, 3)
    assert any("ITEM element" in p for p in check("NomenclatureResponse", not_found_with_item))
    ok = varint_field(1, 7) + len_field(3, item) + varint_field(4, 0)
    assert check("NomenclatureResponse", ok) == []
    response = varint_field(1, 4) + len_field(2, varint_field(1, 0)) + len_field(5, ok)
    result, items = barcode_answer(response)
    assert result == 0 and items[0]["title"] == "Темекі" and items[0]["item"] == {"ntin": "02"}
