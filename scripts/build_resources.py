#!/usr/bin/env python3
"""Build what the app loads from the top-level ``resources/`` into the package data.

- ``resources/translations/*.ts`` → ``src/alsep_desktop/resources/translations/*.qm``
  (``pyside6-lrelease``, through ``scripts/translations.py compile``);
- ``resources/fonts/*`` (DejaVu Sans Mono and its licence, for raster and PDF receipts) →
  ``src/alsep_desktop/resources/fonts/``.

The package copy is generated (gitignored) and listed as package data in ``pyproject.toml``,
so an editable install, a wheel and a frozen bundle all find it beside the code. Run by
``scripts/setup.sh``; idempotent and quick: files are copied only when their content changed.
"""

from __future__ import annotations

import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
PACKAGE = ROOT / "src" / "alsep_desktop" / "resources"
COPIED = ("fonts",)  # shipped as they are


def copy_tree(name: str) -> int:
    source, target = RESOURCES / name, PACKAGE / name
    target.mkdir(parents=True, exist_ok=True)
    copied = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        dest = target / path.relative_to(source)
        if dest.exists() and filecmp.cmp(path, dest, shallow=False):
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
        copied += 1
    return copied


def main() -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    copied = sum(copy_tree(name) for name in COPIED)
    if copied:
        print(f"build_resources: copied {copied} file(s) into {PACKAGE.relative_to(ROOT)}")
    return translations.compile_qm()


if __name__ == "__main__":
    sys.exit(main())
