"""Token refresh with short-lived tokens (issue 20): the emulator's tokens live seconds on its
injected clock, every ``/v2/revoke`` rotates both tokens, and the register keeps the new pair
together, before it uses it, one refresh at a time — right after pairing, across a day of
payments, with two threads and two drivers on one terminal, and when the store fails."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from kaspi_support import FAST, agree

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.terminal.errors import TerminalAuthLost
from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
from alsep_desktop.hardware.terminal.kaspi.tokens import KaspiPairing, MemoryTokenStore
from alsep_desktop.hardware.terminal.listeners import RecordingListener
from alsep_terminal_emulator import EmulatorServer, Fault, KaspiEmulator, Plan

LIFETIME = timedelta(seconds=2)


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 7, 9, 0, 0))


@pytest.fixture
def short(clock: Clock) -> Iterator[EmulatorServer]:
    emu = KaspiEmulator(auto_allow=True, token_lifetime=LIFETIME, now=clock, seed=11,
                        default_plan=Plan(delay=0.02))
    with EmulatorServer(emu) as srv:
        yield srv


@pytest.fixture
def drivers(short: EmulatorServer) -> Iterator[Callable[..., KaspiTerminal]]:
    made: list[KaspiTerminal] = []

    def make(store: MemoryTokenStore, now: Callable[[], datetime] = datetime.now, **cfg: object) -> KaspiTerminal:
        config = KaspiConfig(host="127.0.0.1", port=short.port, **{**FAST, **cfg})  # type: ignore[arg-type]
        t = KaspiTerminal(config, store, listener=RecordingListener(), now=now)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()


def _grant(emu: KaspiEmulator) -> dict[str, str]:
    [g] = emu.grants.to_json()
    return g


class FailingStore(MemoryTokenStore):
    """A store whose writes fail ``fails`` times once armed (a full disk, a locked keyring)."""

    def __init__(self) -> None:
        super().__init__()
        self.fails = 0

    def save(self, pairing: KaspiPairing) -> None:
        if self.fails:
            self.fails -= 1
            raise OSError("disk full")
        super().save(pairing)


def test_the_emulator_expires_and_rotates_tokens_on_its_clock(short: EmulatorServer, clock: Clock) -> None:
    grants = short.emulator.grants
    code, first = grants.register("X", 0)
    assert code == 0 and grants.valid(first["accessToken"])
    clock.tick(2.5)
    assert not grants.valid(first["accessToken"])  # lived its two seconds
    code, second = grants.revoke("X", first["refreshToken"])
    assert code == 0 and grants.valid(second["accessToken"])
    assert (second["accessToken"], second["refreshToken"]) != (first["accessToken"], first["refreshToken"])
    assert grants.revoke("X", first["refreshToken"]) == (105, "Revoke Error. Wrong refresh token")  # spent
    assert not grants.valid(first["accessToken"])


def test_the_refresh_right_after_pairing_is_kept(short: EmulatorServer, drivers, clock: Clock) -> None:
    """Registration, then deviceinfo refreshes at once (the token expires within the 5 min
    margin): the stored pairing has the new pair, not the registration's spent one."""
    store = MemoryTokenStore()
    t = drivers(store, now=clock)
    t.register()
    emu = short.emulator
    assert emu.calls_to("/v2/revoke") >= 1
    kept = store.load()
    assert kept.refresh_token == _grant(emu)["refresh"] and kept.access_token == _grant(emu)["access"]
    assert kept.terminal_id == "31452963"
    clock.tick(3)  # the pair from the registration is dead on the terminal by now
    assert t.pay(Money.parse("240"), reference="s1").approved
    assert [e.amount for e in emu.ledger_now().payments()] == [240]


@pytest.mark.parametrize("driver_clock", ["shared", "own"], ids=["refresh-before-expiry", "refresh-on-401"])
def test_a_day_of_payments_across_many_refreshes(short: EmulatorServer, drivers, clock: Clock,
                                                 driver_clock: str) -> None:
    """Tokens of 2 s, a payment every ~20 min from 9:00 to 21:00 (its clock), some refunds: all
    succeed, the ledger agrees, the store always holds the pair the terminal accepts."""
    store = MemoryTokenStore()
    # "own": the register's clock is far behind the terminal's, so it never sees the expiry coming and
    # every refresh comes from a 401 (spec §1.5 step 3)
    t = drivers(store, now=clock if driver_clock == "shared" else (lambda: datetime(2000, 1, 1)))
    t.register()
    emu = short.emulator
    approved = []
    for i in range(36):
        clock.tick(20 * 60)
        paid = t.pay(Money.parse(str(100 + i)), reference=f"sale-{i}")
        assert paid.approved, (i, paid.status, paid.message)
        approved.append(paid)
        if i % 6 == 5:
            back = t.refund(Money.parse("50"), reference=f"ret-{i}", original_rrn=paid.rrn, method=paid.method)
            assert back.approved
        assert store.load().refresh_token == _grant(emu)["refresh"]
    assert emu.calls_to("/v2/revoke") >= 36
    if driver_clock == "own":
        assert t.client.refreshes == emu.calls_to("/v2/revoke") >= 36  # each after a refused call
    assert len(emu.ledger_now().payments()) == 36 and len(emu.ledger_now().refunds()) == 6
    assert emu.ledger_now().taken() == sum(100 + i for i in range(36))
    agree(t, emu)


