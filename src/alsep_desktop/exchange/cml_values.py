"""Reading values out of CommerceML elements, whatever 1C version wrote them.

Tags are matched by local name (any namespace). Barcodes are collected from every spelling the
1C configurations use (decision 0306):

* ``<Штрихкод>`` and ``<ШтрихКод>`` in ``Товар`` and ``Предложение``, repeated or holding several
  codes separated by ``,`` ``;`` or spaces;
* ``<Штрихкоды><Штрихкод>…</Штрихкод>…</Штрихкоды>``;
* ``ЗначенияРеквизитов/ЗначениеРеквизита`` named «Штрихкод» (also «ШтрихКод», «Штрих-код»,
  «Штрихкоды», «EAN»);
* ``ХарактеристикиТовара/ХарактеристикаТовара`` named «Штрихкод» (a characteristic's own code);
* ``ЗначенияСвойств/ЗначенияСвойства`` of a property named «Штрихкод» in ``Классификатор/Свойства``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

_BARCODE_TAGS = frozenset({"штрихкод", "штрих-код", "barcode", "ean"})
_BARCODE_LISTS = frozenset({"штрихкоды", "barcodes"})
_BARCODE_NAMES = frozenset({"штрихкод", "штрих-код", "штрих код", "штрихкоды", "ean", "ean13", "ean-13", "barcode"})
_SPLIT_RE = re.compile(r"[,;\s]+")
_SPACE_RE = re.compile(r"\s+")


def local(tag: str) -> str:
    return tag.rpartition("}")[2]


def kid(e: ET.Element | None, name: str) -> ET.Element | None:
    if e is None:
        return None
    for c in e:
        if local(c.tag) == name:
            return c
    return None


def text(e: ET.Element | None, name: str | None = None) -> str:
    if e is not None and name is not None:
        e = kid(e, name)
    return (e.text or "").strip() if e is not None else ""


def pairs(e: ET.Element, container: str) -> list[tuple[str, str]]:
    """(Наименование, Значение|Ставка) of ``ЗначенияРеквизитов``/``СтавкиНалогов``-like lists."""
    box = kid(e, container)
    if box is None:
        return []
    return [(text(item, "Наименование"), text(item, "Значение") or text(item, "Ставка")) for item in box]


def collapse(value: str) -> str:
    """Line breaks, tabs and runs of spaces as one space; ends trimmed."""
    return _SPACE_RE.sub(" ", value).strip()


def is_barcode_name(name: str) -> bool:
    return name.strip().casefold() in _BARCODE_NAMES


def _split(value: str) -> list[str]:
    return [v for v in _SPLIT_RE.split(value.strip()) if v]


def barcodes(e: ET.Element, barcode_properties: Iterable[str] = ()) -> list[str]:
    """Every barcode written for ``e`` (a ``Товар`` or ``Предложение``), in file order, once each."""
    found: list[str] = []
    props = set(barcode_properties)
    for c in e:
        name = local(c.tag).casefold()
        if name in _BARCODE_TAGS:
            found += _split(c.text or "")
        elif name in _BARCODE_LISTS:
            found += _split(c.text or "")
            for item in c:
                found += _split(item.text or "")
        elif name in ("значенияреквизитов", "характеристикитовара"):
            for item in c:
                if is_barcode_name(text(item, "Наименование")):
                    found += _split(text(item, "Значение"))
        elif name == "значениясвойств" and props:
            for item in c:
                if text(item, "Ид") in props:
                    for v in item:
                        if local(v.tag) == "Значение":
                            found += _split(v.text or "")
    return list(dict.fromkeys(found))
