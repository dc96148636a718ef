"""Keep the sandbox's fiscal memory between runs (demo and the console script's ``--state``).

The state is JSON (issue 13: no pickle, which runs code of whoever wrote the file). Values are
tagged so they come back with their types: tuples, sets, dicts with non-string keys, datetimes,
bytes, protocol messages (as their own bytes, base64) and the sandbox's dataclasses, which are
rebuilt only from a fixed list of classes. A file that is not such JSON (a pickle of an older
sandbox, a damaged file) is ignored: the sandbox starts afresh.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import os
import random
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from google.protobuf.message import Message

from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.sandbox import counters, memory
from alsep_desktop.fiscal.sandbox.memory import FiscalMemory

log = logging.getLogger(__name__)

FORMAT = "alsep-ofd-sandbox-state"
VERSION = 1
#: the only classes a state file may name
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (memory.Register, memory.RegData, memory.Document, counters.ShiftCounters, counters.Lifetime,
                counters.CountSum)
}


class StateError(ValueError):
    pass


def _enc(value: Any) -> Any:  # noqa: PLR0911 - one branch per type
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return int(value) if isinstance(value, int) else value
    if isinstance(value, list):
        return [_enc(v) for v in value]
    if isinstance(value, tuple):
        return {"t": [_enc(v) for v in value]}
    if isinstance(value, set | frozenset):
        return {"set": [_enc(v) for v in sorted(value, key=repr)]}
    if isinstance(value, dict):
        return {"d": [[_enc(k), _enc(v)] for k, v in value.items()]}
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, bytes | bytearray):
        return {"b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Message):
        return {"pb": type(value).__name__, "v": base64.b64encode(value.SerializeToString()).decode("ascii")}
    if dataclasses.is_dataclass(value) and type(value).__name__ in _CLASSES:
        return {"dc": type(value).__name__,
                "f": {f.name: _enc(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    raise StateError(f"cannot keep a {type(value).__name__} in the sandbox state")


def _dec(value: Any) -> Any:  # noqa: PLR0911
    if isinstance(value, list):
        return [_dec(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "t" in value:
        return tuple(_dec(v) for v in value["t"])
    if "set" in value:
        return {_dec(v) for v in value["set"]}
    if "d" in value:
        return {_dec(k): _dec(v) for k, v in value["d"]}
    if "dt" in value:
        return datetime.fromisoformat(value["dt"])
    if "b" in value:
        return base64.b64decode(value["b"])
    if "pb" in value:
        cls = getattr(pb, str(value["pb"]), None)
        if not (isinstance(cls, type) and issubclass(cls, Message)):
            raise StateError(f"unknown message {value['pb']!r}")
        msg = cls()
        msg.ParseFromString(base64.b64decode(value["v"]))
        return msg
    if "dc" in value:
        cls = _CLASSES.get(str(value["dc"]))
        if cls is None:
            raise StateError(f"unknown class {value['dc']!r}")
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: _dec(v) for k, v in value["f"].items() if k in known})
    raise StateError("unknown value in the sandbox state")


def dumps(mem: FiscalMemory) -> str:
    with mem._lock:  # noqa: SLF001 - a consistent snapshot
        state = {
            "registers": _enc(mem._registers),  # noqa: SLF001
            "signs": _enc(mem._signs),  # noqa: SLF001
            "rng": _enc(mem._rng.getstate()),  # noqa: SLF001
            "auto_register": mem.auto_register,
            "nomenclature_version": mem.nomenclature_version,
            "accounts": _enc(mem.accounts),
        }
    return json.dumps({"format": FORMAT, "version": VERSION, "memory": state}, ensure_ascii=False)


def loads(text: str) -> FiscalMemory:
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise StateError("not a sandbox state of this version")
    state = data["memory"]
    mem = FiscalMemory(auto_register=bool(state["auto_register"]),
                       nomenclature_version=int(state["nomenclature_version"]))
    mem._registers = _dec(state["registers"])  # noqa: SLF001
    mem._signs = _dec(state["signs"])  # noqa: SLF001
    rng = random.Random()
    rng.setstate(_dec(state["rng"]))
    mem._rng = rng  # noqa: SLF001
    mem._lock = threading.Lock()  # noqa: SLF001
    mem.accounts = _dec(state["accounts"])
    if not all(isinstance(r, memory.Register) for r in mem._registers.values()):  # noqa: SLF001
        raise StateError("a register of the state is not one")
    return mem


def save(mem: FiscalMemory, path: Path) -> None:
    text = dumps(mem)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def load(path: Path) -> FiscalMemory | None:
    if not path.exists():
        return None
    try:
        return loads(path.read_text(encoding="utf-8"))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        # an older sandbox's pickle, or a damaged file: never executed, the sandbox starts afresh
        log.warning("sandbox state %s not loaded (%s): starting afresh", path, type(exc).__name__)
        return None
