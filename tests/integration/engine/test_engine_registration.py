"""Registration info at start-up and after «Обновить данные»: what the OFD holds is compared with the
register's own data, and a difference is shown, not hidden (COMMAND_INFO over real TCP)."""

from __future__ import annotations

from alsep_desktop.app.demo import DEMO_BIN, DEMO_OFD_REG_NUMBER, DEMO_OFD_SYSTEM_ID
from alsep_desktop.fiscal.sandbox.memory import RegData
from alsep_desktop.services.ofd.registration import Mismatch
from tests.support.pos import DEVICE


def test_matching_registration_is_ok_and_kept(pos) -> None:  # type: ignore[no-untyped-def]
    result = pos.ctx.registration.check(pos.register_id)
    assert result.checked and result.ok and result.missing == ()
    assert pos.ctx.registration.last(pos.register_id) == result


def test_every_difference_is_reported(pos) -> None:  # type: ignore[no-untyped-def]
    with pos.ctx.uow() as uow:
        serial = uow.org.register(pos.register_id).serial_number
        company = uow.org.company().name
    reg = pos.memory._registers[DEVICE]  # noqa: SLF001 - the operator holds other data
    reg.data = RegData(fns_kkm_id="999999999999", serial_number="KTCD0000000000001", org_title="ТОО «Другая»")
    reg.inn = "990540005429"
    result = pos.ctx.registration.check(pos.register_id)
    assert result.checked and not result.ok
    assert result.mismatches == (
        Mismatch("serial_number", serial, "KTCD0000000000001"),
        Mismatch("registration_number", DEMO_OFD_REG_NUMBER, "999999999999"),
        Mismatch("company_name", company, "ТОО «Другая»"),
        Mismatch("company_iin_bin", DEMO_BIN, "990540005429"),
    )
    assert str(DEVICE) == DEMO_OFD_SYSTEM_ID  # the OFD id itself agrees
    assert pos.ctx.registration.last(pos.register_id).mismatches == result.mismatches


def test_no_service_command_while_a_document_waits(pos) -> None:  # type: ignore[no-untyped-def]
    pos.stop_ofd()
    pos.sell("4870001000029")
    pos.start_ofd()
    result = pos.ctx.registration.check(pos.register_id)
    assert not result.checked and result.code == "fiscal.documents_waiting"


def test_ofd_unreachable_is_not_a_mismatch(pos) -> None:  # type: ignore[no-untyped-def]
    pos.ctx.registration.check(pos.register_id)
    pos.stop_ofd()
    result = pos.ctx.registration.check(pos.register_id)
    assert not result.checked and result.code == "fiscal.not_sent"
    assert pos.ctx.registration.last(pos.register_id).ok  # the last real check stays
