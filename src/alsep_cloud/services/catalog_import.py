"""A register's catalog imported all or nothing (decision 1419).

Rows are keyed by product code: a new code is created, a known one updated (only when a field
differs: an unchanged product keeps its version and feed number, so registers download only
what changed). Every row is checked first, with the same validators as one product's create;
the first refused row is answered with its row number in the file and the field. Nothing is
written before every row passed, and everything is written in one transaction under the
company's feed lock: new versions, revisions (so a later stale edit names what the import
changed), and one feed number per changed product. The idempotency key is stored in the same
transaction (unique per company), so a retry answers the first result and applies nothing.
"""

from __future__ import annotations

from typing import Any

import pydantic
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alsep_cloud.schemas.catalog_import import ImportRow
from alsep_cloud.services import versioning as v
from alsep_cloud.services.context import Admin, CloudContext
from alsep_cloud.services.validate import product_fields
from alsep_cloud.store.base import new_id
from alsep_cloud.store.catalog import Bundle, Product
from alsep_cloud.store.catalog_import import CatalogImport
from alsep_cloud.store.tenant import Register, Revision
from alsep_desktop.errors import ValidationError

FIELDS = ("code", "group_code", "name", "barcode", "price_tiyn", "vat_code", "unit", "ntin", "marked",
          "editable_price", "markup_bp", "discount_bp")
_COLUMNS = (Product.id, Product.version, *(getattr(Product, f) for f in FIELDS))
CHUNK = 5_000


def _result(done: CatalogImport, replayed: bool) -> dict[str, Any]:
    return {"key": done.key, "register_id": done.register_id, "rows": done.rows, "created": done.created,
            "updated": done.updated, "unchanged": done.unchanged, "replayed": replayed}


def _done(session: Session, company_id: str, key: str) -> CatalogImport | None:
    return session.scalar(select(CatalogImport).where(CatalogImport.company_id == company_id,
                                                      CatalogImport.key == key))


def _row(index: int, raw: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The row's number in the file (its index + 1 when the client did not say) and its checked fields."""
    given = raw.get("row") if isinstance(raw, dict) else None
    number = given if isinstance(given, int) else index + 1
    try:
        parsed = ImportRow.model_validate(raw)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "row"
        raise ValidationError(field, "{detail}", row=number, detail=first.get("msg", "invalid")) from None
    data = parsed.model_dump(exclude={"row"})
    data["name"] = data["name"].strip()
    return number, product_fields(data, row=number)


def import_products(ctx: CloudContext, session: Session, admin: Admin, register_id: str, key: str,
                    raw_rows: list[Any], source: str = "") -> dict[str, Any]:
    done = _done(session, admin.company_id, key)
    if done is not None:
        return _result(done, replayed=True)
    reg = v.owned(session, Register, register_id, admin.company_id, "register")
    rows = []
    for i, raw in enumerate(raw_rows):
        rows.append(_row(i, raw))
        raw_rows[i] = None  # the request's parsed row, freed once checked (one copy of a 100,000-row import)
    first_code: dict[str, int] = {}
    first_barcode: dict[str, int] = {}
    for number, f in rows:
        if f["code"] in first_code:
            raise ValidationError("code", "the code {value} is also on row {other}", row=number, value=f["code"],
                                  other=first_code[f["code"]])
        first_code[f["code"]] = number
        if f.get("barcode"):
            if f["barcode"] in first_barcode:
                raise ValidationError("barcode", "the barcode {value} is also on row {other}", row=number,
                                      value=f["barcode"], other=first_barcode[f["barcode"]])
            first_barcode[f["barcode"]] = number
    del first_barcode

    now = ctx.now()
    v.lock_company(session, admin.company_id, 0)  # holds the company's feed lock: the catalog read below stays true
    existing = {r.code: r for r in session.execute(
        select(*_COLUMNS).where(Product.register_id == reg.id, Product.deleted.is_(False)))}
    # barcodes after the import: of the products the file leaves alone, and of the bundles
    kept = {r.barcode: r.code for r in existing.values() if r.barcode and r.code not in first_code}
    del first_code
    bundles = set(session.scalars(select(Bundle.barcode).where(Bundle.register_id == reg.id,
                                                               Bundle.deleted.is_(False))))
    creates: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    unchanged = 0
    for number, f in rows:
        barcode = f.get("barcode")
        if barcode and barcode in kept:
            raise ValidationError("barcode", "the barcode {value} belongs to product {other} in the cloud",
                                  row=number, value=barcode, other=kept[barcode])
        if barcode and barcode in bundles:
            raise ValidationError("barcode", "the barcode {value} belongs to a bundle in the cloud", row=number,
                                  value=barcode)
        old = existing.get(f["code"])
        if old is None:
            creates.append(f)
        elif any(getattr(old, k) != f.get(k) for k in FIELDS):
            f["id"], f["version"], f["old_barcode"] = old.id, old.version + 1, old.barcode
            updates.append(f)
        else:
            unchanged += 1
    count = len(rows)
    del rows, existing, kept

    changed = len(updates) + len(creates)
    if changed:
        last = v.lock_company(session, admin.company_id, changed)
        seq = last - changed
        # a barcode may move between products of the file: free the moving ones first
        moving = [u["id"] for u in updates if u["barcode"] != u["old_barcode"] and u["old_barcode"]]
        for start in range(0, len(moving), CHUNK):
            session.execute(update(Product).where(Product.id.in_(moving[start:start + CHUNK])).values(barcode=None))
        # written a piece at a time: the statement parameters of one piece live at once, not 100,000
        for start in range(0, len(updates), CHUNK):
            params, revisions = [], []
            for u in updates[start:start + CHUNK]:
                seq += 1
                params.append({**{k: u.get(k) for k in FIELDS}, "id": u["id"], "version": u["version"], "seq": seq,
                               "updated_at": now})
                revisions.append(_revision(admin, u["id"], u["version"], reg.id, u, now))
            session.execute(update(Product), params)
            session.execute(insert(Revision), revisions)
        for start in range(0, len(creates), CHUNK):
            params, revisions = [], []
            for c in creates[start:start + CHUNK]:
                seq += 1
                pid = new_id()
                params.append({**{k: c.get(k) for k in FIELDS}, "id": pid, "company_id": admin.company_id,
                               "register_id": reg.id, "deleted": False, "version": 1, "seq": seq, "created_at": now,
                               "updated_at": now})
                revisions.append(_revision(admin, pid, 1, reg.id, c, now))
            session.execute(insert(Product), params)
            session.execute(insert(Revision), revisions)
    done = CatalogImport(company_id=admin.company_id, key=key, register_id=reg.id, actor_id=admin.user_id,
                         rows=count, created=len(creates), updated=len(updates), unchanged=unchanged,
                         source=source[:255], created_at=now)
    session.add(done)
    try:
        session.commit()
    except IntegrityError:  # the same key committed by a concurrent retry: answer its result
        session.rollback()
        again = _done(session, admin.company_id, key)
        if again is None:
            raise
        return _result(again, replayed=True)
    return _result(done, replayed=False)


def _revision(admin: Admin, pid: str, version: int, register_id: str, f: dict[str, Any], now: Any) -> dict[str, Any]:
    data = {"id": pid, "register_id": register_id, **{k: f.get(k) for k in FIELDS}}
    return {"company_id": admin.company_id, "kind": "product", "entity_id": pid, "version": version, "data": data,
            "actor_id": admin.user_id, "created_at": now}
