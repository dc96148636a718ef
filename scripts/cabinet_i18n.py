#!/usr/bin/env python3
"""The cabinet's gettext catalogs (src/alsep_cloud/web/locale, decision 2403), by Babel:

    cabinet_i18n.py extract   pybabel extract → web/locale/messages.pot (templates and Python)
    cabinet_i18n.py update    pybabel update: new msgids into ru, kk and en .po (translate them there)
    cabinet_i18n.py compile   pybabel compile → .mo beside each .po (scripts/setup.sh runs it)
    cabinet_i18n.py check     fails when a msgid of the code has no ru or kk translation

The .mo files are generated (gitignored) and shipped as package data.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "src" / "alsep_cloud" / "web"
LOCALE = WEB / "locale"
POT = LOCALE / "messages.pot"
LANGS = ("ru", "kk", "en")


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(output: Path = POT) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    pybabel("extract", "-F", str(WEB / "babel.cfg"), "-k", "N_", "--no-location", "--sort-output",
            "--project", "alsep-cloud", "-o", str(output), str(WEB))


def update() -> None:
    extract()
    for lang in LANGS:
        po = LOCALE / lang / "LC_MESSAGES" / "messages.po"
        if po.exists():
            pybabel("update", "-i", str(POT), "-d", str(LOCALE), "-l", lang, "--no-fuzzy-matching")
        else:
            pybabel("init", "-i", str(POT), "-d", str(LOCALE), "-l", lang)


def compile_mo() -> None:
    for lang in LANGS:
        pybabel("compile", "-d", str(LOCALE), "-l", lang, "--use-fuzzy" if lang == "en" else "--statistics")


def missing() -> list[str]:
    """``lang: msgid`` of every untranslated message of ru and kk (en is the source text), against
    a fresh extraction (into a temporary file: the committed .pot stays as it is)."""
    with tempfile.TemporaryDirectory() as tmp:
        pot = Path(tmp) / "messages.pot"
        extract(pot)
        with pot.open("rb") as f:
            wanted = {m.id for m in read_po(f) if m.id}
    out = []
    for lang in ("ru", "kk"):
        with (LOCALE / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            done = {m.id for m in read_po(f) if m.id and m.string and not m.fuzzy}
        out += [f"{lang}: {msgid}" for msgid in sorted(wanted - done, key=str)]
    return out


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "compile"
    if command == "extract":
        extract()
    elif command == "update":
        update()
    elif command == "compile":
        compile_mo()
    elif command == "check":
        gaps = missing()
        print("\n".join(gaps) or "cabinet_i18n: every message is translated")
        return 1 if gaps else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
