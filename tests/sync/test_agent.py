"""The headless agent (``python -m alsep_desktop.app.sync_agent``) in its own process against the real cloud."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from alsep_desktop.app.config import AppConfig
from alsep_desktop.cloud_client.credentials import save_device_credential
from alsep_desktop.secrets import FileSecrets
from tests.conftest import FAST_ARGON2

ROOT = Path(__file__).resolve().parents[2]


def _agent(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "alsep_desktop.app.sync_agent", "--data-dir", str(data), *args],
                            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_the_agent_mirrors_once_and_runs_until_told_to_stop(tenant, tmp_path: Path) -> None:
    reg = tenant.register()
    made = [tenant.product(reg, f"G{i}") for i in range(5)]
    data = tmp_path / "pc"
    AppConfig(data_dir=data, secrets="file", argon2=FAST_ARGON2).save()
    unbound = _agent(data, "--once")
    _, err = unbound.communicate(timeout=60)
    assert unbound.returncode == 2 and "not bound" in err

    cred = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": "agent-pc"})["credential"]
    save_device_credential(FileSecrets(data / "secrets.json"), cloud_url=tenant.server.url, register_id=reg["id"],
                           credential=cred)
    once = _agent(data, "--once")
    out, err = once.communicate(timeout=120)
    assert once.returncode == 0, err
    status = json.loads(out.strip().splitlines()[-1])
    assert status["online"] and status["error_code"] is None and status["waiting"] == 0
    assert cred not in out and cred not in err
    db = create_engine(f"sqlite:///{data / 'alsep.sqlite'}")
    with db.connect() as conn:
        uuids = set(conn.execute(text("SELECT uuid FROM product")).scalars())
    db.dispose()
    assert {p["id"] for p in made} <= uuids

    running = _agent(data)
    assert running.stdout is not None
    first = json.loads(running.stdout.readline())  # a line each time the status changes: online first
    assert first["configured"] and first["online"] and first["last_synced_at"]
    running.send_signal(signal.SIGTERM)
    assert running.wait(30) == 0
    running.stdout.close()
    running.stderr.close()  # type: ignore[union-attr]
