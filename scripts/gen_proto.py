#!/usr/bin/env python3
"""Generate the OFD protocol modules (``*_pb2.py``) and their type stubs (``*_pb2.pyi``)
from ``fiscal/proto/*.proto``.

Run by ``scripts/setup.sh`` after ``pip install``. Idempotent and fast: a module is
regenerated only when its ``.proto`` changed (sha256 recorded in both generated files)
or a file is missing. Uses the protoc bundled with grpcio-tools, so no system protoc is
needed; the stubs come from the mypy-protobuf plugin (``protoc-gen-mypy``, dev extra),
which types every field, enum and nested message for mypy (decision 2101). Exit code 0
on success, 1 on a protoc failure.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTO_DIR = ROOT / "src" / "alsep_desktop" / "fiscal" / "proto"
STAMP = "# alsep-proto-sha256: "


def _digest(proto: Path) -> str:
    return hashlib.sha256(proto.read_bytes()).hexdigest()


def _outputs(proto: Path) -> list[Path]:
    return [proto.with_name(proto.stem + "_pb2.py"), proto.with_name(proto.stem + "_pb2.pyi")]


def _up_to_date(proto: Path, generated: Path) -> bool:
    if not generated.exists():
        return False
    with generated.open(encoding="utf-8") as fh:
        first = fh.readline().strip()
    return first == f"{STAMP}{_digest(proto)}"


def _all_up_to_date(proto: Path) -> bool:
    return all(_up_to_date(proto, out) for out in _outputs(proto))


def _mypy_plugin() -> Path:
    """protoc-gen-mypy installed beside this interpreter (the venv's bin/ or Scripts/)."""
    name = "protoc-gen-mypy.exe" if os.name == "nt" else "protoc-gen-mypy"
    return Path(sys.executable).with_name(name)


def generate(force: bool = False) -> int:
    protos = sorted(PROTO_DIR.glob("*.proto"))
    if not protos:
        print(f"gen_proto: no .proto files in {PROTO_DIR}", file=sys.stderr)
        return 1
    todo = [p for p in protos if force or not _all_up_to_date(p)]
    if not todo:
        print("gen_proto: up to date")
        return 0
    plugin = _mypy_plugin()
    if not plugin.exists():
        print(f"gen_proto: {plugin} missing (pip install mypy-protobuf)", file=sys.stderr)
        return 1
    from grpc_tools import protoc  # dev dependency; imported only when work is needed

    for proto in todo:
        args = [
            "protoc",
            f"-I{PROTO_DIR}",
            f"--python_out={PROTO_DIR}",
            f"--plugin=protoc-gen-mypy={plugin}",
            f"--mypy_out={PROTO_DIR}",
            str(proto),
        ]
        if protoc.main(args) != 0:
            print(f"gen_proto: protoc failed for {proto.name}", file=sys.stderr)
            return 1
        for generated in _outputs(proto):
            body = generated.read_text(encoding="utf-8")
            generated.write_text(f"{STAMP}{_digest(proto)}\n{body}", encoding="utf-8")
            print(f"gen_proto: generated {generated.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(generate(force="--force" in sys.argv[1:]))
