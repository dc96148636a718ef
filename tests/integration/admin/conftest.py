"""Fixtures of the admin-tab service tests: the demo company and receipts written directly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import func, select

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.domain.roles import Principal
from alsep_desktop.store.models import Payment, Receipt, ReceiptLine, Shift


@dataclass
class Env:
    admin: Principal
    cashier: Principal
    register_id: int
    cashier_id: int


def add_receipt(ctx, register_id: int, at: datetime, operation: str, lines, payments, *, change: int = 0,
                cashier_id: int | None = None, state: str = "printed") -> int:
    """Insert one receipt. ``lines``: (code, name, barcode, price_tiyn, qty_milli); ``payments``: (kind, tiyn)."""
    with ctx.uow() as uow:
        s = uow.session
        shift = s.scalars(select(Shift).where(Shift.register_id == register_id)).first()
        if shift is None:
            shift = Shift(register_id=register_id, number=1, state="open", opened_at=at)
            s.add(shift)
            s.flush()
        number = int(s.scalar(select(func.count()).select_from(Receipt).where(Receipt.shift_id == shift.id))) + 1
        total = sum(price * qty // 1000 for _, _, _, price, qty in lines)
        r = Receipt(register_id=register_id, shift_id=shift.id, number=number, operation=operation, state=state,
                    total_tiyn=total, change_tiyn=change, cashier_id=cashier_id, created_at=at)
        for pos, (code, name, barcode, price, qty) in enumerate(lines, 1):
            r.lines.append(ReceiptLine(position=pos, code=code, name=name, barcode=barcode, unit_price_tiyn=price,
                                       quantity_milli=qty, total_tiyn=price * qty // 1000, vat_code="16"))
        for kind, amount in payments:
            r.payments.append(Payment(kind=kind, amount_tiyn=amount))
        s.add(r)
        s.commit()
        return r.id


@pytest.fixture
def env(ctx) -> Env:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    return Env(admin, cashier, ids.register_id, ids.cashier_id)


@pytest.fixture
def receipt(ctx):
    """``receipt(register_id, at, operation, lines, payments, **kw)`` inserts a receipt."""
    return lambda *a, **kw: add_receipt(ctx, *a, **kw)
