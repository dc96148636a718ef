"""Client session rules against a scripted fake transport (no sockets)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from alsep_desktop.fiscal import codec
from alsep_desktop.fiscal.client import OfdClient, OutcomeStatus
from alsep_desktop.fiscal.errors import OfdNotSent, OfdProtocolError, OfdUnknownOutcome
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.fiscal.requests import info_request, service_pb, system_request
from alsep_desktop.fiscal.samples import REGISTRATION
from alsep_desktop.fiscal.tokens import InMemoryTokenStore, TokenState

Step = Callable[[bytes], bytes]


class ScriptedTransport:
    """Plays one step per exchange: answer with a code/token, or raise."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.sent: list[tuple[int, int, int]] = []  # (token, req_num, command)

    def exchange(self, frame: bytes) -> bytes:
        header, request = codec.decode_request(frame)
        self.sent.append((header.token, header.req_num, int(request.command)))
        return self.steps.pop(0)(frame)


def answer(code: int = 0, new_token: int = 500) -> Step:
    def step(frame: bytes) -> bytes:
        header, request = codec.decode_request(frame)
        resp = pb.Response(command=request.command, result=pb.Result(result_code=code, result_text="t"))
        return codec.encode_frame(resp, device_id=header.device_id, token=new_token, req_num=header.req_num)
    return step


def fail(exc: Exception) -> Step:
    def step(frame: bytes) -> bytes:
        raise exc
    return step


def make(transport: ScriptedTransport, store: InMemoryTokenStore | None = None, retries: int = 0) -> OfdClient:
    return OfdClient("unused", 0, 42, 100, store or InMemoryTokenStore(), transport=transport,
                     retries=retries, retry_delay=0)


def test_accepted_adopts_new_token_and_numbers_requests() -> None:
    t = ScriptedTransport(answer(new_token=501), answer(new_token=502))
    client = make(t)
    assert client.call(system_request(service_pb(REGISTRATION, geo=False))).status is OutcomeStatus.ACCEPTED
    out = client.call(info_request(REGISTRATION))
    assert out.accepted and out.code == "ofd.ok"
    assert t.sent == [(100, 1, 0), (501, 2, 5)]
    assert client.state() == TokenState(42, 502, 2, None)


@pytest.mark.parametrize("code", [ResultCode.INVALID_REQUEST_NUMBER, ResultCode.INVALID_RETRY_REQUEST])
def test_token_kept_after_8_and_9(code: ResultCode) -> None:
    """Spec §2: after 8 or 9 the request will be repeated, so the token stays."""
    client = make(ScriptedTransport(answer(code, new_token=999)))
    out = client.call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.status is OutcomeStatus.REJECTED and out.result_code == code
    assert out.code == code.stable_code
    assert client.state().token == 100 and not client.state().pending


@pytest.mark.parametrize("code", [ResultCode.INVALID_TOKEN, ResultCode.UNKNOWN_ID, ResultCode.BLOCKED])
def test_token_of_any_other_answer_is_adopted(code: ResultCode) -> None:
    """Spec §2: any result code except 8 and 9 replaces the stored token."""
    client = make(ScriptedTransport(answer(code, new_token=999)))
    out = client.call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.result_code == code and client.state().token == 999


def test_busy_answers_are_resent_within_the_transaction_time() -> None:
    """254/255: drop, reconnect and resend until the transaction time runs out (spec §2, rule 5)."""
    t = ScriptedTransport(answer(254, new_token=1), answer(255, new_token=2), answer(0, new_token=3))
    client = OfdClient("unused", 0, 42, 100, InMemoryTokenStore(), transport=t, retries=0, retry_delay=0,
                       transaction_seconds=5, busy_retry_delay=0.01)
    out = client.call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.accepted and [s[:2] for s in t.sent] == [(100, 1), (1, 2), (2, 3)]


def test_busy_answer_past_the_transaction_time_is_the_outcome() -> None:
    t = ScriptedTransport(*[answer(254)] * 50)
    client = OfdClient("unused", 0, 42, 100, InMemoryTokenStore(), transport=t, retries=0, retry_delay=0,
                       transaction_seconds=0.2, busy_retry_delay=0.05)
    out = client.call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.result_code == 254 and 2 <= len(t.sent) <= 5


