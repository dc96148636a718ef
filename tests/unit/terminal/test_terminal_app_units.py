"""Pure parts of the register's terminal flows: settings validation, outcome → error, journal rows."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.errors import ValidationError
from alsep_desktop.hardware.protocols import TerminalResult, TerminalStatus
from alsep_desktop.hardware.terminal.fake import FakeTerminal
from alsep_desktop.hardware.terminal.journal import OperationKind, ProcessState, TerminalOperation
from alsep_desktop.services.card_payment import (
    CardNotApproved,
    CardPaymentUnknown,
    CardWaitStopped,
    card_part,
    raise_unless_approved,
    terminal_parts,
)
from alsep_desktop.services.devices import TerminalSettings
from alsep_desktop.services.terminal_journal import (
    CHECK_TERMINAL,
    DECLINED_LATE,
    RECONCILE,
    WATCHING,
    entry_of,
    op_values,
    operation_of,
)

AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_tls_mode_follows_the_host() -> None:
    assert TerminalSettings(vendor="kaspi", host="192.168.1.20").tls == "pinned"
    assert TerminalSettings(vendor="kaspi", host="pos-1.KaspiPos.kz").tls == "verified"
    assert TerminalSettings(vendor="kaspi", host="pos-1.kaspipos.kz").driver_settings()["tls"] == "verified"


@pytest.mark.parametrize(("settings", "field"), [
    (TerminalSettings(vendor="kaspi", host=""), "terminal.host"),
    (TerminalSettings(vendor="kaspi", host="terminal.local"), "terminal.host"),  # neither IP nor kaspipos.kz
    (TerminalSettings(vendor="kaspi", host="10.0.0.5", name="Касса"), "terminal.name"),
    (TerminalSettings(vendor="kaspi", host="10.0.0.5", port=0), "terminal.port"),
    (TerminalSettings(vendor="kaspi", host="10.0.0.5", cancel_until="25:00"), "terminal.cancel_until"),
    (TerminalSettings(vendor="ingenico"), "terminal.vendor"),
])
def test_bad_terminal_settings_say_which_field(settings: TerminalSettings, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        settings.validated()
    assert err.value.field == field


def test_good_terminal_settings_pass() -> None:
    TerminalSettings().validated()  # no terminal
    TerminalSettings(vendor="kaspi", host="10.0.0.5", cancel_until="22:30").validated()
    TerminalSettings(vendor="kaspi", host="pos.kaspipos.kz").validated()


@pytest.mark.parametrize(("status", "error"), [
    (TerminalStatus.DECLINED, CardNotApproved), (TerminalStatus.UNKNOWN, CardPaymentUnknown),
    (TerminalStatus.STOPPED_WAITING, CardWaitStopped), (TerminalStatus.TIMEOUT, CardNotApproved),
])
def test_outcome_to_error(status: TerminalStatus, error: type) -> None:
    with pytest.raises(error) as err:
        raise_unless_approved(TerminalResult(status, Money.parse("770"), "r", operation_id="op"))
    if status is TerminalStatus.STOPPED_WAITING:
        assert err.value.code == "terminal.not_known.stopped"
    raise_unless_approved(TerminalResult(TerminalStatus.APPROVED, Money(100), "r"))  # no error


def test_a_refund_counts_the_qr_part_as_terminal_money() -> None:
    pays = [Payment(PaymentKind.CASH, Money(500)), Payment(PaymentKind.MOBILE, Money(10_000)),
            Payment(PaymentKind.NON_CASH, Money(700))]
    assert card_part(pays) == Money(0)
    assert card_part(pays, with_mobile=True) == Money(10_000)


def test_terminal_parts_of_a_service_or_a_bare_driver() -> None:
    fake = FakeTerminal()
    assert terminal_parts(fake) == (fake, None)
    assert terminal_parts(None) == (None, None)
    service = SimpleNamespace(driver=None, journal="j")
    assert terminal_parts(service) == (None, "j")


def _op(**over) -> TerminalOperation:  # noqa: ANN003
    base = dict(id="op-1", reference="sale-1", kind=OperationKind.PAYMENT, amount=Money.parse("770"), started_at=AT,
                updated_at=AT, state=ProcessState.SUCCESS, process_id="p1", reported=TerminalStatus.STOPPED_WAITING,
                method="qr", transaction_id="ORD-1", cheque={"orderNumber": "ORD-1"})
    base.update(over)
    return TerminalOperation(**base)  # type: ignore[arg-type]


def _row(op: TerminalOperation, **app) -> SimpleNamespace:  # noqa: ANN003
    values = op_values(op)
    values.update(id=op.id, register_id=None, shift_id=None, cashier_id=None, receipt_id=None, fiscalized=False,
                  terminal_only=False)
    values.update(app)
    return SimpleNamespace(**values)


def test_journal_row_round_trip() -> None:
    op = _op()
    assert operation_of(_row(op)) == op


def test_naive_driver_times_are_read_as_local() -> None:
    values = op_values(_op(started_at=datetime(2026, 3, 1, 9, 30), updated_at=datetime(2026, 3, 1, 9, 31)))
    assert values["started_at"].tzinfo is not None


@pytest.mark.parametrize(("state", "action"), [
    (ProcessState.SUCCESS, RECONCILE), (ProcessState.FAIL, DECLINED_LATE), (ProcessState.LOST, CHECK_TERMINAL),
    (ProcessState.START_UNCONFIRMED, CHECK_TERMINAL), (ProcessState.WAIT, WATCHING),
])
def test_what_the_pending_list_asks(state: ProcessState, action: str) -> None:
    assert entry_of(_row(_op(state=state))).action == action


def test_left_to_refund() -> None:
    entry = entry_of(_row(_op()), refunded=20_000)
    assert entry.left_to_refund == Money.parse("570")
    assert entry_of(_row(_op()), refunded=90_000).left_to_refund == Money(0)
