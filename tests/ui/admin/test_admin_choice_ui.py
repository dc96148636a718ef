"""Decision 2130: the admin tab takes the admin services once, when built, and keeps them for its
life (binding, unbinding and a new sign-in rebuild it). pytest-qt, offscreen, a real SQLite store;
the cloud address is never called."""

from __future__ import annotations

from alsep_desktop.app.demo import ADMIN, ensure_demo
from alsep_desktop.ui.admin import AdminTab
from alsep_desktop.ui.ops import OpRunner

NOWHERE = "http://127.0.0.1:9"


def test_the_admin_tab_keeps_the_set_it_was_built_with(qtbot, sqlite_ctx) -> None:
    ctx = sqlite_ctx
    ensure_demo(ctx)
    ctx.config.cloud_url = NOWHERE
    ops = OpRunner()
    tab = AdminTab(ctx, ops, ctx.auth.login(*ADMIN))
    qtbot.addWidget(tab)
    chosen = tab.admin
    assert chosen.in_cloud and tab.cloud_bar is not None and tab.cloud_bar.line is chosen.line
    assert all(page.admin is chosen for page in tab.pages.values())
    ctx.config.cloud_url = ""  # single-PC mode now: this tab's life keeps its set, a new tab takes the new one
    assert tab.admin is chosen and tab.page("company").admin is chosen
    fresh = AdminTab(ctx, ops, ctx.auth.login(*ADMIN))
    qtbot.addWidget(fresh)
    assert not fresh.admin.in_cloud and fresh.cloud_bar is None
    tab.cloud_bar.timer.stop()
    qtbot.waitUntil(lambda: ops._running == 0, timeout=10_000)
    ops.wait()
