"""The layers are import-linter contracts (pyproject.toml ``[tool.importlinter]``, decision 2102):
``lint-imports`` must keep every one of them, and the lists the contracts spell out by hand must
name every package (a new top-level package is refused by the exhaustive layers contract until
it is placed; these tests make sure the forbidden lists learn of it too)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PKG = ROOT / "src" / "alsep_desktop"


def _lint_imports() -> str:
    here = Path(sys.executable).parent / "lint-imports"  # the venv's, beside its python
    exe = str(here) if here.exists() else shutil.which("lint-imports")
    assert exe, "lint-imports is not installed (the dev extra: bash scripts/setup.sh test)"
    return exe


def _run(cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_lint_imports(), "--no-cache"], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env)


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    return {c["id"]: c for c in config["contracts"]}


def _children() -> set[str]:
    """The top-level packages and modules of alsep_desktop."""
    return {p.name for p in PKG.iterdir() if p.is_dir() and (p / "__init__.py").exists()} | {
        p.stem for p in PKG.glob("*.py") if p.stem != "__init__"}


def test_lint_imports_keeps_every_contract() -> None:
    run = _run(ROOT)
    assert run.returncode == 0, f"lint-imports (pyproject.toml [tool.importlinter]):\n{run.stdout}\n{run.stderr}"
    assert "0 broken" in run.stdout


def test_the_layers_contract_places_every_package_in_the_documented_order() -> None:
    layers = _contracts()["desktop-layers"]
    assert layers["exhaustive"] is True
    placed = [{m.strip() for m in layer.split("|")} for layer in layers["layers"]]
    assert set().union(*placed) == _children()
    order = ["__main__", "ui", "app", "sync", "services", "store", "kernel", "domain", "errors"]
    assert [next(i for i, layer in enumerate(placed) if name in layer) for name in order] == sorted(
        next(i for i, layer in enumerate(placed) if name in layer) for name in order)


def test_the_cloud_may_import_only_the_pure_core() -> None:
    forbidden = {m.removeprefix("alsep_desktop.") for m in _contracts()["cloud-imports-only-the-pure-core"][
        "forbidden_modules"]}
    assert forbidden == (_children() - {"domain", "errors", "i18n_marker"}) | {"alsep_terminal_emulator"}


def test_qt_is_forbidden_to_every_package_but_ui() -> None:
    sources = {m.removeprefix("alsep_desktop.") for m in _contracts()["qt-only-in-ui"]["source_modules"]}
    # __main__ starts the window (it imports ui/ only inside main(), after choosing the mode)
    assert sources == (_children() - {"ui", "__main__"}) | {"alsep_cloud", "alsep_terminal_emulator"}


def test_only_the_composition_root_starts_the_emulators() -> None:
    sources = {m.removeprefix("alsep_desktop.") for m in _contracts()["only-the-composition-root-starts-emulators"][
        "source_modules"]}
    # fiscal holds the sandbox: its own layers contract keeps the sandbox on top of it
    assert sources == _children() - {"app", "cli", "__main__", "fiscal"}


def test_an_upward_import_breaks_the_contracts(tmp_path: Path) -> None:
    """The contracts can fail: a copy of the sources where a service imports the composition root."""
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    guard = tmp_path / "src" / "alsep_desktop" / "services" / "guard.py"
    guard.write_text(guard.read_text(encoding="utf-8") + "\nfrom alsep_desktop.app import bootstrap  # noqa\n",
                     encoding="utf-8")
    run = _run(tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path / "src")})
    assert run.returncode != 0, run.stdout
    assert "alsep_desktop.services.guard -> alsep_desktop.app.bootstrap" in run.stdout
    assert "no cycles between the sub-packages" in run.stdout.split("Broken contracts")[1]


@pytest.mark.parametrize("package", ["alsep_desktop", "alsep_cloud", "alsep_terminal_emulator"])
def test_every_package_is_checked_for_cycles(package: str) -> None:
    assert package in _contracts()["no-package-cycles"]["ancestors"]
