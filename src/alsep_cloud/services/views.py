"""The public form of each record: what the admin API returns and what a revision keeps.

Plain JSON-ready dicts (ISO 8601 times with offset, money in integer tiyn). Secrets never
appear: a user's hash and a register's OFD token and credential hash stay out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from alsep_cloud.store.catalog import Bundle, Product
from alsep_cloud.store.tenant import Company, Register, TradePoint, User


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _stamps(obj: Any) -> dict[str, Any]:
    return {"version": obj.version, "created_at": iso(obj.created_at), "updated_at": iso(obj.updated_at)}


def company_view(c: Company) -> dict[str, Any]:
    return {
        "id": c.id, "name": c.name, "iin_bin": c.iin_bin, "tax_regime": c.tax_regime, "vat_payer": c.vat_payer,
        "vat_series": c.vat_series, "vat_number": c.vat_number, "legal_address": c.legal_address,
        "address_kz": c.address_kz, "oked": c.oked, "phone": c.phone, "iban": c.iban, "bik": c.bik,
        "timezone": c.timezone, **_stamps(c),
    }


def trade_point_view(tp: TradePoint) -> dict[str, Any]:
    return {
        "id": tp.id, "name": tp.name, "address": tp.address, "address_kz": tp.address_kz,
        "latitude": tp.latitude, "longitude": tp.longitude, **_stamps(tp),
    }


def user_view(u: User) -> dict[str, Any]:
    return {
        "id": u.id, "email": u.email, "role": u.role, "full_name": u.full_name, "iin": u.iin,
        "birth_date": iso(u.birth_date), "comment": u.comment, "blocked": u.blocked,
        "all_registers": u.all_registers, "register_ids": sorted(u.register_ids or []),
        "password_changed_at": iso(u.password_changed_at), **_stamps(u),
    }


def register_view(r: Register) -> dict[str, Any]:
    return {
        "id": r.id, "trade_point_id": r.trade_point_id, "name": r.name, "serial_number": r.serial_number,
        "year_of_manufacture": r.year_of_manufacture, "ofd_system_id": r.ofd_system_id,
        "registration_number": r.registration_number, "ofd_token_set": r.ofd_token is not None,
        "ofd_token_updated_at": iso(r.ofd_token_updated_at), "vat_payer": r.vat_payer, "status": r.status,
        "bound": r.device_credential_hash is not None, "device_id": r.device_id,
        "device_bound_at": iso(r.device_bound_at), **_stamps(r),
    }


def product_view(p: Product) -> dict[str, Any]:
    return {
        "id": p.id, "register_id": p.register_id, "code": p.code, "group_code": p.group_code, "name": p.name,
        "barcode": p.barcode, "price_tiyn": p.price_tiyn, "vat_code": p.vat_code, "unit": p.unit, "ntin": p.ntin,
        "marked": p.marked, "editable_price": p.editable_price, "markup_bp": p.markup_bp,
        "discount_bp": p.discount_bp, **_stamps(p),
    }


def bundle_view(b: Bundle) -> dict[str, Any]:
    return {
        "id": b.id, "register_id": b.register_id, "name": b.name, "barcode": b.barcode,
        "items": [{"product_id": i.product_id, "quantity_milli": i.quantity_milli} for i in b.items],
        **_stamps(b),
    }
