"""Registration, tokens and TLS of the Kaspi driver against the emulator (real sockets, real TLS)."""

from __future__ import annotations

import socket
import threading
import time
from datetime import datetime, timedelta

import pytest
from kaspi_support import FAST, agree

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.errors import TerminalUnavailable
from alsep_desktop.hardware.terminal.errors import (
    IntegrationNameTaken,
    RegistrationNotAllowed,
    TerminalAuthLost,
    TerminalCertificateChanged,
    TerminalNotRegistered,
    TerminalTlsError,
)
from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
from alsep_desktop.hardware.terminal.kaspi.tls import TlsMode, format_fingerprint
from alsep_desktop.hardware.terminal.kaspi.tokens import MemoryTokenStore
from alsep_desktop.hardware.terminal.listeners import RecordingPrompt
from alsep_terminal_emulator import EmulatorServer, KaspiEmulator


def _wait_for(cond, timeout: float = 3.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, "condition not reached"
        time.sleep(0.01)


def test_register_waits_for_allow_on_the_terminal_and_pins_the_certificate(server, emulator, make_terminal) -> None:
    emulator.grants.auto_allow = False
    store = MemoryTokenStore()
    t = make_terminal(store)
    prompt = RecordingPrompt()
    got: dict[str, object] = {}
    th = threading.Thread(target=lambda: got.setdefault("pairing", t.register(prompt)))
    th.start()
    _wait_for(lambda: emulator.grants.waiting() == ["AlsepDesktop"])
    assert prompt.asked == [("AlsepDesktop", f"127.0.0.1:{server.port}")]  # «Разрешить» is asked for
    assert "pairing" not in got
    assert emulator.grants.allow("AlsepDesktop")
    th.join(5)
    pairing = store.load()
    assert pairing is got["pairing"] or pairing == got["pairing"]
    assert pairing.fingerprint == server.fingerprint  # trust on first use
    assert pairing.terminal_id == "31452963" and pairing.serial_number == "00043010171"
    assert prompt.finished_with == [True]
    assert "access_token" not in repr(pairing) and pairing.access_token not in repr(pairing)


def test_nobody_allows_in_time(emulator, make_terminal) -> None:
    emulator.grants.auto_allow = False
    t = make_terminal(register_timeout=0.4)
    prompt = RecordingPrompt()
    with pytest.raises(RegistrationNotAllowed) as exc:
        t.register(prompt)
    assert exc.value.code == "terminal.unavailable.not_allowed"
    assert prompt.finished_with == [False] and not t.registered


def test_cashier_stops_waiting_for_the_allow(emulator, make_terminal) -> None:
    emulator.grants.auto_allow = False
    t = make_terminal(register_timeout=5.0)
    prompt = RecordingPrompt()
    got: dict[str, BaseException] = {}

    def run() -> None:
        try:
            t.register(prompt)
        except RegistrationNotAllowed as exc:
            got["error"] = exc

    th = threading.Thread(target=run)
    th.start()
    assert prompt.asked_event.wait(3)
    t.cancel()  # the cashier closes the "press «Разрешить»" prompt
    th.join(2)
    assert not th.is_alive() and got["error"].params["reason"] == "stopped waiting"
    assert prompt.finished_with == [False]
    # someone presses «Разрешить» after all: the tokens are kept, the name is not lost to 105
    _wait_for(lambda: emulator.grants.waiting() == ["AlsepDesktop"])
    emulator.grants.allow("AlsepDesktop")
    _wait_for(lambda: t.registered)
    assert t.pay(Money.parse("10"), reference="s").approved


def test_name_already_allowed_is_105_with_the_way_out(terminal, make_terminal, emulator) -> None:
    other = make_terminal()
    with pytest.raises(IntegrationNameTaken) as exc:
        other.register()
    assert exc.value.code == "terminal.unavailable.name_taken"
    assert "Защита интеграции" in str(exc.value) and "Запретить" in str(exc.value)
    assert exc.value.params["name"] == "AlsepDesktop"
    emulator.grants.forbid("AlsepDesktop")  # the operator presses «Запретить» on the terminal
    other.register()
    assert other.pay(Money.parse("25"), reference="s").approved


def test_not_registered_is_a_typed_error(make_terminal) -> None:
    with pytest.raises(TerminalNotRegistered):
        make_terminal().pay(Money.parse("10"), reference="s")


def test_401_refreshes_the_token_once_and_retries(terminal, emulator) -> None:
    before = terminal.store.load()
    emulator.grants.expire_access()  # the terminal thinks the token expired; the driver does not
    assert terminal.pay(Money.parse("150"), reference="s").approved
    after = terminal.store.load()
    assert terminal.client.refreshes == 1
    assert after.access_token != before.access_token and after.refresh_token != before.refresh_token
    assert emulator.calls_to("/v2/payment") == 2 and len(emulator.processes) == 1  # refused with 401, then started
    agree(terminal, emulator)


def test_token_is_refreshed_before_it_expires(server, emulator) -> None:
    emulator.grants.token_lifetime = timedelta(hours=1)
    clock = {"now": datetime.now()}
    t = KaspiTerminal(KaspiConfig(host="127.0.0.1", port=server.port, **FAST), MemoryTokenStore(),
                      now=lambda: clock["now"])
    try:
        t.register()
        t.device_info()
        assert emulator.calls_to("/v2/revoke") == 0
        clock["now"] += timedelta(minutes=56)  # 4 min left: inside the 5 min margin
        t.device_info()
        assert emulator.calls_to("/v2/revoke") == 1
        assert [p for p, _ in emulator.calls][-2:] == ["/v2/revoke", "/v2/deviceinfo"]
    finally:
        t.close()


def test_refresh_refused_means_register_again(terminal, emulator) -> None:
    emulator.grants.forbid("AlsepDesktop")
    with pytest.raises(TerminalAuthLost) as exc:
        terminal.pay(Money.parse("10"), reference="s")
    assert exc.value.code == "terminal.unavailable.auth_lost" and "Защита интеграции" in str(exc.value)
    assert emulator.processes == {} and emulator.ledger_now().entries() == []


def test_changed_certificate_is_refused(terminal, server, emulator) -> None:
    pinned = terminal.store.load().fingerprint
    new = server.rotate_certificate()
    with pytest.raises(TerminalCertificateChanged) as exc:
        terminal.pay(Money.parse("10"), reference="s")
    err = exc.value
    assert err.code == "terminal.unavailable.certificate_changed"
    assert err.params["expected"] == format_fingerprint(pinned) and err.params["actual"] == format_fingerprint(new)
    assert emulator.calls_to("/v2/payment") == 0  # refused at the handshake: nothing was sent
    # an administrator compares and accepts the new certificate: the new pin works
    terminal.trust_presented_certificate(err.params["actual"])
    assert terminal.store.load().fingerprint == new
    assert terminal.pay(Money.parse("10"), reference="s2").approved


def test_trusting_a_fingerprint_that_is_not_presented_is_refused(terminal, server) -> None:
    server.rotate_certificate()
    with pytest.raises(TerminalCertificateChanged):
        terminal.trust_presented_certificate("00" * 32)


@pytest.fixture
def kaspipos_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """``*.kaspipos.kz`` names resolve to this machine, as a hosts-file entry would make them."""
    real = socket.getaddrinfo

    def fake(host, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if isinstance(host, str) and host.endswith(".kaspipos.kz"):
            host = "127.0.0.1"
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def test_host_name_mode_verifies_normally(server, emulator, kaspipos_dns) -> None:
    cfg = KaspiConfig(host="pos-01.kaspipos.kz", port=server.port, tls=TlsMode.VERIFIED, ca_bundle=server.ca_path,
                      **FAST)
    t = KaspiTerminal(cfg, MemoryTokenStore())
    try:
        pairing = t.register()
        assert pairing.fingerprint is None  # nothing pinned: the chain and the name are checked
        server.rotate_certificate()  # a renewed certificate from the same CA is fine by name
        assert t.pay(Money.parse("40"), reference="s").approved
    finally:
        t.close()


def test_host_name_mode_refuses_an_ip_the_certificate_does_not_cover(server) -> None:
    cfg = KaspiConfig(host="127.0.0.1", port=server.port, tls=TlsMode.VERIFIED, ca_bundle=server.ca_path, **FAST)
    t = KaspiTerminal(cfg, MemoryTokenStore())
    with pytest.raises(TerminalTlsError) as exc:
        t.register()
    assert exc.value.code == "terminal.unavailable.tls"


def test_host_name_mode_refuses_an_unknown_ca(server, kaspipos_dns) -> None:
    other = EmulatorServer(KaspiEmulator(auto_allow=True))  # its CA is not the one trusted
    try:
        cfg = KaspiConfig(host="pos-01.kaspipos.kz", port=server.port, tls=TlsMode.VERIFIED,
                          ca_bundle=other.ca_path, **FAST)
        with pytest.raises(TerminalTlsError):
            KaspiTerminal(cfg, MemoryTokenStore()).register()
    finally:
        other.stop()


def test_unreachable_terminal(make_terminal, server) -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    t = KaspiTerminal(KaspiConfig(host="127.0.0.1", port=port, **FAST), MemoryTokenStore())
    with pytest.raises(TerminalUnavailable) as exc:
        t.register()
    assert exc.value.code == "terminal.unavailable"
