"""A scripted scanner: delivers the given codes, one per ``interval`` seconds, then FINISHED."""

from __future__ import annotations

from collections.abc import Iterable

from alsep_desktop.hardware.protocols import Scan, ScannerState
from alsep_desktop.hardware.scanner.base import ThreadedSource


class FakeScanner(ThreadedSource):
    name = "fake-scanner"

    def __init__(self, codes: Iterable[str] = (), *, interval: float = 0.0, source: str = "fake") -> None:
        super().__init__()
        self.codes = list(codes)
        self.interval = interval
        self.source = source

    def _run(self) -> None:
        self._set_state(ScannerState.CONNECTED)
        for code in self.codes:
            if self._stop.wait(self.interval):
                return
            self._emit(Scan(code, source=self.source))
        self._set_state(ScannerState.FINISHED)

    def feed(self, code: str) -> None:
        """Deliver one scan now, from the caller's thread (demo buttons, tests)."""
        self._emit(Scan(code, source=self.source))
