"""Catalog import/export for a register: all or nothing, with progress and cancel.

Parsing (CSV or 1C CommerceML) happens first and collects every bad row; only a clean file
reaches the store, where the register's catalog is replaced in ONE transaction. A cancel or
any error before the commit leaves the old catalog exactly as it was.

``preview_catalog_file`` parses without applying and returns a ``CatalogPreview``: what was found
(format, files, encoding, separator, decimal comma, price type), the row counts, and every
warning and error (each with row, line, the column header as in the file and a stable key), so
the window can show them before the operator applies. ``apply_catalog_file`` parses, lets an
optional ``confirm(preview)`` see the same preview, and applies; ``import_catalog_file`` is the
short form that returns the count.

A file that yields no product to import is refused (``exchange.file.nothing_to_import``, or
``exchange.file.offers_mismatch`` when no 1C product has an offer): applying it would leave only the
free position. A local import that would remove products the file does not have counts them
(``CatalogPreview.removes``) and is applied only with ``replace=True``; otherwise it raises
``ImportRemovesProducts`` naming the count (decision 2040).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from alsep_desktop.domain.catalog import FREE_POSITION_CODE, FREE_POSITION_GROUP, FREE_POSITION_NAME
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.tax import VatTable
from alsep_desktop.errors import NotFoundError
from alsep_desktop.exchange.cml_files import find_commerceml, is_commerceml
from alsep_desktop.exchange.commerceml import CommerceMLReader
from alsep_desktop.exchange.csv_catalog import parse_csv, write_csv
from alsep_desktop.exchange.progress import CancelToken, ProgressCallback
from alsep_desktop.exchange.rows import (
    ImportCancelled,
    ImportFailed,
    ImportIssue,
    ImportRemovesProducts,
    ImportReport,
    IssueCode,
    ProductRow,
    nothing_to_import,
    offers_mismatch,
)
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.admin.choice import AdminChoice
from alsep_desktop.services.catalog import CatalogService
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.org import FREE_POSITION_BARCODE
from alsep_desktop.store.types import new_uuid
from alsep_desktop.store.uow import UowFactory

CHUNK = 5_000


class CatalogFiles(Protocol):
    """The dependencies the catalog import and export use, typed (decision 2102): the store's units
    of work, the clock, the VAT table, the catalog service and the admin services (local or cloud).
    The composition root's context provides them; services never import it."""

    @property
    def uow(self) -> UowFactory: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def vat_table(self) -> VatTable: ...

    @property
    def catalog(self) -> CatalogService: ...

    @property
    def admin(self) -> AdminChoice: ...


@dataclass(frozen=True, slots=True)
class CatalogPreview:
    """What a catalog file holds, found before anything is applied (plain data for the window)."""

    kind: str  # "csv" or "commerceml"
    files: tuple[str, ...]  # the file names read, in order
    encoding: str | None = None  # CSV: "Windows-1251", "UTF-8"…; 1C: declared by each XML file
    delimiter: str | None = None  # CSV: ",", ";", "\t", "|"
    bom: bool = False
    decimal_comma: bool = False  # CSV: prices written as 1 234,50
    price_type: str | None = None  # 1C: the price type used
    price_types: tuple[str, ...] = ()  # 1C: every price type in the offers
    rows_read: int = 0
    rows_ok: int = 0
    warnings: tuple[ImportIssue, ...] = ()
    errors: tuple[ImportIssue, ...] = ()
    warnings_dropped: int = 0  # warnings past the cap (counted, not listed)
    #: products of the register whose code is not in the file: a local import removes them (decision 2040)
    removes: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def describe(self) -> str:
        """One English line for logs and the command line."""
        if self.kind == "csv":
            what = "CSV"
            if self.encoding:
                sep = "tab" if self.delimiter == "\t" else f"'{self.delimiter}'"
                what += (
                    f", {self.encoding}{' with BOM' if self.bom and self.encoding == 'UTF-8' else ''}, separator {sep}"
                )
            if self.decimal_comma:
                what += ", decimal comma"
        else:
            what = "1C CommerceML"
            if self.price_type:
                what += f", price type «{self.price_type}»"
        return f"{', '.join(self.files)}: {what}"


@dataclass(frozen=True, slots=True)
class CatalogImported:
    count: int
    preview: CatalogPreview


