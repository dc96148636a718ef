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
from alsep_desktop.ui.qt import (
    QEvent,
    QFrame,
    QLabel,
    QObject,
    QResizeEvent,
    QScrollArea,
    Qt,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    translate,
)

_ENTRIES: tuple[tuple[str, type[Page]], ...] = (
    ("dashboard", DashboardPage), ("company", CompanyPage), ("trade_points", TradePointsPage), ("users", UsersPage),
    ("registers", RegistersPage), ("products", ProductsPage), ("sales", SalesPage), ("terminals", TerminalsPage),
    ("terminal_reports", TerminalReportsPage),
)


class _PageScroll(QScrollArea):
    """A page in a frameless scroll area: a page taller than a small screen (1024×768) scrolls
    instead of pushing the window's status bar off the screen (issue 20). The page gets the
    viewport's size, never less than its minimum (``widgetResizable`` would give a page with
    word-wrapped labels its preferred height for the width, and scroll on a large screen too)."""

    def __init__(self, page: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("admin_page_scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        page.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            QTimer.singleShot(0, self, self._fit)  # after the page's layout has its new minimum
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        least, room = page.minimumSizeHint(), self.viewport().size()
        page.resize(max(room.width(), least.width()), max(room.height(), least.height()))


def _scrolled(page: QWidget, parent: QWidget) -> QScrollArea:
    return _PageScroll(page, parent)


def _titles() -> dict[str, str]:
    return {
        "dashboard": translate("AdminTab", "Dashboard"), "company": translate("AdminTab", "Company"),
        "trade_points": translate("AdminTab", "Trade points"), "users": translate("AdminTab", "Users"),
        "registers": translate("AdminTab", "Registers"), "products": translate("AdminTab", "Products"),
        "sales": translate("AdminTab", "Sales"), "terminals": translate("AdminTab", "Terminals"),
        "terminal_reports": translate("AdminTab", "Terminal reports"),
    }


class AdminTab(QWidget):
    def __init__(self, ctx: AppContext, ops: OpRunner, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ops, self.principal = ctx, ops, principal
        lay = QVBoxLayout(self)
        self.refused = not principal.is_admin
        self._pages: dict[str, Page] = {}
        self._retired: list[Page] = []  # pages of the old language whose calls are still running
        self._language_changed = False
        if self.refused:
            self.message = QLabel(translate("AdminTab", "Only an administrator can open the admin panel."), self)
            self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.message.setObjectName("admin_refused")
            lay.addWidget(self.message)
            self.tabs = None
            return
        self.cloud_bar: CloudBar | None = None
        #: decision 2130: the local or the cloud services, chosen once for this tab's life (binding,
        #: unbinding and signing in again rebuild the tab)
        self.admin = ctx.admin.current()
        if self.admin.line is not None:  # issue 14: shown only when a cloud is configured
            self.cloud_bar = CloudBar(self.admin.line, ops, principal, ctx.clock, self)
            self.cloud_bar.mirror_changed.connect(self._mirror_changed)
            lay.addWidget(self.cloud_bar)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 36px; padding: 4px 14px; }")
        lay.addWidget(self.tabs)
        self._stale: set[str] = set()
        # timers owned by the tab: they die with it (a bare singleShot would call a deleted tab)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.timeout.connect(self._rebuild_when_shown)
        self._retire_timer = QTimer(self)
        self._retire_timer.setSingleShot(True)
        self._retire_timer.setInterval(200)
        self._retire_timer.timeout.connect(self._retire)
        self._build_pages()
        self.tabs.currentChanged.connect(self._entered)
        ops.changed.connect(self._on_changes)
        self._entered(0)

    def _build_pages(self) -> None:
        """The pages in the current language. Their texts are set once, when built: a language
        change builds them again (decision 2031)."""
        assert self.tabs is not None
        titles = _titles()
        for key, cls in _ENTRIES:
            page = cls(self.ctx, self.ops, self.principal, self.tabs, admin=self.admin)
            self._pages[key] = page
            self.tabs.addTab(_scrolled(page, self.tabs), titles[key])
        self._stale = set(self._pages)

    def index_of(self, key: str) -> int:
        """The sub-tab index of page ``key`` (each page sits in a scroll area of its own)."""
        assert self.tabs is not None
        return next(i for i in range(self.tabs.count()) if self._page_at(i) is self.pages[key])

    def _page_at(self, index: int) -> QWidget | None:
        assert self.tabs is not None
        holder = self.tabs.widget(index)
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _current_page(self) -> QWidget | None:
        assert self.tabs is not None
        return self._page_at(self.tabs.currentIndex())

    @property
    def pages(self) -> dict[str, Page]:
        self._rebuild_if_needed()
        return self._pages

    def page(self, key: str) -> Page:
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        assert self.tabs is not None
        page = self.pages[key]
        self.tabs.setCurrentIndex(self.index_of(key))
        return page

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            if self.refused:
                self.message.setText(translate("AdminTab", "Only an administrator can open the admin panel."))
            elif not self._language_changed:
                self._language_changed = True  # one rebuild for the events of one switch
                self._rebuild_timer.start(0)
        super().changeEvent(event)

    def _rebuild_when_shown(self) -> None:
        """Hidden (another tab in view, a closed window): built when shown, nothing loaded now."""
        if self.isVisible():
            self._rebuild_if_needed()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[arg-type]
        if self._language_changed:
            self._rebuild_timer.start(0)

    def _rebuild_if_needed(self) -> None:
        if not self._language_changed or self.tabs is None:
            return
        self._language_changed = False
        current = next((k for k, p in self._pages.items() if p is self._current_page()), "dashboard")
        old = list(self._pages.values())
        self.tabs.blockSignals(True)
        while self.tabs.count():
            holder = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if isinstance(holder, QScrollArea):  # the page leaves its scroll area to be retired
                holder.takeWidget().setParent(self)
                holder.deleteLater()
        self._pages = {}
        self._build_pages()
        self.tabs.blockSignals(False)
        for page in old:
            page.hide()
            self._retired.append(page)
        self._retire()
        self.tabs.setCurrentIndex(self.index_of(current))
        self._entered(self.tabs.currentIndex())

    def _retire(self) -> None:
        """Delete the old pages once no call of theirs is running (its answer goes to the page)."""
        busy = []
        for page in self._retired:
            if page.pending:
                busy.append(page)
            else:
                page.deleteLater()
        self._retired = busy
        if busy:
            self._retire_timer.start()

    # -- data ----------------------------------------------------------------------------------
    def _entered(self, index: int) -> None:
        """Load a page when it is first shown, or again if data changed while it was hidden."""
        assert self.tabs is not None
        page = self._page_at(index)
        for key, p in self._pages.items():
            if p is page and key in self._stale:
                self._stale.discard(key)
                p.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.org or changes.catalog or changes.users or changes.receipts):
            return
        assert self.tabs is not None
        current = self._current_page()
        for key, p in self._pages.items():
            if p is current:
                p.on_changes(changes)
            else:
                self._stale.add(key)

    def _mirror_changed(self) -> None:
        """The mirror brought something from the cloud: the page in view reloads (and says an edit
        that was on its way has arrived); the others reload when shown."""
        assert self.tabs is not None
        current = self._current_page()
        for key, p in self._pages.items():
            if p is current:
                p.mirror_arrived()
            else:
                self._stale.add(key)
