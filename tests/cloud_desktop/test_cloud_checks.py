"""The self-test's cloud check against a real cloud (reachable, credential accepted, last sync age),
and the status sentences in ru/kk/en (synced N s ago, no connection since HH:MM, waiting, unbound)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from alsep_desktop.cloud_client.credentials import load_device_credential, save_device_credential
from alsep_desktop.cloud_client.status import NOT_CONFIGURED, CloudStatus
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.selftest import CheckState, probe_cloud
from alsep_desktop.ui.cashier.cloud_state import cloud_sentence
from alsep_desktop.ui.qt import QApplication
from alsep_desktop.ui.translator import set_language
from tests.cloud.support import CloudServer, free_port
from tests.cloud_desktop.support import BoundPc, bound_pc

NOW = datetime(2026, 3, 2, 14, 30, tzinfo=ALMATY)


@pytest.fixture
def pc(cloud_server: CloudServer, tmp_path: Path) -> Iterator[BoundPc]:
    bound = bound_pc(cloud_server, tmp_path / "pc")
    yield bound
    bound.close()


def test_the_self_test_checks_the_cloud(pc: BoundPc, tmp_path: Path) -> None:
    vault, status = pc.ctx.vault, pc.ctx.sync.status
    assert probe_cloud(vault, status, lambda: datetime.now(ALMATY)).state is CheckState.OK
    old = probe_cloud(vault, status, lambda: datetime.now(ALMATY) + timedelta(hours=2))
    assert old.state is CheckState.FAILED and old.code == "selftest.cloud_stale" and old.params == {"count": 120}
    never = probe_cloud(vault, lambda: replace(status(), last_synced_at=None), lambda: datetime.now(ALMATY))
    assert never.code == "selftest.cloud_never_synced"
    cred = load_device_credential(vault)
    pc.tenant.ok("POST", f"/registers/{pc.register['id']}/unbind")  # unbound from the cloud panel
    revoked = probe_cloud(vault, status, lambda: datetime.now(ALMATY))
    assert revoked.state is CheckState.FAILED and revoked.code == "selftest.cloud_credential_revoked"
    save_device_credential(vault, cloud_url=f"http://127.0.0.1:{free_port()}", register_id=cred.register_id,
                           credential=cred.credential)
    down = probe_cloud(vault, status, lambda: datetime.now(ALMATY), timeout=1)
    assert down.code == "selftest.cloud_unreachable"


def test_single_pc_mode_has_no_cloud_check(tmp_path: Path, make_ctx) -> None:
    ctx = make_ctx(f"sqlite:///{tmp_path / 's.sqlite'}")
    assert probe_cloud(ctx.vault, lambda: None, lambda: NOW) is None


def _status(**over) -> CloudStatus:  # noqa: ANN003
    return replace(NOT_CONFIGURED, **{"configured": True, "online": True, "last_synced_at": NOW - timedelta(seconds=12),
                                      **over})


@pytest.mark.parametrize(("language", "synced", "offline", "waiting", "unbound"), [
    ("en", "Cloud: synced 12 s ago", "Cloud: no connection since 14:05", "3 documents waiting",
     "Cloud: this PC was unbound from its register; sync stopped"),
    ("ru", "Облако: синхронизировано 12 с назад", "Облако: нет связи с облаком с 14:05", "3 документа ожидают отправки",
     "Облако: этот компьютер отвязан от ККМ; синхронизация остановлена"),
    ("kk", "Бұлт: 12 с бұрын синхрондалды", "Бұлт: 14:05 бастап бұлтпен байланыс жоқ", "3 құжат жіберуді күтуде",
     "Бұлт: бұл компьютер ККМ-нен ажыратылды; синхрондау тоқтатылды"),
])
def test_status_sentences(qapp, language: str, synced: str, offline: str, waiting: str, unbound: str) -> None:
    set_language(QApplication.instance(), language)
    try:
        assert cloud_sentence(_status(), NOW) == (synced, True)
        text, good = cloud_sentence(_status(online=False, offline_since=NOW - timedelta(minutes=25), waiting=3), NOW)
        assert text == offline + ", " + waiting and not good
        assert cloud_sentence(replace(NOT_CONFIGURED, error_code="auth.required"), NOW) == (unbound, False)
        assert cloud_sentence(_status(error_code="auth.required"), NOW) == (unbound, False)
    finally:
        set_language(QApplication.instance(), "en")
