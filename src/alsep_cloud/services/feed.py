"""The change feed a register mirrors (decision 1402).

Products, bundles, users and registers carry ``seq``, the company-wide number of their last
change (``versioning.lock_company``); deleted products and bundles stay as tombstones. A page
is the rows of this register (its products, bundles and settings) and of the company's users
with ``after < seq <= high``, oldest first, where ``high`` is the company's last committed
number read first: every number up to ``high`` belongs to a committed write, so a page never
skips a change that commits later. ``next`` resumes after the page; a row changed again while
a client pages moves to a later number and is met again, never lost.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from alsep_cloud.errors import NotFound
from alsep_cloud.services.context import Device
from alsep_cloud.services.versioning import current_seq
from alsep_cloud.services.views import bundle_view, iso, product_view
from alsep_cloud.store.catalog import Bundle, Product
from alsep_cloud.store.tenant import Company, Register, TradePoint, User

MAX_LIMIT = 5000  # a first mirror of 100,000 products takes 20 pages (decision 1409)
#: the longest ``wait`` of a long-polling feed request, and how often it looks for a change
MAX_WAIT_S = 30.0
POLL_S = 0.25


def register_settings(session: Session, reg: Register) -> dict[str, Any]:
    """What the register needs to sell and to speak to the OFD (protocol 2.0.3 reg info)."""
    company = session.get(Company, reg.company_id)
    assert company is not None
    tp = reg.trade_point
    return {
        "id": reg.id, "name": reg.name, "serial_number": reg.serial_number,
        "year_of_manufacture": reg.year_of_manufacture, "status": reg.status, "vat_payer": reg.vat_payer,
        "ofd": {"system_id": reg.ofd_system_id, "registration_number": reg.registration_number,
                "token": reg.ofd_token, "token_updated_at": iso(reg.ofd_token_updated_at)},
        "trade_point": _trade_point(tp),
        "company": {"id": company.id, "name": company.name, "iin_bin": company.iin_bin,
                    "tax_regime": company.tax_regime, "vat_payer": company.vat_payer,
                    "vat_series": company.vat_series, "vat_number": company.vat_number,
                    "legal_address": company.legal_address, "address_kz": company.address_kz,
                    "oked": company.oked, "phone": company.phone, "iban": company.iban, "bik": company.bik,
                    "timezone": company.timezone},
        # every live trade point of the company: the admin tab lists them and offers them for a new
        # register; a trade point has no feed number of its own, so its edits renumber the
        # company's registers (``org.touch_registers``) and come with their settings (decision 2030)
        "trade_points": [_trade_point(t) for t in session.scalars(
            select(TradePoint).where(TradePoint.company_id == reg.company_id, TradePoint.deleted.is_(False))
            .order_by(TradePoint.created_at, TradePoint.id))],
        "version": reg.version,
    }


def _trade_point(tp: TradePoint) -> dict[str, Any]:
    return {"id": tp.id, "name": tp.name, "address": tp.address, "address_kz": tp.address_kz,
            "latitude": tp.latitude, "longitude": tp.longitude}


def _user_entry(u: User, register_id: str) -> dict[str, Any]:
    allowed = not (u.deleted or u.blocked) and (u.all_registers or register_id in (u.register_ids or []))
    if not allowed:
        return {"op": "revoke", "data": {"id": u.id, "email": u.email.split(":", 2)[-1] if u.deleted else u.email}}
    return {"op": "upsert", "data": {"id": u.id, "email": u.email, "role": u.role, "full_name": u.full_name,
                                     "iin": u.iin, "password_hash": u.password_hash, "version": u.version}}


#: the product columns a feed entry carries (``product_view`` less the time stamps), ``seq`` and ``deleted`` first
_PRODUCT_FIELDS = ("id", "register_id", "code", "group_code", "name", "barcode", "price_tiyn", "vat_code", "unit",
                   "ntin", "marked", "editable_price", "markup_bp", "discount_bp", "version")
_PRODUCT_COLUMNS = (Product.seq, Product.deleted, *(getattr(Product, f) for f in _PRODUCT_FIELDS))


def _product_change(row: Any) -> dict[str, Any]:
    seq, deleted, pid = row[0], row[1], row[2]
    if deleted:
        return {"seq": seq, "kind": "product", "id": pid, "op": "delete", "data": {"id": pid}}
    return {
        "seq": seq,
        "kind": "product",
        "id": pid,
        "op": "upsert",
        "data": dict(zip(_PRODUCT_FIELDS, row[2:], strict=True)),
    }


def _strip(view: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in view.items() if k not in ("created_at", "updated_at")}


def page(session: Session, device: Device, after: int, limit: int, *, count: bool = False) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_LIMIT))
    high = current_seq(session, device.company_id)
    def window(col: InstrumentedAttribute[int]) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
        return col > after, col <= high

    rows: list[tuple[int, str, Any]] = []
    for kind, q in (
        ("product", select(*_PRODUCT_COLUMNS).where(Product.register_id == device.register_id, *window(Product.seq))
         .order_by(Product.seq)),
        ("bundle", select(Bundle).where(Bundle.register_id == device.register_id, *window(Bundle.seq))
         .order_by(Bundle.seq)),
        ("user", select(User).where(User.company_id == device.company_id, *window(User.seq)).order_by(User.seq)),
        ("register", select(Register).where(Register.id == device.register_id, *window(Register.seq))),
    ):
        if kind == "product":  # plain rows, not ORM objects: a first mirror reads 100,000 of them
            rows.extend((r[0], kind, r) for r in session.execute(q.limit(limit + 1)))
        else:
            rows.extend((obj.seq, kind, obj) for obj in session.scalars(q.limit(limit + 1)))
    rows.sort(key=lambda r: r[0])
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = []
    for seq, kind, obj in rows:
        if kind == "product":
            changes.append(_product_change(obj))
            continue
        if kind == "user":
            entry = _user_entry(obj, device.register_id)
        elif kind == "register":
            entry = {"op": "upsert", "data": register_settings(session, obj)}
        elif obj.deleted:
            entry = {"op": "delete", "data": {"id": obj.id}}
        else:
            entry = {"op": "upsert", "data": _strip(product_view(obj) if kind == "product" else bundle_view(obj))}
        changes.append({"seq": seq, "kind": kind, "id": obj.id, **entry})
    out = {"register_id": device.register_id, "after": after, "next": rows[-1][0] if has_more else max(high, after),
           "has_more": has_more, "changes": changes}
    if count:  # for the first mirror's progress bar: how many changes wait from ``after`` on
        out["remaining"] = remaining(session, device, after, high)
    return out


def remaining(session: Session, device: Device, after: int, high: int) -> int:
    total = 0
    for col, where in ((Product.seq, Product.register_id == device.register_id),
                       (Bundle.seq, Bundle.register_id == device.register_id),
                       (User.seq, User.company_id == device.company_id),
                       (Register.seq, Register.id == device.register_id)):
        total += int(session.scalar(select(func.count()).where(where, col > after, col <= high)) or 0)
    return total


def high_of(session: Session, device: Device) -> int:
    """The company's last committed change number (one indexed row): what a long poll watches."""
    return current_seq(session, device.company_id)


def check_register(device: Device, register_id: str | None) -> None:
    if register_id is not None and register_id != device.register_id:
        raise NotFound(what="register", key=register_id)


def settings_of(session: Session, device: Device) -> dict[str, Any]:
    reg = session.get(Register, device.register_id)
    assert reg is not None
    return register_settings(session, reg)
