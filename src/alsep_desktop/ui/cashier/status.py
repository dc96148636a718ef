"""The always-visible status bar: cashier, shift number and age, OFD online/offline with
documents waiting and the offline time left, printer state."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from alsep_desktop.cloud_client.status import NOT_CONFIGURED, CloudStatus
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.changes import Changes
from alsep_desktop.services.printing import PrinterState
from alsep_desktop.services.shift import PosStatus
from alsep_desktop.ui.cashier.cloud_state import cloud_sentence
from alsep_desktop.ui.cashier.common import Counter, error_text
from alsep_desktop.ui.i18n.errors import error_message
from alsep_desktop.ui.qt import QEvent, QObject, QStatusBar, Qt, QTimer, QWidget, Signal, translate
from alsep_desktop.ui.translator import current_language
from alsep_desktop.ui.widgets.elided_label import ElidedLabel

REFRESH_MS = 3000
OK_STYLE = "color: #1b5e20; font-weight: bold; padding: 0 8px;"
BAD_STYLE = "color: #b00020; font-weight: bold; padding: 0 8px;"
PLAIN_STYLE = "padding: 0 8px;"


def span(d: timedelta) -> str:
    minutes = max(0, int(d.total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    return translate("CashierStatus", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))


class CashierStatusBar(QStatusBar):
    #: the OFD part was clicked while the OFD has refused documents: show them (issue 20)
    rejected_clicked = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setSizeGripEnabled(False)
        # each part asks for its text's width but accepts less (cut with «…»): a long OFD or cloud
        # sentence, Kazakh, a long name never widen the window past the screen (issue 20, decision 2021)
        self.cashier = ElidedLabel(self)
        self.cashier.setObjectName("status_cashier")
        self.shift = ElidedLabel(self)
        self.shift.setObjectName("status_shift")
        self.ofd = ElidedLabel(self)
        self.ofd.setObjectName("status_ofd")
        self.ofd.installEventFilter(self)
        self.rejected = 0
        self.printer = ElidedLabel(self)
        self.printer.setObjectName("status_printer")
        self.cloud = ElidedLabel(self)  # issue 14: synced N s ago / offline since / waiting; hidden in single-PC mode
        self.cloud.setObjectName("status_cloud")
        for w in (self.cashier, self.shift, self.ofd, self.printer, self.cloud):
            w.setStyleSheet(PLAIN_STYLE)
            self.addPermanentWidget(w, 1)
        self.cloud.hide()
        self.cloud_status: CloudStatus | None = None
        self.last: tuple[PosStatus, PrinterState] | None = None
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        counter.ops.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.shift or changes.receipts:  # a document was made: its OFD verdict may have come
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is getattr(self, "ofd", None) and event.type() == QEvent.Type.MouseButtonRelease and self.rejected
                and getattr(event, "button", lambda: None)() == Qt.MouseButton.LeftButton):
            self.rejected_clicked.emit()
            return True
        return super().eventFilter(watched, event)

    def start(self) -> None:
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        c = self.counter
        self.show_cashier()
        self.refresh_cloud()
        if c.register_id is None or self._pending:
            return
        register_id = c.register_id
        self._pending = True
        c.ops.run(lambda: (c.ctx.shifts.status(register_id), c.printing.state()), self.show_status, self._failed)

    def _failed(self, exc: Exception) -> None:
        self._pending = False
        self.ofd.setText(error_text(exc))
        self.ofd.setStyleSheet(BAD_STYLE)

    def show_cashier(self) -> None:
        who = self.counter.cashier
        self.cashier.setText(translate("CashierStatus", "Cashier: %1").replace("%1", (who.full_name or who.email) if who else "—"))

    def refresh_cloud(self) -> None:
        """The sync engine's snapshot (no network: the engine keeps it in memory)."""
        sync = getattr(self.counter.ctx, "sync", None)
        status: CloudStatus | None = None
        if sync is not None:
            try:
                status = sync.status()
            except AlsepError:
                status = None
        binding = self.counter.ctx.binding
        if binding is not None and binding.unbound_here:  # unbound from this window: sync stopped
            status = replace(NOT_CONFIGURED, error_code="auth.required")
        self.show_cloud(status)

    def show_cloud(self, status: CloudStatus | None) -> None:
        self.cloud_status = status
        if status is None:
            self.cloud.hide()
            return
        text, good = cloud_sentence(status, self.counter.ctx.clock.now())
        self.cloud.setText(text)
        self.cloud.setStyleSheet(OK_STYLE if good else BAD_STYLE)
        self.cloud.show()

    def retranslate(self) -> None:
        self.show_cashier()
        self.show_cloud(self.cloud_status)
        if self.last is not None:
            self.show_status(self.last)

    def show_status(self, result: tuple[PosStatus, PrinterState]) -> None:
        self._pending = False
        self.last = result
        pos, printer = result
        self.show_cashier()
        if pos.shift_number is None:
            self.shift.setText(translate("CashierStatus", "Shift closed"))
        else:
            self.shift.setText(translate("CashierStatus", "Shift №%1, open %2").replace("%1", str(pos.shift_number))
                               .replace("%2", span(pos.shift_age or timedelta())))
        f = pos.fiscal
        if f.online and not f.pending:
            self.ofd.setText(translate("CashierStatus", "OFD: online"))
            self.ofd.setStyleSheet(OK_STYLE)
        else:
            text = translate("CashierStatus", "OFD: offline, %n document(s) waiting", None, f.pending)
            if f.time_left is not None:
                text += ", " + translate("CashierStatus", "%1 left").replace("%1", span(f.time_left))
            self.ofd.setText(text)
            self.ofd.setStyleSheet(BAD_STYLE)
        self.rejected = f.rejected
        if f.rejected:  # an error the admin must act on: red, with the way to the list (issue 20, decision 2070)
            self.ofd.setText(self.ofd.text() + ", " + translate(
                "CashierStatus", "%n document(s) REJECTED by the OFD: see «Offline data»", None, f.rejected))
            self.ofd.setStyleSheet(BAD_STYLE)
            self.ofd.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.ofd.unsetCursor()
        problem = printer.problem
        if problem is None:
            self.printer.setText(translate("CashierStatus", "Printer: ready"))
            self.printer.setStyleSheet(OK_STYLE)
        elif problem == "printing.no_printer":
            self.printer.setText(translate("CashierStatus", "Printer: none (e-mail or PDF)"))
            self.printer.setStyleSheet(PLAIN_STYLE)
        else:
            self.printer.setText(translate("CashierStatus", "Printer: %1").replace("%1", error_message(current_language(), problem)))
            self.printer.setStyleSheet(BAD_STYLE)
