#!/usr/bin/env python3
"""The index of docs/decisions/: one line per record, grouped by the series (the issue) it belongs to.

    python scripts/decisions_index.py          # rewrite docs/decisions/README.md
    python scripts/decisions_index.py --check  # exit 1 if the index is not the one the files give

A record is ``NNNN-slug.md`` whose first line is ``# NNNN — Title``; its first two digits name
the series. ``tests/unit/arch/test_arch_decisions.py`` runs the check.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECISIONS = ROOT / "docs" / "decisions"
INDEX = DECISIONS / "README.md"
SERIES = {
    "00": "Foundations: money, store, secrets, sign-in",
    "01": "OFD protocol 2.0.3",
    "02": "Marking codes and the camera",
    "03": "Catalog exchange (CSV, 1C)",
    "04": "Admin tab",
    "05": "Cashier window",
    "06": "Scanners and device settings",
    "07": "Card terminal",
    "11": "The cashier's day",
    "14": "Cloud and sync",
    "16": "Installer and kiosk",
    "20": "A counter day's defects (issue 20)",
    "21": "One-way layers (issue 21)",
    "22": "Marking and the national catalogue (issue 22)",
    "23": "Scales, label barcodes, customer display, parked receipts (issue 23)",
    "24": "The owner's cabinet (issue 24)",
    "25": "Self-service sign-up (issue 25)",
}
_NAME = re.compile(r"^(\d{4})-[\w.-]+\.md$")
_TITLE = re.compile(r"^#\s*(\d{4})\s*[—-]+\s*(.+?)\s*$")


def records() -> list[tuple[str, str, str]]:
    """(number, title, file name) of every record, in number order; a malformed one raises."""
    out = []
    for path in sorted(DECISIONS.glob("*.md")):
        if path == INDEX:
            continue
        name = _NAME.match(path.name)
        if not name:
            raise SystemExit(f"decisions: {path.name}: the name is not NNNN-slug.md")
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        title = _TITLE.match(first[0]) if first else None
        if not title or title.group(1) != name.group(1):
            raise SystemExit(f"decisions: {path.name}: the first line is not '# {name.group(1)} — Title'")
        out.append((name.group(1), title.group(2), path.name))
    return out


def render() -> str:
    lines = ["# Decisions", "",
             "One short record per non-obvious decision: what was decided, why, and what follows.",
             "Numbers: the first two digits are the series (the issue), the last two the record.",
             "This index is written by `scripts/decisions_index.py`; do not edit it by hand.", ""]
    current = None
    for number, title, name in records():
        series = number[:2]
        if series != current:
            current = series
            lines += ["", f"## {series}xx — {SERIES.get(series, 'Other')}", ""]
        lines.append(f"- [{number}]({name}) — {title}")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not INDEX.exists() or INDEX.read_text(encoding="utf-8") != text:
            print("decisions: docs/decisions/README.md is stale: run scripts/decisions_index.py", file=sys.stderr)
            return 1
        return 0
    INDEX.write_text(text, encoding="utf-8")
    print(f"decisions: {len(records())} records indexed in {INDEX.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
