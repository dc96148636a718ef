"""The first full mirror of a register's catalog (issue 14): progress, and «Отмена» that stops
after the current page (the engine keeps its cursor; the next start resumes there)."""

from __future__ import annotations

import threading
from typing import Any

from alsep_desktop.cloud_client.errors import MirrorCancelled
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.ops import devices as device_ops
from alsep_desktop.ui.qt import (
    QDialog,
    QLabel,
    QObject,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from alsep_desktop.ui.widgets.message_bar import MessageBar
from alsep_desktop.ui.widgets.touch import big_button


class _Progress(QObject):
    moved = Signal(int, int)  # emitted on the engine's thread, delivered on the GUI thread


class MirrorDialog(QDialog):
    """``mirrored`` on success; ``cancelled`` when the cashier stopped it; an error stays shown."""

    mirrored = Signal()
    cancelled = Signal()

    def __init__(self, sync: Any, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mirror_dialog")
        self.sync, self.ops = sync, ops
        self.cancel_event = threading.Event()
        self.running = False
        self.setWindowTitle(translate("MirrorDialog", "Loading the register's data from the cloud"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        self.label = QLabel(translate("MirrorDialog", "Products, bundles, users and the register's settings are "
                                      "copied to this PC. Selling works from this copy, also without Internet."), self)
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("mirror_progress")
        self.bar.setRange(0, 0)  # unknown total until the first page
        lay.addWidget(self.bar)
        self.count = QLabel("", self)
        self.count.setObjectName("mirror_count")
        lay.addWidget(self.count)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.cancel_button = big_button(translate("MirrorDialog", "Cancel"), self, name="mirror_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        lay.addWidget(self.cancel_button)
        self.progress = _Progress(self)
        self.progress.moved.connect(self.show_progress)

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self.cancel_event.clear()
        self.message.clear_message()
        device_ops.first_mirror(self.ops, self.sync, self.progress.moved.emit, self.cancel_event, self._done,
                                self._failed)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.count.setText(
            translate("MirrorDialog", "%1 of %2 changes").replace("%1", str(done)).replace("%2", str(total))
        )

    def cancel(self) -> None:
        if not self.running:
            self.reject()
            return
        self.cancel_event.set()  # the engine stops after the page it is writing
        self.cancel_button.setEnabled(False)
        self.count.setText(translate("MirrorDialog", "Stopping after the current page…"))

    def _done(self, _result: object) -> None:
        self.running = False
        self.mirrored.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.cancel_button.setEnabled(True)
        if isinstance(exc, MirrorCancelled):
            self.cancelled.emit()
            self.reject()
            return
        self.message.show_error(exc)
        self.cancel_button.setText(translate("MirrorDialog", "Close"))
