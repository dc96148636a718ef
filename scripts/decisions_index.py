#!/usr/bin/env python3
"""The index of docs/decisions/: one line per record, grouped by the series (the issue) it belongs to.

    python scripts/decisions_index.py          # rewrite docs/decisions/README.md
    python scripts/decisions_index.py --check  # exit 1 if the index is not the one the files give

A record is ``NNNN-slug.md`` whose first line is ``# NNNN — Title`` and which has a line
``Status: …`` among its first lines (accepted, superseded, open, …). The first two digits name the
series: an area for the early records (00–07), the issue's number from 11 on (1101 is issue 11's
first record). ``tests/unit/arch/test_arch_decisions.py`` runs the check.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECISIONS = ROOT / "docs" / "decisions"
INDEX = DECISIONS / "README.md"
SERIES = {
    "00": "Foundations and the fiscal engine (issues 2, 4, 13)",
    "01": "OFD protocol 2.0.3 (issues 3, 10)",
    "02": "Marking codes and the camera (issue 6)",
    "03": "Catalog exchange, CSV and 1C (issues 7, 12)",
    "04": "Admin tab (issue 7)",
    "05": "Cashier window (issue 5)",
    "06": "Scanners and device settings (issue 6)",
    "07": "Card terminal (issue 15)",
    "11": "The cashier's day (issue 11)",
    "14": "Cloud and sync (issue 14)",
    "16": "Installer and kiosk (issue 16)",
    "20": "A counter day's defects (issue 20)",
    "21": "One-way layers (issue 21)",
    "22": "Marking and the national catalogue (issue 22)",
    "23": "Scales, label barcodes, customer display, parked receipts (issue 23)",
    "24": "The owner's cabinet (issue 24)",
    "25": "Self-service sign-up (issue 25)",
}
_NAME = re.compile(r"^(\d{4})-[\w.-]+\.md$")
_TITLE = re.compile(r"^#\s*(\d{4})\s*[—-]+\s*(.+?)\s*$")
_STATUS = re.compile(r"^\**Status:?\**:?\s*(.+)$", re.IGNORECASE)


def status_of(lines: list[str]) -> str | None:
    """The record's status in a few words: what its ``Status:`` line says before the details."""
    for line in lines[:12]:
        found = _STATUS.match(line.strip())
        if found:
            words = re.split(r"[.(;:]", found.group(1).replace("*", ""), maxsplit=1)[0]
            return words.strip(" ,") or None
    return None


def records() -> list[tuple[str, str, str, str]]:
    """(number, title, status, file name) of every record, in number order; a malformed one raises."""
    out = []
    for path in sorted(DECISIONS.glob("*.md")):
        if path == INDEX:
            continue
        name = _NAME.match(path.name)
        if not name:
            raise SystemExit(f"decisions: {path.name}: the name is not NNNN-slug.md")
        lines = path.read_text(encoding="utf-8").splitlines()
        title = _TITLE.match(lines[0]) if lines else None
        if not title or title.group(1) != name.group(1):
            raise SystemExit(f"decisions: {path.name}: the first line is not '# {name.group(1)} — Title'")
        status = status_of(lines)
        if status is None:
            raise SystemExit(f"decisions: {path.name}: no 'Status: …' line under the title")
        out.append((name.group(1), title.group(2), status, path.name))
    return out


def render() -> str:
    lines = ["# Decisions", "",
             "One short record per non-obvious decision: what was decided, why, and what follows.",
             "Numbers: the first two digits are the series, the last two the record. The early series",
             "(00–07) are areas; from 11 on a series is the issue that made its records (2001 is issue 20's).",
             "This index is written by `scripts/decisions_index.py`; do not edit it by hand.", ""]
    current = None
    for number, title, status, name in records():
        series = number[:2]
        if series != current:
            current = series
            lines += ["", f"## {series}xx — {SERIES.get(series, 'Other')}", ""]
        lines.append(f"- [{number}]({name}) — {title} · *{status}*")
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
