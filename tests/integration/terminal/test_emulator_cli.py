"""The console script ``alsep-terminal-emulator`` as a process: a real register pairs with it,
pays and refunds; the ledger and the allowed name survive a restart through ``--state``."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.terminal.errors import IntegrationNameTaken
from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
from alsep_desktop.hardware.terminal.kaspi.tokens import MemoryTokenStore
from alsep_desktop.hardware.terminal.listeners import RecordingPrompt
from alsep_terminal_emulator.cli import command
from alsep_terminal_emulator.core import KaspiEmulator
from alsep_terminal_emulator.server import EmulatorServer


def _start(*args: str) -> tuple[subprocess.Popen[str], int, str]:
    proc = subprocess.Popen([sys.executable, "-m", "alsep_terminal_emulator", "--port", "0", "--delay", "0.1", *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    m = re.search(r"https://127\.0\.0\.1:(\d+) \(certificate sha256 ([0-9a-f]{64})\)", line)
    assert m, line
    return proc, int(m.group(1)), m.group(2)


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(10)


def test_console_script_pairs_pays_and_keeps_its_state(tmp_path: Path) -> None:
    state = tmp_path / "kaspi.json"
    proc, port, fp = _start("--state", str(state))
    store = MemoryTokenStore()
    cfg = KaspiConfig(host="127.0.0.1", port=port, poll_interval=0.05, register_timeout=10)
    t = KaspiTerminal(cfg, store)
    try:
        prompt = RecordingPrompt()
        th = threading.Thread(target=t.register, args=(prompt,))
        th.start()
        assert proc.stdout is not None
        assert "registration request from «AlsepDesktop»" in proc.stdout.readline()
        assert proc.stdin is not None
        proc.stdin.write("allow AlsepDesktop\n")
        proc.stdin.flush()
        th.join(10)
        assert store.load().fingerprint == fp
        paid = t.pay(Money.parse("2500"), reference="s")
        assert paid.approved
        assert t.refund(Money.parse("1000"), reference="r", original_rrn=paid.rrn).approved
    finally:
        t.close()
        _stop(proc)
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert [(e["kind"], e["amount"]) for e in saved["ledger"]] == [("payment", 2500), ("refund", 1000)]
    assert [g["name"] for g in saved["grants"]] == ["AlsepDesktop"]
    proc, port, fp2 = _start("--state", str(state))  # a new certificate, the same grants and ledger
    try:
        assert fp2 != fp
        t2 = KaspiTerminal(KaspiConfig(host="127.0.0.1", port=port), MemoryTokenStore())
        with pytest.raises(IntegrationNameTaken):  # the name allowed before the restart is still allowed
            t2.register()
    finally:
        _stop(proc)


def test_console_commands() -> None:
    emu = KaspiEmulator(auto_allow=True)
    with EmulatorServer(emu) as srv:
        assert command(emu, srv, "plan unknown qr 0.5").startswith("planned Plan(outcome='unknown'")
        assert command(emu, srv, "fault drop /v2/status after").startswith("injected")
        assert command(emu, srv, "plan maybe") == "error: bad plan outcome 'maybe'/'success'"
        assert command(emu, srv, "ledger") == "taken 0 ₸, given back 0 ₸"
        old = srv.fingerprint
        assert command(emu, srv, "rotate") == f"new certificate sha256 {srv.fingerprint}" and srv.fingerprint != old
        assert command(emu, srv, "allow nobody") == "no registration of nobody is waiting"
        assert "commands:" in command(emu, srv, "help")
        assert command(emu, srv, "quit") is None
