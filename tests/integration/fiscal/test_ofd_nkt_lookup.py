"""Issue 22, the national catalogue (НКТ) by barcode on the OFD side: the client's
COMMAND_NOMENCLATURE request and the sandbox's answer are read with the independent wire reader
(``tests.support.wire_check``: a table transcribed from spec §3.7, no generated code) over real TCP;
a lookup keeps the register's token sequence; not found is a typed answer, not an error; no answer
or a refusal are typed errors; a lookup never jumps an unanswered document."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from alsep_desktop.domain.quantity import Unit
from alsep_desktop.fiscal.client import OfdClient, OutcomeStatus
from alsep_desktop.fiscal.errors import NktDeferred, NktOffline, NktRefused
from alsep_desktop.fiscal.nkt import LookupPacer, ask_nkt, lookup_barcode, read_lookup
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import service_pb, ticket_request
from alsep_desktop.fiscal.samples import REGISTRATION, sample_ticket
from alsep_desktop.fiscal.sandbox import OfdSandbox
from alsep_desktop.fiscal.sandbox.faults import Fault, FaultKind
from alsep_desktop.fiscal.tokens import InMemoryTokenStore
from alsep_desktop.fiscal.transport import TcpTransport
from alsep_desktop.kernel.clock import FakeClock
from tests.integration.fiscal.conftest import OFD_DEVICE_ID, OFD_INITIAL_TOKEN
from tests.support.wire_check import assert_frame_conforms, barcode_answer, walk

CIGARETTES = "4600000000107"  # the demo's marked cigarettes, in the sandbox's НКТ
UNKNOWN = "4870001000012"  # the demo's bread: its check digit is wrong, no catalogue holds it
WEIGHED_BEEF = "4870500000000"  # «Говядина на кости …, весовой», a social good sold by the kilogram
NO_PACING = LookupPacer(interval=0)
Factory = Callable[..., OfdClient]


class Recording:
    """The real TCP transport, keeping every (request, answer) frame pair."""

    def __init__(self, port: int) -> None:
        self.tcp = TcpTransport("127.0.0.1", port, 1.0, 2.0)
        self.frames: list[tuple[bytes, bytes]] = []

    def exchange(self, frame: bytes) -> bytes:
        answer = self.tcp.exchange(frame)
        self.frames.append((frame, answer))
        return answer


Recorded = tuple[OfdClient, "Recording"]


@pytest.fixture
def recorded(ofd_sandbox: OfdSandbox) -> tuple[OfdClient, Recording]:
    transport = Recording(ofd_sandbox.port)
    client = OfdClient("unused", 0, OFD_DEVICE_ID, OFD_INITIAL_TOKEN, InMemoryTokenStore(), transport=transport,
                       retries=0, transaction_seconds=0)
    return client, transport


def ticket(number: int) -> pb.Request:
    return ticket_request(sample_ticket(3, document_number=number, iin=None), service_pb(REGISTRATION))


def test_the_request_and_the_answer_read_by_the_independent_wire_reader(recorded: Recorded, ofd_sandbox: OfdSandbox) -> None:
    client, transport = recorded
    found = lookup_barcode(client, f" {CIGARETTES} ", FakeClock(), pacer=NO_PACING)

    (frame, answer), = transport.frames
    header, payload = assert_frame_conforms(frame, "Request")
    assert (header.device_id, header.token, header.req_num) == (OFD_DEVICE_ID, OFD_INITIAL_TOKEN, 1)
    # exactly: command 4, nomenclature{barcode}; no current_version, no service block (not a document)
    assert walk("Request", payload) == {"command": 4, "nomenclature": {"barcode": CIGARETTES}}
    answer_header, answer_payload = assert_frame_conforms(answer, "Response")
    assert answer_header.req_num == 1
    response = walk("Response", answer_payload)
    assert response["command"] == 4 and response["result"]["result_code"] == 0
    result, items = barcode_answer(answer_payload)
    assert result == 0 and len(items) == 1
    element = items[0]
    assert element["title"] == "Сигареты (маркированный товар)"
    assert element["title_kk"] == "Темекі (таңбаланған тауар)"
    assert element["item"]["barcode"] == CIGARETTES and element["item"]["is_markedeac"] is True
    assert element["item"]["measure_unit_code"] == "796"
    # the typed answer carries what the wire carried
    assert found.found and found.item is not None
    item = found.item
    assert (item.title, item.title_kk, item.ntin, item.barcode) == (
        element["title"], element["title_kk"], element["item"]["ntin"], CIGARETTES)
    assert item.is_markedeac and not item.is_social and item.unit is Unit.PIECE
    assert item.element_id == element["id"] and found.version == response["nomenclature"]["version"]
    assert len(item.ntin) == 13 and item.ntin.startswith("02")
    assert ofd_sandbox.memory.nkt_lookups(OFD_DEVICE_ID) == {"total": 1, "found": 1, "not_found": 0}


def test_an_unknown_barcode_is_a_typed_not_found(recorded: Recorded, ofd_sandbox: OfdSandbox) -> None:
    client, transport = recorded
    clock = FakeClock()
    answer = lookup_barcode(client, UNKNOWN, clock, pacer=NO_PACING)
    assert not answer.found and answer.item is None and answer.barcode == UNKNOWN
    assert answer.answered_at == clock.now()
    _, answer_payload = assert_frame_conforms(transport.frames[-1][1], "Response")
    assert walk("Response", answer_payload)["result"]["result_code"] == 0  # the OFD answered: not an error
    assert barcode_answer(answer_payload) == (3, [])  # ELEMENT_NOT_FOUND_BY_BARCODE, no item
    assert ofd_sandbox.memory.nkt_lookups(OFD_DEVICE_ID) == {"total": 1, "found": 0, "not_found": 1}


def test_a_weighed_social_good_comes_with_its_unit(recorded: Recorded) -> None:
    client, transport = recorded
    item = lookup_barcode(client, WEIGHED_BEEF, FakeClock(), pacer=NO_PACING).item
    assert item is not None
    assert item.unit is Unit.KILOGRAM and item.measure_fractional and item.is_social and not item.is_markedeac
    assert item.title.startswith("Говядина на кости") and item.title_kk.startswith("Сүйекті сиыр еті")
    _, items = barcode_answer(assert_frame_conforms(transport.frames[-1][1], "Response")[1])
    assert items[0]["item"]["measure_unit_code"] == "166" and items[0]["item"]["measure_fractional"] is True


def test_a_lookup_between_two_receipts_keeps_the_token_sequence(recorded: Recorded, ofd_sandbox: OfdSandbox) -> None:
    client, transport = recorded
    assert client.call(ticket(501)).accepted
    assert lookup_barcode(client, CIGARETTES, FakeClock(), pacer=NO_PACING).found
    second = client.call(ticket(502))
    assert second.accepted, second.reason  # the receipt after the lookup is accepted

    headers = [(assert_frame_conforms(f, "Request")[0], assert_frame_conforms(a, "Response")[0])
               for f, a in transport.frames]
    assert [walk("Request", assert_frame_conforms(f, "Request")[1])["command"] for f, _ in transport.frames] == [1, 4, 1]
    assert [req.req_num for req, _ in headers] == [1, 2, 3]
    assert headers[0][0].token == OFD_INITIAL_TOKEN
    for (_, answer), (request, _) in zip(headers, headers[1:], strict=False):
        assert request.token == answer.token  # each request carries the token of the answer before it
    assert len({answer.token for _, answer in headers}) == 3  # the sandbox rotated it on every answer
    assert client.state().token == ofd_sandbox.memory.current_token(OFD_DEVICE_ID)
    assert ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 2


def test_a_lookup_never_jumps_an_unanswered_document(recorded: Recorded, ofd_sandbox: OfdSandbox) -> None:
    client, transport = recorded
    ofd_sandbox.inject(Fault(FaultKind.DROP_AFTER_PROCESS, times=1, device_id=OFD_DEVICE_ID))
    lost = client.call(ticket(601))
    assert lost.status is OutcomeStatus.UNKNOWN and client.state().pending
    sent = len(transport.frames)

    outcome = ask_nkt(client, CIGARETTES)
    assert outcome.status is OutcomeStatus.NOT_SENT and isinstance(outcome.error, NktDeferred)
    with pytest.raises(NktDeferred) as caught:
        read_lookup(outcome, CIGARETTES, FakeClock().now())
    assert caught.value.code == "fiscal.nkt_deferred"
    assert len(transport.frames) == sent and ofd_sandbox.memory.nkt_lookups(OFD_DEVICE_ID)["total"] == 0
    # the document goes first, answered from the OFD's cache; then the lookup goes through
    assert client.call(ticket(601)).accepted
    assert lookup_barcode(client, CIGARETTES, FakeClock(), pacer=NO_PACING).found
    assert ofd_sandbox.memory.accepted_count(OFD_DEVICE_ID) == 1


def test_no_answer_is_a_typed_offline_error(ofd_client_factory: Factory, ofd_sandbox: OfdSandbox) -> None:
    client = ofd_client_factory()
    ofd_sandbox.stop()
    with pytest.raises(NktOffline) as caught:
        lookup_barcode(client, CIGARETTES, FakeClock(), pacer=NO_PACING)
    assert caught.value.code == "fiscal.nkt_offline"


def test_a_refusal_is_a_typed_error_with_the_ofd_code(ofd_client_factory: Factory, ofd_sandbox: OfdSandbox) -> None:
    client = ofd_client_factory()
    ofd_sandbox.memory.set_blocked(OFD_DEVICE_ID)
    with pytest.raises(NktRefused) as caught:
        lookup_barcode(client, CIGARETTES, FakeClock(), pacer=NO_PACING)
    assert caught.value.code == "fiscal.nkt_refused" and caught.value.result_code == 15  # BLOCKED
    assert ofd_sandbox.memory.nkt_lookups(OFD_DEVICE_ID)["total"] == 0
