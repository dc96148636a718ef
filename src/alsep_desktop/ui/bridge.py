"""Core EventBus events → Qt signals on the GUI thread (Electrum's ``qt_event_listener``).

The bus calls listeners on whatever thread emits (the OFD uploader, an op worker). The bridge
re-emits through a signal whose connection to the GUI-thread relay is queued, so slots always
run on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from alsep_desktop.kernel.events import OFD_STATUS, OUTBOX_CHANGED, EventBus
from alsep_desktop.ui.qt import QObject, Qt, Signal

BRIDGED = (OFD_STATUS, OUTBOX_CHANGED)


class EventBridge(QObject):
    event = Signal(str, object)  # (name, payload dict), always on the GUI thread
    ofd_status = Signal(object)
    outbox_changed = Signal(object)
    _raw = Signal(str, object)  # emitted from any thread

    def __init__(self, bus: EventBus, names: tuple[str, ...] = BRIDGED, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._callbacks: dict[str, Any] = {}
        self._raw.connect(self._relay, Qt.ConnectionType.QueuedConnection)
        for name in names:
            def cb(_name: str = name, **payload: Any) -> None:
                self._raw.emit(_name, payload)

            self._callbacks[name] = cb
            bus.subscribe(name, cb)

    def _relay(self, name: str, payload: object) -> None:
        self.event.emit(name, payload)
        if name == OFD_STATUS:
            self.ofd_status.emit(payload)
        elif name == OUTBOX_CHANGED:
            self.outbox_changed.emit(payload)

    def close(self) -> None:
        for name, cb in self._callbacks.items():
            self._bus.unsubscribe(name, cb)
        self._callbacks.clear()
