"""Start a counter process (``counter_process.py``) and talk to it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


class CounterProcess:
    def __init__(self, data_dir: Path, cloud_url: str, register_id: str, credential: str, *,
                 page_size: int = 1000, interval: float = 0.3) -> None:
        self.args = (data_dir, cloud_url, register_id, credential, page_size, interval)
        self.proc: subprocess.Popen[str] | None = None
        self.start()

    def start(self) -> None:
        data_dir, cloud_url, register_id, credential, page_size, interval = self.args
        env = {**os.environ, "ALSEP_TEST_DEVICE_CREDENTIAL": credential, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.counter_process", "--data-dir", str(data_dir), "--cloud-url", cloud_url,
             "--register", register_id, "--page-size", str(page_size), "--interval", str(interval)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        ready = self._read()
        assert ready.get("ok") == "ready", ready
        self.pid = ready.get("pid")

    def _read(self) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the counter process ended (exit {self.proc.poll()})")
        return json.loads(line)

    def call(self, op: str, **kw: Any) -> Any:
        out = self.ask(op, **kw)
        if "error" in out:
            raise AssertionError(f"{op}: {out['error']}: {out['message']}\n{out.get('trace', '')}")
        return out["ok"]

    def ask(self, op: str, **kw: Any) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **kw}) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def kill(self) -> None:
        """SIGKILL: no clean-up at all (a power cut)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def close(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:
                self.ask("exit")
            except (RuntimeError, BrokenPipeError, OSError):
                pass
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        self.proc = None
