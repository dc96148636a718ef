"""The emulator's state on disk (ledger, allowed names, processes), written whole or not at all."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()


def write_state(emulator: Any, path: str | Path) -> None:
    """Replace ``path`` with the emulator's state; a crash mid-write leaves the previous file."""
    text = json.dumps(emulator.to_state(), ensure_ascii=False, indent=1)
    with _LOCK:
        tmp = Path(f"{path}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
