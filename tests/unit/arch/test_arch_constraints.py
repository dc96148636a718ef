"""constraints.txt pins the versions the tests ran with (issue 13): every dependency of the
package (and its dev extra) is pinned, and what is installed is what is pinned."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not a pin: {line}"
            pins[_norm(name)] = version
    return pins


def _requirements() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"]) + list(project.get("optional-dependencies", {}).get("dev", []))
    names = {_norm(re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0]) for r in reqs}
    return names - {_norm(project["name"])}  # the package's own extras


def test_every_dependency_is_pinned() -> None:
    missing = sorted(_requirements() - set(_pins()))
    assert missing == [], "run: make constraints"


def test_what_is_installed_is_what_is_pinned() -> None:
    differ = []
    for name, version in _pins().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # an optional package of another platform
        if installed != version:
            differ.append(f"{name}: pinned {version}, installed {installed}")
    assert differ == [], "run: make constraints (after checking the suite on these versions)"


def test_setup_installs_with_the_constraints() -> None:
    assert "-c constraints.txt" in (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
