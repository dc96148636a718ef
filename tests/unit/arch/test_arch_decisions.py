"""docs/decisions/README.md is the index of every decision record, as the files give it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _index_module():
    spec = importlib.util.spec_from_file_location("decisions_index", ROOT / "scripts" / "decisions_index.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("decisions_index", module)
    spec.loader.exec_module(module)
    return module


def test_every_record_is_named_and_titled_and_the_index_is_current():
    index = _index_module()
    records = index.records()  # raises on a badly named or untitled record
    assert len({number for number, _, _, _ in records}) == len(records), "two records share a number"
    assert all(status for _, _, status, _ in records)
    assert index.main(["decisions_index.py", "--check"]) == 0


def test_the_index_links_every_record():
    text = (ROOT / "docs" / "decisions" / "README.md").read_text(encoding="utf-8")
    for path in (ROOT / "docs" / "decisions").glob("[0-9]*.md"):
        assert f"]({path.name})" in text, path.name
