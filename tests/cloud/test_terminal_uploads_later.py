"""Terminal operation uploads after decision 1415: the card/QR method reaches the company's
summary and statement (QR at the QR rate), a later state of one operation replaces its record
(one record, the latest state), and a body frozen in a queue before the change still retries."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from alsep_cloud.schemas.uploads import TerminalOperationUpload
from alsep_cloud.services.uploads import terminal_body_hash
from alsep_cloud.store.documents import TerminalOperation
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.services.reports import Period
from alsep_desktop.services.terminal.figures import CommissionRates, build_statement
from alsep_desktop.services.terminal.reports_cloud import fetch_company_operations
from tests.cloud.support import CloudServer

PERIOD = {"date_from": "2026-03-01", "date_to": "2026-03-03"}
#: the hash the cloud stored for this body before ``method``/``revision`` existed (computed with
#: commit a142e54's code): an old register retrying it must meet the same hash
OLD_BODY_HASH = "d4ae55416fd2d9bea268311d6660134c05f0b8b7328b18f195ed1393c0b6a17b"


def _old_body(key: str) -> dict:
    return {"key": key, "kind": "payment", "status": "approved", "amount_tiyn": 150000,
            "created_at": "2026-03-02T10:00:00+05:00", "terminal_id": "T-1", "rrn": "RRN1", "auth_code": "A1",
            "card_mask": "4400***1234", "receipt_key": None}


def _rows(cloud: CloudServer, company_id: str) -> list[TerminalOperation]:
    with cloud.ctx.sessions() as s:
        return list(s.scalars(select(TerminalOperation).where(TerminalOperation.company_id == company_id)
                              .order_by(TerminalOperation.id)))


def test_an_old_frozen_body_retries_as_before(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    device = a.bind(a.register())
    key = f"op-old-{uuid.uuid4()}"
    body = _old_body(key)
    first = device.post("/uploads/terminal-operations", json=body)
    assert first.status_code == 201, first.text
    assert terminal_body_hash(TerminalOperationUpload.model_validate({**body, "key": "op-old-1"})) == OLD_BODY_HASH
    again = device.post("/uploads/terminal-operations", json=body)
    assert (again.status_code, again.json()["id"], again.json()["created"]) == (200, first.json()["id"], False)
    # the same key with another body and no higher revision is still refused
    other = device.post("/uploads/terminal-operations", json={**body, "amount_tiyn": 1})
    assert other.status_code == 409 and other.json()["code"] == "upload.key_conflict"
    [row] = _rows(cloud_pg, a.company_id)
    assert (row.amount_tiyn, row.method, row.revision) == (150000, None, 0)


def test_a_higher_revision_replaces_the_record_and_an_older_retry_changes_nothing(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    device = a.bind(a.register())
    key = f"op-{uuid.uuid4()}"
    body = {**_old_body(key), "method": "card"}
    assert device.post("/uploads/terminal-operations", json=body).status_code == 201
    later = {**body, "revision": 1, "receipt_key": "receipt-1"}
    r = device.post("/uploads/terminal-operations", json=later)
    assert r.status_code == 200 and r.json()["created"] is False
    acked = {**later, "revision": 2, "acknowledged": True, "refunded_tiyn": 50000}
    assert device.post("/uploads/terminal-operations", json=acked).status_code == 200
    # a late retry of revision 1 (its answer was lost) finds the record and leaves revision 2
    assert device.post("/uploads/terminal-operations", json=later).status_code == 200
    # revision 2 with another body is a conflict, not a silent overwrite
    assert device.post("/uploads/terminal-operations", json={**acked, "amount_tiyn": 1}).status_code == 409
    [row] = _rows(cloud_pg, a.company_id)
    assert (row.receipt_key, row.revision, row.raw["acknowledged"], row.raw["refunded_tiyn"]) == (
        "receipt-1", 2, True, 50000)
    # another register of the company cannot overwrite it with a revision
    other = a.bind(a.register())
    assert other.post("/uploads/terminal-operations", json={**acked, "revision": 3}).status_code == 409
    listed = a.ok("GET", "/terminal-operations", params=PERIOD)["items"]
    assert [(i["key"], i["receipt_key"], i["revision"]) for i in listed] == [(key, "receipt-1", 2)]


def test_the_company_statement_applies_the_qr_rate_to_qr_operations(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    device = a.bind(a.register(a.trade_point(), "ККМ 1"))
    for method, tiyn, when in (("card", 100_000, "10:00"), ("qr", 100_000, "11:00"), (None, 10_000, "12:00")):
        body = {"key": f"t-{uuid.uuid4()}", "kind": "payment", "status": "approved", "amount_tiyn": tiyn,
                "created_at": f"2026-03-02T{when}:00+05:00", "terminal_id": "POS1", "rrn": "1"}
        if method:
            body["method"] = method
        assert device.post("/uploads/terminal-operations", json=body).status_code == 201
    s = a.ok("GET", "/terminal-operations/summary", params=PERIOD)
    assert sorted((r["method"] or "-", r["count"], r["amount_tiyn"]) for r in s["rows"]) == [
        ("-", 1, 10_000), ("card", 1, 100_000), ("qr", 1, 100_000)]
    http = CloudHttp(cloud_pg.url)
    try:
        period = Period(date(2026, 3, 1), date(2026, 3, 3))
        records = fetch_company_operations(http, period, bearer=cloud_pg.login(a.email))
        assert [r.method for r in records] == ["card", "qr", None]
        st = build_statement(records, CommissionRates(230, 129), period.start, period.end, "company")
        by_amount = sorted((r.amount.tiyn, r.commission.tiyn) for r in st.rows)
        # card 2.30 %, QR 1.29 %; a register that did not say the method: the card rate (0713)
        assert by_amount == [(10_000, -230), (100_000, -2_300), (100_000, -1_290)]
    finally:
        http.close()
