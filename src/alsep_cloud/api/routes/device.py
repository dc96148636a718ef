"""What a bound register calls with its device credential: its settings, the change feed,
and uploads of its fiscal documents. The register is the credential's, never the body's.

These are the hot paths (every register, every receipt), so each is an ``async`` endpoint that
makes exactly one hop to a worker thread, where it opens its session, checks the credential
and does the work; the answer is built there too (``device_call``).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Query, status
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from fastapi.types import DecoratedCallable
from sqlalchemy.orm import Session

from alsep_cloud.api.deps import Ctx, DeviceDep, device_of
from alsep_cloud.schemas.common import ERRORS
from alsep_cloud.schemas.feed import FeedOut, RegisterSettingsOut
from alsep_cloud.schemas.uploads import (
    CashMoveUpload,
    ReceiptUpload,
    ShiftReportUpload,
    TerminalOperationUpload,
    UploadOut,
)
from alsep_cloud.services import feed, uploads
from alsep_cloud.services.context import CloudContext, Device
from alsep_cloud.services.versioning import current_seq

router = APIRouter(tags=["device"], responses=ERRORS)
_UPLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERRORS, 200: {"model": UploadOut, "description": "already uploaded with this body"}}


def _upload_route(path: str, summary: str) -> Callable[[DecoratedCallable], DecoratedCallable]:
    """An upload endpoint: 201 with the new record, 200 when this key was already uploaded."""
    return router.post(path, summary=summary, response_model=UploadOut, status_code=status.HTTP_201_CREATED,
                       responses=_UPLOAD_RESPONSES)


def _in_thread(ctx: CloudContext, credential: str, work: Callable[[Session, Device], Any]) -> Any:
    with ctx.sessions() as session:
        return work(session, device_of(ctx, session, credential))


def _company_high(ctx: CloudContext, company_id: str) -> int:
    with ctx.sessions() as session:
        return current_seq(session, company_id)


async def device_call(ctx: CloudContext, credential: str, work: Callable[[Session, Device], Any]) -> JSONResponse:
    return JSONResponse(jsonable_encoder(await run_in_threadpool(_in_thread, ctx, credential, work)))


async def _upload(ctx: CloudContext, credential: str, key: str,
                  work: Callable[[Session, Device], tuple[int, bool]]) -> JSONResponse:
    record_id, created = await run_in_threadpool(_in_thread, ctx, credential, work)
    return JSONResponse({"key": key, "id": record_id, "created": created}, 201 if created else 200)


@router.get("/device/register", response_model=RegisterSettingsOut, summary="This register's settings")
async def my_register(credential: DeviceDep, ctx: Ctx) -> JSONResponse:
    """The bound register with its OFD data, trade point and company (what the feed's
    ``register`` entries carry)."""
    return await device_call(ctx, credential, feed.settings_of)


@router.get("/feed", response_model=FeedOut, summary="Change feed for the desktop mirror")
async def get_feed(credential: DeviceDep, ctx: Ctx, after: int = Query(0, ge=0, description="last seq already applied"),
                   limit: int = Query(500, ge=1, le=feed.MAX_LIMIT),
                   register: str | None = Query(None, description="optional: must be the credential's register"),
                   count: bool = Query(False, description="also answer `remaining`: changes waiting after `after`"),
                   wait: float = Query(0, ge=0, le=feed.MAX_WAIT_S,
                                       description="long poll: when nothing is newer than `after`, hold the "
                                                   "answer up to this many seconds until something is")
                   ) -> Response:
    """Products, bundles, register settings and users (argon2 hashes only) changed after
    ``after``, oldest first. Deletions come as ``delete`` tombstones, users no longer allowed
    as ``revoke``. Resume with ``after=next``; ``has_more`` says whether to ask again now.
    With ``wait`` an idle register learns of an admin's edit within ``feed.POLL_S`` (decision 1408)."""
    def work(session: Session, device: Device) -> dict[str, Any]:
        feed.check_register(device, register)
        return feed.page(session, device, after, limit, count=count)

    if wait > 0:
        deadline = time.monotonic() + wait
        # the credential is checked once here and again by the page itself; between, one row
        company_id, high = await run_in_threadpool(_in_thread, ctx, credential,
                                                   lambda s, d: (d.company_id, feed.high_of(s, d)))
        while high <= after and time.monotonic() < deadline:
            await asyncio.sleep(feed.POLL_S)  # no thread and no connection held while waiting
            high = await run_in_threadpool(_company_high, ctx, company_id)
    # the page is plain JSON already (strings, integers, booleans): no jsonable_encoder pass over 1,000 entries
    body = await run_in_threadpool(_in_thread, ctx, credential, work)
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), media_type="application/json")


@_upload_route("/uploads/receipts", "Upload a sale or purchase receipt")
async def upload_receipt(body: ReceiptUpload, credential: DeviceDep, ctx: Ctx) -> JSONResponse:
    """Idempotent by ``key``: a retry answers 200 with the first record; the same key with a
    different body is refused (409 ``upload.key_conflict``). Lines must add up to the total
    and payments less change must equal it."""
    return await _upload(ctx, credential, body.key,
                         lambda s, d: uploads.upload_receipt(s, d, body, ctx.now(), returns=False))


@_upload_route("/uploads/returns", "Upload a return receipt")
async def upload_return(body: ReceiptUpload, credential: DeviceDep, ctx: Ctx) -> JSONResponse:
    """As a receipt, with ``operation`` sale_return or purchase_return and the returned
    receipt's ``original_key`` or ``original_fiscal_sign``."""
    return await _upload(ctx, credential, body.key,
                         lambda s, d: uploads.upload_receipt(s, d, body, ctx.now(), returns=True))


@_upload_route("/uploads/shift-reports", "Upload a shift report (open, X, Z)")
async def upload_shift_report(body: ShiftReportUpload, credential: DeviceDep, ctx: Ctx) -> JSONResponse:
    """Open, X or Z report with its figures; «open» and «z» also open and close the shift."""
    return await _upload(ctx, credential, body.key, lambda s, d: uploads.upload_shift_report(s, d, body, ctx.now()))


@_upload_route("/uploads/cash-moves", "Upload a cash deposit or withdrawal")
async def upload_cash_move(body: CashMoveUpload, credential: DeviceDep, ctx: Ctx) -> JSONResponse:
    """Idempotent by ``key`` like every upload."""
    return await _upload(ctx, credential, body.key, lambda s, d: uploads.upload_cash_move(s, d, body, ctx.now()))


@_upload_route("/uploads/terminal-operations", "Upload a card terminal operation")
async def upload_terminal_operation(body: TerminalOperationUpload, credential: DeviceDep, ctx: Ctx) -> JSONResponse:
    """Idempotent by ``key`` like every upload; a higher ``revision`` of the same key replaces the
    record with the operation's later state (receipt linked, acknowledged, refunded)."""
    return await _upload(ctx, credential, body.key,
                         lambda s, d: uploads.upload_terminal_operation(s, d, body, ctx.now()))