def _parse(
    ctx: CatalogFiles,
    path: Path,
    *,
    offers: str | Path | None,
    price_type: str | None,
    encoding: str | None,
    delimiter: str | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> tuple[list[ProductRow], CatalogPreview]:
    """Rows (empty when there are errors) and the preview; ``ImportFailed`` never escapes."""
    rows: list[ProductRow] = []
    report = ImportReport()
    if is_commerceml(path):
        files: tuple[str, ...] = (path.name,)
        reader = None
        try:
            found = find_commerceml(path, offers)
            files = found.names
            reader = CommerceMLReader(list(found.imports), list(found.offers), ctx.vat_table,
                                      price_type=price_type, progress=progress, cancel=cancel)  # fmt: skip
            report = reader.report
            rows = list(reader.rows())
        except ImportFailed as exc:
            _keep(report, exc)
        preview = CatalogPreview(
            "commerceml", files, price_type=reader.chosen_type if reader else None,
            price_types=tuple(n for _, n, _ in reader.price_types) if reader else (),
            **_counts(report),
        )  # fmt: skip
    else:
        try:
            rows = parse_csv(path, ctx.vat_table, progress=progress, cancel=cancel, encoding=encoding,
                             delimiter=delimiter, report=report).rows  # fmt: skip
        except ImportFailed as exc:
            _keep(report, exc)
        fmt = report.text_format
        preview = CatalogPreview(
            "csv", (path.name,), encoding=fmt.encoding_name if fmt else None, delimiter=fmt.delimiter if fmt else None,
            bom=fmt.bom if fmt else False, decimal_comma=report.decimal_comma_rows > 0, **_counts(report),
        )  # fmt: skip
    if preview.ok and not rows:
        preview = replace(preview, errors=(_nothing_to_import(preview, report),))
    return (rows if preview.ok else []), preview


def _nothing_to_import(preview: CatalogPreview, report: ImportReport) -> ImportIssue:
    """The whole-file error of a clean file that yields no product (every row was skipped)."""
    skipped = {i.code for i in report.warnings if i.row is not None}
    if preview.kind == "commerceml" and skipped == {IssueCode.NO_OFFER}:
        imports = ", ".join(f for f in preview.files if "offers" not in f.casefold() and "prices" not in f.casefold())
        offers = ", ".join(f for f in preview.files if "offers" in f.casefold() or "prices" in f.casefold())
        return offers_mismatch(preview.rows_read, imports or "import.xml", offers or "offers.xml")
    return nothing_to_import(preview.rows_read)


def _removed(ctx: CatalogFiles, register_id: int, rows: list[ProductRow]) -> int:
    """How many products of the register a replacement by ``rows`` deletes (the free position comes back)."""
    keep = {r.code for r in rows} | {FREE_POSITION_CODE}
    with ctx.uow(read_only=True) as uow:
        return sum(1 for p in uow.catalog.list(register_id) if p.code not in keep)


def _in_cloud(ctx: CatalogFiles) -> bool:
    return ctx.admin.in_cloud


def _keep(report: ImportReport, exc: ImportFailed) -> None:
    """The issues of ``exc`` in ``report`` when they are not there yet (a failure before parsing)."""
    known = {id(i) for i in report.issues}
    report.issues.extend(i for i in exc.issues if id(i) not in known)


def _counts(report: ImportReport) -> dict:
    return {"rows_read": report.rows_read, "rows_ok": report.rows_ok, "warnings": tuple(report.warnings),
            "errors": tuple(report.errors), "warnings_dropped": report.warnings_dropped}  # fmt: skip


def preview_catalog_file(
    ctx: CatalogFiles,
    actor: Principal,
    path: Path,
    *,
    offers: str | Path | None = None,
    price_type: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    register_id: int | None = None,
) -> CatalogPreview:
    """Read a catalog file (CSV, or a 1C export: any import file or its folder) without applying it.

    With ``register_id`` (and no cloud) the preview counts the products the import would remove."""
    require_admin(actor)
    rows, preview = _parse(ctx, Path(path), offers=offers, price_type=price_type, encoding=encoding,
                           delimiter=delimiter, progress=progress, cancel=cancel)  # fmt: skip
    if register_id is not None and preview.ok and not _in_cloud(ctx):
        preview = replace(preview, removes=_removed(ctx, register_id, rows))
    return preview


def apply_catalog_file(
    ctx: CatalogFiles,
    actor: Principal,
    register_id: int,
    path: Path,
    *,
    offers: str | Path | None = None,
    price_type: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    confirm: Callable[[CatalogPreview], bool] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    replace: bool = False,
) -> OpResult[CatalogImported]:
    """Parse, show ``confirm`` the preview, then replace the catalog.

    ``confirm`` sees every preview, also one with errors; a preview with errors then raises
    ``ImportFailed`` carrying every error, and ``confirm`` returning ``False`` raises
    ``ImportCancelled``. A local import that would remove products (``preview.removes``) raises
    ``ImportRemovesProducts`` unless ``replace`` is true. Either way the catalog is unchanged.
    """
    require_admin(actor)
    path = Path(path)
    rows, preview = _parse(ctx, path, offers=offers, price_type=price_type, encoding=encoding,
                           delimiter=delimiter, progress=progress, cancel=cancel)  # fmt: skip
    cloud = _in_cloud(ctx)
    if preview.ok and not cloud:
        preview = _with_removes(preview, _removed(ctx, register_id, rows))
    go = confirm(preview) if confirm is not None else True
    if not preview.ok:
        raise ImportFailed(preview.errors)
    if not go:
        raise ImportCancelled(done_bytes=0, total_bytes=0)
    if cloud:  # with a cloud the import goes there and comes back (decision 1419): it removes nothing
        result = ctx.admin.current().catalog.import_catalog(actor, register_id, rows, source=", ".join(preview.files),
                                                            progress=progress, cancel=cancel)  # fmt: skip
    else:
        result = replace_catalog(ctx, actor, register_id, rows, source=", ".join(preview.files), cancel=cancel,
                                 allow_removal=replace)  # fmt: skip
    return OpResult(CatalogImported(result.value, preview), result.changes)


def _with_removes(preview: CatalogPreview, removes: int) -> CatalogPreview:
    return replace(preview, removes=removes)


def import_catalog_file(
    ctx: CatalogFiles,
    actor: Principal,
    register_id: int,
    path: Path,
    *,
    offers: str | Path | None = None,
    price_type: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    replace: bool = False,
) -> OpResult[int]:
    """Replace the register's catalog from a CSV file or a 1C export; returns the count.

    Products the file does not have are removed only with ``replace=True`` (``ImportRemovesProducts``)."""
    result = apply_catalog_file(ctx, actor, register_id, path, offers=offers, price_type=price_type,
                                progress=progress, cancel=cancel, replace=replace)  # fmt: skip
    return OpResult(result.value.count, result.changes)


def replace_catalog(
    ctx: CatalogFiles,
    actor: Principal,
    register_id: int,
    rows: Iterable[ProductRow],
    *,
    source: str = "",
    cancel: CancelToken | None = None,
    allow_removal: bool = False,
) -> OpResult[int]:
    """Replace the register's catalog by ``rows`` in one transaction.

    Refused when ``rows`` is empty (``exchange.file.nothing_to_import``), and, unless
    ``allow_removal``, when a product of the register is not in ``rows`` (``ImportRemovesProducts``,
    counted inside the same transaction)."""
    require_admin(actor)
    rows = list(rows)
    if not any(r.code != FREE_POSITION_CODE for r in rows):
        raise ImportFailed([nothing_to_import(len(rows))])
    keep = {r.code for r in rows} | {FREE_POSITION_CODE}
    now = ctx.clock.now()
    with ctx.uow() as uow:
        reg = uow.org.register(register_id)
        if reg is None:
            raise NotFoundError(what="register", key=register_id)
        removes = sum(1 for p in uow.catalog.list(register_id) if p.code not in keep)
        if removes and not allow_removal:
            raise ImportRemovesProducts(count=removes, register=register_id)
        uow.catalog.delete_all(register_id)
        records = [_record(register_id, r, now) for r in rows]
        if not any(r.code == FREE_POSITION_CODE for r in rows):
            records.append(_record(register_id, _free_position(ctx, reg.vat_payer), now))
        for start in range(0, len(records), CHUNK):
            if cancel is not None and cancel.cancelled:
                raise ImportCancelled(done_bytes=start, total_bytes=len(records))
            uow.catalog.insert_many(records[start : start + CHUNK])
        uow.audit.record(now, actor.user_id, "import", "catalog", register_id, rows=len(rows), source=source)
        if cancel is not None and cancel.cancelled:
            raise ImportCancelled(done_bytes=len(records), total_bytes=len(records))
        uow.commit()
    return OpResult(len(rows), Changes(catalog=True))


def export_catalog_file(ctx: CatalogFiles, actor: Principal, register_id: int, path: Path) -> int:
    require_admin(actor)
    with ctx.uow() as uow:
        if uow.org.register(register_id) is None:
            raise NotFoundError(what="register", key=register_id)
    products = ctx.catalog.list_products(register_id)
    rows = [
        ProductRow(
            code=p.code, group_code=p.group_code, barcode=p.barcode, name=p.name, price=p.price,
            discount_bp=p.discount_bp, markup_bp=p.markup_bp, vat=p.vat.code, editable_price=p.editable_price,
            unit=p.unit, ntin=p.ntin, marked=p.marked,
        )
        for p in products
    ]
    return write_csv(rows, Path(path))


def _free_position(ctx: CatalogFiles, vat_payer: bool) -> ProductRow:
    vat = ctx.vat_table.default if vat_payer else ctx.vat_table.get("none")
    return ProductRow(code=FREE_POSITION_CODE, group_code=FREE_POSITION_GROUP, barcode=FREE_POSITION_BARCODE,
                      name=FREE_POSITION_NAME, price=Money(0), vat=vat.code, editable_price=True, unit=Unit.PIECE)


def _record(register_id: int, r: ProductRow, now) -> dict:  # noqa: ANN001
    return {
        "uuid": new_uuid(), "register_id": register_id, "code": r.code, "group_code": r.group_code,
        "name": r.name, "name_search": r.name.casefold(), "barcode": r.barcode or None,
        "price_tiyn": r.price.tiyn, "markup_bp": r.markup_bp, "discount_bp": r.discount_bp, "vat_code": r.vat,
        "editable_price": r.editable_price, "unit": r.unit.value, "ntin": r.ntin or None, "marked": r.marked,
        "created_at": now, "updated_at": now,
    }
