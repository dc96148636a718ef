"""Fiscal lifecycle policy: what an OFD outcome means for a document, offline rules, limits.

Pure: no SQL, no sockets, no clock reads (times are passed in). The delivery service applies
these decisions inside its units of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from alsep_desktop.errors import AlsepError
from alsep_desktop.fiscal.client import OfdOutcome, OutcomeStatus
from alsep_desktop.fiscal.codec import encode_message, parse_message
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import CHECK_URL_BASE, ResultCode

OFFLINE_LIMIT = timedelta(hours=72)

#: OFD answers that condemn the document itself; anything else is a channel problem
#: (network, token, blocked register, OFD trouble) and the document waits in the outbox.
DOCUMENT_REJECTIONS = frozenset({
    ResultCode.INCORRECT_REQUEST_DATA, ResultCode.SAME_TAXPAYER_AND_CUSTOMER, ResultCode.NOT_ENOUGH_CASH,
    ResultCode.CANT_CANCEL_TICKET, ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED, ResultCode.UNSUPPORTED_COMMAND,
    ResultCode.UNKNOWN_COMMAND,
})


class OfflineLimitExceeded(AlsepError):
    code = "fiscal.offline_limit"
    template = "The register has worked offline for more than 72 hours; connect to the OFD to upload {count} documents"


class DocumentRejected(AlsepError):
    code = "fiscal.document_rejected"
    template = "The OFD refused the document: {reason}"


class Verdict(Enum):
    SIGNED = "signed"  # accepted by the OFD
    WAIT = "wait"  # not delivered: stays (or goes) offline in the outbox
    REJECTED = "rejected"  # the OFD refused this document


def verdict(outcome: OfdOutcome) -> Verdict:
    if outcome.status is OutcomeStatus.ACCEPTED:
        return Verdict.SIGNED
    if outcome.status is OutcomeStatus.REJECTED and outcome.result_code in DOCUMENT_REJECTIONS:
        return Verdict.REJECTED
    return Verdict.WAIT


@dataclass(frozen=True, slots=True)
class OfflineWindow:
    pending: int
    oldest: datetime | None

    def time_left(self, now: datetime) -> timedelta | None:
        if self.oldest is None:
            return None
        return max(timedelta(0), self.oldest + OFFLINE_LIMIT - now)

    def check(self, now: datetime) -> None:
        """Refuse new documents once the oldest undelivered one is 72 hours old."""
        left = self.time_left(now)
        if left is not None and left <= timedelta(0):
            raise OfflineLimitExceeded(count=self.pending)


def offline_sign(shift_number: int, document_number: int) -> int:
    """The autonomous fiscal sign of a document made offline (decision 0006).

    Unique per register: shift and document numbers have no gaps and never repeat. It stays
    below 10^9, apart from the OFD's own 10-digit signs.
    """
    if not (0 < shift_number < 10_000 and 0 < document_number < 100_000):
        raise ValueError("shift or document number out of range for an offline sign")
    return shift_number * 100_000 + document_number


def check_url(sign: str, rnm: str, total_tiyn: int, when_local: datetime) -> str:
    """The consumer check URL (kz-fiscal-rules §4): i = fiscal sign, f = the register's
    registration number (RNM), s = total with 2 decimals, t = local time yyyyMMddTHHmmss."""
    stamp = when_local.strftime("%Y%m%dT%H%M%S")
    return f"{CHECK_URL_BASE}?i={sign}&f={rnm}&s={total_tiyn // 100}.{total_tiyn % 100:02d}&t={stamp}"


def as_offline(payload: bytes, sign: int | None) -> bytes:
    """The same document marked as made offline (tickets carry their offline sign)."""
    req = parse_message(pb.Request, payload, check_strings=False)  # our own stored request
    if req.command == pb.COMMAND_TICKET:
        req.ticket.offline_ticket_number = sign if sign is not None else 0
    elif req.command == pb.COMMAND_MONEY_PLACEMENT:
        req.money_placement.is_offline = True
    elif req.command == pb.COMMAND_CLOSE_SHIFT:
        req.close_shift.is_offline = True
    elif req.command == pb.COMMAND_REPORT:
        req.report.is_offline = True
    return encode_message(req)


def sign_of(response: pb.Response) -> tuple[str, str]:
    """(fiscal sign, check URL) of an accepted ticket."""
    t = response.ticket
    return t.ticket_number, bytes(t.qr_code).decode("utf-8", "replace")
