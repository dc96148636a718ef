"""``alsep-desktop --self-check`` from source, in process (issue 16): a real SQLite store,
migrations, a sale signed by the OFD sandbox over loopback TCP, the receipt's ESC/POS bytes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from alsep_desktop.__main__ import main as app_main
from alsep_desktop.app.selfcheck import RealStoreRefused, SelfCheckFailed, run_self_check
from tests.support.pos import FAST_ARGON2


def _cheap(config) -> None:  # noqa: ANN001
    config.argon2 = FAST_ARGON2
    config.secrets = "file"


def test_self_check_in_a_given_folder_sells_and_renders(tmp_path: Path) -> None:
    report = run_self_check(tmp_path / "data", configure=_cheap)
    assert report.steps == ["store", "migrations", "demo company", "OFD sandbox", "sale", "receipt", "resources", "decoders",
                            "camera"]
    assert report.revision
    assert report.fiscal_sign and report.document == "1/1"
    assert report.receipt_bytes > 200
    assert (tmp_path / "data" / "alsep.sqlite").exists()
    # a second run reuses the demo store and the sandbox's saved memory: the next receipt
    again = run_self_check(tmp_path / "data", configure=_cheap)
    assert again.document == "1/2"
    assert "self-check ok" in again.summary()


def test_flag_prints_one_line_and_exits_0_without_qt(tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "modules", dict(sys.modules))
    for name in [m for m in sys.modules if m.startswith("PySide6")]:
        del sys.modules[name]
    monkeypatch.setenv("ALSEP_DATA_DIR", str(tmp_path / "unused"))
    code = app_main(["--self-check", "--data-dir", str(tmp_path / "data")])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    assert len(out) == 1 and out[0].startswith("self-check ok: store at revision ")
    assert not any(m.startswith("PySide6") for m in sys.modules)


def test_a_broken_store_fails_with_the_step_and_reason(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    data = tmp_path / "data"
    data.mkdir()
    (data / "alsep.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(SelfCheckFailed) as err:
        run_self_check(data, configure=_cheap)
    assert err.value.params["step"] == "store"
    code = app_main(["--self-check", "--data-dir", str(data)])
    out = capsys.readouterr().out.strip()
    assert code == 1
    assert out.startswith("self-check FAILED: Self-check failed at step 'store': ")
    assert "Traceback" not in out


def test_a_real_company_store_is_refused(tmp_path: Path) -> None:
    from alsep_desktop.app.bootstrap import build_context
    from alsep_desktop.app.config import AppConfig
    from alsep_desktop.services.org import CompanyData

    data = tmp_path / "data"
    ctx = build_context(AppConfig(data_dir=data, argon2=FAST_ARGON2, secrets="file"))
    try:
        ctx.org.create_company(None, CompanyData(name="ТОО Настоящий", iin_bin="990101300013", vat_payer=False))
    finally:
        ctx.close()
    with pytest.raises(SelfCheckFailed) as err:
        run_self_check(data, configure=_cheap)
    assert err.value.params["step"] == "demo company"
    assert isinstance(err.value.__cause__, RealStoreRefused)
    assert "ТОО Настоящий" in str(err.value)
