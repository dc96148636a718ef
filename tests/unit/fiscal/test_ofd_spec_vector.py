"""Spec §6: the operator's real 2.0.2 COMMAND_INFO answer decodes in full with our codec; the
fields 2.0.3 requires and it lacks are named, not fatal (header version 202)."""

from __future__ import annotations

import pytest

from alsep_desktop.fiscal import codec
from alsep_desktop.fiscal.convert import datetime_from_pb, money_from_pb
from alsep_desktop.fiscal.errors import OfdProtocolError
from alsep_desktop.fiscal.proto import pb
from tests.unit.fiscal.test_ofd_wire_spec import SPEC_FRAME

LACKS = ("report.zx_report.open_shift_time", "service.reg_info.pos.address_kz", "service.reg_info.pos.latitude",
         "service.reg_info.pos.longitude", "service.reg_info.org.oked", "service.reg_info.org.address_kz")


def test_the_real_answer_decodes_with_every_listed_value() -> None:
    d = codec.decode_response_full(SPEC_FRAME)
    h, r = d.header, d.message
    assert (h.version, h.size, h.device_id, h.token, h.req_num) == (202, 568, 200773, 26264070, 1)
    assert r.command == pb.COMMAND_INFO and r.result.result_code == 0
    assert r.report.report == pb.REPORT_Z
    zx = r.report.zx_report
    assert datetime_from_pb(zx.date_time).strftime("%Y-%m-%d %H:%M:%S") == "2023-11-20 14:07:08"
    assert zx.shift_number == 1 and money_from_pb(zx.cash_sum) == 0
    assert money_from_pb(zx.revenue.sum) == 0 and zx.revenue.is_negative is False
    (ad,) = r.service.ticket_ads
    assert (ad.info.type, ad.info.version) == (pb.TICKET_AD_OFD, 588)
    assert ad.text.startswith("Фиск. чек № NULL Код ККМ: NULL Необходимо перейти на протокол 2.0.2")
    reg = r.service.reg_info
    assert (reg.kkm.fns_kkm_id, reg.kkm.serial_number, reg.kkm.kkm_id) == ("281948271821", "KTCD1117737127791",
                                                                          "200773")
    assert reg.pos.title == "TT serial" and reg.pos.address.startswith("г. Астана, р-н Есильский")
    assert (reg.org.title, reg.org.address, reg.org.iin) == ("ИП МИЧКА ПАВЕЛ АНДРЕЕВИЧ", "г. Астана, Ленина 33",
                                                             "960624350642")
    assert [(a.key, a.value) for a in r.service.auxiliary] == [("validation_policy", "65535")]
    assert d.missing == LACKS


def test_the_same_answer_under_203_is_a_protocol_error_naming_the_fields() -> None:
    as_203 = SPEC_FRAME[:2] + (203).to_bytes(2, "little") + SPEC_FRAME[4:]
    with pytest.raises(OfdProtocolError, match="open_shift_time"):
        codec.decode_response(as_203)


def test_the_client_takes_the_old_answer_and_reports_what_it_lacks() -> None:
    from alsep_desktop.fiscal.client import OfdClient
    from alsep_desktop.fiscal.requests import info_request
    from alsep_desktop.fiscal.samples import REGISTRATION
    from alsep_desktop.fiscal.tokens import InMemoryTokenStore

    class Replay:
        def exchange(self, frame: bytes) -> bytes:
            return SPEC_FRAME

    client = OfdClient("unused", 0, 200773, 1, InMemoryTokenStore(), transport=Replay(), retries=0)
    out = client.call(info_request(REGISTRATION))
    assert out.accepted and out.missing == LACKS
    assert client.state().token == 26264070  # the answer's token is adopted
