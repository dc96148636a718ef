"""The sandbox's national catalogue (НКТ): answers ``COMMAND_NOMENCLATURE`` (spec §3.7).

The products come from ``nkt_catalogue.json`` beside this module, written by
``scripts/gen_nkt_catalogue.py`` (deterministic; decision 2201). A barcode the catalogue knows is
answered with its one ITEM element; any other barcode with result 3
``ELEMENT_NOT_FOUND_BY_BARCODE``. A request without a barcode gets the whole catalogue (groups,
then items), or VERSION_IS_ACTUAL when it names the current version.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alsep_desktop.fiscal.convert import datetime_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.kernel.clock import ALMATY

FIXTURE = Path(__file__).with_name("nkt_catalogue.json")
NR = pb.NomenclatureResponse


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    id: int
    group: int
    barcode: str
    title: str
    title_kk: str
    ntin: str
    unit: str
    unit_title: str
    fractional: bool
    marked: bool
    social: bool


@dataclass(frozen=True, slots=True)
class CatalogueGroup:
    id: int
    title: str
    title_kk: str


def _key(barcode: str) -> str:
    """GTIN-14 ``0487…`` and EAN-13 ``487…`` are the same product."""
    return barcode.lstrip("0") if barcode.isdigit() else barcode


class NktCatalogue:
    def __init__(self, version: int, created: datetime, groups: list[CatalogueGroup],
                 items: list[CatalogueItem]) -> None:
        self.version, self.created = version, created
        self.groups, self.items = groups, items
        self._by_barcode = {_key(i.barcode): i for i in items}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NktCatalogue:
        created = datetime.fromisoformat(data["created"]).replace(tzinfo=ALMATY)
        return cls(int(data["version"]), created, [CatalogueGroup(**g) for g in data["groups"]],
                   [CatalogueItem(**i) for i in data["items"]])

    @classmethod
    def fixture(cls) -> NktCatalogue:
        """The committed fixture (read once per process; the catalogue is immutable)."""
        return _fixture()

    def find(self, barcode: str) -> CatalogueItem | None:
        return self._by_barcode.get(_key(barcode.strip()))

    def answer(self, req: pb.NomenclatureRequest, nom: pb.NomenclatureResponse) -> bool | None:
        """Fill ``nom`` for ``req``; True: a barcode found, False: a barcode not found, None: no barcode."""
        nom.version = self.version
        nom.created_time.CopyFrom(datetime_to_pb(self.created))
        if req.barcode:  # a barcode question is answered even when a version is named too (decision 2200)
            item = self.find(req.barcode)
            if item is None:
                nom.result = NR.RESULT_TYPE_ELEMENT_NOT_FOUND_BY_BARCODE
                return False
            nom.result = NR.RESULT_TYPE_OK
            _element(nom.elements.add(), item)
            return True
        if req.HasField("current_version") and req.current_version == self.version:
            nom.result = NR.RESULT_TYPE_VERSION_IS_ACTUAL
            return None
        nom.result = NR.RESULT_TYPE_OK
        for g in self.groups:
            nom.elements.add(type=NR.GROUP, title=g.title, title_kk=g.title_kk, id=g.id)
        for i in self.items:
            _element(nom.elements.add(), i)
        return None


def _element(el: pb.NomenclatureResponse.Element, item: CatalogueItem) -> None:
    el.type, el.id, el.parent_group_id = NR.ITEM, item.id, item.group
    el.title, el.title_kk = item.title, item.title_kk
    it = el.item
    it.barcode, it.ntin = item.barcode, item.ntin
    it.measure_unit_code, it.measure_title, it.measure_fractional = item.unit, item.unit_title, item.fractional
    it.is_markedeac, it.is_social = item.marked, item.social


@functools.cache
def _fixture() -> NktCatalogue:
    return NktCatalogue.from_json(json.loads(FIXTURE.read_text(encoding="utf-8")))
