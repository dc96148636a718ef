"""A catalog file never empties the catalog by surprise (issue 20, decision 2040).

The pair that showed it: the project's own 1C sample ``import.xml`` with the ``offers0_1.xml`` of
another sample export (УТ 11), so no offer matches a product. It used to be applied as «0 products
imported» and left only the free position. Now a file that yields no product is refused with
nothing applied, and a local import that would remove products names how many and needs
``replace=True`` (``alsep-admin import-catalog --replace``); the exit code says so.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alsep_desktop.app.demo import ADMIN, ensure_demo
from alsep_desktop.cli import main
from alsep_desktop.exchange.csv_catalog import parse_csv, write_csv
from alsep_desktop.exchange.rows import ImportFailed, ImportRemovesProducts, IssueCode
from alsep_desktop.exchange.sample import sample_rows, write_sample_csv
from alsep_desktop.services.exchange import (
    apply_catalog_file,
    import_catalog_file,
    preview_catalog_file,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def mismatched_pair(folder: Path) -> Path:
    """``import.xml`` of tests/fixtures/commerceml with the offers of the УТ 11 sample export, side by side."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / "commerceml" / "import.xml", folder / "import.xml")
    shutil.copyfile(FIXTURES / "commerceml_real" / "ut11" / "offers0_1.xml", folder / "offers.xml")
    return folder / "import.xml"


def _snapshot(ctx, register_id: int) -> list[tuple]:
    return sorted((p.uuid, p.code, p.price.tiyn) for p in ctx.catalog.list_products(register_id))


def test_a_mismatched_1c_pair_is_refused_and_the_catalog_stays(ctx, tmp_path: Path) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _snapshot(ctx, ids.register_id)
    assert len(before) == 11
    imp = mismatched_pair(tmp_path / "1c")
    preview = preview_catalog_file(ctx, admin, imp, register_id=ids.register_id)
    assert not preview.ok and preview.rows_read == 7 and preview.rows_ok == 0
    [error] = preview.errors
    assert error.code == IssueCode.OFFERS_MISMATCH
    assert "none of the 7 products of import.xml has an offer in offers.xml" in error.message
    for replace in (False, True):  # even an operator who allows removals gets no empty catalog
        with pytest.raises(ImportFailed) as err:
            apply_catalog_file(ctx, admin, ids.register_id, imp, replace=replace)
        assert [i.code for i in err.value.issues] == [IssueCode.OFFERS_MISMATCH]
        assert _snapshot(ctx, ids.register_id) == before


def test_an_import_that_removes_products_says_how_many_and_needs_replace(ctx, tmp_path: Path) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _snapshot(ctx, ids.register_id)
    f = tmp_path / "three.csv"
    write_sample_csv(f, 3)  # codes 1, 2, 3: the demo's other 7 products are not in it
    preview = preview_catalog_file(ctx, admin, f, register_id=ids.register_id)
    assert preview.ok and preview.removes == 7
    seen = []
    with pytest.raises(ImportRemovesProducts) as err:
        apply_catalog_file(ctx, admin, ids.register_id, f, confirm=lambda p: seen.append(p.removes) or True)
    assert seen == [7] and err.value.params["count"] == 7 and err.value.code == "exchange.removes_products"
    assert _snapshot(ctx, ids.register_id) == before
    assert import_catalog_file(ctx, admin, ids.register_id, f, replace=True).value == 3
    assert sorted(p.code for p in ctx.catalog.list_products(ids.register_id)) == ["1", "2", "3", "9999"]
    # the same codes again (and more) remove nothing: no question needed
    write_csv(sample_rows(5), f)
    assert preview_catalog_file(ctx, admin, f, register_id=ids.register_id).removes == 0
    assert import_catalog_file(ctx, admin, ids.register_id, f).value == 5


def test_a_csv_whose_every_row_is_skipped_is_refused(ctx, tmp_path: Path) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _snapshot(ctx, ids.register_id)
    f = tmp_path / "header_only.csv"
    f.write_bytes("Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС\r\n".encode("utf-8-sig"))
    with pytest.raises(ImportFailed) as err:
        import_catalog_file(ctx, admin, ids.register_id, f, replace=True)
    assert {i.code for i in err.value.issues} <= {IssueCode.NOTHING_TO_IMPORT, IssueCode.EMPTY}
    assert _snapshot(ctx, ids.register_id) == before


# -- the command line ----------------------------------------------------------------------------------

@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "demo-seed"]) == 0
    monkeypatch.setenv("ALSEP_ADMIN_PASSWORD", ADMIN[1])
    return d


def _codes(store: list[str], tmp_path: Path, capsys) -> list[str]:  # noqa: ANN001
    out = tmp_path / "now.csv"
    assert main([*store, "export-catalog", "1", str(out), "--admin", ADMIN[0]]) == 0
    capsys.readouterr()
    return sorted(r.code for r in parse_csv(out).rows)


def test_cli_exit_codes_of_the_mismatched_pair_and_of_removals(store, tmp_path: Path, capsys) -> None:
    before = _codes(store, tmp_path, capsys)
    assert len(before) == 11
    imp = mismatched_pair(tmp_path / "1c")
    for extra in ([], ["--replace"], ["--dry-run"]):
        assert main([*store, "import-catalog", "1", str(imp), "--admin", ADMIN[0], *extra]) == 2, extra
        captured = capsys.readouterr()
        assert "0 good" in captured.out and "has an offer" in captured.err and "imported 0" not in captured.out
    assert _codes(store, tmp_path, capsys) == before
    f = tmp_path / "three.csv"
    write_sample_csv(f, 3)
    assert main([*store, "import-catalog", "1", str(f), "--admin", ADMIN[0], "--dry-run"]) == 0
    assert "7 product(s) of register 1 are not in the file" in capsys.readouterr().out
    assert main([*store, "import-catalog", "1", str(f), "--admin", ADMIN[0]]) == 2
    captured = capsys.readouterr()
    assert "error [exchange.removes_products]" in captured.err and "7 product(s)" in captured.err
    assert "--replace" in captured.out + captured.err
    assert _codes(store, tmp_path, capsys) == before
    assert main([*store, "import-catalog", "1", str(f), "--admin", ADMIN[0], "--replace"]) == 0
    assert "imported 3 products" in capsys.readouterr().out
    assert _codes(store, tmp_path, capsys) == ["1", "2", "3", "9999"]
