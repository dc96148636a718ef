"""1C import in CommerceML 2 (``import.xml`` + ``offers.xml``) as 1C:УТ/Розница/БП/УНФ export it.

Every file is read with ``xml.etree.ElementTree.iterparse``; every product, offer and price
type element is dropped from the tree once read, so memory holds the results, not the files.
Namespaces are ignored (``urn:1C.ru:commerceml_2``, ``…_205``, ``…_210``, none at all).

Order: the offers files first (price types, then one entry per offer: price text, barcodes,
characteristic; a ``prices`` file fills in the prices of offers already read), then the import
files (every part, in order), streaming the products, each joined with its offers.

Mapping to ``ProductRow`` (docs/decisions/0303-commerceml-mapping.md and 0306):

* code: ``Артикул``, else the 1C code (requisite «Код» or ``<Код>``), else ``Ид``; an article
  already used by an earlier product falls back the same way, with a warning (1C does not keep
  articles unique); name: ``Наименование`` with line breaks and runs of spaces collapsed (warning);
* group_code: position of the group in ``Классификатор/Группы`` (``1``, ``1.2``, ``1.2.3``);
* barcode: every spelling 1C writes (``cml_values.barcodes``); the first readable one is kept,
  the others are listed in a warning; a barcode that cannot be read is a warning and the product
  comes without it; a characteristic with no barcode of its own takes the product's;
* price: ``ЦенаЗаЕдиницу`` of the chosen price type: ``price_type`` (name or Ид) if given,
  else the type named «Розничная…», else the first type. An unknown price type or one not in
  tenge refuses the file, naming it; a product with no offer or no price of that type is skipped
  with a warning;
* vat: ``СтавкиНалогов/СтавкаНалога`` «НДС» (offer's overrides product's), «Без налога» →
  ``none``; absent → ``default_vat`` (the table default) with one summary warning;
* unit: ``БазоваяЕдиница`` ОКЕИ code or short name; unknown (упак, пара) → piece + warning;
* characteristics: offers ``<product Ид>#<characteristic Ид>`` become one row each, code
  ``<code>/<n>``; the product itself is then not a row. A ``Товар`` whose Ид has a ``#`` is
  one characteristic on its own (the 1C-Bitrix module writes them so);
* products marked ``ПометкаУдаления`` or ``Статус`` «Удален» are skipped; stock is ignored.

A file that is not XML, not CommerceML, has no catalog or holds only changes is refused whole.
Issues carry the 1-based product number (over all import parts) as ``row``, the element name as
``field`` and, when there are several import files, the file name as ``file``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.exchange.cml_values import (
    barcodes,
    collapse,
    is_barcode_name,
    kid,
    local,
    pairs,
    text,
)
from alsep_desktop.exchange.fields import RowCheck, unit_of
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
from alsep_desktop.i18n_marker import PLURAL, QT_TRANSLATE_NOOP

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
    barcodes: list[str]
    price: str | None
    currency: str
    vat: str | None
    characteristic: str


@dataclass(slots=True)
class _Used:
    """Codes and barcodes given so far: value → (row, code of the row that has it)."""

    codes: dict[str, int] = field(default_factory=dict)
    barcodes: dict[str, tuple[int, str]] = field(default_factory=dict)


class ParsedCommerceML(NamedTuple):
    rows: list[ProductRow]
    report: ImportReport
    groups: list[GroupInfo]


def parse_commerceml(
    import_xml: Source | Sequence[Source],
    offers_xml: Source | Sequence[Source],
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


def _vat_of(e: ET.Element) -> str | None:
    for name, rate in pairs(e, "СтавкиНалогов"):
        if name.casefold() in ("ндс", "vat", ""):
            return "none" if rate.casefold().startswith("без") else rate
    return None


def _sources(value: Source | Sequence[Source], default: str) -> list[tuple[Source, str]]:
    items = list(value) if isinstance(value, list | tuple) else [value]
    out = []
    for n, s in enumerate(items, 1):
        label = os.path.basename(os.fspath(s)) if isinstance(s, str | os.PathLike) else \
            (default if len(items) == 1 else f"{default} #{n}")  # fmt: skip
        out.append((s, label))
    return out


class CommerceMLReader:
    def __init__(
        self,
        import_xml: Source | Sequence[Source],
        offers_xml: Source | Sequence[Source],
        vat_table: VatTable = DEFAULT_VAT_TABLE,
        *,
        price_type: str | None = None,
        default_vat: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.offer_sources = _sources(offers_xml, "offers.xml")
        self.import_sources = _sources(import_xml, "import.xml")
        self.table = vat_table
        self.price_type = price_type
        self.default_vat = (
            vat_table.get(default_vat).code if default_vat is not None else vat_table.default.code
        )
        self.progress = progress
        self.cancel = cancel
        self.report = ImportReport()
        self.groups: dict[str, GroupInfo] = {}  # by 1C Ид
        self.price_types: list[tuple[str, str, str]] = []  # (Ид, Наименование, Валюта)
        self.chosen_type: str | None = None  # name of the price type used
        self._type_id: str | None = None
        self._offers: dict[str, dict[str, _Offer]] = {}  # product Ид → characteristic Ид → offer
        self._barcode_props: set[str] = set()  # Ид of Классификатор properties named «Штрихкод»
        self._used = _Used()
        self._no_vat = 0
        self._catalogs = 0
        self._file: str | None = None  # the import file being read, when there are several
        self._meter = ProgressMeter(0, None, None)

    # -- driver ------------------------------------------------------------------
    def rows(self) -> Iterator[ProductRow]:
        sources = [*self.offer_sources, *self.import_sources]
        streams = []
        try:
            for s, _ in sources:
                try:
                    streams.append(open_binary(s))
                except ImportFailed as exc:
                    raise self._kept(exc) from None
            sizes = [stream_size(s) for s, _ in streams]
            meter = self._meter = ProgressMeter(sum(sizes), self.progress, self.cancel)
            meter.check()
            offset = 0
            for (stream, _), size, (_, label) in zip(streams, sizes, sources, strict=True):
                reader = CountingReader(stream, meter, offset=offset)
                offset += size
                is_import = label in {lb for _, lb in self.import_sources}
                self._file = label if is_import and len(self.import_sources) > 1 else None
                yield from self._parse(reader, label, is_import)
            self._file = None
            if self._catalogs == 0:
                first = self.import_sources[0][1]
                raise self._fail(
                    IssueCode.NO_CATALOG,
                    QT_TRANSLATE_NOOP("ImportIssues", "{file} has no catalog "
                                      "(Каталог); export the goods from 1C, not only the classifier"),
                    file=first,
                )  # fmt: skip
            if self.report.rows_read == 0:
                raise self._fail(
                    IssueCode.EMPTY,
                    QT_TRANSLATE_NOOP("ImportIssues", "import.xml has no products (Каталог/Товары/Товар)"),
                )
            self._finish()
            meter.finish()
        finally:
            for stream, owned in streams:
                if owned:
                    stream.close()

    def _kept(self, exc: ImportFailed) -> ImportFailed:
        for issue in exc.issues:
            self.report.add(issue)
        return ImportFailed(self.report.errors)

    def _fail(self, code: str, message: str, fld: str | None = None, **params: Any) -> ImportFailed:
        self.report.add(ImportIssue(code, message, field=fld, params=params, file=self._file))
        return ImportFailed(self.report.errors)

    def _check(self, row: int) -> RowCheck:
        return RowCheck(self.report, row, file=self._file)

    def _parse(self, reader: CountingReader, label: str, is_import: bool) -> Iterator[ProductRow]:
        stack: list[ET.Element] = []
        try:
            for event, elem in ET.iterparse(reader, events=("start", "end")):
                if event == "start":
                    if not stack and local(elem.tag) != "КоммерческаяИнформация":
                        raise self._fail(
                            IssueCode.NOT_COMMERCEML,
                            QT_TRANSLATE_NOOP("ImportIssues", "{file} is not a CommerceML file (root <{root}>)"),
                            file=label,
                            root=local(elem.tag),
                        )  # fmt: skip
                    stack.append(elem)
                    if local(elem.tag) in ("Каталог", "ПакетПредложений"):
                        self._check_full(elem, label)
                        if is_import and local(elem.tag) == "Каталог" and len(stack) == 2:
                            self._catalogs += 1
                    continue
                stack.pop()
                if len(stack) < 2:
                    continue
                parent = stack[-1]
                name, pname = local(elem.tag), local(parent.tag)
                if name == "Товар" and pname == "Товары":
                    if is_import:
                        yield from self._product(elem)
                elif name == "Предложение" and pname == "Предложения":
                    self._offer(elem)
                elif name == "ТипЦены" and pname == "ТипыЦен":
                    tid = text(elem, "Ид")
                    if all(t != tid for t, _, _ in self.price_types):
                        self.price_types.append((tid, text(elem, "Наименование"), text(elem, "Валюта")))
                elif name == "ТипыЦен":
                    self._choose_type()
                elif name == "Группы" and pname == "Классификатор":
                    self._walk_groups(elem, None)
                elif name == "Свойство" and pname == "Свойства":
                    if is_barcode_name(text(elem, "Наименование")):
                        self._barcode_props.add(text(elem, "Ид"))
                elif pname not in _TOP and len(stack) > 2:
                    continue  # inside a record: kept until the record ends
                parent.remove(elem)
        except ET.ParseError as exc:
            line, col = exc.position
            raise self._fail(
                IssueCode.BAD_XML,
                QT_TRANSLATE_NOOP("ImportIssues", "{file} is not well-formed XML at line {position}, column {column}"),
                file=label,
                position=line,
                column=col,
            ) from None

    def _check_full(self, elem: ET.Element, label: str) -> None:
        for key, value in elem.attrib.items():
            if local(key) == "СодержитТолькоИзменения" and value.strip().lower() == "true":
                raise self._fail(
                    IssueCode.PARTIAL_EXPORT,
                    QT_TRANSLATE_NOOP("ImportIssues", "{file} holds only changes; export the full catalog from 1C "
                                      "(clear «Выгружать только изменения»)"),
                    file=label,
                )  # fmt: skip

    # -- offers.xml ----------------------------------------------------------------
    def _choose_type(self) -> None:
        if not self.price_types or self._type_id is not None:
            return
        wanted = (self.price_type or "").strip().casefold()
        chosen = None
        if wanted:
            chosen = next((t for t in self.price_types if wanted in (t[0].casefold(), t[1].casefold())), None)
            if chosen is None:
                names = ", ".join(f"«{n}»" for _, n, _ in self.price_types)
                raise self._fail(
                    IssueCode.UNKNOWN_PRICE_TYPE,
                    QT_TRANSLATE_NOOP("ImportIssues", "price type «{value}» is not in offers.xml "
                                      "(available: {allowed})"),
                    fld="ТипЦены",
                    value=self.price_type,
                    allowed=names,
                )  # fmt: skip
        chosen = chosen or next((t for t in self.price_types if t[1].casefold().startswith("розничн")),
                                self.price_types[0])  # fmt: skip
        tid, name, currency = chosen
        if currency.casefold() not in _KZT:
            tenge = ", ".join(f"«{n}»" for _, n, c in self.price_types if c.casefold() in _KZT) or "—"
            raise self._fail(IssueCode.PRICE_TYPE_CURRENCY, QT_TRANSLATE_NOOP("ImportIssues", "price type «{value}» is "
                             "in {currency}, not tenge; prices are not converted (price types in tenge: {allowed})"),
                             fld="Валюта", value=name, currency=currency, allowed=tenge)  # fmt: skip
        self._type_id, self.chosen_type = tid, name

    def _offer(self, elem: ET.Element) -> None:
        if self._type_id is None:
            self._choose_type()
            if self.price_type and self._type_id is None:
                raise self._fail(
                    IssueCode.UNKNOWN_PRICE_TYPE,
                    QT_TRANSLATE_NOOP("ImportIssues", "price type «{value}» is not in offers.xml (no ТипыЦен)"),
                    fld="ТипЦены",
                    value=self.price_type,
                )  # fmt: skip
        product_id, _, suffix = text(elem, "Ид").partition("#")
        if suffix == product_id:
            suffix = ""  # «id#id»: the product itself, as some 1C versions write it
        price = None
        currency = next((c for t, _, c in self.price_types if t == self._type_id), "")
        prices = kid(elem, "Цены")
        for p in prices if prices is not None else ():
            if self._type_id is None or text(p, "ИдТипаЦены") == self._type_id:
                price = text(p, "ЦенаЗаЕдиницу")
                currency = text(p, "Валюта") or currency
                break
        chars = [(n, v) for n, v in pairs(elem, "ХарактеристикиТовара") if not is_barcode_name(n)]
        found = barcodes(elem, self._barcode_props)
        known = self._offers.setdefault(product_id, {}).get(suffix)
        if known is not None:  # the same offer again (a prices file): fill in what it lacked
            if known.price is None and price is not None:
                known.price, known.currency = price, currency
            known.barcodes += [b for b in found if b not in known.barcodes]
            return
        self._offers[product_id][suffix] = _Offer(
            suffix, collapse(text(elem, "Наименование")), found, price, currency, _vat_of(elem),
            ", ".join(v for _, v in chars if v),
        )  # fmt: skip

    # -- import.xml ----------------------------------------------------------------
    def _walk_groups(self, box: ET.Element, parent: GroupInfo | None) -> None:
        n = 0
        for g in box:
            if local(g.tag) != "Группа":
                continue
            n += 1
            code = f"{parent.code}.{n}" if parent else str(n)
            info = GroupInfo(code, collapse(text(g, "Наименование")), parent.code if parent else None, text(g, "Ид"))
            self.groups[info.source_id] = info
            sub = kid(g, "Группы")
            if sub is not None:
                self._walk_groups(sub, info)

    def _deleted(self, elem: ET.Element) -> bool:
        status = (elem.get("Статус") or text(elem, "Статус")).casefold()
        return text(elem, "ПометкаУдаления").lower() == "true" or status.startswith("удал")

    def _product(self, elem: ET.Element) -> list[ProductRow]:
        self._meter.check()
        self.report.rows_read += 1
        row = self.report.rows_read
        pid = text(elem, "Ид")
        base, _, own_suffix = pid.partition("#")
        if self._deleted(elem):
            if own_suffix:
                self._offers.get(base, {}).pop(own_suffix, None)
            else:
                self._offers.pop(pid, None)
            return []
        check = self._check(row)
        if own_suffix:  # a characteristic written as a product of its own
            one = self._offers.get(base, {}).pop(own_suffix, None)
            offers = [] if one is None else [_Offer("", one.name, one.barcodes, one.price, one.currency, one.vat, "")]
        else:
            offers = list(self._offers.pop(pid, {}).values())
        if not offers:
            check.issue(IssueCode.NO_OFFER, "Предложение", QT_TRANSLATE_NOOP("ImportIssues", "product {product} "
                        "has no offer in offers.xml; it is not imported"), warning=True, product=pid)  # fmt: skip
            return []
        name = self._name(check, text(elem, "Наименование"))
        code = self._code(check, row, elem, pid)
        group_id = text(kid(elem, "Группы"), "Ид")
        group = self.groups.get(group_id)
        if group_id and group is None:
            check.issue(
                IssueCode.REQUIRED,
                "Группы",
                QT_TRANSLATE_NOOP("ImportIssues", "group {value} is not in Классификатор"),
                warning=True,
                value=group_id,
            )  # fmt: skip
        unit_el = kid(elem, "БазоваяЕдиница")
        unit_text, unit_code = text(unit_el), (unit_el.get("Код") if unit_el is not None else None)
        unit = unit_of(unit_text, unit_code)
        if unit is None:
            check.issue(
                IssueCode.UNIT_GUESSED,
                "БазоваяЕдиница",
                QT_TRANSLATE_NOOP("ImportIssues", "unit '{value}' is not known; sold by the piece"),
                warning=True,
                value=unit_code or unit_text,
            )  # fmt: skip
            unit = Unit.PIECE
        own_codes = barcodes(elem, self._barcode_props)
        variants = [o for o in offers if o.suffix] or [o for o in offers if not o.suffix][:1]
        vat_text = _vat_of(elem)
        out: list[ProductRow] = []
        for n, offer in enumerate(variants, 1):
            sub = self._check(row)
            variant = bool(offer.suffix)
            vcode = f"{code}/{n}" if variant and code else code
            vname = name
            if variant and name is not None:
                vname = offer.name if offer.name and offer.name != name else f"{name} ({offer.characteristic or n})"
            if variant:
                barcode = self._barcode(sub, row, vcode, offer.barcodes, inherited=own_codes)
            else:
                barcode = self._barcode(sub, row, vcode, [*own_codes, *offer.barcodes], inherited=[])
            if offer.price is None:
                sub.issue(
                    IssueCode.MISSING_PRICE,
                    "ЦенаЗаЕдиницу",
                    QT_TRANSLATE_NOOP("ImportIssues", "product {product} "
                                      "has no price of the type «{price_type}»; it is not imported"),
                    warning=True,
                    product=pid + (f"#{offer.suffix}" if variant else ""),
                    price_type=self.chosen_type or "",
                )  # fmt: skip
                continue
            price = sub.decimal_price("ЦенаЗаЕдиницу", offer.price)
            if offer.currency.casefold() not in _KZT:
                sub.issue(
                    IssueCode.WRONG_CURRENCY,
                    "Валюта",
                    QT_TRANSLATE_NOOP("ImportIssues", "price is in {value}, not KZT"),
                    value=offer.currency,
                )  # fmt: skip
            raw_vat = offer.vat or vat_text
            if raw_vat is None:
                self._no_vat += 1
            vat = sub.vat("СтавкаНалога", raw_vat or self.default_vat, self.table)
            if variant and vcode is not None:
                self._variant_code(sub, row, vcode)
            if check.ok and sub.ok and price is not None and vat is not None and barcode is not None:
                assert vcode is not None and vname is not None
                self.report.rows_ok += 1
                out.append(ProductRow(vcode, group.code if group else "", barcode, vname, price, vat=vat, unit=unit))
        return out

    def _name(self, check: RowCheck, raw: str) -> str | None:
        name = collapse(raw)
        if name != raw:
            check.issue(
                IssueCode.TEXT_FIXED,
                "Наименование",
                QT_TRANSLATE_NOOP("ImportIssues", "line breaks and "
                                  "repeated spaces in «{value}» were replaced by single spaces"),
                warning=True,
                value=name,
            )  # fmt: skip
        return check.text("Наименование", name, required=True)

    def _code(self, check: RowCheck, row: int, elem: ET.Element, pid: str) -> str | None:
        """The first of article, 1C code, Ид that no earlier product has (decision 0306)."""
        article = collapse(text(elem, "Артикул"))
        onec = collapse(dict(pairs(elem, "ЗначенияРеквизитов")).get("Код", "") or text(elem, "Код"))
        candidates = [c for c in (article, onec, pid) if c and len(c) <= 64]
        code = next((c for c in candidates if c not in self._used.codes), None)
        taken = next((c for c in candidates if c in self._used.codes), None)
        if code is None:
            first = self._used.codes.get(taken or "", 0)
            check.issue(IssueCode.DUPLICATE_CODE, "Артикул", QT_TRANSLATE_NOOP("ImportIssues", "code '{value}' is also "
                        "on row {first_row}"), other_row=first, value=taken, first_row=first)  # fmt: skip
            return None
        if taken is not None and candidates.index(taken) < candidates.index(code):
            first = self._used.codes[taken]
            check.issue(IssueCode.CODE_REPLACED, "Артикул", QT_TRANSLATE_NOOP("ImportIssues", "article '{value}' is "
                        "also on row {first_row}; this product gets the code '{new_code}'"), warning=True,
                        other_row=first, value=taken, first_row=first, new_code=code)  # fmt: skip
        self._used.codes[code] = row
        return code

    def _variant_code(self, sub: RowCheck, row: int, vcode: str) -> None:
        first = self._used.codes.get(vcode)
        if first is not None:
            sub.issue(IssueCode.DUPLICATE_CODE, "Артикул", QT_TRANSLATE_NOOP("ImportIssues", "code '{value}' is also "
                      "on row {first_row}"), other_row=first, value=vcode, first_row=first)  # fmt: skip
        else:
            self._used.codes[vcode] = row

    def _barcode(self, sub: RowCheck, row: int, code: str | None, own: list[str], inherited: list[str]) -> str | None:
        """The barcode of one row: its first readable own code not used elsewhere, else the
        product's (``inherited``) when no other variant has it. Never silent about the rest."""
        readable = []
        for value in own:
            got = sub.barcode_or_none(value)
            if got is None:
                sub.issue(IssueCode.BARCODE_SKIPPED, "Штрихкод", QT_TRANSLATE_NOOP("ImportIssues", "barcode '{value}' "
                          "cannot be read (1 to 14 digits expected); the product is imported without it"),
                          warning=True, value=value)  # fmt: skip
            elif got not in readable:
                readable.append(got)
        if not readable:
            for value in inherited:
                got = sub.barcode_or_none(value)
                if got is None:
                    continue  # said once, on the product's row
                holder = self._used.barcodes.get(got)
                if holder is None:
                    self._used.barcodes[got] = (row, code or "")
                    return got
                sub.issue(
                    IssueCode.BARCODE_SHARED,
                    "Штрихкод",
                    QT_TRANSLATE_NOOP("ImportIssues", "the product's barcode "
                                      "{value} is already on {other}; {variant} is sold by code or name"),
                    warning=True,
                    value=got,
                    other=holder[1],
                    variant=code or "",
                )  # fmt: skip
                return ""
            return ""
        free = [b for b in readable if b not in self._used.barcodes]
        if not free:
            first = self._used.barcodes[readable[0]][0]
            sub.issue(IssueCode.DUPLICATE_BARCODE, "Штрихкод", QT_TRANSLATE_NOOP("ImportIssues", "barcode {value} is "
                      "also on row {first_row}"), other_row=first, value=readable[0], first_row=first)  # fmt: skip
            return None
        chosen = free[0]
        rest = [b for b in readable if b != chosen]
        if rest:
            sub.issue(IssueCode.EXTRA_BARCODES, "Штрихкод", QT_TRANSLATE_NOOP("ImportIssues", "{count} more barcode(s) "
                      "({value}) are not imported: a product keeps one barcode, {barcode}", None, PLURAL), warning=True,
                      count=len(rest), value=", ".join(rest), barcode=chosen)  # fmt: skip
        self._used.barcodes[chosen] = (row, code or "")
        return chosen

    def _finish(self) -> None:
        for pid, offers in self._offers.items():
            for suffix in offers:
                self.report.add(ImportIssue(
                    IssueCode.ORPHAN_OFFER,
                    QT_TRANSLATE_NOOP("ImportIssues", "offer {product} has no product in import.xml"),
                    field="Предложение",
                    severity=Severity.WARNING,
                    params={"product": pid + (f"#{suffix}" if suffix else "")},
                ))  # fmt: skip
        if self._no_vat:
            self.report.add(ImportIssue(
                IssueCode.VAT_DEFAULTED,
                QT_TRANSLATE_NOOP("ImportIssues", "{count} product(s) have no VAT rate in the file; "
                                  "used «{value}»", None, PLURAL),
                field="СтавкаНалога",
                severity=Severity.WARNING,
                params={"count": self._no_vat, "value": self.default_vat},
            ))  # fmt: skip
