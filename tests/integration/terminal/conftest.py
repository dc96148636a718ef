"""The Kaspi driver against the terminal emulator over real HTTPS on a local port.

Poll and wait times are shrunk (production: 1 s poll, 180 s wait, 10 s between actualizes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from kaspi_support import FAST

from alsep_desktop.hardware.terminal.kaspi import KaspiTerminal
from alsep_desktop.hardware.terminal.kaspi_client import KaspiConfig
from alsep_desktop.hardware.terminal.listeners import RecordingListener
from alsep_desktop.hardware.terminal.tokens import MemoryTokenStore
from alsep_terminal_emulator import EmulatorServer, KaspiEmulator, Plan


@pytest.fixture
def emulator() -> KaspiEmulator:
    return KaspiEmulator(auto_allow=True, actualize_interval=0.3, seed=7, default_plan=Plan(delay=0.05))


@pytest.fixture
def server(emulator: KaspiEmulator) -> Iterator[EmulatorServer]:
    with EmulatorServer(emulator) as srv:
        yield srv


@pytest.fixture
def make_terminal(server: EmulatorServer) -> Iterator[Callable[..., KaspiTerminal]]:
    made: list[KaspiTerminal] = []

    def factory(store: MemoryTokenStore | None = None, **overrides: object) -> KaspiTerminal:
        cfg = KaspiConfig(host="127.0.0.1", port=server.port, **{**FAST, **overrides})  # type: ignore[arg-type]
        t = KaspiTerminal(cfg, store or MemoryTokenStore(), listener=RecordingListener())
        made.append(t)
        return t

    yield factory
    for t in made:
        t.close()


@pytest.fixture
def terminal(make_terminal: Callable[..., KaspiTerminal]) -> KaspiTerminal:
    """A registered terminal (auto-allowed) with the certificate pinned."""
    t = make_terminal()
    t.register()
    return t


