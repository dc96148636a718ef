"""The company's card terminal operations from the cloud, for the terminal reports (decision 0713).

The cloud keeps what every register uploaded (``/uploads/terminal-operations``) and answers an
admin's token for that company only. These functions take a ``CloudHttp``-like object (anything
with ``request(method, path, *, bearer, params)`` returning the JSON body) and turn the cloud's
items into the same :class:`OperationRecord` the local journal gives, so the summary, the
statement and the .xlsx are computed by one piece of code whatever the source.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from alsep_desktop.cloud_client.admin_remote import CloudAdmin, CloudAuthRequired, desktop_error
from alsep_desktop.cloud_client.errors import CloudRefused
from alsep_desktop.domain.money import Money
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.reports import Period
from alsep_desktop.services.terminal.figures import OperationRecord

#: the cloud's upload status → the journal state the reports read (decision 0703)
STATES = {"approved": "success", "declined": "fail", "error": "unknown"}
#: a cancel gives money back like a refund; a reconciliation moves no money
KINDS = {"payment": "payment", "refund": "refund", "cancel": "refund"}
PAGE = 1000


class _Http(Protocol):
    def request(self, method: str, path: str, *, bearer: str | None = None, json: Any = None,
                params: dict[str, Any] | None = None, timeout: float | None = None) -> Any: ...


def _params(period: Period) -> dict[str, str]:
    return {"date_from": period.start.isoformat(), "date_to": period.end.isoformat()}


def fetch_company_operations(
    http: _Http,
    period: Period,
    *,
    bearer: str | None,
    page_size: int = PAGE,
    cancelled: Callable[[], bool] | None = None,
) -> list[OperationRecord]:
    """Every terminal operation of the company in the period (paged), oldest first."""
    names = {r["id"]: r.get("name", "") for r in http.request("GET", "/registers", bearer=bearer) or []}
    items: list[dict[str, Any]] = []
    offset = 0
    while True:
        if cancelled is not None and cancelled():
            break
        body = http.request("GET", "/terminal-operations", bearer=bearer,
                            params={**_params(period), "limit": page_size, "offset": offset})
        page = body.get("items", []) if isinstance(body, dict) else []
        items.extend(page)
        if len(page) < page_size:
            break
        offset += page_size
    records = [r for r in (_record(item, names) for item in items) if r is not None]
    return sorted(records, key=lambda r: (r.at, r.id))


def fetch_company_summary(http: _Http, period: Period, *, bearer: str | None) -> dict[str, Any]:
    """The cloud's own summary (count and sum by register, kind and status) of the period."""
    return http.request("GET", "/terminal-operations/summary", bearer=bearer, params=_params(period))


def _record(item: dict[str, Any], names: dict[str, str]) -> OperationRecord | None:
    kind = KINDS.get(str(item.get("kind")))
    if kind is None:
        return None
    at = datetime.fromisoformat(str(item["created_at"]).replace("Z", "+00:00")).astimezone(ALMATY)
    method = item.get("method")
    return OperationRecord(
        id=f"cloud:{item.get('id')}", at=at, kind=kind, method=method if method in ("card", "qr") else None,
        state=STATES.get(str(item.get("status")), "unknown"), amount=Money(int(item.get("amount_tiyn") or 0)),
        terminal=str(item.get("terminal_id") or ""), register=names.get(str(item.get("register_id")), ""),
        transaction_id=str(item.get("rrn") or ""), auth_code=str(item.get("auth_code") or ""),
        card_mask=str(item.get("card_mask") or ""), cashier=str(item.get("cashier") or ""),
        receipt=str(item.get("receipt_key") or ""), fiscalized=bool(item.get("receipt_key")),
    )


def cloud_fetch_of(admins: Callable[[], CloudAdmin | None]) -> Callable[[Period], list[OperationRecord]]:
    """The report service's company fetch over the signed-in admin's cloud session (issue 14's
    :class:`CloudAdmin`): no cloud → ``terminal_reports.no_cloud``; not signed in →
    ``cloud.sign_in_required``; the cloud's refusals as the desktop's typed errors."""

    def fetch(period: Period) -> list[OperationRecord]:
        from alsep_desktop.services.terminal.reports import CloudNotConfigured

        admin = admins()
        if admin is None:
            raise CloudNotConfigured()
        session = admin.session
        if session is None:
            raise CloudAuthRequired()
        try:
            return fetch_company_operations(admin.http, period, bearer=session.token)
        except CloudRefused as exc:
            err = desktop_error(exc)
            if isinstance(err, CloudAuthRequired):
                admin.logout()
            raise err from None

    return fetch
