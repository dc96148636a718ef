"""``alsep-cloud`` bootstrap and upgrade: the admin password comes from the environment or a
prompt, never from the arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cloud.support import new_iin_bin


def _run(args: list[str], password: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALSEP_CLOUD_")}
    env.update({"ALSEP_CLOUD_ARGON2_TIME": "1", "ALSEP_CLOUD_ARGON2_MEMORY": "1024"})
    if password is not None:
        env["ALSEP_CLOUD_ADMIN_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "alsep_cloud", *args], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def test_bootstrap_reads_the_password_from_the_environment(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cloud.sqlite'}"
    assert _run(["--db", db, "upgrade"], None).returncode == 0
    bin_ = new_iin_bin()
    args = ["--db", db, "bootstrap", "--company", "ТОО Демо", "--iin-bin", bin_, "--email", "admin@demo.kz",
            "--full-name", "Ерлан Жұмабаев"]
    no_password = _run(args, None)
    assert no_password.returncode != 0 and "ALSEP_CLOUD_ADMIN_PASSWORD" in no_password.stderr
    done = _run(args, "admin123")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["email"] == "admin@demo.kz" and out["company_id"]
    again = _run(args, "admin123")
    assert again.returncode != 0 and "conflict.duplicate" in again.stderr
    assert _run([*args, "--password", "x"], "admin123").returncode == 2  # no such argument
