"""Catalog import/export for a register: all or nothing, with progress and cancel.

Parsing (CSV or 1C CommerceML) happens first and collects every bad row; only a clean file
reaches the store, where the register's catalog is replaced in ONE transaction. A cancel or
any error before the commit leaves the old catalog exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import insert

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.domain.catalog import FREE_POSITION_CODE, FREE_POSITION_GROUP, FREE_POSITION_NAME
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import NotFoundError
from alsep_desktop.exchange.commerceml import parse_commerceml
from alsep_desktop.exchange.csv_catalog import parse_csv, write_csv
from alsep_desktop.exchange.progress import CancelToken, ProgressCallback
from alsep_desktop.exchange.rows import ImportCancelled, ProductRow
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.org import FREE_POSITION_BARCODE
from alsep_desktop.store.models import Product
from alsep_desktop.store.types import new_uuid

CHUNK = 5_000


def import_catalog_file(
    ctx: AppContext,
    actor: Principal,
    register_id: int,
    path: Path,
    *,
    offers: str | Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> OpResult[int]:
    """Replace the register's catalog from a CSV file or a 1C ``import.xml`` (+ ``offers.xml``)."""
    require_admin(actor)
    path = Path(path)
    if path.suffix.lower() == ".xml":
        offers_path = Path(offers) if offers else path.with_name("offers.xml")
        parsed = parse_commerceml(path, offers_path, ctx.vat_table, progress=progress, cancel=cancel)
    else:
        parsed = parse_csv(path, ctx.vat_table, progress=progress, cancel=cancel)
    parsed.report.raise_if_errors()
    return replace_catalog(ctx, actor, register_id, parsed.rows, source=path.name, cancel=cancel)


def replace_catalog(
    ctx: AppContext,
    actor: Principal,
    register_id: int,
    rows: Iterable[ProductRow],
    *,
    source: str = "",
    cancel: CancelToken | None = None,
) -> OpResult[int]:
    require_admin(actor)
    rows = list(rows)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        reg = uow.org.register(register_id)
        if reg is None:
            raise NotFoundError(what="register", key=register_id)
        uow.catalog.delete_all(register_id)
        table = Product.__table__
        records = [_record(register_id, r, now) for r in rows]
        if not any(r.code == FREE_POSITION_CODE for r in rows):
            records.append(_record(register_id, _free_position(ctx, reg.vat_payer), now))
        for start in range(0, len(records), CHUNK):
            if cancel is not None and cancel.cancelled:
                raise ImportCancelled(done_bytes=start, total_bytes=len(records))
            uow.session.execute(insert(table), records[start : start + CHUNK])
        uow.audit.record(now, actor.user_id, "import", "catalog", register_id, rows=len(rows), source=source)
        if cancel is not None and cancel.cancelled:
            raise ImportCancelled(done_bytes=len(records), total_bytes=len(records))
        uow.commit()
    return OpResult(len(rows), Changes(catalog=True))


def export_catalog_file(ctx: AppContext, actor: Principal, register_id: int, path: Path) -> int:
    require_admin(actor)
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


def _free_position(ctx: AppContext, vat_payer: bool) -> ProductRow:
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
