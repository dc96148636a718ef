"""Fixtures of the device-service tests: a whole register with the OFD sandbox, a marked product."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.services.catalog import ProductDraft
from tests.support.pos import make_pos

#: A cigarette pack: GTIN 04600439931256 (EAN-13 4600439931256), serial, crypto tail, with GS.
PACK = "0104600439931256215Ab+Cx7\x1d93dGVz"
#: Same product, another pack (another serial).
PACK2 = "0104600439931256215Zz9Kk1\x1d93AbCd"
#: A product that is not in the catalog.
UNKNOWN = "0104870204391510215Zz9Kk1\x1d93AbCd"


@dataclass
class Captured:
    requests: list[pb.Request]

    def tickets(self) -> list[pb.TicketRequest]:
        return [r.ticket for r in self.requests if r.HasField("ticket")]


@pytest.fixture
def pos(tmp_path):
    p = make_pos(tmp_path)
    admin = p.ctx.auth.login(*p.admin_creds())
    p.ctx.catalog.add_product(admin, p.register_id, ProductDraft(
        code="501", name="Сигареты «Дала» пачка", price=Money.parse("950.00"), vat_code="16",
        group_code="1", barcode="4600439931256",
    ))
    yield p
    p.stop_ofd()
    p.ctx.close()


@pytest.fixture
def captured(pos) -> Captured:
    """Every request the sandbox OFD server received, as it arrived on the wire."""
    memory = pos.memory
    seen: list[pb.Request] = []
    original = memory.handle

    def handle(device_id, token, req_num, request):  # noqa: ANN001, ANN202
        copy = pb.Request()
        copy.CopyFrom(request)
        seen.append(copy)
        return original(device_id, token, req_num, request)

    memory.handle = handle
    return Captured(seen)
