"""«Настроить ККМ» through a real cloud, with key and mouse events: a register bound to another PC is
refused with the seed's sentence and «Отвязать устройство» frees it; binding then mirrors the
register with progress; the first mirror can be cancelled and resumes where it stopped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.app.bootstrap import AppContext, build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.cloud_client.credentials import load_device_credential
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.mirror_dialog import MirrorDialog
from alsep_desktop.ui.qt import QApplication, Qt
from alsep_desktop.ui.translator import set_language
from tests.cloud.support import PASSWORD, CloudServer, Tenant
from tests.conftest import FAST_ARGON2
from tests.support.postgres import PostgresServer


@pytest.fixture(scope="module")
def server(pg_server: PostgresServer) -> Iterator[CloudServer]:
    s = CloudServer(pg_server.create_database())
    yield s
    s.stop()


@pytest.fixture
def ctx(server: CloudServer, tmp_path: Path) -> Iterator[AppContext]:
    c = build_context(AppConfig(data_dir=tmp_path / "pc", argon2=FAST_ARGON2, secrets="file", cloud_url=server.url))
    yield c
    if c.sync is not None:
        c.sync.stop(timeout=10)
    c.close()


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:
    w = MainWindow(ctx, run_selftest=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    w.close()
    w.ops.wait(10_000)


def _open_bind_and_sign_in(qtbot, w: MainWindow, tenant: Tenant):  # noqa: ANN202
    qtbot.mouseClick(w.login.setup_button, Qt.MouseButton.LeftButton)
    dlg = w.login.dialog
    assert dlg is not None and dlg.cloud is not None  # the cloud's way (issue 14)
    assert dlg.company.isVisible() and not dlg.company.text()  # a fresh PC knows no company yet
    qtbot.keyClicks(dlg.company, tenant.iin_bin)
    qtbot.keyClicks(dlg.email, tenant.email)
    qtbot.keyClicks(dlg.password, PASSWORD)
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.register_box.isVisible() or dlg.message.is_error, timeout=15_000)
    assert dlg.register_box.isVisible(), dlg.message.text()
    return dlg


@pytest.mark.parametrize("language", ["ru", "en"])
def test_bound_elsewhere_is_refused_with_the_seeds_sentence_then_unbound_and_bound_here(
        qtbot, window: MainWindow, ctx: AppContext, server: CloudServer, language: str) -> None:
    set_language(QApplication.instance(), language)
    tenant = server.tenant()
    reg = tenant.register()
    tenant.product(reg, "1", name="Хлеб", price_tiyn=25_000)
    other = tenant.bind(reg, "the-other-pc")
    dlg = _open_bind_and_sign_in(qtbot, window, tenant)
    assert dlg.register_box.currentData() == reg["id"]
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.unbind_button.isVisible(), timeout=15_000)
    if language == "ru":
        assert dlg.message.text() == "Данный ККМ привязан к другому устройству"  # seed 9.1
        assert dlg.unbind_button.text() == "Отвязать устройство"  # seed 9.5
    else:
        assert dlg.message.text() == "This register is bound to another device"
    assert load_device_credential(ctx.vault) is None

    qtbot.mouseClick(dlg.unbind_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.unbind_button.isVisible(), timeout=15_000)
    assert other.get("/feed").status_code == 401  # the other PC lost it at once
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=30_000)  # bound, mirrored, marked
    qtbot.waitUntil(lambda: window.login.register is not None, timeout=10_000)
    assert window.login.register.serial_number == reg["serial_number"]
    assert load_device_credential(ctx.vault).register_id == reg["id"]
    assert ctx.catalog.find_by_code(window.login.register.id, "1").name == "Хлеб"


def test_the_first_mirror_shows_progress_can_be_cancelled_and_resumes(qtbot, window: MainWindow, ctx: AppContext,
                                                                      server: CloudServer, monkeypatch) -> None:
    set_language(QApplication.instance(), "en")
    tenant = server.tenant()
    reg = tenant.register()
    for i in range(1, 121):
        tenant.product(reg, str(i), name=f"Товар {i}", price_tiyn=100 * i)
    dlg = _open_bind_and_sign_in(qtbot, window, tenant)
    bound = ctx.binding.on_bound
    ctx.binding.on_bound = lambda: (bound(), setattr(ctx.sync.puller, "mirror_page_size", 5))  # pages of 5
    seen: list[tuple[int, int]] = []
    shown = MirrorDialog.show_progress

    def cancel_at_the_first_page(self: MirrorDialog, done: int, total: int) -> None:
        shown(self, done, total)
        seen.append((done, total))
        if len(seen) == 1:
            assert self.bar.value() == done and self.bar.maximum() == total
            assert self.count.text() == f"{done} of {total} changes"
            qtbot.mouseClick(self.cancel_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(MirrorDialog, "show_progress", cancel_at_the_first_page)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dlg.mirror, MirrorDialog), timeout=15_000)
    qtbot.waitUntil(lambda: not dlg.mirror.isVisible(), timeout=30_000)
    assert seen and seen[0][0] < seen[0][1] == 123  # progress: done of total (products, user, register)
    assert "stopped" in dlg.message.text() and dlg.isVisible()  # the binding dialog says how to go on
    assert ctx.sync.status().last_synced_at is None  # not started: no background round
    done_then = len(ctx.catalog.list_products(ctx.sync.puller.ensure_bound()))
    assert 0 < done_then < 121

    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # «Save» again: the mirror goes on
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: window.login.register is not None, timeout=10_000)
    local = window.login.register
    assert len(ctx.catalog.list_products(local.id)) == 121  # 120 and the free position, each once
    assert seen[-1][0] == seen[-1][1]  # the second run ended at its total
    qtbot.waitUntil(lambda: ctx.sync.status().last_synced_at is not None, timeout=20_000)  # rounds go on
