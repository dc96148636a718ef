"""A catalog file's rows sent to the cloud as ONE import (issue 14, decision 1419). Qt-free.

The rows the preview read and checked are encoded as JSON first (in pieces of ``CHUNK_ROWS``
rows, about 25 MB for 100,000 products), then sent as one request with its ``Content-Length``,
piece by piece: progress is the bytes sent, and a cancel stops the upload before the next piece.
The cloud applies an import only once it has read the whole body, in one transaction, so a cancel
before the last piece, a cut connection or a refused row leaves the cloud's catalog as it was.
Every import carries a fresh idempotency key; when the answer is lost (connection cut, 5xx) the
same body is sent again with the same key, and the cloud answers the first result instead of
applying it twice.

A row the cloud refuses comes back as ``ImportFailed`` with one issue naming the row (the n-th
product of the file, as the preview counts rows), the field and the product code, its message the
cloud's reason (``Reasons``: "the cloud did not accept the value: …"), so the window's list of
errors shows it like a file error.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import requests

from alsep_desktop.cloud_client.admin_remote import CloudAdmin, CloudAuthRequired, desktop_error
from alsep_desktop.cloud_client.errors import CloudRefused, CloudUnreachable
from alsep_desktop.errors import ValidationError
from alsep_desktop.exchange.progress import CancelToken, ProgressCallback
from alsep_desktop.exchange.rows import ImportCancelled, ImportFailed, ImportIssue, ProductRow

__all__ = ["CLOUD_REFUSED_ROW", "CHUNK_ROWS", "CloudImported", "send_catalog"]

log = logging.getLogger(__name__)

CHUNK_ROWS = 2_000
# the cloud reads, checks and writes 100,000 rows in one transaction: allow it the time
READ_TIMEOUT_S = 300.0
RETRIES = 2
RETRY_PAUSE_S = 0.5
CLOUD_REFUSED_ROW = "exchange.row.cloud_refused"

# the cloud's field names as the exchange names its columns (``exchange/csv_catalog.COLUMNS``)
_FIELD_KEYS = {"price_tiyn": "price", "vat_code": "vat", "markup_bp": "markup", "discount_bp": "discount",
               "editable_price": "editable"}

CloudImported = dict[str, Any]  # the cloud's answer: key, rows, created, updated, unchanged, replayed


def row_body(r: ProductRow, row: int) -> dict[str, Any]:
    return {"row": row, "code": r.code, "group_code": r.group_code, "name": r.name, "barcode": r.barcode or None,
            "price_tiyn": r.price.tiyn, "vat_code": r.vat, "unit": r.unit.value, "ntin": r.ntin or None,
            "marked": r.marked, "editable_price": r.editable_price, "markup_bp": r.markup_bp,
            "discount_bp": r.discount_bp}


def encode(key: str, source: str, rows: Sequence[ProductRow]) -> list[bytes]:
    """The request body in pieces: the head, then ``CHUNK_ROWS`` rows per piece, then the tail."""
    head = json.dumps({"key": key, "source": source[:255]}, ensure_ascii=False)[:-1] + ', "rows": ['
    pieces = [head.encode()]
    for start in range(0, len(rows), CHUNK_ROWS):
        part = ", ".join(json.dumps(row_body(r, start + i + 1), ensure_ascii=False)
                         for i, r in enumerate(rows[start:start + CHUNK_ROWS]))
        pieces.append(((", " if start else "") + part).encode())
    pieces.append(b"]}")
    return pieces


class _Body:
    """The pieces as a request body of known length; checks the cancel before every piece."""

    def __init__(self, pieces: list[bytes], progress: ProgressCallback | None, cancel: CancelToken | None) -> None:
        self.pieces, self.progress, self.cancel = pieces, progress, cancel
        self.total = sum(len(p) for p in pieces)
        self.sent_all = False

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[bytes]:
        done = 0
        for piece in self.pieces:
            if self.cancel is not None and self.cancel.cancelled:
                raise ImportCancelled(done_bytes=done, total_bytes=self.total)
            yield piece
            done += len(piece)
            if self.progress is not None:
                self.progress(done, self.total)
        self.sent_all = True


def send_catalog(cloud: CloudAdmin, register_uuid: str, rows: Sequence[ProductRow], *, source: str = "",
                 key: str | None = None, progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
                 retries: int = RETRIES, fields: dict[str, str] | None = None) -> CloudImported:
    """Import ``rows`` into the register's catalog in the cloud; the cloud's answer.

    Raises ``ImportCancelled`` (nothing applied), ``ImportFailed`` (a row refused, nothing
    applied), ``CloudUnreachable`` after the retries, or the desktop error of another refusal.
    ``fields`` maps an exchange field key to the column header the window names it by."""
    session = cloud.session
    if session is None:
        raise CloudAuthRequired()
    key = key or f"import-{uuid.uuid4().hex}"
    pieces = encode(key, source, rows)
    url = f"{cloud.base_url}/registers/{register_uuid}/products/import"
    attempt = 0
    while True:
        body = _Body(pieces, progress, cancel)
        try:
            return _post(cloud, url, session.token, body)
        except CloudUnreachable:
            attempt += 1
            if attempt > retries or (cancel is not None and cancel.cancelled and not body.sent_all):
                raise
            log.info("catalog import %s: no answer, sending it again with the same key", key)
            time.sleep(RETRY_PAUSE_S)
        except CloudRefused as exc:
            raise _refusal(cloud, exc, rows, fields or {}) from None


def _post(cloud: CloudAdmin, url: str, token: str, body: _Body) -> CloudImported:
    http = cloud.http
    headers = {"Accept": "application/json", "Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    with requests.Session() as s:
        s.trust_env = False  # no proxy from the environment between the register and its cloud
        try:
            resp = s.post(url, data=body, headers=headers, timeout=(http.connect_timeout, READ_TIMEOUT_S))
            raw = resp.content
        except requests.RequestException as exc:
            raise CloudUnreachable(url=http.base_url, reason=type(exc).__name__) from None
    if resp.status_code >= 500:
        raise CloudUnreachable(url=http.base_url, reason=f"HTTP {resp.status_code}")
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        raise CloudUnreachable(url=http.base_url, reason=f"HTTP {resp.status_code} with an unreadable body") from None
    if resp.status_code >= 400:
        if isinstance(data, dict) and isinstance(data.get("code"), str):
            raise CloudRefused(resp.status_code, data["code"], str(data.get("message") or data["code"]),
                               data.get("params") if isinstance(data.get("params"), dict) else {})
        raise CloudRefused(resp.status_code, f"http.{resp.status_code}", f"HTTP {resp.status_code}", {})
    if not isinstance(data, dict):
        raise CloudUnreachable(url=http.base_url, reason="an answer that is not the import's result")
    return data


def _refusal(cloud: CloudAdmin, exc: CloudRefused, rows: Sequence[ProductRow], fields: dict[str, str]) -> Exception:
    err = desktop_error(exc)
    if isinstance(err, ValidationError) and err.row is not None:  # the cloud's reason for one row
        key = _FIELD_KEYS.get(err.field, err.field)
        product = rows[err.row - 1].code if 1 <= err.row <= len(rows) else ""
        return ImportFailed([ImportIssue(CLOUD_REFUSED_ROW, err.reason_template, row=err.row, field=key,
                                         params={**err.reason_params, "product": product}, column=fields.get(key))])
    if isinstance(err, CloudAuthRequired):
        cloud.logout()
    return err