def test_two_threads_refresh_once(short: EmulatorServer, drivers, clock: Clock) -> None:
    store = MemoryTokenStore()
    t = drivers(store)
    t.register()
    emu = short.emulator
    before = emu.calls_to("/v2/revoke")
    emu.grants.expire_access()
    emu.inject(Fault("delay", "/v2/revoke", seconds=0.3))  # the first refresh is slow: the second waits for it
    gate = threading.Barrier(2)
    errors: list[BaseException] = []

    def work() -> None:
        gate.wait()
        try:
            t.device_info()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(5)
    assert errors == []
    assert emu.calls_to("/v2/revoke") - before == 1
    assert store.load().refresh_token == _grant(emu)["refresh"]


def test_two_drivers_of_one_terminal_refresh_once(short: EmulatorServer, drivers) -> None:
    """The settings page builds a new driver while the old one still follows a process: both on
    the same stored pairing. Without one lock for the terminal the second refresh spends the
    refresh token the first already spent (105): the pairing would be lost."""
    store = MemoryTokenStore()
    first = drivers(store)
    first.register()
    second = drivers(store)
    emu = short.emulator
    before = emu.calls_to("/v2/revoke")
    emu.grants.expire_access()
    emu.inject(Fault("delay", "/v2/revoke", seconds=0.3))
    gate = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(t: KaspiTerminal) -> None:
        gate.wait()
        try:
            t.device_info()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d,)) for d in (first, second)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(5)
    assert errors == []
    assert emu.calls_to("/v2/revoke") - before == 1
    assert first.pay(Money.parse("10"), reference="a").approved and second.pay(Money.parse("20"), reference="b").approved


def test_a_store_that_fails_after_the_rotation_still_pays_and_stores_later(short: EmulatorServer, drivers,
                                                                           clock: Clock) -> None:
    store = FailingStore()
    t = drivers(store, now=clock)
    t.register()
    emu = short.emulator
    clock.tick(3)
    store.fails = 1  # the write of the next renewed pair fails; the terminal has rotated already
    assert t.pay(Money.parse("300"), reference="s").approved  # the pair kept in memory is used
    assert store.load().refresh_token == _grant(emu)["refresh"]  # and stored at the next call
    clock.tick(3)
    assert t.pay(Money.parse("310"), reference="s2").approved
    assert emu.ledger_now().taken() == 610


def test_a_crash_between_the_rotation_and_the_store_says_pair_again(short: EmulatorServer, drivers,
                                                                    clock: Clock) -> None:
    """The process dies after the terminal rotated the tokens and before they were stored: the next
    run has only the spent pair. The payment is refused before anything is charged, with the
    sentence that leads the administrator to pair again (spec §1.5); pairing again works."""
    store = FailingStore()
    t = drivers(store, now=clock)
    t.register()
    emu = short.emulator
    on_disk = store.load()
    clock.tick(3)
    store.fails = 10**6  # nothing reaches the disk any more, then the process dies
    assert t.pay(Money.parse("100"), reference="s").approved
    t.close()
    after = drivers(MemoryTokenStore(on_disk), now=clock)  # the next run: the store as the disk has it
    clock.tick(3)
    with pytest.raises(TerminalAuthLost) as exc:
        after.pay(Money.parse("200"), reference="s2")
    assert exc.value.code == "terminal.unavailable.auth_lost"
    assert "register again" in str(exc.value) and "Запретить" in str(exc.value)
    assert [e.amount for e in emu.ledger_now().payments()] == [100]  # nothing charged
    emu.grants.forbid("AlsepDesktop")  # the administrator presses «Запретить» on the terminal
    after.forget()
    after.register()
    assert after.pay(Money.parse("200"), reference="s3").approved
