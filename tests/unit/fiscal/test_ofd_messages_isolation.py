"""Message tables cover every code; the client side never imports the sandbox."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import alsep_desktop.fiscal as fiscal_pkg
from alsep_desktop.fiscal import errors, messages
from alsep_desktop.fiscal.protocol import ResultCode

FISCAL_DIR = Path(fiscal_pkg.__file__).parent
ERROR_CODES = [
    cls.code for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, errors.FiscalError)
]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_code_has_a_message(lang: str) -> None:
    table = messages.TABLES[lang]
    codes = [rc.stable_code for rc in ResultCode] + ["ofd.unknown_result"] + ERROR_CODES
    missing = [c for c in codes if not table.get(c)]
    assert missing == []
    assert set(table) == set(messages.RU)


def test_message_for_falls_back() -> None:
    assert messages.message_for("ofd.blocked", "kk") == messages.KK["ofd.blocked"]
    assert messages.message_for("ofd.blocked", "de") == messages.RU["ofd.blocked"]
    assert messages.message_for("no.such.code", "en") == messages.EN["fiscal.error"]


def test_error_codes_are_stable_and_unique() -> None:
    assert len(ERROR_CODES) == len(set(ERROR_CODES))
    assert all(c.startswith("fiscal.") for c in ERROR_CODES)
    from alsep_desktop.errors import AlsepError

    assert issubclass(errors.FiscalError, AlsepError)


def test_no_client_module_imports_the_sandbox() -> None:
    offenders = []
    for path in FISCAL_DIR.rglob("*.py"):
        if "sandbox" in path.relative_to(FISCAL_DIR).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            if any("sandbox" in n for n in names):
                offenders.append(str(path))
    assert offenders == []


def test_importing_the_client_does_not_load_the_sandbox_or_qt() -> None:
    code = (
        "import sys, alsep_desktop.fiscal.client, alsep_desktop.fiscal.ticket_mapping;"
        "bad = [m for m in sys.modules if 'sandbox' in m or m.startswith('PySide6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_missing_generated_module_gives_a_clear_error() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.endswith('fiscal.proto.ofd_pb2'):\n"
        "            raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "try:\n"
        "    import alsep_desktop.fiscal.codec\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "make test" in done.stdout and "gen_proto.py" in done.stdout


def test_generated_module_is_up_to_date_with_the_schema() -> None:
    root = FISCAL_DIR.parents[2]
    sys.path.insert(0, str(root / "scripts"))
    try:
        import gen_proto
    finally:
        sys.path.pop(0)
    proto = FISCAL_DIR / "proto" / "ofd.proto"
    assert gen_proto._up_to_date(proto, proto.with_name("ofd_pb2.py"))