def test_business_rejection_still_adopts_token() -> None:
    client = make(ScriptedTransport(answer(ResultCode.BLOCKED, new_token=777)))
    out = client.call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.code == "ofd.blocked" and out.error is not None and out.error.code == "fiscal.rejected"
    assert client.state().token == 777


def test_not_sent_skips_the_number_and_clears_pending() -> None:
    t = ScriptedTransport(fail(OfdNotSent(detail="refused")), answer())
    client = make(t)
    out = client.call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.status is OutcomeStatus.NOT_SENT and out.code == "fiscal.not_sent"
    assert not client.state().pending
    client.call(info_request(REGISTRATION))
    assert [s[1] for s in t.sent] == [1, 2]


def test_unknown_keeps_pending_and_same_request_is_a_protocol_retry() -> None:
    t = ScriptedTransport(fail(OfdUnknownOutcome(detail="timeout")), answer(new_token=600))
    client = make(t)
    req = system_request(service_pb(REGISTRATION, geo=False))
    out = client.call(req)
    assert out.status is OutcomeStatus.UNKNOWN and out.code == "fiscal.unknown_outcome"
    assert client.state().pending
    assert client.call(req).accepted
    assert t.sent == [(100, 1, 0), (100, 1, 0)]  # same number, same token
    assert client.state() == TokenState(42, 600, 1, None)


def test_pending_request_is_resolved_before_a_new_one() -> None:
    t = ScriptedTransport(fail(OfdUnknownOutcome(detail="lost")), answer(new_token=601), answer(new_token=602))
    client = make(t)
    client.call(system_request(service_pb(REGISTRATION, geo=False)))
    out = client.call(info_request(REGISTRATION))
    assert out.accepted
    assert t.sent == [(100, 1, 0), (100, 1, 0), (601, 2, 5)]


def test_new_request_not_sent_while_pending_cannot_be_resolved() -> None:
    t = ScriptedTransport(fail(OfdUnknownOutcome(detail="lost")), fail(OfdUnknownOutcome(detail="lost again")))
    client = make(t)
    client.call(system_request(service_pb(REGISTRATION, geo=False)))
    out = client.call(info_request(REGISTRATION))
    assert out.status is OutcomeStatus.NOT_SENT and out.attempts == 0
    assert [s[2] for s in t.sent] == [0, 0]  # the info request never went out


def test_retries_within_a_call_reuse_number_and_token() -> None:
    t = ScriptedTransport(fail(OfdUnknownOutcome(detail="x")), fail(OfdProtocolError("payload")), answer())
    out = make(t, retries=2).call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.accepted and out.attempts == 3
    assert {s[:2] for s in t.sent} == {(100, 1)}


def test_answer_for_another_request_number_is_unknown() -> None:
    def wrong(frame: bytes) -> bytes:
        header, _ = codec.decode_request(frame)
        resp = pb.Response(command=0, result=pb.Result(result_code=0))
        return codec.encode_frame(resp, device_id=header.device_id, token=1, req_num=header.req_num + 1)

    out = make(ScriptedTransport(wrong)).call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.status is OutcomeStatus.UNKNOWN and out.code == "fiscal.protocol"


def test_store_is_written_before_sending() -> None:
    store = InMemoryTokenStore()
    seen: list[TokenState | None] = []

    def spy(frame: bytes) -> bytes:
        seen.append(store.load(42))
        return answer()(frame)

    make(ScriptedTransport(spy), store).call(system_request(service_pb(REGISTRATION, geo=False)))
    assert seen[0] is not None and seen[0].pending and seen[0].req_num == 1


def test_request_numbers_wrap() -> None:
    store = InMemoryTokenStore(TokenState(42, 100, 65535))
    t = ScriptedTransport(answer())
    make(t, store).call(system_request(service_pb(REGISTRATION, geo=False)))
    assert t.sent[0][1] == 0  # spec §2: 65535 wraps to 0
