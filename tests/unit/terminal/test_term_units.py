"""Pure parts of the terminal package: whole-tenge split, expiry parsing, process parsing,
operation outcomes, the actualize gate, the scripted fake's new statuses."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.protocols import PaymentTerminal, TerminalStatus
from alsep_desktop.hardware.terminal.amounts import split_card_cash, whole_tenge
from alsep_desktop.hardware.terminal.errors import CardAmountHasTiyn, CardAmountNotPositive
from alsep_desktop.hardware.terminal.fake import FakeTerminal
from alsep_desktop.hardware.terminal.journal import OperationKind, ProcessState, TerminalOperation
from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.parse import process_changes
from alsep_desktop.hardware.terminal.kaspi.tls import format_fingerprint, normalize_fingerprint
from alsep_desktop.hardware.terminal.kaspi.tokens import (
    KaspiPairing,
    MemoryTokenStore,
    parse_expiration,
)
from alsep_desktop.hardware.terminal.kaspi.watch import ActualizeGate


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**9))
def test_split_keeps_the_total_and_the_card_whole(card: int, cash: int) -> None:
    s = split_card_cash(Money(card), Money(cash))
    assert s.card.tiyn % 100 == 0 and s.card.tiyn <= card
    assert s.card + s.cash == Money(card) + Money(cash)
    assert (s.cash - Money(cash)).tiyn < 100


def test_whole_tenge() -> None:
    assert whole_tenge(Money.parse("1500")) == 1500
    with pytest.raises(CardAmountHasTiyn) as exc:
        whole_tenge(Money.parse("10.05"))
    assert (exc.value.params["card"], exc.value.params["cash"]) == ("10.00", "0.05")
    for bad in ("0.99", "0"):
        with pytest.raises(CardAmountNotPositive):
            whole_tenge(Money.parse(bad))
    with pytest.raises(ValueError):
        split_card_cash(Money(-1))


@pytest.mark.parametrize("text, expected", [
    ("2026-03-01 10:20:30", datetime(2026, 3, 1, 10, 20, 30)),
    ("01.03.2026 10:20:30", datetime(2026, 3, 1, 10, 20, 30)),
    ("01.03.26 10:20:30", datetime(2026, 3, 1, 10, 20, 30)),
    ("Mar 01, 2026 10:20:30", datetime(2026, 3, 1, 10, 20, 30)),
    ("2026-03-01T10:20:30", datetime(2026, 3, 1, 10, 20, 30)),
    ("", None), (None, None), ("soon", None),
])
def test_expiration_dates_are_read_leniently(text, expected) -> None:  # noqa: ANN001
    assert parse_expiration(text) == expected


def test_pairing_round_trip_and_secret_repr() -> None:
    p = KaspiPairing("AlsepDesktop", "acc-secret", "ref-secret", datetime(2026, 1, 2, 3, 4, 5), "ab" * 32, "T1", "S1")
    assert KaspiPairing.from_dict(p.to_dict()) == p
    assert "secret" not in repr(p)
    store = MemoryTokenStore()
    store.save(p)
    assert store.load() is p
    store.clear()
    assert store.load() is None


def test_fingerprint_forms() -> None:
    assert format_fingerprint("abcd01") == "AB:CD:01"
    assert normalize_fingerprint("AB:CD:01") == "abcd01"


def test_card_process_object() -> None:
    c = process_changes({
        "processId": "1", "status": "success", "subStatus": "CardTransactionSuccess", "transactionId": "123456789012",
        "chequeInfo": {"method": "card", "rrn": "123456789012", "authorizationCode": "654321",
                       "cardMask": "440043******1234", "icc": "Visa Debit", "terminalId": "31452963",
                       "status": "Покупка с Kaspi Gold. Одобрено", "amount": "1500 ₸"},
    })
    assert c["state"] is ProcessState.SUCCESS and c["method"] == "card" and c["transaction_id"] == "123456789012"
    assert (c["auth_code"], c["card_mask"], c["card_type"], c["terminal_id"]) == (
        "654321", "440043******1234", "Visa Debit", "31452963")


def test_qr_process_object_and_strange_statuses() -> None:
    c = process_changes({"status": "success", "chequeInfo": {"method": "qr", "orderNumber": "987654321"}})
    assert c["transaction_id"] == "987654321" and c["card_type"] == "Kaspi QR"
    assert process_changes({"status": "Success"})["state"] is ProcessState.SUCCESS
    for odd in ({"status": "approved?"}, {}, {"status": None}):
        assert process_changes(odd)["state"] is ProcessState.UNKNOWN  # never read as success or failure
    assert process_changes({"status": "fail", "message": "Отмена"})["message"] == "Отмена"


def _op(**kw: object) -> TerminalOperation:
    now = datetime(2026, 1, 1)
    return TerminalOperation(id="1", reference="r", kind=OperationKind.PAYMENT, amount=Money(100), started_at=now,
                             updated_at=now).evolve(**kw)


def test_operation_outcomes() -> None:
    assert _op(state=ProcessState.WAIT).status is TerminalStatus.UNKNOWN
    assert _op(state=ProcessState.WAIT, reported=TerminalStatus.STOPPED_WAITING).status is TerminalStatus.STOPPED_WAITING
    late = _op(state=ProcessState.SUCCESS, reported=TerminalStatus.STOPPED_WAITING)
    assert late.status is TerminalStatus.APPROVED and late.late and late.needs_reconciliation
    assert not late.evolve(acknowledged=True).needs_reconciliation
    on_time = _op(state=ProcessState.SUCCESS, reported=TerminalStatus.APPROVED)
    assert not on_time.late and not on_time.needs_reconciliation
    declined_late = _op(state=ProcessState.FAIL, reported=TerminalStatus.UNKNOWN)
    assert declined_late.late and not declined_late.needs_reconciliation
    not_started = _op(state=ProcessState.NOT_STARTED, reported=TerminalStatus.DECLINED)
    assert not_started.final and not not_started.late
    r = late.evolve(transaction_id="T", method="qr", process_id="P").result()
    assert (r.status, r.rrn, r.method, r.process_id, r.operation_id) == (TerminalStatus.APPROVED, "T", "qr", "P", "1")
    assert [s for s in TerminalStatus if not s.known] == [TerminalStatus.UNKNOWN, TerminalStatus.STOPPED_WAITING]


def test_actualize_gate() -> None:
    now = [100.0]
    gate = ActualizeGate(10.0, clock=lambda: now[0])
    assert gate.take("p1") and not gate.take("p1") and gate.take("p2")
    now[0] += 9.9
    assert not gate.take("p1")
    now[0] += 0.1
    assert gate.take("p1")


def test_production_defaults_follow_the_spec() -> None:
    cfg = KaspiConfig(host="192.168.1.20")
    assert (cfg.port, cfg.poll_interval, cfg.wait_limit, cfg.actualize_interval) == (8080, 1.0, 180.0, 10.0)
    assert cfg.base_url == "https://192.168.1.20:8080" and cfg.owncheque
    assert KaspiConfig(host="fe80::1").base_url == "https://[fe80::1]:8080"


def test_fake_terminal_reports_unknown_and_settles_it() -> None:
    t = FakeTerminal([TerminalStatus.STOPPED_WAITING])
    assert isinstance(t, PaymentTerminal)
    r = t.pay(Money(5000), reference="s")
    assert r.status is TerminalStatus.STOPPED_WAITING and not r.known
    assert t.pending() == [r] and t.check(r.process_id) == r
    t.settle(r.process_id, TerminalStatus.APPROVED)
    assert t.check(r.process_id).approved and t.check(r.process_id).rrn
    t.acknowledge(r.operation_id)
    assert t.pending() == []
    assert t.device_info().vendor == "fake"
    assert t.refund(Money(100), reference="x", original_rrn="1", method="card").approved


def test_the_emulator_is_independent_of_the_app() -> None:
    """The driver is tested against an independent reading of the spec: the emulator imports
    nothing of alsep_desktop, and the terminal package imports no Qt and no emulator."""
    import ast
    from pathlib import Path

    import alsep_desktop.hardware.terminal as term
    import alsep_terminal_emulator as emu

    def imports(pkg: Path) -> set[str]:
        names: set[str] = set()
        for f in pkg.rglob("*.py"):
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(a.name for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module)
        return names

    assert not any(m.startswith("alsep_desktop") for m in imports(Path(emu.__file__).parent))
    driver = imports(Path(term.__file__).parent)
    assert not any(m.startswith(("PySide6", "alsep_terminal_emulator", "alsep_desktop.ui")) for m in driver)


def test_terminal_from_settings() -> None:
    from alsep_desktop.hardware.terminal.factory import terminal_from_settings
    from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
    from alsep_desktop.hardware.terminal.kaspi.tls import TlsMode

    assert terminal_from_settings(None) is None and terminal_from_settings({"vendor": "none"}) is None
    assert isinstance(terminal_from_settings({"vendor": "fake"}), FakeTerminal)
    settings = {"vendor": "kaspi", "host": "pos-01.kaspipos.kz", "port": "8080", "tls": "verified"}
    t = terminal_from_settings(settings, store=MemoryTokenStore())
    assert isinstance(t, KaspiTerminal) and isinstance(t, PaymentTerminal)
    assert t.config.tls is TlsMode.VERIFIED and t.config.port == 8080 and t.config.wait_limit == 180.0
    assert KaspiConfig.from_settings(t.config.to_settings()) == t.config
    for bad in ({"vendor": "kaspi"}, {"vendor": "halyk"}):
        with pytest.raises(ValueError):
            terminal_from_settings(bad, store=MemoryTokenStore())
    with pytest.raises(ValueError):
        terminal_from_settings({"vendor": "kaspi", "host": "1.2.3.4"})  # no token store


def test_pairing_in_the_apps_secret_store() -> None:
    from alsep_desktop.hardware.terminal.kaspi.tokens import SecretTokenStore

    class Secrets(dict):
        def set(self, name: str, value: str) -> None:
            self[name] = value

        def delete(self, name: str) -> None:
            self.pop(name, None)

    secrets = Secrets()
    store = SecretTokenStore(secrets)
    assert store.load() is None
    p = KaspiPairing("AlsepDesktop", "a", "r", datetime(2026, 1, 2, 3, 4, 5), "ab" * 32)
    store.save(p)
    assert list(secrets) == ["terminal.kaspi.pairing"] and store.load() == p
    store.clear()
    assert store.load() is None


def test_actualize_gate_counts_from_the_answer_of_a_slow_call() -> None:
    """The terminal counts from a request's arrival: a slow answer moves the next allowed call."""
    now = [100.0]
    gate = ActualizeGate(10.0, clock=lambda: now[0])
    assert gate.take("p1")
    now[0] += 3.0  # the call took 3 s to answer
    gate.finished("p1")
    now[0] += 7.5  # 10.5 s after the send, 7.5 s after the answer
    assert not gate.take("p1")
    now[0] += 2.5
    assert gate.take("p1")
