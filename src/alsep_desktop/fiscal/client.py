"""OFD session client: token, request numbers, protocol retries, defined outcomes.

Configured exactly as against the real OFD: host, port, device (system) id and the
initial token. Every ``call`` returns an ``OfdOutcome`` -- ACCEPTED, REJECTED,
NOT_SENT or UNKNOWN -- within ``max_call_seconds``; it never raises for network or
OFD conditions (only ``OfdEncodeError`` for a malformed request, a caller bug).

Session rules (decision 0106):
* the request number grows by one per new request (1..65535, wrapping to 1);
* the request is recorded as *pending* in the ``TokenStore`` before it is sent;
* without an answer it is resent with the SAME request number and token (the OFD
  answers a retry from its cache), first within the call (``retries``) and, if still
  unanswered, before the next different request;
* the token of every answer's header is adopted, except after INVALID_REQUEST_NUMBER (8) and
  INVALID_RETRY_REQUEST (9), where the request will be repeated (spec §2);
* SERVICE_TEMPORARILY_UNAVAILABLE (254) and UNKNOWN_ERROR (255): the connection is dropped and
  the request sent again (a new request number: the answer consumed the old one) until the
  transaction time (``transaction_seconds``, at least 5 s, 30 s by default) runs out; then the
  outcome is the refusal, which the engine treats as "go offline" (spec §2, rule 5).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from enum import Enum

from alsep_desktop.fiscal.codec import decode_response_full, encode_frame, encode_message
from alsep_desktop.fiscal.errors import (
    FiscalError,
    OfdNotSent,
    OfdProtocolError,
    OfdRejected,
    OfdUnknownOutcome,
)
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import TRANSACTION_SECONDS_DEFAULT, ResultCode, next_req_num
from alsep_desktop.fiscal.tokens import TokenState, TokenStore
from alsep_desktop.fiscal.transport import TcpTransport, Transport

_KEEP_TOKEN_ON = frozenset({ResultCode.INVALID_REQUEST_NUMBER, ResultCode.INVALID_RETRY_REQUEST})
#: Answers after which the same request is sent again within the transaction time.
_BUSY = frozenset({ResultCode.SERVICE_TEMPORARILY_UNAVAILABLE, ResultCode.UNKNOWN_ERROR})


class OutcomeStatus(Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NOT_SENT = "not_sent"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class OfdOutcome:
    status: OutcomeStatus
    command: int
    req_num: int
    attempts: int
    response: pb.Response | None = None
    result_code: int | None = None
    reason: str = ""
    error: FiscalError | None = None
    #: 2.0.3-required fields an older (202) answer lacked, by name (decision 0109).
    missing: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.status is OutcomeStatus.ACCEPTED

    @property
    def code(self) -> str:
        """Stable code for ``fiscal.messages`` (the UI translates it)."""
        if self.status is OutcomeStatus.ACCEPTED:
            return ResultCode.OK.stable_code
        if self.result_code is not None:
            return result_stable_code(self.result_code)
        assert self.error is not None
        return self.error.code


def result_stable_code(result_code: int) -> str:
    try:
        return ResultCode(result_code).stable_code
    except ValueError:
        return "ofd.unknown_result"


class OfdClient:
    def __init__(
        self,
        host: str,
        port: int,
        device_id: int,
        token: int,
        token_store: TokenStore,
        *,
        connect_timeout: float = 5.0,
        io_timeout: float = 15.0,
        retries: int = 1,
        retry_delay: float = 0.2,
        transport: Transport | None = None,
        transaction_seconds: float = TRANSACTION_SECONDS_DEFAULT,
        busy_retry_delay: float = 1.0,
    ) -> None:
        if retries < 0:
            raise ValueError("retries must be >= 0")
        self._transaction_seconds = transaction_seconds
        self._busy_retry_delay = busy_retry_delay
        self.device_id = device_id
        self._initial_token = token
        self._store = token_store
        self._retries = retries
        self._retry_delay = retry_delay
        self._transport = transport or TcpTransport(host, port, connect_timeout, io_timeout)
        self._exchange_bound = connect_timeout + io_timeout

    @property
    def max_call_seconds(self) -> float:
        """Upper bound of one ``call`` (a pending resend plus the request itself)."""
        per_request = (self._retries + 1) * self._exchange_bound + self._retries * self._retry_delay
        return 2 * per_request + self._transaction_seconds

    def state(self) -> TokenState:
        return self._store.load(self.device_id) or TokenState(self.device_id, self._initial_token)

    def call(self, request: pb.Request) -> OfdOutcome:
        return self.call_encoded(encode_message(request), int(request.command))

    def call_encoded(self, payload: bytes, command: int) -> OfdOutcome:
        """``call`` for a request already serialized (the outbox keeps documents as bytes)."""
        deadline = time.monotonic() + self._transaction_seconds
        outcome = self._call_once(payload, command)
        while (outcome.status is OutcomeStatus.REJECTED and outcome.result_code in _BUSY
               and time.monotonic() + self._busy_retry_delay < deadline):
            time.sleep(self._busy_retry_delay)
            outcome = self._call_once(payload, command)
        return outcome

    def _call_once(self, payload: bytes, command: int) -> OfdOutcome:
        state = self.state()
        if state.pending_payload is not None and state.pending_payload != payload:
            prior = self._send(state, state.pending_payload, state.req_num, command)
            if prior.status in (OutcomeStatus.NOT_SENT, OutcomeStatus.UNKNOWN):
                detail = "an earlier request is still unanswered; this one was not sent"
                return OfdOutcome(
                    OutcomeStatus.NOT_SENT, command, prior.req_num, 0,
                    reason=detail, error=OfdNotSent(detail=detail),
                )
            state = self.state()
        if state.pending_payload == payload:
            req_num = state.req_num  # protocol retry of the unanswered request
        else:
            req_num = next_req_num(state.req_num)
        return self._send(state, payload, req_num, command)

    # -- internals ----------------------------------------------------------------
    def _send(self, state: TokenState, payload: bytes, req_num: int, command: int) -> OfdOutcome:
        reserved = replace(state, req_num=req_num, pending_payload=payload)
        self._store.save(reserved)
        frame = encode_frame(payload, device_id=self.device_id, token=state.token, req_num=req_num)
        maybe_delivered = False
        last_error: FiscalError | None = None
        attempts = 0
        for attempt in range(self._retries + 1):
            if attempt:
                time.sleep(self._retry_delay)
            attempts += 1
            try:
                raw = self._transport.exchange(frame)
                decoded = decode_response_full(raw)
                header, response = decoded.header, decoded.message
                if header.req_num != req_num or header.device_id != self.device_id:
                    raise OfdProtocolError(
                        "mismatch", f"answer for device {header.device_id} req {header.req_num}"
                    )
            except OfdNotSent as exc:
                last_error = exc
                continue
            except (OfdUnknownOutcome, OfdProtocolError) as exc:
                maybe_delivered = True
                last_error = exc
                continue
            return replace(self._settle(reserved, header.token, response, req_num, command, attempts),
                           missing=decoded.missing)
        if maybe_delivered:
            assert last_error is not None
            return OfdOutcome(
                OutcomeStatus.UNKNOWN, command, req_num, attempts, reason=str(last_error), error=last_error
            )
        # Never delivered: forget the request; its number is simply skipped.
        self._store.save(replace(reserved, pending_payload=None))
        assert last_error is not None
        return OfdOutcome(
            OutcomeStatus.NOT_SENT, command, req_num, attempts, reason=str(last_error), error=last_error
        )

    def _settle(
        self, reserved: TokenState, new_token: int, response: pb.Response,
        req_num: int, command: int, attempts: int,
    ) -> OfdOutcome:
        code = response.result.result_code
        token = reserved.token if code in _KEEP_TOKEN_ON else new_token
        self._store.save(replace(reserved, token=token, pending_payload=None))
        if code == ResultCode.OK:
            return OfdOutcome(OutcomeStatus.ACCEPTED, command, req_num, attempts, response, code)
        reason = response.result.result_text
        return OfdOutcome(
            OutcomeStatus.REJECTED, command, req_num, attempts, response, code, reason,
            error=OfdRejected(code, reason),
        )
