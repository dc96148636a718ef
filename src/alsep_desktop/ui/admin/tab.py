"""The admin tab (issue 7): the web admin panel of the seed (sections 5–8) inside the app.

Only an administrator can open it; for anyone else it shows one sentence and builds nothing.
The services check the role again (hidden screens are not security).
"""

from __future__ import annotations

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.domain.roles import Principal
from alsep_desktop.services.changes import Changes
from alsep_desktop.ui.admin.cloud_bar import CloudBar
from alsep_desktop.ui.admin.common import Page
from alsep_desktop.ui.admin.company import CompanyPage
from alsep_desktop.ui.admin.dashboard import DashboardPage
from alsep_desktop.ui.admin.products import ProductsPage
from alsep_desktop.ui.admin.registers import RegistersPage
from alsep_desktop.ui.admin.sales import SalesPage
from alsep_desktop.ui.admin.terminal_reports import TerminalReportsPage
from alsep_desktop.ui.admin.terminals import TerminalsPage
from alsep_desktop.ui.admin.trade_points import TradePointsPage
from alsep_desktop.ui.admin.users import UsersPage
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import QLabel, Qt, QTabWidget, QVBoxLayout, QWidget, translate


class AdminTab(QWidget):
    def __init__(self, ctx: AppContext, ops: OpRunner, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ops, self.principal = ctx, ops, principal
        lay = QVBoxLayout(self)
        self.refused = not principal.is_admin
        self.pages: dict[str, Page] = {}
        if self.refused:
            self.message = QLabel(translate("AdminTab", "Only an administrator can open the admin panel."), self)
            self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.message.setObjectName("admin_refused")
            lay.addWidget(self.message)
            self.tabs = None
            return
        self.cloud_bar: CloudBar | None = None
        if ctx.admin_edits is not None:  # issue 14: shown only when a cloud is configured
            self.cloud_bar = CloudBar(ctx.admin_edits, ops, principal, ctx.clock, self)
            lay.addWidget(self.cloud_bar)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 36px; padding: 4px 14px; }")
        entries = [
            ("dashboard", DashboardPage, translate("AdminTab", "Dashboard")),
            ("company", CompanyPage, translate("AdminTab", "Company")),
            ("trade_points", TradePointsPage, translate("AdminTab", "Trade points")),
            ("users", UsersPage, translate("AdminTab", "Users")),
            ("registers", RegistersPage, translate("AdminTab", "Registers")),
            ("products", ProductsPage, translate("AdminTab", "Products")),
            ("sales", SalesPage, translate("AdminTab", "Sales")),
            ("terminals", TerminalsPage, translate("AdminTab", "Terminals")),
            ("terminal_reports", TerminalReportsPage, translate("AdminTab", "Terminal reports")),
        ]
        for key, cls, title in entries:
            page = cls(ctx, ops, principal, self.tabs)
            self.pages[key] = page
            self.tabs.addTab(page, title)
        lay.addWidget(self.tabs)
        self._stale: set[str] = set(self.pages)
        self.tabs.currentChanged.connect(self._entered)
        ops.changed.connect(self._on_changes)
        self._entered(0)

    def page(self, key: str) -> Page:
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        assert self.tabs is not None
        self.tabs.setCurrentWidget(self.pages[key])
        return self.pages[key]

    def _entered(self, index: int) -> None:
        """Load a page when it is first shown, or again if data changed while it was hidden."""
        assert self.tabs is not None
        page = self.tabs.widget(index)
        for key, p in self.pages.items():
            if p is page and key in self._stale:
                self._stale.discard(key)
                p.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.org or changes.catalog or changes.users or changes.receipts):
            return
        assert self.tabs is not None
        current = self.tabs.currentWidget()
        for key, p in self.pages.items():
            if p is current:
                p.on_changes(changes)
            else:
                self._stale.add(key)
