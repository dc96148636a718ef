"""A store already at the head starts without importing alembic (decision 1606): the head read
from the revision files as text is alembic's own, and every other case still goes through alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from alsep_desktop.store import migrate


def test_plain_head_is_alembics_head() -> None:
    assert migrate.plain_head() == migrate.head_revision()


def test_a_new_store_is_not_at_head_and_upgrade_gets_it_there(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'a.sqlite'}")
    assert migrate.stored_revision(engine) is None and not migrate.at_head(engine)
    migrate.upgrade(engine)
    assert migrate.stored_revision(engine) == migrate.head_revision() == migrate.current_revision(engine)
    assert migrate.at_head(engine)
    # one revision down: no longer at the head, and upgrade goes through alembic again
    migrate.downgrade(engine, "-1")
    assert not migrate.at_head(engine)
    migrate.upgrade(engine)
    assert migrate.at_head(engine)
    engine.dispose()


def test_a_stray_second_version_row_is_left_to_alembic(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'b.sqlite'}")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0001')"))
    assert migrate.stored_revision(engine) is None and not migrate.at_head(engine)
    engine.dispose()


def test_files_that_are_not_one_chain_give_no_plain_head(tmp_path: Path) -> None:
    def write(name: str, rev: str, down: str) -> None:
        (tmp_path / name).write_text(f'revision: str = "{rev}"\ndown_revision: str | None = {down}\n', encoding="utf-8")

    write("a.py", "0001", "None")
    write("b.py", "0002", '"0001"')
    assert migrate.plain_head(tmp_path) == "0002"
    write("c.py", "0003", '"0001"')  # a branch: two heads
    assert migrate.plain_head(tmp_path) is None
    (tmp_path / "c.py").write_text('revision = "0003"\ndown_revision = ("0001", "0002")\n', encoding="utf-8")  # a merge
    assert migrate.plain_head(tmp_path) is None


def test_start_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    code = ("import sys\nfrom sqlalchemy import create_engine\nfrom alsep_desktop.store import migrate\n"
            f"migrate.upgrade(create_engine({url!r}))\n"
            "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('sqlalchemy.dialects.postgresql')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ), check=True).stdout
    assert out.strip() == "[]"
