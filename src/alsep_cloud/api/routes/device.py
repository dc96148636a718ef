"""What a bound register calls with its device credential: its settings, the change feed,
and uploads of its fiscal documents. The register is the credential's, never the body's."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Response, status

from alsep_cloud.api.deps import Ctx, Db, DeviceDep, device_of
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

router = APIRouter(tags=["device"], responses=ERRORS)
_UPLOAD = {"response_model": UploadOut, "status_code": status.HTTP_201_CREATED,
           "responses": {**ERRORS, 200: {"model": UploadOut, "description": "already uploaded with this body"}}}


def _answer(response: Response, key: str, result: tuple[int, bool]) -> dict[str, Any]:
    if not result[1]:
        response.status_code = status.HTTP_200_OK
    return {"key": key, "id": result[0], "created": result[1]}


@router.get("/device/register", response_model=RegisterSettingsOut, summary="This register's settings")
def my_register(credential: DeviceDep, ctx: Ctx, db: Db) -> dict:
    """The bound register with its OFD data, trade point and company (what the feed's
    ``register`` entries carry)."""
    return feed.settings_of(db, device_of(ctx, db, credential))


@router.get("/feed", response_model=FeedOut, summary="Change feed for the desktop mirror")
def get_feed(credential: DeviceDep, ctx: Ctx, db: Db, after: int = Query(0, ge=0, description="last seq already applied"),
             limit: int = Query(500, ge=1, le=feed.MAX_LIMIT),
             register: str | None = Query(None, description="optional: must be the credential's register")) -> dict:
    """Products, bundles, register settings and users (argon2 hashes only) changed after
    ``after``, oldest first. Deletions come as ``delete`` tombstones, users no longer allowed
    as ``revoke``. Resume with ``after=next``; ``has_more`` says whether to ask again now."""
    device = device_of(ctx, db, credential)
    feed.check_register(device, register)
    return feed.page(db, device, after, limit)


@router.post("/uploads/receipts", summary="Upload a sale or purchase receipt", **_UPLOAD)
def upload_receipt(body: ReceiptUpload, credential: DeviceDep, ctx: Ctx, db: Db, response: Response) -> dict:
    """Idempotent by ``key``: a retry answers 200 with the first record; the same key with a
    different body is refused (409 ``upload.key_conflict``). Lines must add up to the total
    and payments less change must equal it."""
    device = device_of(ctx, db, credential)
    return _answer(response, body.key, uploads.upload_receipt(db, device, body, ctx.now(), returns=False))


@router.post("/uploads/returns", summary="Upload a return receipt", **_UPLOAD)
def upload_return(body: ReceiptUpload, credential: DeviceDep, ctx: Ctx, db: Db, response: Response) -> dict:
    """As a receipt, with ``operation`` sale_return or purchase_return and the returned
    receipt's ``original_key`` or ``original_fiscal_sign``."""
    device = device_of(ctx, db, credential)
    return _answer(response, body.key, uploads.upload_receipt(db, device, body, ctx.now(), returns=True))


@router.post("/uploads/shift-reports", summary="Upload a shift report (open, X, Z)", **_UPLOAD)
def upload_shift_report(body: ShiftReportUpload, credential: DeviceDep, ctx: Ctx, db: Db, response: Response) -> dict:
    """Open, X or Z report with its figures; «open» and «z» also open and close the shift."""
    device = device_of(ctx, db, credential)
    return _answer(response, body.key, uploads.upload_shift_report(db, device, body, ctx.now()))


@router.post("/uploads/cash-moves", summary="Upload a cash deposit or withdrawal", **_UPLOAD)
def upload_cash_move(body: CashMoveUpload, credential: DeviceDep, ctx: Ctx, db: Db, response: Response) -> dict:
    """Idempotent by ``key`` like every upload."""
    device = device_of(ctx, db, credential)
    return _answer(response, body.key, uploads.upload_cash_move(db, device, body, ctx.now()))


@router.post("/uploads/terminal-operations", summary="Upload a card terminal operation", **_UPLOAD)
def upload_terminal_operation(body: TerminalOperationUpload, credential: DeviceDep, ctx: Ctx, db: Db,
                              response: Response) -> dict:
    """Idempotent by ``key`` like every upload."""
    device = device_of(ctx, db, credential)
    return _answer(response, body.key, uploads.upload_terminal_operation(db, device, body, ctx.now()))
