"""Uploads from registers: idempotent by key, the register from the credential, validation
naming field and row; and the sales view and dashboard over what was uploaded."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select

from alsep_cloud.store.documents import (
    CashMove,
    Receipt,
    ReceiptLine,
    ShiftReport,
    TerminalOperation,
)
from tests.cloud.support import CloudServer, Tenant


def receipt(total: int = 45_000, *, key: str | None = None, when: str = "2026-03-02T10:15:00+05:00",
            operation: str = "sale", cash: int | None = None, card: int = 0, **over: Any) -> dict:
    cash = total - card if cash is None else cash
    lines = [
        {"position": 1, "code": "1", "name": "Молоко", "barcode": "4870001000011", "unit_price_tiyn": 15_000,
         "quantity_milli": 2000, "total_tiyn": 30_000, "vat_code": "16", "vat_tiyn": 4_138, "ntin": "4870001000011",
         "marking_code": "0104870001000011215abc"},
        {"position": 2, "code": "2", "name": "Хлеб", "unit_price_tiyn": total - 30_000, "quantity_milli": 1000,
         "total_tiyn": total - 30_000, "vat_code": "none"},
    ]
    payments = [p for p in ({"kind": "cash", "amount_tiyn": cash}, {"kind": "card", "amount_tiyn": card,
                                                                    "rrn": "123456789012"}) if p["amount_tiyn"]]
    return {"key": key or str(uuid.uuid4()), "operation": operation, "number": 1, "shift_key": "shift-1",
            "shift_number": 1, "created_at": when, "total_tiyn": total, "vat_tiyn": 4_138, "lines": lines,
            "payments": payments, "change_tiyn": cash + card - total, "cashier": "cashier@demo.kz",
            "fiscal_sign": "123456", **over}


def _count(cloud: CloudServer, model: Any, company_id: str) -> int:
    with cloud.ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.company_id == company_id))


def test_every_upload_kind_is_idempotent(cloud: CloudServer) -> None:
    tenant = cloud.tenant()
    device = tenant.bind(tenant.register())
    docs = {
        "/uploads/receipts": (Receipt, receipt()),
        "/uploads/returns": (Receipt, receipt(operation="sale_return", original_key="sale-1")),
        "/uploads/shift-reports": (ShiftReport, {
            "key": "shift-1:z", "kind": "z", "shift_key": "shift-1", "shift_number": 1,
            "created_at": "2026-03-02T22:00:00+05:00", "sales_count": 1, "sales_tiyn": 45_000, "cash_tiyn": 145_000,
            "counters": {"op:sale": [1, 45_000, 0]}}),
        "/uploads/cash-moves": (CashMove, {"key": str(uuid.uuid4()), "kind": "deposit", "shift_key": "shift-1",
                                           "shift_number": 1, "amount_tiyn": 100_000,
                                           "created_at": "2026-03-02T09:00:00+05:00"}),
        "/uploads/terminal-operations": (TerminalOperation, {
            "key": str(uuid.uuid4()), "kind": "payment", "status": "approved", "amount_tiyn": 45_000,
            "created_at": "2026-03-02T10:14:00+05:00", "terminal_id": "P0S10344", "rrn": "123456789012"}),
    }
    for path, (model, body) in docs.items():
        before = _count(cloud, model, tenant.company_id)
        first = device.post(path, json=body)
        assert first.status_code == 201 and first.json()["created"] is True, (path, first.text)
        retry = device.post(path, json=body)
        assert retry.status_code == 200 and retry.json() == {**first.json(), "created": False}
        changed = {**body, "created_at": "2026-03-02T23:59:00+05:00"}
        refused = device.post(path, json=changed)
        assert refused.status_code == 409 and refused.json()["code"] == "upload.key_conflict", path
        assert _count(cloud, model, tenant.company_id) == before + 1
    with cloud.ctx.sessions() as s:
        r = s.scalars(select(Receipt).where(Receipt.company_id == tenant.company_id,
                                            Receipt.operation == "sale")).one()
        assert (r.total_tiyn, r.cash_tiyn, r.vat_tiyn, len(r.lines), len(r.payments)) == (45_000, 45_000, 4_138, 2, 1)
        assert r.raw == docs["/uploads/receipts"][1] and r.created_at.utcoffset().total_seconds() == 0
        assert str(r.local_day) == "2026-03-02" and r.lines[0].marking_code == "0104870001000011215abc"


def test_concurrent_retries_make_one_record(cloud: CloudServer) -> None:
    tenant = cloud.tenant()
    device = tenant.bind(tenant.register())
    body = receipt()
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: device.post("/uploads/receipts", json=body), range(16)))
    assert sorted(a.status_code for a in answers) == [200] * 15 + [201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert _count(cloud, Receipt, tenant.company_id) == 1
    with cloud.ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ReceiptLine).where(
            ReceiptLine.company_id == tenant.company_id)) == 2


def test_the_register_comes_from_the_credential(cloud_pg: CloudServer, tenant: Tenant) -> None:
    a, b = tenant.register(), tenant.register()
    dev_a, dev_b = tenant.bind(a), tenant.bind(b)
    r = dev_a.post("/uploads/receipts", json={**receipt(), "register_id": b["id"]})
    assert r.status_code == 422 and r.json()["params"]["field"] == "register_id"
    body = receipt()
    assert dev_a.post("/uploads/receipts", json=body).status_code == 201
    r = dev_b.post("/uploads/receipts", json=body)  # the same key from another register is not a retry
    assert r.status_code == 409 and r.json()["code"] == "upload.key_conflict"
    sales = tenant.ok("GET", "/sales", params={"date_from": "2026-03-01", "date_to": "2026-03-03"})
    assert [i["register_id"] for i in sales["items"]] == [a["id"]]


def test_validation_names_field_and_row(cloud_pg: CloudServer, tenant: Tenant) -> None:
    device = tenant.bind(tenant.register())

    def refused(body: dict, path: str = "/uploads/receipts") -> dict:
        r = device.post(path, json=body)
        assert r.status_code == 422, r.text
        assert r.json()["code"] in ("validation", "domain.unknown_vat_rate")
        return r.json()["params"]

    bad = receipt()
    bad["lines"][1]["total_tiyn"] = 1.5
    assert (refused(bad)["field"], refused(bad)["row"]) == ("lines.total_tiyn", 1)
    bad = receipt()
    bad["lines"][1]["vat_code"] = "13"
    assert (refused(bad)["field"], refused(bad)["row"]) == ("lines.vat_code", 1)
    bad = receipt()
    bad["payments"][0]["kind"] = "bitcoin"
    assert (refused(bad)["field"], refused(bad)["row"]) == ("payments.kind", 0)
    assert refused(receipt(created_at="2026-03-02T10:15:00"))["field"] == "created_at"  # naive time
    assert refused(receipt(total_tiyn=44_000))["field"] == "total_tiyn"
    assert refused(receipt(cash=40_000, change_tiyn=0))["field"] == "payments"
    assert refused(receipt(operation="sale_return"))["field"] == "operation"
    assert refused(receipt(operation="sale_return"), "/uploads/returns")["field"] == "original_key"
    assert refused(receipt(key="has space"))["field"] == "key"


def test_sales_view_and_dashboard(cloud: CloudServer) -> None:
    tenant = cloud.tenant()
    tp1, tp2 = tenant.trade_point("Абая"), tenant.trade_point("Достык")
    r1, r2 = tenant.register(tp1, "ККМ 1"), tenant.register(tp2, "ККМ 2")
    d1, d2 = tenant.bind(r1), tenant.bind(r2)
    day1, day2 = "2026-03-02", "2026-03-03"
    uploads = [
        (d1, receipt(45_000, when=f"{day1}T10:00:00+05:00")),
        (d1, receipt(60_000, when=f"{day1}T23:30:00+05:00", card=60_000, cash=0)),
        (d1, receipt(35_001, when=f"{day1}T19:00:00Z")),  # 00:00 of day2 in Almaty
        (d2, receipt(50_000, when=f"{day2}T12:00:00+05:00", cash=100_000)),
        (d2, receipt(45_000, operation="sale_return", original_key="x", when=f"{day2}T13:00:00+05:00")),
    ]
    for device, body in uploads:
        path = "/uploads/returns" if body["operation"] == "sale_return" else "/uploads/receipts"
        assert device.post(path, json=body).status_code == 201
    dash = tenant.ok("GET", "/dashboard", params={"date_from": day1, "date_to": day2})
    assert (dash["receipts"], dash["sales_tiyn"], dash["returns_tiyn"], dash["revenue_tiyn"]) == (
        4, 190_001, 45_000, 145_001)
    assert dash["average_receipt_tiyn"] == 47_500  # 190 001 / 4 = 47 500.25, half-up
    assert [(d["day"], d["receipts"], d["revenue_tiyn"]) for d in dash["by_day"]] == [
        (day1, 2, 105_000), (day2, 2, 40_001)]
    by_reg = {r["name"]: (r["receipts"], r["revenue_tiyn"], r["average_receipt_tiyn"]) for r in dash["by_register"]}
    assert by_reg == {"ККМ 1": (3, 140_001, 46_667), "ККМ 2": (1, 5_000, 50_000)}
    one = tenant.ok("GET", "/dashboard", params={"date_from": day1, "date_to": day2, "trade_point": tp2["id"]})
    assert (one["receipts"], one["revenue_tiyn"]) == (1, 5_000)

    sales = tenant.ok("GET", "/sales", params={"date_from": day1, "date_to": day2})
    assert sales["totals"]["receipts"] == 5 and sales["totals"]["net_sales_tiyn"] == 145_001
    sale = sales["totals"]["by_operation"]["sale"]
    assert (sale["count"], sale["total_tiyn"], sale["card_tiyn"], sale["cash_tiyn"]) == (4, 190_001, 60_000, 130_001)
    times = [i["created_at"] for i in sales["items"]]
    assert times == sorted(times, reverse=True)
    assert sales["items"][0]["lines"][0]["name"] == "Молоко"
    page = tenant.ok("GET", "/sales", params={"date_from": day1, "date_to": day2, "register": r1["id"],
                                              "limit": 2, "offset": 2})
    assert len(page["items"]) == 1 and page["totals"]["receipts"] == 3
    only_day1 = tenant.ok("GET", "/sales", params={"date_from": day1, "date_to": day1})
    assert only_day1["totals"]["receipts"] == 2
    r = tenant.api.get("/sales", params={"date_from": day2, "date_to": day1})
    assert r.status_code == 422 and r.json()["params"]["field"] == "date_from"
    moves = tenant.ok("GET", "/terminal-operations", params={"date_from": day1, "date_to": day2})
    assert moves["items"] == []
