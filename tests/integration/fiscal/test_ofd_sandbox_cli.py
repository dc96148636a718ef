"""The console entry point ``alsep_desktop.fiscal.sandbox.cli:main`` serves real clients."""

from __future__ import annotations

import subprocess
import sys

import pytest

from alsep_desktop.fiscal.client import OfdClient
from alsep_desktop.fiscal.requests import info_request
from alsep_desktop.fiscal.samples import REGISTRATION
from alsep_desktop.fiscal.sandbox.cli import build_parser
from alsep_desktop.fiscal.tokens import InMemoryTokenStore


def test_parser_reads_registers() -> None:
    args = build_parser().parse_args(["--port", "0", "--register", "5:6", "--register", "7:8"])
    assert args.register == [(5, 6), (7, 8)]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--register", "nonsense"])


@pytest.mark.timeout(60)
def test_console_sandbox_answers() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "alsep_desktop.fiscal.sandbox", "--port", "0", "--register", "31:41"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "listening on 127.0.0.1:" in line
        port = int(line.rsplit(":", 1)[1])
        client = OfdClient("127.0.0.1", port, 31, 41, InMemoryTokenStore(), connect_timeout=2, io_timeout=5)
        out = client.call(info_request(REGISTRATION))
        assert out.accepted and out.response.service.reg_info.kkm.fns_kkm_id == REGISTRATION.fns_kkm_id
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.timeout(60)
def test_console_sandbox_writes_its_records_on_sigterm(tmp_path) -> None:
    import json
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from alsep_desktop.fiscal.requests import (
        MoneyPlacementKind,
        money_placement_request,
        operator_pb,
        service_pb,
    )
    from alsep_desktop.fiscal.samples import REGISTRATION

    records = tmp_path / "records.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "alsep_desktop.fiscal.sandbox", "--port", "0", "--register", "31:41",
         "--records", str(records)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().rsplit(":", 1)[1])
        client = OfdClient("127.0.0.1", port, 31, 41, InMemoryTokenStore(), connect_timeout=2, io_timeout=5)
        when = datetime(2026, 1, 5, 10, 0, tzinfo=ZoneInfo("Asia/Almaty"))
        out = client.call(money_placement_request(MoneyPlacementKind.DEPOSIT, 10_000, when=when,
                                                  operator=operator_pb(1), document_number=77,
                                                  service=service_pb(REGISTRATION)))
        assert out.accepted
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
    data = json.loads(records.read_text())
    assert [d["key"] for d in data["documents"]] == ["money:77"]
    assert data["stats"]["31"]["documents"] == 1
