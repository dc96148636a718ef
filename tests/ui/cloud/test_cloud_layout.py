"""The cloud's widgets fit at 1366×768 and 1024×768 in ru, kk and en (the issue 11.6 check): the
admin tab's cloud line, the status bar's cloud label, the self-test's cloud row, the bind dialog
refusing a register bound elsewhere, and the first-mirror dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.cloud_client.admin_remote import BoundElsewhere
from alsep_desktop.ui.cashier.bind import BindDialog
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.mirror_dialog import MirrorDialog
from alsep_desktop.ui.qt import QApplication, QWidget
from alsep_desktop.ui.translator import set_language
from tests.cloud.support import PASSWORD, CloudServer
from tests.cloud_desktop.support import BoundPc, bound_pc
from tests.support.postgres import PostgresServer
from tests.ui.cashier.test_cashier_layout import SIZES, overflowing


@pytest.fixture
def pc(pg_server: PostgresServer, tmp_path: Path) -> Iterator[BoundPc]:
    server = CloudServer(pg_server.create_database())
    bound = bound_pc(server, tmp_path / "pc")
    yield bound
    bound.close()
    server.stop()


class _Sync:
    """A first mirror that never ends by itself (the dialog is only looked at)."""

    def first_mirror(self, progress, cancel) -> None:  # noqa: ANN001
        progress(1000, 100_000)
        cancel.wait(30)


def test_the_cloud_widgets_fit(qtbot, pc: BoundPc) -> None:
    pc.ctx.auth.set_pin(pc.ctx.auth.login(pc.tenant.email, PASSWORD), "4321")
    pc.ctx.admin.current().cloud.logout()  # the cloud line shows its sign-in form
    w = MainWindow(pc.ctx, run_selftest=False)
    qtbot.addWidget(w)
    # texts measured at a window size on offscreen's 800×800 screen: the window is not kept on that
    # screen here (its fit to a real screen is test_cashier_screen_fit.py's, issue 20)
    w.keep_on_screen = lambda: None
    w.show()
    qtbot.waitUntil(lambda: w.login.register is not None, timeout=10_000)
    w.on_login(pc.ctx.auth.login(pc.tenant.email, PASSWORD))
    qtbot.waitUntil(lambda: w.admin_tab is not None, timeout=10_000)
    bad: list[str] = []

    def check(root: QWidget) -> None:
        QApplication.processEvents()
        qtbot.wait(10)
        QApplication.processEvents()
        bad.extend(f"{lang} {size}: {b}" for b in overflowing(root))

    for lang in ("ru", "kk", "en"):
        set_language(QApplication.instance(), lang)
        for size in SIZES:
            w.resize(*size)
            w.status.refresh()
            qtbot.waitUntil(lambda: w.status.cloud.isVisible(), timeout=10_000)
            w.show_tab(w.admin_tab)
            w.admin_tab.cloud_bar.refresh()
            check(w)
        w.open_selftest()
        qtbot.waitUntil(lambda: w.dialog.rows["cloud"][0].isVisible(), timeout=20_000)
        assert w.dialog.rows["cloud"][0].text().startswith("✔")
        check(w.dialog)
        w.dialog.reject()
        bind = BindDialog(w.counter, w)
        bind.show()
        bind._step(choose=True)
        bind._cloud_refused(BoundElsewhere())
        check(bind)
        bind.reject()
        mirror = MirrorDialog(_Sync(), w.ops, w)
        mirror.show()
        mirror.start()
        qtbot.waitUntil(lambda m=mirror: m.bar.maximum() == 100_000, timeout=10_000)
        check(mirror)
        mirror.cancel()
        w.ops.wait(10_000)
        mirror.reject()
    set_language(QApplication.instance(), "en")
    w.close()
    w.ops.wait(10_000)
    assert not bad, "\n".join(bad)
