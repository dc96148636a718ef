"""Which files make one 1C export: ``import.xml`` + ``offers.xml``, and 1C's other names for them.

1C writes, depending on the configuration and the exchange settings (decision 0306):

* ``import.xml`` + ``offers.xml`` (the old "Выгрузка в CommerceML", УТ 10, БП);
* ``import0_1.xml`` + ``offers0_1.xml`` («Обмен с сайтом» of УТ 11, Розница 2, УНФ), and when a
  package size is set, the numbered parts ``import0_1.xml``, ``import0_2.xml``, … with
  ``offers0_1.xml``, ``offers0_2.xml``, …;
* ``import___<guid>.xml`` + ``offers___<guid>.xml`` and, in the newer exchange,
  ``prices___<guid>.xml`` with the prices apart from the offers.

``find_commerceml(path)`` takes any one of the import files, or the folder, and returns every
part in order, with the offers (and prices) that go with them, without flags. A missing file, a
missing offers file or a file that cannot be read is an ``ImportFailed`` naming it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from alsep_desktop.exchange.progress import open_path
from alsep_desktop.exchange.rows import IssueCode, fatal
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

_PART_RE = re.compile(r"^(import|offers|prices)(\d+)_(\d+)\.xml$", re.IGNORECASE)
_KIND_RE = re.compile(r"^(import|offers|prices)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CmlFiles:
    imports: tuple[Path, ...]  # Классификатор + Каталог, in part order
    offers: tuple[Path, ...]  # ПакетПредложений: offers first, then prices files

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in (*self.imports, *self.offers))


def is_commerceml(path: str | os.PathLike[str]) -> bool:
    """A 1C export: an ``.xml`` file or a folder (CSV is everything else)."""
    p = Path(path)
    return p.suffix.lower() == ".xml" or p.is_dir()


def _part_key(p: Path) -> tuple[int, int, str]:
    m = _PART_RE.match(p.name)
    return (int(m.group(2)), int(m.group(3)), p.name) if m else (-1, -1, p.name.lower())


def _siblings(folder: Path, kind: str, like: Path | None) -> list[Path]:
    """The ``kind`` files (offers, prices) that go with the import file ``like`` (or all in ``folder``)."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    found = []
    m = _PART_RE.match(like.name) if like is not None else None
    for p in entries:
        if not p.is_file() or p.suffix.lower() != ".xml" or not p.name.lower().startswith(kind):
            continue
        if m is not None:
            pm = _PART_RE.match(p.name)
            if pm is None or pm.group(2) != m.group(2):
                continue
        elif like is not None and p.name.lower() != kind + like.name.lower()[len("import"):]:
            continue
        found.append(p)
    return sorted(found, key=_part_key)


def find_commerceml(path: str | os.PathLike[str], offers: str | os.PathLike[str] | None = None) -> CmlFiles:
    """The files of one 1C export, given one import file (any part) or the folder."""
    p = Path(path)
    if p.is_dir():
        imports = sorted((q for q in p.iterdir() if q.is_file() and _KIND_RE.match(q.name)
                          and q.name.lower().startswith("import") and q.suffix.lower() == ".xml"), key=_part_key)
        if not imports:
            raise fatal(IssueCode.NOT_FOUND, QT_TRANSLATE_NOOP("ImportIssues", "the folder {file} has no 1C import "
                        "file (import.xml, import0_1.xml)"), file=os.fspath(p))  # fmt: skip
        like: Path | None = imports[0] if _PART_RE.match(imports[0].name) else None
        folder = p
    else:
        open_path(p).close()  # not found, a folder, no rights: said now, with the name
        folder = p.parent
        like = p
        m = _PART_RE.match(p.name)
        imports = [p]
        if m is not None and m.group(1).lower() == "import":
            imports = _siblings(folder, "import", p) or [p]
    if offers is not None:
        extra = [Path(offers)]
    else:
        extra = []
        for im in imports if like is None or not _PART_RE.match(like.name) else imports[:1]:
            for kind in ("offers", "prices"):
                extra += [q for q in _siblings(folder, kind, im) if q not in extra]
        if not any(q.name.lower().startswith("offers") for q in extra):
            expected = "offers" + imports[0].name[len("import"):] if imports[0].name.lower().startswith("import") \
                else "offers.xml"
            raise fatal(IssueCode.OFFERS_MISSING, QT_TRANSLATE_NOOP("ImportIssues", "{expected} is not next to {file}: "
                        "1C writes the prices there; export the offers too, or choose the offers file"),
                        file=imports[0].name, expected=expected)  # fmt: skip
    for q in (*imports, *extra):
        open_path(q).close()
    extra.sort(key=lambda q: (not q.name.lower().startswith("offers"), _part_key(q)))
    return CmlFiles(tuple(imports), tuple(extra))
