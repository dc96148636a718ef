"""Answers the register must live with, seen in the window: a shift older than 24 hours leads the
cashier straight to closing it (seed 9.3.4); «Invalid token» stops selling with the way out
(seed 8.4, 9.5); a registration that differs at the OFD is shown at start-up."""

from __future__ import annotations

from datetime import timedelta

from alsep_desktop.fiscal.sandbox.memory import RegData
from alsep_desktop.ui.cashier.common import CredentialsDialog
from tests.support.pos import DEVICE


def sell_milk(counter) -> None:  # type: ignore[no-untyped-def]
    w = counter.window
    w.on_scanned("4870001000029")
    w.sale.pay()
    w.sale.dialog.received.setText("1000")
    w.sale.dialog.confirm()


def blocked(counter) -> bool:  # type: ignore[no-untyped-def]
    with counter.pos.ctx.uow() as uow:
        return uow.org.register(counter.pos.register_id).ofd_block == "invalid_token"


def test_expired_shift_opens_the_z_report_prompt(counter) -> None:  # type: ignore[no-untyped-def]
    counter.bind()
    counter.login()
    w = counter.window
    sell_milk(counter)
    counter.idle()
    counter.pos.clock.advance(timedelta(hours=25))
    sell_milk(counter)
    counter.wait(lambda: isinstance(getattr(w.shift, "dialog", None), CredentialsDialog))
    assert w.tabs.currentWidget() is w.shift
    assert "24" in w.sale.message.text()


def test_invalid_token_stops_selling_and_names_the_way_out(counter) -> None:  # type: ignore[no-untyped-def]
    counter.bind()
    counter.login()
    w = counter.window
    counter.idle()  # the start-up registration check (COMMAND_INFO) is done with the good token
    counter.pos.memory.reset_token(DEVICE, 424242)  # the OFD no longer knows our token
    sell_milk(counter)
    counter.idle()  # this sale goes offline; the OFD's answer blocks the register
    counter.wait(lambda: blocked(counter))  # by the sale's own attempt or the background uploader's
    counter.wait(lambda: w.sale.model.rowCount() == 0)
    sell_milk(counter)
    try:
        counter.wait(lambda: "Обновить данные" in w.sale.message.text())
    except Exception as exc:  # say what the window showed instead
        raise AssertionError(f"the window said: {w.sale.message.text()!r}, basket rows {w.sale.model.rowCount()}") from exc
    assert "Invalid token" in w.sale.message.text()


def test_registration_difference_is_shown_at_start_up(counter) -> None:  # type: ignore[no-untyped-def]
    counter.pos.memory._registers[DEVICE].data = RegData(serial_number="KTCD0000000000001")  # noqa: SLF001
    counter.bind()
    counter.login()
    w = counter.window
    counter.wait(lambda: getattr(w, "registration_warning", None) is not None)
    text = w.registration_warning.text()
    assert "Заводской номер" in text and "KTCD0000000000001" in text


def test_a_store_on_a_network_drive_is_said_at_start_up(counter) -> None:  # type: ignore[no-untyped-def]
    from alsep_desktop.store.errors import NetworkStoreWarning

    counter.pos.ctx.store_warnings.append(NetworkStoreWarning(path="/mnt/shop/alsep.sqlite", fstype="cifs"))
    counter.bind()
    counter.login()
    box = counter.window.store_warning
    assert box.isVisible() and "/mnt/shop/alsep.sqlite" in box.text() and "cifs" in box.text()
