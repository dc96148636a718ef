"""The operator CLI on a real SQLite store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alsep_desktop.cli import build_parser, main


def test_help_lists_real_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    for cmd in ("db-upgrade", "db-current", "create-user", "list-users", "import-catalog", "export-catalog",
                "demo-seed", "diagnostics"):
        assert cmd in out


def test_upgrade_first_admin_and_users(tmp_path: Path, monkeypatch, capsys) -> None:
    d = ["--data-dir", str(tmp_path)]
    monkeypatch.setenv("ALSEP_DATA_DIR", str(tmp_path))
    assert main([*d, "db-current"]) == 1  # empty store needs an upgrade
    assert main([*d, "db-upgrade"]) == 0
    assert main([*d, "db-current"]) == 0
    monkeypatch.setenv("ALSEP_NEW_PASSWORD", "first-admin-pw")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    with pytest.raises(SystemExit, match="--name"):  # a user has a name (decision 2050); nothing asked here
        main([*d, "create-user", "boss@shop.kz", "--role", "admin"])
    assert main([*d, "create-user", "boss@shop.kz", "--role", "admin", "--name", "  "]) == 2  # blank: refused
    assert main([*d, "create-user", "boss@shop.kz", "--role", "admin", "--name", "Ерлан Жұмабаев"]) == 0
    monkeypatch.setenv("ALSEP_NEW_PASSWORD", "cashier-pw")
    # a second user needs an admin's credentials
    monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", "wrong")
    assert main([*d, "create-user", "kassa@shop.kz", "--admin", "boss@shop.kz", "--name", "Айгүл Сейтқали"]) == 2
    monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", "first-admin-pw")
    assert main([*d, "create-user", "kassa@shop.kz", "--admin", "boss@shop.kz", "--name", "Айгүл Сейтқали"]) == 0
    capsys.readouterr()
    assert main([*d, "list-users", "--admin", "boss@shop.kz"]) == 0
    out = capsys.readouterr().out
    assert "boss@shop.kz\tadmin" in out and "kassa@shop.kz\tcashier" in out
    assert "\tЕрлан Жұмабаев" in out and "\tАйгүл Сейтқали" in out
    assert "first-admin-pw" not in out


def test_console_script_runs(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("alsep-admin")
    proc = subprocess.run([str(exe), "--data-dir", str(tmp_path), "diagnostics"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    from alsep_desktop.store.migrate import head_revision

    assert f'"schema_head": "{head_revision()}"' in proc.stdout


def test_import_and_export_catalog(tmp_path: Path, monkeypatch, capsys) -> None:
    from alsep_desktop.exchange.sample import write_sample_csv

    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "demo-seed"]) == 0
    csv_in = tmp_path / "in.csv"
    write_sample_csv(csv_in, 50)
    monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", "admin123")
    assert main([*d, "import-catalog", "1", str(csv_in), "--admin", "admin@demo.kz"]) == 0
    assert "imported 50 products" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main([*d, "export-catalog", "1", str(out), "--admin", "admin@demo.kz"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and len(out.read_text("utf-8-sig").splitlines()) == 52
    bad = tmp_path / "bad.csv"
    bad.write_text("Код;Наименование\n1;x\n", encoding="utf-8")
    assert main([*d, "import-catalog", "1", str(bad), "--admin", "admin@demo.kz"]) == 2
    assert "error [exchange.import_failed]" in capsys.readouterr().err
