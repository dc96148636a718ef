#!/usr/bin/env python3
"""Generate the OFD protocol modules (``*_pb2.py``) from ``fiscal/proto/*.proto``.

Run by ``scripts/setup.sh`` after ``pip install``. Idempotent and fast: a module is
regenerated only when its ``.proto`` changed (sha256 recorded in the generated file)
or the module is missing. Uses the protoc bundled with grpcio-tools, so no system
protoc is needed. Exit code 0 on success, 1 on a protoc failure.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTO_DIR = ROOT / "src" / "alsep_desktop" / "fiscal" / "proto"
STAMP = "# alsep-proto-sha256: "


def _digest(proto: Path) -> str:
    return hashlib.sha256(proto.read_bytes()).hexdigest()


def _up_to_date(proto: Path, module: Path) -> bool:
    if not module.exists():
        return False
    with module.open(encoding="utf-8") as fh:
        first = fh.readline().strip()
    return first == f"{STAMP}{_digest(proto)}"


def generate(force: bool = False) -> int:
    protos = sorted(PROTO_DIR.glob("*.proto"))
    if not protos:
        print(f"gen_proto: no .proto files in {PROTO_DIR}", file=sys.stderr)
        return 1
    todo = [p for p in protos if force or not _up_to_date(p, p.with_name(p.stem + "_pb2.py"))]
    if not todo:
        print("gen_proto: up to date")
        return 0
    from grpc_tools import protoc  # dev dependency; imported only when work is needed

    for proto in todo:
        args = [
            "protoc",
            f"-I{PROTO_DIR}",
            f"--python_out={PROTO_DIR}",
            f"--pyi_out={PROTO_DIR}",
            str(proto),
        ]
        if protoc.main(args) != 0:
            print(f"gen_proto: protoc failed for {proto.name}", file=sys.stderr)
            return 1
        module = proto.with_name(proto.stem + "_pb2.py")
        body = module.read_text(encoding="utf-8")
        module.write_text(f"{STAMP}{_digest(proto)}\n{body}", encoding="utf-8")
        print(f"gen_proto: generated {module.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(generate(force="--force" in sys.argv[1:]))
