"""Terminal reports across a company's registers through the cloud (issue 15, decision 0713): the
cloud's summary of uploaded terminal operations, tenant isolation, and the desktop client that
turns the cloud's operations into the statement the admin tab exports."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.cloud_client.admin_remote import CloudAdmin, CloudAuthRequired
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.errors import PermissionDenied
from alsep_desktop.services.reports import Period
from alsep_desktop.services.terminal.figures import CommissionRates, build_statement, summarize
from alsep_desktop.services.terminal.reports import (
    COMPANY,
    CloudNotConfigured,
    Scope,
    TerminalReportService,
)
from alsep_desktop.services.terminal.reports_cloud import (
    cloud_fetch_of,
    fetch_company_operations,
    fetch_company_summary,
)
from tests.cloud.support import PASSWORD, CloudServer

PERIOD = {"date_from": "2026-03-01", "date_to": "2026-03-03"}


def _op(device, kind: str, status: str, tiyn: int, when: str, terminal: str, **over) -> None:
    body = {"key": f"t-{uuid.uuid4()}", "kind": kind, "status": status, "amount_tiyn": tiyn, "created_at": when,
            "terminal_id": terminal, "rrn": "123456789012", **over}
    r = device.post("/uploads/terminal-operations", json=body)
    assert r.status_code == 201, r.text


def test_company_summary_and_statement_through_the_cloud(cloud_pg: CloudServer) -> None:
    a, b = cloud_pg.tenant(), cloud_pg.tenant()
    tp = a.trade_point()
    reg1, reg2 = a.register(tp, "ККМ 1"), a.register(tp, "ККМ 2")
    d1, d2 = a.bind(reg1), a.bind(reg2)
    _op(d1, "payment", "approved", 10_100, "2026-03-02T10:00:00+05:00", "POS10344")
    _op(d1, "payment", "declined", 50_000, "2026-03-02T10:05:00+05:00", "POS10344")
    _op(d1, "refund", "approved", 5_000, "2026-03-02T11:00:00+05:00", "POS10344")
    _op(d2, "payment", "approved", 100_000, "2026-03-02T12:00:00+05:00", "POS10041")
    _op(d2, "payment", "error", 7_000, "2026-03-03T09:00:00+05:00", "POS10041")
    _op(d2, "payment", "approved", 99_900, "2026-02-28T23:59:00+05:00", "POS10041")  # before the period
    b_device = b.bind(b.register())
    _op(b_device, "payment", "approved", 77_700, "2026-03-02T10:00:00+05:00", "POSB")

    s = a.ok("GET", "/terminal-operations/summary", params=PERIOD)
    got = {(r["name"], r["kind"], r["status"]): (r["count"], r["amount_tiyn"]) for r in s["rows"]}
    assert got == {("ККМ 1", "payment", "approved"): (1, 10_100), ("ККМ 1", "payment", "declined"): (1, 50_000),
                   ("ККМ 1", "refund", "approved"): (1, -5_000), ("ККМ 2", "payment", "approved"): (1, 100_000),
                   ("ККМ 2", "payment", "pending"): (1, 7_000)}
    assert (s["approved_payments_tiyn"], s["approved_refunds_tiyn"], s["net_tiyn"]) == (110_100, 5_000, 105_100)
    one = a.ok("GET", "/terminal-operations/summary", params={**PERIOD, "register": reg2["id"]})
    assert {r["name"] for r in one["rows"]} == {"ККМ 2"}

    # another company sees only its own, and cannot name A's register or trade point
    theirs = b.ok("GET", "/terminal-operations/summary", params=PERIOD)
    assert [(r["count"], r["amount_tiyn"]) for r in theirs["rows"]] == [(1, 77_700)]
    assert a.tag not in str(theirs)
    for key, value in (("register", reg1["id"]), ("trade_point", tp["id"])):
        assert b.api.get("/terminal-operations/summary", params={**PERIOD, key: value}).status_code == 404
    assert cloud_pg.client().get("/terminal-operations/summary", params=PERIOD).status_code == 401

    # the desktop client: the same figures as the journal would give, company-wide
    http = CloudHttp(cloud_pg.url)
    try:
        token = cloud_pg.login(a.email)
        period = Period(date(2026, 3, 1), date(2026, 3, 3))
        records = fetch_company_operations(http, period, bearer=token, page_size=2)  # paged by two
        assert [r.amount.tiyn for r in records] == [10_100, 50_000, 5_000, 100_000, 7_000]
        assert {r.register for r in records} == {"ККМ 1", "ККМ 2"} and records[0].at.utcoffset().total_seconds() == 5 * 3600
        summary = summarize(records)
        assert summary.net.tiyn == 105_100 and summary.count == 5
        st = build_statement(records, CommissionRates(230, 129), period.start, period.end, "company")
        assert [(r.terminal, r.kind, r.amount.tiyn, r.commission.tiyn) for r in st.rows] == [
            ("POS10041", "payment", 100_000, -2_300), ("POS10344", "payment", 10_100, -232),
            ("POS10344", "refund", -5_000, 0)]
        assert fetch_company_summary(http, period, bearer=token)["net_tiyn"] == 105_100
        other = fetch_company_operations(http, period, bearer=cloud_pg.login(b.email))
        assert [r.amount.tiyn for r in other] == [77_700]
    finally:
        http.close()


def test_report_service_reads_the_company_through_the_admins_cloud_session(cloud_pg: CloudServer, sqlite_ctx,
                                                                            tmp_path) -> None:
    a = cloud_pg.tenant()
    device = a.bind(a.register(a.trade_point(), "ККМ 1"))
    _op(device, "payment", "approved", 100_000, "2026-03-02T12:00:00+05:00", "POS10041")
    _op(device, "refund", "approved", 5_000, "2026-03-02T13:00:00+05:00", "POS10041")
    ensure_demo(sqlite_ctx)
    local_admin = sqlite_ctx.auth.login(*ADMIN)
    cloud = CloudAdmin(CloudHttp(cloud_pg.url))
    configured = {"on": False}
    service = TerminalReportService(sqlite_ctx.uow, sqlite_ctx.clock,
                                    cloud_fetch_of(lambda: cloud if configured["on"] else None),
                                    cloud_available=lambda: configured["on"])
    period = Period(date(2026, 3, 1), date(2026, 3, 3))
    try:
        assert COMPANY not in [c.scope.key for c in service.scopes(local_admin)]
        with pytest.raises(CloudNotConfigured):
            service.summary(local_admin, period, Scope(COMPANY))
        configured["on"] = True
        assert COMPANY in [c.scope.key for c in service.scopes(local_admin)]
        with pytest.raises(CloudAuthRequired):  # the admin has not signed in to the cloud
            service.summary(local_admin, period, Scope(COMPANY))
        cloud.login(a.email, PASSWORD, company=a.iin_bin)
        st = service.export_statement(local_admin, period, Scope(COMPANY), tmp_path / "company.xlsx")
        assert [(r.terminal, r.amount.tiyn, r.commission.tiyn) for r in st.rows] == [
            ("POS10041", 100_000, -2_300), ("POS10041", -5_000, 0)]
        assert (tmp_path / "company.xlsx").stat().st_size > 0
        with pytest.raises(PermissionDenied):  # the local role is checked before the cloud is asked
            service.summary(sqlite_ctx.auth.login(CASHIER[0], CASHIER[1]), period, Scope(COMPANY))
    finally:
        cloud.http.close()
