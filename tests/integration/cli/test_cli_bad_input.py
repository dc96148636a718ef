"""No ``alsep-admin`` command ends in a traceback on bad input: one line on stderr, exit status ≠ 0.

Each command is run with missing files, unreadable files (a folder where a file is expected: the
tests run as root, who reads every file), files of the wrong format and bad arguments.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alsep_desktop.cli import build_parser, main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ADMIN = ["--admin", "admin@demo.kz"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("store")
    assert main(["--data-dir", str(d), "demo-seed"]) == 0
    return d


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    png = tmp_path / "catalog.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    html = tmp_path / "import.xml"
    html.write_text("<html><body>not 1C</body></html>", encoding="utf-8")
    (tmp_path / "offers.xml").write_text("<html/>", encoding="utf-8")
    lonely = tmp_path / "alone" / "import0_1.xml"
    lonely.parent.mkdir()
    lonely.write_bytes((FIXTURES / "commerceml_real" / "ut11" / "import0_1.xml").read_bytes())
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    semicolon_typo = tmp_path / "typo.csv"
    semicolon_typo.write_text("Код;Наименование\n1;x\n", encoding="utf-8")
    return {"png": png, "html": html, "lonely": lonely, "folder": folder, "missing": tmp_path / "nope.csv",
            "typo": semicolon_typo, "tmp": tmp_path}


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    try:
        rc = main(argv)
    except SystemExit as exc:  # argparse and the password prompt end this way
        rc = exc.code if isinstance(exc.code, int) else 1
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    err = capsys.readouterr().err
    return rc, err


def _cases(store: Path, f: dict[str, Path]) -> list[tuple[str, list[str]]]:
    d = ["--data-dir", str(store)]
    bad_db = ["--db-url", f"sqlite:///{f['png']}/alsep.sqlite"]  # a file where a folder should be
    return [
        ("db-upgrade: database folder missing", [*bad_db, "db-upgrade"]),
        ("db-upgrade: unknown revision", [*d, "db-upgrade", "--revision", "no-such-revision"]),
        ("db-upgrade: data dir is a file", ["--data-dir", str(f["png"]), "db-upgrade"]),
        ("db-current: URL not a URL", ["--db-url", "not a url", "db-current"]),
        ("db-current: database folder missing", [*bad_db, "db-current"]),
        ("create-user: bad role", [*d, "create-user", "x@shop.kz", "--role", "king"]),
        ("create-user: no admin given", [*d, "create-user", "x@shop.kz"]),
        ("create-user: database folder missing", [*bad_db, "create-user", "x@shop.kz"]),
        ("list-users: wrong password", [*d, "list-users", *ADMIN]),
        ("list-users: unknown option", [*d, "list-users", "--everyone"]),
        ("import-catalog: missing file", [*d, "import-catalog", "1", str(f["missing"]), *ADMIN]),
        ("import-catalog: a folder for a file", [*d, "import-catalog", "1", str(f["folder"]), *ADMIN]),
        ("import-catalog: binary file", [*d, "import-catalog", "1", str(f["png"]), *ADMIN]),
        ("import-catalog: HTML for 1C", [*d, "import-catalog", "1", str(f["html"]), *ADMIN]),
        ("import-catalog: no offers file", [*d, "import-catalog", "1", str(f["lonely"]), *ADMIN]),
        ("import-catalog: missing offers file", [*d, "import-catalog", "1", str(f["lonely"]), "--offers",
                                                 str(f["missing"]), *ADMIN]),
        ("import-catalog: missing columns", [*d, "import-catalog", "1", str(f["typo"]), *ADMIN]),
        ("import-catalog: register not a number", [*d, "import-catalog", "one", str(f["typo"]), *ADMIN]),
        ("import-catalog: no such register", [*d, "import-catalog", "999", str(FIXTURES / "commerceml_real" / "parts"),
                                              *ADMIN]),
        ("import-catalog: unknown encoding", [*d, "import-catalog", "1", str(f["typo"]), "--encoding", "klingon",
                                              *ADMIN]),
        ("import-catalog: bad separator", [*d, "import-catalog", "1", str(f["typo"]), "--separator", "x", *ADMIN]),
        ("import-catalog: report into a missing folder", [*d, "import-catalog", "1", str(f["typo"]), "--report",
                                                          str(f["tmp"] / "no" / "r.csv"), *ADMIN]),
        ("export-catalog: folder missing", [*d, "export-catalog", "1", str(f["tmp"] / "no" / "out.csv"), *ADMIN]),
        ("export-catalog: a folder for a file", [*d, "export-catalog", "1", str(f["folder"]), *ADMIN]),
        ("export-catalog: no such register", [*d, "export-catalog", "999", str(f["tmp"] / "o.csv"), *ADMIN]),
        ("demo-seed: database folder missing", [*bad_db, "demo-seed"]),
        ("diagnostics: URL not a URL", ["--db-url", "::::", "diagnostics"]),
        ("no command", [*d]),
        ("unknown command", [*d, "make-coffee"]),
    ]


def test_every_command_has_a_bad_input_case() -> None:
    commands = {a.dest for a in build_parser()._subparsers._group_actions[0]._choices_actions}  # type: ignore[union-attr]
    covered = {name.split(":")[0] for name, _ in _cases(Path("x"), {k: Path("x") for k in (
        "png", "html", "lonely", "folder", "missing", "typo", "tmp")})}
    assert commands <= covered


def test_bad_input_gives_one_line_and_a_nonzero_status(store: Path, files: dict[str, Path], monkeypatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", "wrong-password")
    monkeypatch.delenv("ALSEP_NEW_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    failures = []
    for name, argv in _cases(store, files):
        if name.startswith(("import-catalog", "export-catalog")):
            monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", "admin123")
        else:
            monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", "wrong-password")
        rc, err = _run(capsys, argv)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        if rc == 0 or "Traceback" in err or len(lines) != 1:
            failures.append((name, rc, err))
    assert not failures, "\n".join(f"{n}: rc={rc}\n{err}" for n, rc, err in failures)
    assert main(["--data-dir", str(store), "db-current"]) == 0  # the store is intact


def test_the_console_script_never_prints_a_traceback(store: Path, tmp_path: Path) -> None:
    import alsep_desktop

    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"\x00\x01 not xml")
    (tmp_path / "offers.xml").write_bytes(b"<x/>")
    src = str(Path(alsep_desktop.__file__).resolve().parents[1])
    for argv in (["--db-url", f"sqlite:///{bad}/x.sqlite", "db-upgrade"],
                 ["--data-dir", str(store), "import-catalog", "1", str(bad), *ADMIN]):
        proc = subprocess.run([sys.executable, "-m", "alsep_desktop.cli", *argv], capture_output=True, text=True,
                              timeout=120, env={"ALSEP_ADMIN_PASSWORD": "admin123", "PATH": "/usr/bin:/bin",
                                                "PYTHONPATH": src})  # fmt: skip
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
        assert proc.stderr.startswith("error [") and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_a_file_with_many_errors_lists_them_and_writes_the_report(store: Path, tmp_path: Path, monkeypatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", "admin123")
    rows = "".join(f"{i};1;;Товар {i};цена?;0;16\r\n" for i in range(1, 41))
    f = tmp_path / "excel.csv"
    f.write_bytes(("Код;Код группы;Штрихкод;Наименование;Цена;Скидка;НДС\r\n" + rows).encode("cp1251"))
    report = tmp_path / "errors.csv"
    rc = main(["--data-dir", str(store), "import-catalog", "1", str(f), "--report", str(report), *ADMIN])
    out, err = capsys.readouterr()
    assert rc == 2
    assert "read excel.csv: CSV, Windows-1251, separator ';': 40 rows, 0 good" in out
    assert err.splitlines()[0].startswith("error [exchange.import_failed]: The catalog file has 40 error(s)")
    assert "column «Цена»" in err and f"the list of issues is in {report}" in err
    lines = report.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "Severity;Code;File;Row;Line;Column;Field;Message" and len(lines) == 41
    assert lines[1].startswith("error;exchange.row.bad_price;;1;2;Цена;price;")
