"""Client against the sandbox over real loopback TCP, with every injected fault.

Each case ends in a defined outcome within the client's time bound, and the sandbox's
own records show no lost or duplicated document.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest

from alsep_desktop.fiscal.client import OfdClient, OutcomeStatus
from alsep_desktop.fiscal.messages import message_for
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.fiscal.requests import service_pb, system_request, ticket_request
from alsep_desktop.fiscal.samples import REGISTRATION, sample_ticket
from alsep_desktop.fiscal.sandbox import Fault, FaultKind, OfdSandbox

DOC = service_pb(REGISTRATION)

OFD_DEVICE_ID = 1001  # the register the ofd_sandbox fixture creates

pytestmark = pytest.mark.timeout(60)


def timed(client: OfdClient, request) -> tuple:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    out = client.call(request)
    elapsed = time.monotonic() - start
    assert elapsed <= client.max_call_seconds + 0.5
    return out, elapsed


def wait_for(predicate: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def test_happy_path_ticket_gets_a_fiscal_sign(ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    out, _ = timed(ofd_client, ticket_request(sample_ticket(iin=None), DOC))
    assert out.accepted
    sign = out.response.ticket.ticket_number
    assert sign.isdigit() and ofd_sandbox.memory.fiscal_signs(OFD_DEVICE_ID) == [sign]
    assert ofd_client.state().token == ofd_sandbox.memory.current_token(OFD_DEVICE_ID)


@pytest.mark.parametrize(
    "kind", [FaultKind.DROP_BEFORE_READ, FaultKind.DROP_AFTER_READ, FaultKind.GARBAGE,
             FaultKind.BAD_PAYLOAD, FaultKind.PARTIAL],
)
def test_lost_answer_is_unknown_then_retry_accepts_once(
    kind: FaultKind, ofd_sandbox: OfdSandbox, ofd_client: OfdClient
) -> None:
    ofd_sandbox.inject(Fault(kind, times=1))
    request = ticket_request(sample_ticket(document_number=901, iin=None), DOC)
    out, _ = timed(ofd_client, request)
    assert out.status is OutcomeStatus.UNKNOWN
    expected = "fiscal.protocol" if kind in (FaultKind.GARBAGE, FaultKind.BAD_PAYLOAD) else "fiscal.unknown_outcome"
    assert out.code == expected and message_for(out.code, "kk")
    assert ofd_client.state().pending
    again, _ = timed(ofd_client, request)
    assert again.accepted and not ofd_client.state().pending
    assert ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 1
    assert ofd_sandbox.faults.applied[kind] == 1


def test_answer_lost_after_processing_is_served_from_cache(ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    ofd_sandbox.inject(Fault(FaultKind.DROP_AFTER_PROCESS, times=1))
    request = ticket_request(sample_ticket(document_number=902, iin=None), DOC)
    out, _ = timed(ofd_client, request)
    assert out.status is OutcomeStatus.UNKNOWN
    assert ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 1  # the OFD has it
    again, _ = timed(ofd_client, request)
    assert again.accepted
    assert again.response.ticket.ticket_number == ofd_sandbox.memory.fiscal_signs(OFD_DEVICE_ID)[0]
    stats = ofd_sandbox.memory.stats(OFD_DEVICE_ID)
    assert stats["documents"] == 1 and stats["retries_served"] == 1
    assert ofd_client.state().token == ofd_sandbox.memory.current_token(OFD_DEVICE_ID)


def test_retries_inside_one_call(ofd_sandbox: OfdSandbox, ofd_client_factory) -> None:  # type: ignore[no-untyped-def]
    client = ofd_client_factory(retries=2)
    ofd_sandbox.inject(Fault(FaultKind.DROP_AFTER_PROCESS, times=2))
    out, _ = timed(client, ticket_request(sample_ticket(iin=None), DOC))
    assert out.accepted and out.attempts == 3
    assert ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 1


def test_short_delay_is_accepted(ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    ofd_sandbox.inject(Fault(FaultKind.DELAY, delay=0.2, times=1))
    out, elapsed = timed(ofd_client, system_request(service_pb(REGISTRATION, geo=False)))
    assert out.accepted and elapsed >= 0.2


def test_delay_past_the_timeout_is_unknown_and_bounded(
    ofd_sandbox: OfdSandbox, ofd_client_factory  # type: ignore[no-untyped-def]
) -> None:
    client = ofd_client_factory(io_timeout=0.3)
    ofd_sandbox.inject(Fault(FaultKind.DELAY, delay=0.8, times=1))
    request = ticket_request(sample_ticket(document_number=903, iin=None), DOC)
    out, elapsed = timed(client, request)
    assert out.status is OutcomeStatus.UNKNOWN and elapsed < 0.8
    again, _ = timed(client, request)
    assert again.accepted
    wait_for(lambda: ofd_sandbox.memory.stats(OFD_DEVICE_ID)["retries_served"] == 1)  # late original
    assert ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 1


@pytest.mark.parametrize("code", [c for c in ResultCode if c != ResultCode.OK])
def test_each_error_code_is_a_rejection_with_a_message(
    code: ResultCode, ofd_sandbox: OfdSandbox, ofd_client: OfdClient
) -> None:
    ofd_sandbox.inject(Fault(FaultKind.RESULT, result_code=int(code), times=1))
    out, _ = timed(ofd_client, system_request(service_pb(REGISTRATION, geo=False)))
    assert out.status is OutcomeStatus.REJECTED and out.result_code == code
    assert out.code == code.stable_code
    assert all(message_for(out.code, lang) for lang in ("ru", "kk", "en"))
    assert ofd_client.call(system_request(service_pb(REGISTRATION, geo=False))).accepted  # the session is still usable


@pytest.mark.parametrize("code", [254, 255])
def test_busy_answers_are_resent_within_the_transaction_time(code: int, ofd_sandbox: OfdSandbox,
                                                             ofd_client_factory) -> None:  # type: ignore[no-untyped-def]
    client = ofd_client_factory(transaction_seconds=3.0)
    ofd_sandbox.inject(Fault(FaultKind.RESULT, result_code=code, times=2))
    out, elapsed = timed(client, ticket_request(sample_ticket(document_number=77, iin=None), DOC))
    assert out.accepted and ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 1
    assert 0.1 <= elapsed < 3.0  # two pauses between the resends


def test_real_invalid_token_and_reset(ofd_sandbox: OfdSandbox, ofd_client_factory) -> None:  # type: ignore[no-untyped-def]
    client = ofd_client_factory()
    ofd_sandbox.memory.reset_token(OFD_DEVICE_ID, 4242)
    out, _ = timed(client, system_request(service_pb(REGISTRATION, geo=False)))
    assert out.status is OutcomeStatus.REJECTED and out.code == "ofd.invalid_token"
    fixed = ofd_client_factory(token=4242)
    assert fixed.call(system_request(service_pb(REGISTRATION, geo=False))).accepted


def test_blocked_register(ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    ofd_sandbox.memory.set_blocked(OFD_DEVICE_ID)
    out, _ = timed(ofd_client, ticket_request(sample_ticket(iin=None), DOC))
    assert out.code == "ofd.blocked" and ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 0


def test_unknown_device(ofd_client_factory) -> None:  # type: ignore[no-untyped-def]
    out = ofd_client_factory(device_id=9999).call(system_request(service_pb(REGISTRATION, geo=False)))
    assert out.code == "ofd.unknown_id"


def test_fault_for_another_device_does_not_apply(ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    ofd_sandbox.inject(Fault(FaultKind.RESULT, result_code=15, device_id=OFD_DEVICE_ID + 1))
    assert ofd_client.call(system_request(service_pb(REGISTRATION, geo=False))).accepted
    ofd_sandbox.clear_faults()


def test_closed_port_is_not_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from alsep_desktop.fiscal.tokens import InMemoryTokenStore

    client = OfdClient("127.0.0.1", port, 1, 1, InMemoryTokenStore(), connect_timeout=0.5, io_timeout=0.5,
                       retries=1, retry_delay=0.01)
    out, _ = timed(client, system_request(service_pb(REGISTRATION, geo=False)))
    assert out.status is OutcomeStatus.NOT_SENT and out.attempts == 2
    assert out.code == "fiscal.not_sent" and not client.state().pending


def test_sandbox_survives_garbage_from_a_client(ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    with socket.create_connection(("127.0.0.1", ofd_sandbox.port), timeout=1) as s:
        s.sendall(b"GET / HTTP/1.0\r\n\r\n" + b"x" * 10)
        s.settimeout(2)
        assert s.recv(100) == b""  # hung up
    wait_for(lambda: ofd_sandbox.protocol_errors == 1)
    assert ofd_client.call(system_request(service_pb(REGISTRATION, geo=False))).accepted
