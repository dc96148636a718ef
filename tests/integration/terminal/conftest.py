"""The Kaspi driver against the terminal emulator over real HTTPS on a local port.

Poll and wait times are shrunk (production: 1 s poll, 180 s wait, 10 s between actualizes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kaspi_support import FAST
from terminal_app_support import kaspi_service

from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
from alsep_desktop.hardware.terminal.kaspi.tokens import MemoryTokenStore
from alsep_desktop.hardware.terminal.listeners import RecordingListener
from alsep_desktop.services.terminal.service import TerminalService
from alsep_terminal_emulator import EmulatorServer, KaspiEmulator, Plan
from tests.support.pos import Pos, make_pos


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




@pytest.fixture
def pos(tmp_path: Path, clock) -> Iterator[Pos]:  # noqa: ANN001
    """A register of the application (real SQLite file, OFD sandbox on a local port)."""
    p = make_pos(tmp_path, clock=clock)
    try:
        yield p
    finally:
        p.ctx.close()
        p.sandbox.stop()  # type: ignore[attr-defined]


@pytest.fixture
def svc(pos: Pos, server: EmulatorServer) -> Iterator[TerminalService]:
    """The register's terminal service on the Kaspi driver (terminal-only payments allowed)."""
    s = kaspi_service(pos, server)
    yield s
    s.close()
