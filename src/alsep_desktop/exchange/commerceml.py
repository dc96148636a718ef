"""1C import in CommerceML 2 (``import.xml`` + ``offers.xml``) as 1C:УТ/Розница export it.

Both files are read with ``xml.etree.ElementTree.iterparse``; every product, offer and price
type element is dropped from the tree once read, so memory holds the results, not the files.
Namespaces are ignored (``urn:1C.ru:commerceml_2``, ``…_205``, ``…_210``, none at all).

Order: ``offers.xml`` first (price types, then one entry per offer: price text, barcode,
characteristic), then ``import.xml`` streaming the products, each joined with its offers.

Mapping to ``ProductRow`` (see docs/decisions/0303-commerceml-mapping.md):

* code: ``Артикул``, else the requisite «Код», else ``Ид``; name: ``Наименование``;
* group_code: position of the group in ``Классификатор/Группы`` (``1``, ``1.2``, ``1.2.3``);
* barcode: ``Штрихкод`` (else requisite «Штрихкод», else the offer's), may be empty;
* price: ``ЦенаЗаЕдиницу`` of the chosen price type: ``price_type`` (name or Ид) if given,
  else the type named «Розничная…», else the first type; missing price → error;
* vat: ``СтавкиНалогов/СтавкаНалога`` «НДС» (offer's overrides product's), «Без налога» →
  ``none``; absent → ``default_vat`` (the table default) with one summary warning;
* unit: ``БазоваяЕдиница`` ОКЕИ code or short name; unknown (упак, пара) → piece + warning;
* characteristics: offers ``<product Ид>#<characteristic Ид>`` become one row each, code
  ``<code>/<n>``, own barcode and price; the product itself is then not a row;
* products marked ``ПометкаУдаления`` are skipped; ``Количество`` is ignored.

API: ``parse_commerceml(import_xml, offers_xml, vat_table, price_type=, progress=, cancel=)``
returns rows, report and groups; ``CommerceMLReader(...).rows()`` streams. Issues carry the
1-based product number in ``import.xml`` as ``row`` and the element name as ``field``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.exchange.fields import Duplicates, RowCheck, unit_of
from alsep_desktop.exchange.progress import (
    CancelToken,
    CountingReader,
    ProgressCallback,
    ProgressMeter,
    Source,
    open_binary,
    stream_size,
)  # fmt: skip
from alsep_desktop.exchange.rows import (
    ImportFailed,
    ImportIssue,
    ImportReport,
    IssueCode,
    ProductRow,
    Severity,
)

_KZT = frozenset({"", "kzt", "тнг", "тг", "тенге", "398", "₸"})
_TOP = frozenset({"Классификатор", "Каталог", "ПакетПредложений"})


@dataclass(frozen=True, slots=True)
class GroupInfo:
    code: str
    name: str
    parent_code: str | None
    source_id: str


@dataclass(slots=True)
class _Offer:
    suffix: str  # characteristic id after '#', '' for the product itself
    name: str
    barcode: str
    price: str | None
    currency: str
    vat: str | None
    characteristic: str


class ParsedCommerceML(NamedTuple):
    rows: list[ProductRow]
    report: ImportReport
    groups: list[GroupInfo]


def parse_commerceml(
    import_xml: Source,
    offers_xml: Source,
    vat_table: VatTable = DEFAULT_VAT_TABLE,
    *,
    price_type: str | None = None,
    default_vat: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ParsedCommerceML:
    reader = CommerceMLReader(import_xml, offers_xml, vat_table, price_type=price_type,
                              default_vat=default_vat, progress=progress, cancel=cancel)  # fmt: skip
    rows = list(reader.rows())
    return ParsedCommerceML(rows, reader.report, list(reader.groups.values()))


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _kid(e: ET.Element, name: str) -> ET.Element | None:
    for c in e:
        if _local(c.tag) == name:
            return c
    return None


def _text(e: ET.Element | None, name: str | None = None) -> str:
    if e is not None and name is not None:
        e = _kid(e, name)
    return (e.text or "").strip() if e is not None else ""


def _pairs(e: ET.Element, container: str) -> list[tuple[str, str]]:
    """(Наименование, Значение|Ставка) of ``ЗначенияРеквизитов``/``СтавкиНалогов``-like lists."""
    box = _kid(e, container)
    if box is None:
        return []
    return [
        (_text(item, "Наименование"), _text(item, "Значение") or _text(item, "Ставка"))
        for item in box
    ]


def _vat_of(e: ET.Element) -> str | None:
    for name, rate in _pairs(e, "СтавкиНалогов"):
        if name.casefold() in ("ндс", "vat", ""):
            return "none" if rate.casefold().startswith("без") else rate
    return None


class CommerceMLReader:
    def __init__(
        self,
        import_xml: Source,
        offers_xml: Source,
        vat_table: VatTable = DEFAULT_VAT_TABLE,
        *,
        price_type: str | None = None,
        default_vat: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.sources = (offers_xml, import_xml)
        self.table = vat_table
        self.price_type = price_type
        self.default_vat = (
            vat_table.get(default_vat).code if default_vat is not None else vat_table.default.code
        )
        self.progress = progress
        self.cancel = cancel
        self.report = ImportReport()
        self.groups: dict[str, GroupInfo] = {}  # by 1C Ид
        self._types: list[tuple[str, str, str]] = []  # (Ид, Наименование, Валюта)
        self._type_id: str | None = None
        self._offers: dict[str, list[_Offer]] = {}
        self._dups = Duplicates()
        self._no_vat = 0
        self._meter = ProgressMeter(0, None, None)

    # -- driver ------------------------------------------------------------------
    def rows(self) -> Iterator[ProductRow]:
        streams = [open_binary(s) for s in self.sources]
        try:
            sizes = [stream_size(s) for s, _ in streams]
            meter = self._meter = ProgressMeter(sum(sizes), self.progress, self.cancel)
            meter.check()
            for _ in self._parse(CountingReader(streams[0][0], meter), "offers.xml"):
                pass
            yield from self._parse(
                CountingReader(streams[1][0], meter, offset=sizes[0]), "import.xml"
            )
            if self.report.rows_read == 0:
                raise self._fail(
                    IssueCode.EMPTY, "import.xml has no products (Каталог/Товары/Товар)"
                )
            self._finish()
            meter.finish()
        finally:
            for stream, owned in streams:
                if owned:
                    stream.close()

    def _fail(self, code: str, message: str, fld: str | None = None, **params: Any) -> ImportFailed:
        self.report.add(ImportIssue(code, message, field=fld, params=params))
        return ImportFailed(self.report.errors)

    def _parse(self, reader: CountingReader, label: str) -> Iterator[ProductRow]:
        stack: list[ET.Element] = []
        try:
            for event, elem in ET.iterparse(reader, events=("start", "end")):
                if event == "start":
                    if not stack and _local(elem.tag) != "КоммерческаяИнформация":
                        raise self._fail(IssueCode.NOT_COMMERCEML,
                                         "{file} is not a CommerceML file (root <{root}>)",
                                         file=label, root=_local(elem.tag))  # fmt: skip
                    stack.append(elem)
                    if _local(elem.tag) in ("Каталог", "ПакетПредложений"):
                        self._check_full(elem, label)
                    continue
                stack.pop()
                if len(stack) < 2:
                    continue
                parent = stack[-1]
                name, pname = _local(elem.tag), _local(parent.tag)
                if name == "Товар" and pname == "Товары":
                    yield from self._product(elem)
                elif name == "Предложение" and pname == "Предложения":
                    self._offer(elem)
                elif name == "ТипЦены" and pname == "ТипыЦен":
                    self._types.append(
                        (_text(elem, "Ид"), _text(elem, "Наименование"), _text(elem, "Валюта"))
                    )
                elif name == "ТипыЦен":
                    self._choose_type()
                elif name == "Группы" and pname == "Классификатор":
                    self._walk_groups(elem, None)
                elif pname not in _TOP and len(stack) > 2:
                    continue  # inside a record: kept until the record ends
                parent.remove(elem)
        except ET.ParseError as exc:
            line, col = exc.position
            raise self._fail(
                IssueCode.BAD_XML, "{file} is not well-formed XML at line {position}, column {column}",
                file=label, position=line, column=col,
            ) from None

    def _check_full(self, elem: ET.Element, label: str) -> None:
        for key, value in elem.attrib.items():
            if _local(key) == "СодержитТолькоИзменения" and value.strip().lower() == "true":
                raise self._fail(IssueCode.PARTIAL_EXPORT,
                                 "{file} holds only changes; export the full catalog from 1C "
                                 "(clear «Выгружать только изменения»)", file=label)  # fmt: skip

    # -- offers.xml ----------------------------------------------------------------
    def _choose_type(self) -> None:
        if not self._types:
            return
        wanted = (self.price_type or "").strip().casefold()
        if wanted:
            for tid, name, _ in self._types:
                if wanted in (tid.casefold(), name.casefold()):
                    self._type_id = tid
                    return
            names = ", ".join(f"«{n}»" for _, n, _ in self._types)
            raise self._fail(IssueCode.UNKNOWN_PRICE_TYPE, "price type «{value}» is not in offers.xml "
                                                           "(available: {allowed})", fld="ТипЦены",
                                 value=self.price_type, allowed=names)  # fmt: skip
        for tid, name, _ in self._types:
            if name.casefold().startswith("розничн"):
                self._type_id = tid
                return
        self._type_id = self._types[0][0]

    def _offer(self, elem: ET.Element) -> None:
        if self._type_id is None:
            self._choose_type()
            if self.price_type and self._type_id is None:
                raise self._fail(IssueCode.UNKNOWN_PRICE_TYPE,
                                 "price type «{value}» is not in offers.xml (no ТипыЦен)", fld="ТипЦены",
                                 value=self.price_type)  # fmt: skip
        product_id, _, suffix = _text(elem, "Ид").partition("#")
        price = None
        currency = next((c for t, _, c in self._types if t == self._type_id), "")
        prices = _kid(elem, "Цены")
        for p in prices if prices is not None else ():
            if self._type_id is None or _text(p, "ИдТипаЦены") == self._type_id:
                price = _text(p, "ЦенаЗаЕдиницу")
                currency = _text(p, "Валюта") or currency
                break
        chars = _pairs(elem, "ХарактеристикиТовара")
        self._offers.setdefault(product_id, []).append(_Offer(
            suffix, _text(elem, "Наименование"), _text(elem, "Штрихкод"), price, currency,
            _vat_of(elem), ", ".join(v for _, v in chars if v),
        ))  # fmt: skip

    # -- import.xml ----------------------------------------------------------------
    def _walk_groups(self, box: ET.Element, parent: GroupInfo | None) -> None:
        n = 0
        for g in box:
            if _local(g.tag) != "Группа":
                continue
            n += 1
            code = f"{parent.code}.{n}" if parent else str(n)
            info = GroupInfo(
                code, _text(g, "Наименование"), parent.code if parent else None, _text(g, "Ид")
            )
            self.groups[info.source_id] = info
            sub = _kid(g, "Группы")
            if sub is not None:
                self._walk_groups(sub, info)

    def _product(self, elem: ET.Element) -> list[ProductRow]:
        self._meter.check()
        self.report.rows_read += 1
        row = self.report.rows_read
        pid = _text(elem, "Ид")
        if _text(elem, "ПометкаУдаления").lower() == "true":
            self._offers.pop(pid, None)
            return []
        check = RowCheck(self.report, row)
        reqs = dict(_pairs(elem, "ЗначенияРеквизитов"))
        code = check.text(
            "Артикул",
            _text(elem, "Артикул") or reqs.get("Код", "") or pid,
            required=True,
            max_len=64,
        )
        name = check.text("Наименование", _text(elem, "Наименование"), required=True)
        group_id = _text(_kid(elem, "Группы"), "Ид")
        group = self.groups.get(group_id)
        if group_id and group is None:
            check.issue(
                IssueCode.REQUIRED,
                "Группы",
                "group {value} is not in Классификатор",
                warning=True,
                value=group_id,
            )
        unit_el = _kid(elem, "БазоваяЕдиница")
        unit_text, unit_code = _text(unit_el), (unit_el.get("Код") if unit_el is not None else None)
        unit = unit_of(unit_text, unit_code)
        if unit is None:
            check.issue(IssueCode.UNIT_GUESSED, "БазоваяЕдиница",
                        "unit '{value}' is not known; sold by the piece", warning=True,
                        value=unit_code or unit_text)  # fmt: skip
            unit = Unit.PIECE
        vat_text = _vat_of(elem)
        offers = self._offers.pop(pid, [])
        variants = (
            [o for o in offers if o.suffix] or [o for o in offers if not o.suffix][:1] or [None]
        )
        out: list[ProductRow] = []
        for n, offer in enumerate(variants, 1):
            sub = RowCheck(self.report, row)
            own = offer is not None and bool(offer.suffix)
            vcode = f"{code}/{n}" if own and code else code
            vname = name
            if own and offer is not None:
                vname = (
                    offer.name
                    if offer.name and offer.name != name
                    else f"{name} ({offer.characteristic or n})"
                )
            barcode = sub.barcode("Штрихкод", offer.barcode if own and offer else
                                  _text(elem, "Штрихкод") or reqs.get("Штрихкод", "") or (offer.barcode if offer else ""))  # fmt: skip
            price = None
            if offer is None or offer.price is None:
                sub.issue(
                    IssueCode.MISSING_PRICE,
                    "ЦенаЗаЕдиницу",
                    "product {product} has no price of the chosen type",
                    product=pid,
                )
            else:
                price = sub.decimal_price("ЦенаЗаЕдиницу", offer.price)
                if offer.currency.casefold() not in _KZT:
                    sub.issue(
                        IssueCode.WRONG_CURRENCY, "Валюта", "price is in {value}, not KZT", value=offer.currency
                    )
            raw_vat = offer.vat if offer is not None and offer.vat else vat_text
            if raw_vat is None:
                self._no_vat += 1
            vat = sub.vat("СтавкаНалога", raw_vat or self.default_vat, self.table)
            self._dups.check(sub, "Артикул", vcode, "Штрихкод", barcode)
            if (
                check.ok
                and sub.ok
                and price is not None
                and vat is not None
                and barcode is not None
            ):
                assert vcode is not None and vname is not None
                self.report.rows_ok += 1
                out.append(
                    ProductRow(
                        vcode,
                        group.code if group else "",
                        barcode,
                        vname,
                        price,
                        vat=vat,
                        unit=unit,
                    )
                )
        return out

    def _finish(self) -> None:
        for pid in self._offers:
            self.report.add(ImportIssue(IssueCode.ORPHAN_OFFER, "offer {product} has no product in import.xml",
                                        field="Предложение", severity=Severity.WARNING, params={"product": pid}))  # fmt: skip
        if self._no_vat:
            self.report.add(ImportIssue(IssueCode.VAT_DEFAULTED, "{count} product(s) have no VAT rate in the file; "
                                        "used «{value}»", field="СтавкаНалога", severity=Severity.WARNING,
                                        params={"count": self._no_vat, "value": self.default_vat}))  # fmt: skip
