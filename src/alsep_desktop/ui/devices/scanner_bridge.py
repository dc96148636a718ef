"""Every barcode scanner → one Qt signal on the GUI thread: ``scanned(code)``.

* **Keyboard wedge** (USB HID scanners): an application-wide event filter feeds the keys
  that reach the focused widget to :class:`WedgeDecoder`. Keys meant for a focused **text
  input** (line edit, text edit, spin box, editable combo box) are never held back, dropped or
  reordered: they pass at once, and a scan into such a field arrives as typed text with its
  Enter (the barcode field adds it, the return field finds the receipt). Only when the settings
  name a scanner ``prefix`` is a burst that begins with it claimed there too.
  With any other focus (the basket table, a button, a tab), printable keys are held back while
  they may be the start of a scanner burst (at most ``max_gap`` + a few ms): a burst that ends
  in the scanner's suffix fast enough is swallowed and emitted as ``scanned``; anything slower
  was a person typing and is re-delivered, in order, to the widget it was typed into.
  Keys with Ctrl/Alt, navigation keys, auto-repeat and password fields are never held back
  (they first release whatever is held, to keep the order). A widget (or an ancestor) with
  the dynamic property ``alsepScanAsText`` = True gets a burst as typed text instead.
* **Serial scanner**: the serial driver on its thread; scans cross to the GUI thread by a
  queued signal.
* **Camera**: the camera driver on demand (``start_camera``/``stop_camera``).

The drivers come from the composition root (``app/window_services.py``'s :class:`ScannerDrivers`);
the bridge never builds one itself (decision 2120).

GS (0x1D) separators of GS1 codes are kept in the emitted string.

The filter runs inside every nested event loop (file dialogs, message boxes) and must never raise:
PySide6 keeps an exception of a Python ``eventFilter`` to raise it again at the next call into
Python and crashed the app doing so (decision 2001). It also never asks a temporary wrapper of a
window for its focus widget: shiboken then ties the focus widget's wrapper to that temporary and
marks it "already deleted" when the temporary goes (the cause of the file-dialog crash, 2001).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6

from alsep_desktop.app.window_services import ScannerDrivers, scanner_drivers
from alsep_desktop.hardware.protocols import Scan, ScannerSource, ScannerState
from alsep_desktop.hardware.scanner.serial import SerialScannerConfig
from alsep_desktop.hardware.scanner.wedge import WedgeDecoder, WedgeOutput, WedgeScan
from alsep_desktop.services.devices import DeviceSettings
from alsep_desktop.ui.qt import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QEvent,
    QKeyEvent,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QTimer,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

WEDGE, SERIAL, CAMERA = "wedge", "serial", "camera"
SCAN_AS_TEXT = "alsepScanAsText"

_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_SHORTCUT = QEvent.Type.ShortcutOverride
_K = Qt.Key
_MODIFIER_KEYS = frozenset(int(k) for k in (
    _K.Key_Shift, _K.Key_Control, _K.Key_Alt, _K.Key_Meta, _K.Key_AltGr, _K.Key_CapsLock, _K.Key_NumLock,
))
_TERMINATOR_KEYS = {int(_K.Key_Return): "\r", int(_K.Key_Enter): "\r", int(_K.Key_Tab): "\t"}
_M = Qt.KeyboardModifier
_COMMAND_MODS = _M.ControlModifier | _M.AltModifier | _M.MetaModifier
GS = "\x1d"


@dataclass(frozen=True, slots=True)
class _HeldKey:
    target: QObject
    key: int
    modifiers: Any
    text: str


class ScannerBridge(QObject):
    scanned = Signal(str)  # the code, from any source
    scanned_from = Signal(str, str)  # (source, code)
    state_changed = Signal(str, str)  # (source, ScannerState value)

    _incoming = Signal(str, str)  # from device threads: (source, code)
    _incoming_state = Signal(str, str)

    def __init__(
        self,
        settings: DeviceSettings | None = None,
        parent: QObject | None = None,
        *,
        drivers: ScannerDrivers | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        settings = settings or DeviceSettings()
        self.settings = settings
        self.drivers = drivers or scanner_drivers()
        self.clock = clock
        self.decoder: WedgeDecoder | None = settings.wedge.decoder() if settings.wedge.enabled else None
        self.paused = False  # True: keys pass untouched (e.g. while a settings field records a scan)
        self._held: list[_HeldKey] = []
        self._replaying = False
        self._failed = False  # the filter met an error once (logged once, then keys pass on)
        self._app: QApplication | None = None
        self._serial: ScannerSource | None = None
        self._camera: ScannerSource | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)
        self._incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._incoming_state.connect(self.state_changed, Qt.ConnectionType.QueuedConnection)

    # -- lifetime -----------------------------------------------------------------------
    def install(self, app: QApplication | None = None) -> None:
        """Start listening: the wedge filter on the application, the serial scanner if configured."""
        app = app or QApplication.instance()
        if self._app is None and app is not None:
            app.installEventFilter(self)
            self._app = app
        if self.settings.serial_scanner.enabled and self.settings.serial_scanner.port and self._serial is None:
            self.start_serial()

    def uninstall(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
        self.flush()
        self.stop_serial()
        self.stop_camera()

    def reload(self, settings: DeviceSettings) -> None:
        """New settings (after the settings dialog saved): restart what changed."""
        installed = self._app is not None
        self.flush()
        self.stop_serial()
        self.settings = settings
        self.decoder = settings.wedge.decoder() if settings.wedge.enabled else None
        if installed:
            self.install(self._app)

    # -- serial and camera --------------------------------------------------------------
    def start_serial(self, config: SerialScannerConfig | None = None) -> None:
        self.stop_serial()
        self._serial = self.drivers.serial(config or self.settings.serial_scanner.to_config())
        self._start(self._serial, SERIAL)

    def stop_serial(self) -> None:
        if self._serial is not None:
            source, self._serial = self._serial, None
            source.stop()
            self.state_changed.emit(SERIAL, ScannerState.STOPPED.value)

    def start_camera(self, source: int | str | None = None, *, scanner: ScannerSource | None = None) -> None:
        self.stop_camera()
        self._camera = scanner or self.drivers.camera(self.settings.camera.source if source is None else source)
        self._start(self._camera, CAMERA)

    def stop_camera(self) -> None:
        if self._camera is not None:
            source, self._camera = self._camera, None
            source.stop()
            self.state_changed.emit(CAMERA, ScannerState.STOPPED.value)

    @property
    def camera_running(self) -> bool:
        return self._camera is not None

    def _start(self, source: ScannerSource, name: str) -> None:
        def on_scan(scan: Scan) -> None:  # device thread
            self._incoming.emit(name, scan.data)

        def on_state(state: ScannerState) -> None:  # device thread
            self._incoming_state.emit(name, state.value)

        source.start(on_scan, on_state)

    def _deliver(self, source: str, code: str) -> None:  # GUI thread
        if code:
            self.scanned_from.emit(source, code)
            self.scanned.emit(code)

    # -- keyboard wedge -----------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind != _KEY_PRESS and kind != _KEY_RELEASE and kind != _SHORTCUT:
            return False
        if self._replaying or self.paused or self.decoder is None:
            return False
        try:
            return self._filter_key(obj, event, kind)
        except Exception:  # noqa: BLE001 - an exception here would kill the app (decision 2001)
            if not self._failed:
                log.exception("keyboard wedge: a key could not be examined; keys now pass untouched")
            self._failed = True
            self._held = []
            return False

    def _filter_key(self, obj: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        if not _is_key_receiver(obj):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == _KEY_PRESS:
            return self._on_press(obj, event)
        if kind == _KEY_RELEASE:  # the release of a held key is re-sent with it
            return any(h.key == event.key() and h.target is obj for h in self._held)
        if self._held and self._char_of(event) not in (None, "\r", "\t"):
            event.accept()  # inside a possible burst: a plain key is text, not a shortcut
            return True
        return False

    def _char_of(self, event: QKeyEvent) -> str | None:
        key, text = event.key(), event.text()
        if key in _TERMINATOR_KEYS:
            return _TERMINATOR_KEYS[key] if not (event.modifiers() & _COMMAND_MODS) else None
        if text == GS:  # Ctrl+] from a scanner: the GS1 group separator
            return GS
        if len(text) == 1 and text.isprintable() and not (event.modifiers() & _COMMAND_MODS):
            return text
        return None

    def _on_press(self, obj: QObject, event: QKeyEvent) -> bool:
        assert self.decoder is not None
        if event.key() in _MODIFIER_KEYS:
            return False  # Shift of an upper-case letter must not break a burst
        char = self._char_of(event)
        if char is None or event.isAutoRepeat() or _is_secret(obj):
            self.flush()
            return False
        now = self.clock()
        if _is_text_input(obj) or _completes_text_input(obj):
            self._handle(self.decoder.poll(now))  # a burst that went silent is over
            if not self.decoder.continues_prefix(char, now):
                self.flush()  # what is held (a prefix that was not one) first, then this key
                return False
        outputs = self.decoder.feed(char, now)
        last = self._handle(outputs)
        if char in self.decoder.terminators:
            self._timer.stop()
            return isinstance(last, WedgeScan) and not _wants_text(obj)
        self._held.append(_HeldKey(obj, event.key(), event.modifiers(), event.text()))
        self._timer.start(max(1, math.ceil(self.decoder.max_gap * 1000)) + 5)
        return True

    def _handle(self, outputs: list[WedgeOutput]) -> WedgeOutput | None:
        """Scans are emitted, typed text re-delivered; each output takes its keys from ``_held``."""
        for out in outputs:
            n = len(out.code) + out.prefix_len if isinstance(out, WedgeScan) else len(out.text)
            taken, self._held = self._held[:n], self._held[n:]
            if isinstance(out, WedgeScan) and not (taken and _wants_text(taken[0].target)):
                self._deliver(WEDGE, out.code)
            else:
                self._replay(taken)
        return outputs[-1] if outputs else None

    def poll(self) -> None:
        """Timer: a held burst that went silent was typing (or a suffix-less scan)."""
        if self.decoder is None:
            return
        self._handle(self.decoder.poll(self.clock()))
        if self._held:
            self._timer.start(max(1, math.ceil(self.decoder.max_gap * 1000)) + 5)

    def flush(self) -> None:
        """Release whatever is held now (before a key that is never held back)."""
        self._timer.stop()
        if self.decoder is not None:
            self._handle(self.decoder.poll(math.inf))
        self._replay(self._held)
        self._held = []

    @property
    def held_text(self) -> str:
        return "".join(h.text for h in self._held)

    def _replay(self, keys: list[_HeldKey]) -> None:
        if not keys:
            return
        self._replaying = True
        try:
            for h in keys:
                for kind in (_KEY_PRESS, _KEY_RELEASE):
                    try:
                        QApplication.sendEvent(h.target, QKeyEvent(kind, h.key, h.modifiers, h.text))
                    except RuntimeError:  # the widget was deleted meanwhile
                        break
        finally:
            self._replaying = False


def _is_key_receiver(obj: QObject) -> bool:
    """True for the widget a key event is first delivered to (not its parents, not the QWindow).

    Only static calls answer it for the active window (as ``QWidgetWindow::handleKeyEvent`` picks
    the receiver): ``obj.window().focusWidget()`` on a window Qt made itself (the static file
    dialogs, input dialogs) returns a wrapper that shiboken ties to the window's temporary wrapper;
    when that goes, shiboken marks the focused line edit "already deleted" (decision 2001)."""
    if not obj.isWidgetType():
        return False
    assert isinstance(obj, QWidget)
    if obj.isActiveWindow():
        return obj is _active_receiver()
    window = obj.window()  # a window that is not active: only events sent to it directly (tests)
    if not shiboken6.createdByPython(window):  # its wrapper is a temporary: see above
        return True
    return obj is (window.focusWidget() or window)


def _active_receiver() -> QWidget | None:
    grabber = QWidget.keyboardGrabber()
    if grabber is not None:
        return grabber
    focus = QApplication.focusWidget()
    popup = QApplication.activePopupWidget()
    if popup is not None:  # a popup takes the keys; its own focus widget if it has one
        return focus if focus is not None and (focus is popup or popup.isAncestorOf(focus)) else popup
    return focus or QApplication.activeWindow()


def _completes_text_input(obj: QObject) -> bool:
    """A completer's list (the file name's in a file dialog): it gets the keys while it is open and
    hands them to the text input being completed, the focus widget outside it."""
    popup = QApplication.activePopupWidget()
    if obj is not popup or popup is None:
        return False
    focus = QApplication.focusWidget()
    return focus is not None and focus is not popup and not popup.isAncestorOf(focus) and _is_text_input(focus)


def _is_text_input(obj: QObject) -> bool:
    """A widget that takes typed text: its keys are the person's, never held back."""
    if isinstance(obj, (QLineEdit, QAbstractSpinBox)):
        return not obj.isReadOnly()
    if isinstance(obj, (QTextEdit, QPlainTextEdit)):
        return not obj.isReadOnly()
    if isinstance(obj, QComboBox):
        return obj.isEditable()
    return False


def _is_secret(obj: QObject) -> bool:
    return isinstance(obj, QLineEdit) and obj.echoMode() != QLineEdit.EchoMode.Normal


def _wants_text(obj: QObject | None) -> bool:
    while obj is not None:
        if obj.property(SCAN_AS_TEXT):
            return True
        obj = obj.parent()
    return False
