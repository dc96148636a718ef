"""Generated protocol modules. ``ofd_pb2`` is produced by ``scripts/gen_proto.py``.

Import ``pb`` from here (``from alsep_desktop.fiscal.proto import pb``), never the
generated module directly, so a missing build step gives one clear message.
"""

from __future__ import annotations

try:
    from alsep_desktop.fiscal.proto import ofd_pb2 as pb
except ImportError as exc:  # pragma: no cover - exercised only on a broken checkout
    raise ImportError(
        "alsep_desktop.fiscal.proto.ofd_pb2 is missing: the OFD protocol modules are "
        "generated from ofd.proto. Run `make test` (or `bash scripts/setup.sh test`, or "
        "`.venv/bin/python scripts/gen_proto.py`) to generate them."
    ) from exc

__all__ = ["pb"]
