#!/usr/bin/env python3
"""Qt Linguist translations: extract with pyside6-lupdate, compile with pyside6-lrelease.

    python scripts/translations.py update    # sources → resources/translations/alsep_*.ts
    python scripts/translations.py compile   # *.ts → src/alsep_desktop/resources/translations/*.qm
    python scripts/translations.py check     # exit 1 if a .ts is stale or has an unfinished string
    python scripts/translations.py fill      # update, then take translations from pending/*.json

``fill`` lets several people add strings at once without editing the XML by hand: each writes
``resources/translations/pending/<area>.json``, a list of ``{"context", "source", "ru", "kk"}``
(a plural message: lists of forms, 3 for ru, 2 for kk, and ``"en"`` with 2), and runs ``fill``;
it holds a lock while it runs lupdate, writes the translations in and compiles. Once the .ts
files carry them, the pending files can go.

``update`` scans every ``.py`` of ``src/alsep_desktop`` for ``translate("Context", "Text")``
(the UI) and ``QT_TRANSLATE_NOOP("Context", "Text")`` (the Qt-free core) and merges what it finds
into ``alsep_ru.ts`` and ``alsep_kk.ts``: new strings arrive as ``type="unfinished"``, strings no
longer in the code are dropped. ``alsep_en.ts`` holds only the messages with plural forms
(English is the source language). Translate with ``pyside6-linguist`` or in any editor.

``compile`` is what set-up runs (``scripts/build_resources.py``): quick and idempotent, it runs
lrelease only when a ``.ts`` changed since the last build (sha256 in a stamp file).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "alsep_desktop"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "resources" / "translations"
STAMP = QM_DIR / ".sources.json"
LANGUAGES = ("ru", "kk")  # full catalogs; English is the source language
PLURAL_ONLY = ("en",)  # English plural forms only


def ts_path(language: str, where: Path = TS_DIR) -> Path:
    return where / f"alsep_{language}.ts"


def tool(name: str) -> list[str]:
    """The command of a Qt tool shipped with PySide6 (``lupdate``, ``lrelease``)."""
    wrapper = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (wrapper, wrapper.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "libexec" / name):
            if candidate.exists():
                return [str(candidate)]
    raise SystemExit(f"translations: {name} not found (pip install PySide6-Essentials in this Python)")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if not p.name.endswith("_pb2.py"))


def run_lupdate(targets: dict[str, Path]) -> None:
    """Merge the strings of the sources into each ``language → .ts`` of ``targets``."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
        for language, path in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            args = [*tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-sort-messages",
                    "-source-language", "en", "-target-language", language]
            if language in PLURAL_ONLY:
                args.append("-pluralonly")
            subprocess.run([*args, f"@{listing}", "-ts", str(path)], check=True)


def update() -> int:
    run_lupdate({lang: ts_path(lang) for lang in (*LANGUAGES, *PLURAL_ONLY)})
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        todo = unfinished(ts_path(lang))
        print(f"translations: {ts_path(lang).relative_to(ROOT)}: {len(todo)} to translate")
    return 0


# -- reading .ts files ---------------------------------------------------------------------------


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → <message> of a .ts file."""
    out: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return out


def unfinished(path: Path) -> list[tuple[str, str]]:
    """Messages without a finished translation: unfinished, vanished, obsolete or empty."""
    todo = []
    for (context, source, _), message in messages(path).items():
        translation = message.find("translation")
        forms = [] if translation is None else (
            [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes"
            else [translation.text or ""])
        if translation is None or translation.get("type") or not forms or not all(f.strip() for f in forms):
            todo.append((context, source))
    return todo


def stale() -> dict[str, set[tuple[str, str, str]]]:
    """Per language: (context, source, disambiguation) that differ between the sources and the .ts."""
    diff: dict[str, set[tuple[str, str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {lang: ts_path(lang, Path(tmp)) for lang in (*LANGUAGES, *PLURAL_ONLY)}
        run_lupdate(fresh)
        for lang, path in fresh.items():
            committed = set(messages(ts_path(lang))) if ts_path(lang).exists() else set()
            diff[lang] = committed ^ set(messages(path))
    return diff


def check() -> int:
    bad = 0
    for lang, pairs in stale().items():
        if pairs:
            bad += 1
            print(f"translations: alsep_{lang}.ts is not up to date with the sources ({len(pairs)} strings): "
                  "run scripts/translations.py update", file=sys.stderr)
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        todo = unfinished(ts_path(lang))
        if todo:
            bad += 1
            print(f"translations: alsep_{lang}.ts: {len(todo)} unfinished, e.g. {todo[:3]}", file=sys.stderr)
    return 1 if bad else 0


# -- compiling -----------------------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compile_qm(force: bool = False) -> int:
    """lrelease every .ts whose content changed since the last build (or whose .qm is missing)."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    try:
        done = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        done = {}
    todo = []
    for ts in sorted(TS_DIR.glob("alsep_*.ts")):
        qm = QM_DIR / ts.with_suffix(".qm").name
        if force or not qm.exists() or done.get(ts.name) != _digest(ts):
            todo.append((ts, qm))
    if not todo:
        print("translations: up to date")
        return 0
    for ts, qm in todo:
        tmp = qm.with_suffix(".qm.tmp")
        subprocess.run([*tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(tmp)], check=True)
        os.replace(tmp, qm)
        done[ts.name] = _digest(ts)
        print(f"translations: compiled {qm.relative_to(ROOT)}")
    STAMP.write_text(json.dumps(done, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


PENDING = TS_DIR / "pending"


def _set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if isinstance(text, list):
        translation.text = None
        for form in text:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def fill() -> int:
    """``update`` under a lock, then the translations of ``pending/*.json`` written in."""
    import fcntl

    with open(TS_DIR / ".fill.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        run_lupdate({lang: ts_path(lang) for lang in (*LANGUAGES, *PLURAL_ONLY)})
        entries = []
        for pending in sorted(PENDING.glob("*.json")):
            entries.extend(json.loads(pending.read_text(encoding="utf-8")))
        missing = 0
        for lang in (*LANGUAGES, *PLURAL_ONLY):
            path = ts_path(lang)
            tree = ET.parse(path)
            found = {}
            for context in tree.getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    found[(name, message.findtext("source") or "")] = message
            for entry in entries:
                message = found.get((entry["context"], entry["source"]))
                if lang not in entry:
                    continue
                if message is None:
                    if lang != "en":
                        missing += 1
                        print(f"translations: not in the sources: {entry['context']}: {entry['source']!r}",
                              file=sys.stderr)
                    continue
                _set_translation(message, entry[lang])
            tree.write(path, encoding="utf-8", xml_declaration=True)
        run_lupdate({lang: ts_path(lang) for lang in (*LANGUAGES, *PLURAL_ONLY)})  # lupdate's layout again
        for lang in (*LANGUAGES, *PLURAL_ONLY):
            todo = unfinished(ts_path(lang))
            print(f"translations: {ts_path(lang).relative_to(ROOT)}: {len(todo)} to translate"
                  + (f", e.g. {todo[:3]}" if todo else ""))
        compile_qm()
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "compile"
    if command == "update":
        return update()
    if command == "compile":
        return compile_qm(force="--force" in argv)
    if command == "check":
        return check()
    if command == "fill":
        return fill()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
