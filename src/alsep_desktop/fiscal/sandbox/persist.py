"""Keep the sandbox's fiscal memory between runs (demo and the console script's ``--state``).

A pickle of ``FiscalMemory`` in which protocol messages travel as their own bytes. The file is
the sandbox's own, on the local machine; it is never read from anywhere else.
"""

from __future__ import annotations

import io
import os
import pickle
import threading
from pathlib import Path

from google.protobuf.message import Message

from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.sandbox.memory import FiscalMemory


def _message(name: str, data: bytes) -> Message:
    cls = getattr(pb, name)
    msg = cls()
    msg.ParseFromString(data)
    return msg


def _lock() -> threading.Lock:
    return threading.Lock()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object):  # noqa: ANN201
        if isinstance(obj, Message):
            return _message, (type(obj).__name__, obj.SerializeToString())
        if isinstance(obj, type(threading.Lock())):
            return _lock, ()
        return NotImplemented


def save(memory: FiscalMemory, path: Path) -> None:
    buf = io.BytesIO()
    with memory._lock:  # noqa: SLF001 - a consistent snapshot
        _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(memory)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(buf.getvalue())
    os.replace(tmp, path)


def load(path: Path) -> FiscalMemory | None:
    if not path.exists():
        return None
    try:
        memory = pickle.loads(path.read_bytes())  # noqa: S301 - our own local state file
    except Exception:  # a state file of an older sandbox (schema or class changed): start afresh
        return None
    if not isinstance(memory, FiscalMemory):
        return None
    if any(not hasattr(r, "auto_closed") for r in memory._registers.values()):  # noqa: SLF001
        return None  # written by an older sandbox
    return memory
