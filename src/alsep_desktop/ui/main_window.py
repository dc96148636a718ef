"""The main window: login / lock / binding, then the cashier tabs (+ Admin for admins),
the status bar, the language menu and the window-wide shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.app.window_services import Services, build_services
from alsep_desktop.domain.roles import Principal
from alsep_desktop.services.ofd.registration import RegistrationCheck
from alsep_desktop.services.org import BoundRegister
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.services.selftest import SelfTestService
from alsep_desktop.ui.bridge import EventBridge
from alsep_desktop.ui.cashier.help import HelpOverlay
from alsep_desktop.ui.cashier.login import LoginScreen
from alsep_desktop.ui.cashier.pin import KEY_CHANGE_PIN, ChangePinDialog
from alsep_desktop.ui.cashier.receipts import ReceiptsScreen
from alsep_desktop.ui.cashier.registration import warn_if_different
from alsep_desktop.ui.cashier.returns import ReturnsScreen
from alsep_desktop.ui.cashier.sale import SaleScreen
from alsep_desktop.ui.cashier.selftest import SelfTestDialog
from alsep_desktop.ui.cashier.shift import KEY_X, KEY_Z, ShiftScreen
from alsep_desktop.ui.cashier.status import CashierStatusBar
from alsep_desktop.ui.counter import Counter
from alsep_desktop.ui.devices.scanner_bridge import ScannerBridge
from alsep_desktop.ui.devices.settings_dialog import DeviceSettingsDialog
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.ops import shift as shift_ops
from alsep_desktop.ui.qt import (
    QAction,
    QActionGroup,
    QApplication,
    QCloseEvent,
    QEvent,
    QKeySequence,
    QMainWindow,
    QMessageBox,
    QShortcut,
    QStackedWidget,
    Qt,
    QTabWidget,
    QTimer,
    QWidget,
    Slot,
    translate,
)
from alsep_desktop.ui.terminal.screen import TerminalScreen, has_terminal_service
from alsep_desktop.ui.translator import current_language, set_language
from alsep_desktop.ui.widgets.message_bar import MessageBar, error_text

if TYPE_CHECKING:
    from alsep_desktop.services.terminal.service import TerminalService
    from alsep_desktop.ui.kiosk import KioskGuard

KEY_HELP, KEY_SALE, KEY_RETURNS, KEY_RECEIPTS, KEY_LAST = "F1", "F3", "F6", "F7", "F11"
KEY_LOCK, KEY_SWITCH = "Ctrl+L", "Ctrl+Shift+L"
LANGUAGES = (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))
WANTED_SIZE = (1280, 800)  # px: what the window takes when the screen has room for it
FRAME_GUESS = (16, 48)  # px of a window manager's frame and title bar, before the real ones are known


class MainWindow(QMainWindow):
    #: set by the kiosk start (ui/start_screen.py): the guard that holds the window full-screen
    kiosk_guard: KioskGuard | None = None

    def __init__(self, services: Services | AppContext, *, printing: PrintingService | None = None,
                 terminal: TerminalService | None = None, selftest: SelfTestService | None = None,
                 run_selftest: bool = True) -> None:
        """``services``: what the composition root built (``app/window_services.py``); a bare
        :class:`AppContext` (tests, the bench) has them built there, with ``printing``, ``terminal``
        and ``selftest`` in place of its own (decision 2120)."""
        super().__init__()
        if isinstance(services, AppContext):
            services = build_services(services, printing=printing, terminal=terminal, selftest=selftest)
        self.services = services
        self.ctx = ctx = services.ctx
        self.ops = OpRunner(self)
        self.printing = services.printing
        self.counter = Counter(services, self.ops)
        self.selftest = services.selftest
        self.run_selftest = run_selftest
        self.dialog: SelfTestDialog | None = None
        self.admin_tab: QWidget | None = None
        self._fitted = False
        self.resize(*self.size_for_screen())
        self.stack = QStackedWidget(self)
        self.login = LoginScreen(self.counter, self.stack)
        self.login.logged_in.connect(self.on_login)
        self.login.bound.connect(self._bound)
        self.login.notice.connect(lambda text: self.sale.message.show_info(text))
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("main_tabs")
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { min-height: 40px; padding: 4px 18px; font-size: 15px; }")
        self.sale = SaleScreen(self.counter, self.tabs)
        self.returns = ReturnsScreen(self.counter, self.tabs)
        self.shift = ShiftScreen(self.counter, self.tabs)
        self.counter.close_shift = lambda: (self.show_tab(self.shift), self.shift.ask_close())
        self.receipts = ReceiptsScreen(self.counter, self.tabs)
        for w in (self.sale, self.returns, self.shift, self.receipts):
            self.tabs.addTab(w, "")
        # the card terminal's tab (issue 15): terminal-only payments, pending reconciliation, refunds
        self.terminal_tab = TerminalScreen(self.counter, self.tabs) if has_terminal_service(self.counter) else None
        if self.terminal_tab is not None:
            self.tabs.addTab(self.terminal_tab, "")
            self.terminal_waiting = 0
            self.terminal_tab.notice.connect(self.sale.message.show_error)
            self.terminal_tab.sale_screen = self.sale  # a late card approval completes its basket (2011)
            self.terminal_tab.attention.connect(self._terminal_attention)
        self.tabs.currentChanged.connect(self._tab_entered)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.status = CashierStatusBar(self.counter, self)
        self.setStatusBar(self.status)
        # the red OFD part (documents the OFD refused) leads to them in «Автономные данные» (issue 20)
        self.status.rejected_clicked.connect(lambda: self._working() and (self.show_tab(self.receipts),
                                                                          self.receipts.show_rejected()))
        self.bridge = EventBridge(ctx.events, parent=self)
        self.bridge.ofd_status.connect(lambda _: self.status.refresh())
        self.bridge.outbox_changed.connect(lambda _: self.status.refresh())
        self.help = HelpOverlay(self.counter, self)
        # every scanner (keyboard wedge anywhere in the window, serial/USB-CDC, webcam) lands in the basket
        self.scanners = ScannerBridge(ctx.devices.load(), self, drivers=services.scanners)
        self.scanners.scanned.connect(self.on_scanned)
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self.stack.setCurrentWidget(self.login)
        self.login.refresh_binding()

    # -- menus and shortcuts ----------------------------------------------------------------
    def _build_menus(self) -> None:
        self.cashier_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.triggered.connect(self.lock)
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self.switch_cashier)
        self.pin_action = QAction(self)
        self.pin_action.setObjectName("change_pin")
        self.pin_action.setShortcut(QKeySequence(KEY_CHANGE_PIN))
        self.pin_action.triggered.connect(self.open_change_pin)
        self.offline_action = QAction(self)
        self.offline_action.setObjectName("offline_data")
        self.offline_action.triggered.connect(lambda: self._working() and self.show_tab(self.receipts))
        self.selftest_action = QAction(self)
        self.selftest_action.triggered.connect(self.open_selftest)
        self.help_action = QAction(self)
        self.help_action.triggered.connect(self.help.toggle)
        self.devices_action = QAction(self)
        self.devices_action.triggered.connect(self.open_devices)
        self.camera_action = QAction(self, checkable=True)
        self.camera_action.toggled.connect(self.toggle_camera)
        for a in (self.lock_action, self.switch_action, self.pin_action, self.offline_action, self.selftest_action, self.devices_action,
                  self.camera_action, self.help_action):
            self.cashier_menu.addAction(a)
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            act = QAction(name, self, checkable=True)
            act.setObjectName(f"lang_{code}")
            act.setChecked(code == current_language())
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act

    def _key(self, key: str, describe: Callable[[], str], fn: Callable[[], None]) -> None:
        self.counter.shortcut(key, describe)
        sc = QShortcut(QKeySequence(key), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(lambda: self._working() and fn())

    def _build_shortcuts(self) -> None:
        help_key = QShortcut(QKeySequence(KEY_HELP), self)
        help_key.activated.connect(self.help.toggle)
        self.counter.shortcut(KEY_HELP, lambda: translate("MainWindow", "This help"))
        self._key(KEY_SALE, lambda: translate("MainWindow", "Sale tab"),
                  lambda: (self.show_tab(self.sale), self.sale.focus_barcode()))
        self._key(KEY_RETURNS, lambda: translate("MainWindow", "Returns tab"), lambda: self.show_tab(self.returns))
        self._key(KEY_RECEIPTS, lambda: translate("MainWindow", "Receipts of the shift"), lambda: self.show_tab(self.receipts))
        self._key(KEY_X, lambda: translate("MainWindow", "X report"), lambda: (self.show_tab(self.shift), self.shift.x_report()))
        self._key(KEY_Z, lambda: translate("MainWindow", "Close the shift (Z report)"),
                  lambda: (self.show_tab(self.shift), self.shift.ask_close()))
        self._key(KEY_LAST, lambda: translate("MainWindow", "Print the last receipt"), self.receipts.print_last)
        self._key(KEY_LOCK, lambda: translate("MainWindow", "Lock the register"), self.lock)
        self._key(KEY_SWITCH, lambda: translate("MainWindow", "Switch cashier"), self.switch_cashier)
        self.counter.shortcut(KEY_CHANGE_PIN, lambda: translate("MainWindow", "Change PIN"))
        self._key("F2", lambda: translate("MainWindow", "Barcode, code or name field"),
                  lambda: (self.show_tab(self.sale), self.sale.focus_barcode()))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Alsep Desktop — online cash register"))
        titles = ((self.sale, translate("MainWindow", "Sale"), KEY_SALE), (self.returns, translate("MainWindow", "Returns"), KEY_RETURNS),
                  (self.shift, translate("MainWindow", "Reports and shift"), f"{KEY_X}/{KEY_Z}"),
                  (self.receipts, translate("MainWindow", "Receipts"), KEY_RECEIPTS))
        for widget, title, key in titles:
            self.tabs.setTabText(self.tabs.indexOf(widget), f"{title} [{key}]")
        if self.terminal_tab is not None:
            self._terminal_attention(self.terminal_waiting)
        if self.admin_tab is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.admin_tab), translate("MainWindow", "Admin"))
        self.cashier_menu.setTitle(translate("MainWindow", "Register"))
        self.lock_action.setText(translate("MainWindow", "Lock") + f"\t{KEY_LOCK}")
        self.switch_action.setText(translate("MainWindow", "Switch cashier") + f"\t{KEY_SWITCH}")
        self.pin_action.setText(translate("MainWindow", "Change PIN…"))
        self.offline_action.setText(translate("MainWindow", "Offline data") + f"\t{KEY_RECEIPTS}")
        self.selftest_action.setText(translate("MainWindow", "Self-test"))
        self.devices_action.setText(translate("MainWindow", "Devices…"))
        self.camera_action.setText(translate("MainWindow", "Scan with the camera (marked goods)"))
        self.help_action.setText(translate("MainWindow", "Keyboard shortcuts") + f"\t{KEY_HELP}")
        self.language_menu.setTitle(translate("MainWindow", "Language"))
        self.status.retranslate()
        if self.help.isVisible():
            self.help.fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self, self.keep_on_screen)  # longer texts never push the window off the screen
        super().changeEvent(event)

    # -- the screen (issue 20, decision 2021) ----------------------------------------------------
    def _room(self) -> Any:  # QRect | None
        """The screen's free area: without the taskbar and docks (``availableGeometry``)."""
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    def size_for_screen(self) -> tuple[int, int]:
        """The window's size on this screen, frame included: at most ``WANTED_SIZE``."""
        room = self._room()
        if room is None:
            return WANTED_SIZE
        return (min(WANTED_SIZE[0], room.width() - FRAME_GUESS[0]), min(WANTED_SIZE[1], room.height() - FRAME_GUESS[1]))

    def keep_on_screen(self) -> None:
        """Shrink and move the window so that its frame (title bar included) lies in the free area."""
        room = self._room()
        if room is None or self.isFullScreen() or self.isMaximized() or not self.isVisible():
            return
        frame, inner = self.frameGeometry(), self.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        width = max(self.minimumSizeHint().width(), min(self.width(), room.width() - extra_w))
        height = max(self.minimumSizeHint().height(), min(self.height(), room.height() - extra_h))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = max(room.left(), min(frame.left(), room.left() + room.width() - width - extra_w))
        y = max(room.top(), min(frame.top(), room.top() + room.height() - height - extra_h))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    def _screen_changed(self, _screen: object) -> None:
        self.keep_on_screen()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._fitted:  # the real frame is known once the window is shown
            self._fitted = True
            handle = self.windowHandle()
            if handle is not None:
                handle.screenChanged.connect(self._screen_changed)
            QTimer.singleShot(0, self, self.keep_on_screen)

    def clear_messages(self) -> None:
        """No line of the previous cashier or language stays on screen (issue 20)."""
        for bar in self.findChildren(MessageBar):
            bar.clear_message()

    def set_language(self, code: str) -> None:
        app = QApplication.instance()
        if app is None:
            return
        self.clear_messages()
        set_language(app, code)  # type: ignore[arg-type]
        self.language_actions[code].setChecked(True)
        self.ctx.config.language = code
        try:
            self.ctx.config.save()
        except OSError:
            pass  # the choice still holds for this run

    # -- login flow -------------------------------------------------------------------------
    def _bound(self, reg: BoundRegister | None) -> None:
        self.counter.register_id = reg.id if reg is not None else None

    def _working(self) -> bool:
        return self.counter.cashier is not None and self.stack.currentWidget() is self.tabs

    @Slot(object)
    def on_login(self, who: Principal) -> None:
        previous = self.counter.cashier
        self.counter.cashier = who
        if previous is None or previous.user_id != who.user_id:
            self.clear_messages()
            self._mount_admin(who)
        self.stack.setCurrentWidget(self.tabs)
        self.status.start()
        if self.terminal_tab is not None:  # what the terminal left waiting (a previous run too) counts at once
            self.terminal_tab.refresh()
        self.show_tab(self.sale)
        self.sale.focus_barcode()
        if self.run_selftest and previous is None:
            self.open_selftest()
        if previous is None:
            self.check_registration()
            self.warn_about_the_store()

    def warn_about_the_store(self) -> QMessageBox | None:
        """At start-up: the store's own warnings (an SQLite file on a network drive, where WAL does not
        work) in a plain sentence; the window keeps working."""
        if not self.ctx.store_warnings:
            return None
        text = "\n\n".join(error_text(w) for w in self.ctx.store_warnings)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "The database"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("storeWarning")
        box.open()
        self.store_warning = box
        return box

    def check_registration(self) -> None:
        """At start-up: what the OFD holds about this register (a difference is shown)."""
        register_id = self.counter.register_id
        if register_id is None:
            return
        def checked(result: RegistrationCheck) -> None:
            self.registration_warning = warn_if_different(self, result)

        def unreachable(_error: Exception) -> None:  # the OFD unreachable: the status bar says so already
            pass

        shift_ops.check_registration(self.counter, register_id, checked, unreachable)

    def _mount_admin(self, who: Principal) -> None:
        if self.admin_tab is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.admin_tab))
            self.admin_tab.deleteLater()
            self.admin_tab = None
        if who.is_admin:
            from alsep_desktop.ui.admin import AdminTab

            self.admin_tab = AdminTab(self.ctx, self.ops, who, self.tabs)
            self.tabs.addTab(self.admin_tab, translate("MainWindow", "Admin"))

    def open_change_pin(self) -> None:
        """«Изменить пин-код» (seed 9): the signed-in cashier's own PIN."""
        if not self._working():
            return
        self.dialog_pin = ChangePinDialog(self.counter, self)
        self.dialog_pin.accepted.connect(
            lambda: self.sale.message.show_info(translate("MainWindow", "Your new PIN is saved.")))
        self.dialog_pin.open()

    def open_selftest(self) -> None:
        if self.counter.register_id is None:
            return
        self.dialog = SelfTestDialog(self.counter, self.selftest, self)
        self.dialog.finished.connect(lambda _: self.status.refresh())
        self.dialog.open()
        self.dialog.start()

    def lock(self) -> None:
        if self.counter.cashier is None:
            return
        self.login.show_login(self.counter.cashier)
        self.stack.setCurrentWidget(self.login)

    def switch_cashier(self) -> None:
        self.counter.cashier = None
        self.clear_messages()
        if self.admin_tab is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.admin_tab))
            self.admin_tab.deleteLater()
            self.admin_tab = None
        self.login.show_login(None)
        self.stack.setCurrentWidget(self.login)
        self.status.show_cashier()

    # -- tabs and scanning ------------------------------------------------------------------
    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def _terminal_attention(self, count: int) -> None:
        """The Terminal tab's title counts what waits there (late approvals, payments without a receipt)."""
        self.terminal_waiting = count
        title = translate("MainWindow", "Terminal")
        self.tabs.setTabText(self.tabs.indexOf(self.terminal_tab), f"{title} ({count})" if count else title)

    def _tab_entered(self, _: int) -> None:
        w = self.tabs.currentWidget()
        if w is self.receipts:
            self.receipts.refresh()
        elif w is self.shift:
            self.shift.cash.refresh()
            self.shift.cash.amount.setFocus()  # F8 then an amount and Ctrl+I / Ctrl+O
        elif w is self.returns:
            self.returns.sign.setFocus()  # F6 then the fiscal sign and Enter

    @Slot(str)
    def on_scanned(self, code: str) -> None:
        """Any scanner, anywhere in the window: the code lands in the basket."""
        if not self._working():
            return
        if self.tabs.currentWidget() is not self.sale:
            self.show_tab(self.sale)
        self.sale.on_scanned(code)

    def install_scanners(self, app: QApplication) -> None:
        """Start listening: keyboard-wedge filter on the application and the configured serial scanner."""
        self.scanners.install(app)

    def open_devices(self) -> None:
        dialog = DeviceSettingsDialog(self.ctx.devices, self.ops, self.counter.cashier, app_bridge=self.scanners,
                                      parent=self, terminal=self.counter.terminal)
        dialog.saved.connect(lambda _settings: self.printing.reload())
        if self.terminal_tab is not None:  # «ФИСКАЛИЗАЦИЯ» or the terminal itself may have changed
            dialog.saved.connect(lambda _settings: self.terminal_tab.refresh())
        self.dialog_devices = dialog
        dialog.open()

    def toggle_camera(self, on: bool) -> None:
        if on:
            self.scanners.start_camera()
        else:
            self.scanners.stop_camera()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.scanners.uninstall()
        self.status.stop()
        self.bridge.close()
        self.ops.wait(10_000)
        self.printing.close()
        super().closeEvent(event)
