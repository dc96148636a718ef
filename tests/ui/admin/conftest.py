"""Fixtures of the admin-tab UI tests (pytest-qt, offscreen)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.ui.admin import AdminTab
from alsep_desktop.ui.ops import OpRunner


@dataclass
class Ui:
    ctx: object
    ops: OpRunner
    tab: AdminTab
    register_id: int
    qtbot: object

    def page(self, key: str):
        page = self.tab.show_page(key)
        self.settle(page)
        return page

    def settle(self, page) -> None:
        self.qtbot.waitUntil(lambda: page.pending == 0, timeout=10_000)


@pytest.fixture
def ops(qtbot) -> OpRunner:
    runner = OpRunner()
    yield runner
    runner.wait()


@pytest.fixture
def ui(qtbot, sqlite_ctx, ops) -> Ui:
    ids = ensure_demo(sqlite_ctx)
    admin = sqlite_ctx.auth.login(*ADMIN)
    tab = AdminTab(sqlite_ctx, ops, admin)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    return Ui(sqlite_ctx, ops, tab, ids.register_id, qtbot)


@pytest.fixture
def cashier(sqlite_ctx):
    ensure_demo(sqlite_ctx)
    return sqlite_ctx.auth.login(CASHIER[0], CASHIER[1])
