"""Shared plumbing for threaded scanner sources: state reporting and callbacks."""

from __future__ import annotations

import logging
import threading

from alsep_desktop.hardware.protocols import Scan, ScanCallback, ScannerState, StateCallback

log = logging.getLogger(__name__)


class ThreadedSource:
    """Runs ``_run`` on its own thread; subclasses call ``_set_state`` and ``_emit``."""

    name = "scanner"

    def __init__(self) -> None:
        self._state = ScannerState.STOPPED
        self._on_scan: ScanCallback | None = None
        self._on_state: StateCallback | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.states: list[ScannerState] = []  # history, for diagnostics and tests

    @property
    def state(self) -> ScannerState:
        return self._state

    def _set_state(self, state: ScannerState) -> None:
        if state is self._state:
            return
        self._state = state
        self.states.append(state)
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:  # a listener must not kill the device thread
                log.exception("scanner state listener failed")

    def _emit(self, scan: Scan) -> None:
        if self._on_scan is not None:
            try:
                self._on_scan(scan)
            except Exception:
                log.exception("scan listener failed")

    def start(self, on_scan: ScanCallback, on_state: StateCallback | None = None) -> None:
        if self._thread is not None and self._thread.is_alive():
            raise RuntimeError(f"{self.name} is already running")
        self._on_scan, self._on_state = on_scan, on_state
        self._stop.clear()
        self._thread = threading.Thread(target=self._guarded_run, name=f"alsep-{self.name}", daemon=True)
        self._thread.start()

    def _guarded_run(self) -> None:
        try:
            self._run()
        except Exception:
            log.exception("%s thread crashed", self.name)
            self._set_state(ScannerState.DISCONNECTED)

    def _run(self) -> None:
        raise NotImplementedError

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_state(ScannerState.STOPPED)
