"""The op runner: ``OpRunner.run(fn, on_success, on_failure)`` runs ``fn()`` on a worker thread and
reports on the GUI thread. If the result is an ``OpResult``, its change flags are broadcast through
the ``changed`` signal so each screen refreshes only on the flags it cares about. For the one-frame
scan path ``run_sync`` calls the service directly on the GUI thread.

Below the named operations (``ui/ops/``) and the ``Counter`` that holds one (decision 2123).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6

from alsep_desktop.errors import AlsepError
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.ui.qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

#: what a named operation reports to: the result on success, the error on failure (GUI thread)
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Signals(QObject):
    done = Signal(object, object)  # (result, error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the GUI thread, never swallowed
            if not isinstance(exc, AlsepError):
                log.exception("operation failed")
            self.signals.done.emit(None, exc)
        else:
            self.signals.done.emit(result, None)


class OpRunner(QObject):
    changed = Signal(object)  # Changes
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running = 0
        self._jobs: set[_Job] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        job = _Job(fn)
        job.setAutoDelete(False)
        self._jobs.add(job)
        self._running += 1
        self.busy.emit(True)

        def finished(result: Any, error: Exception | None) -> None:
            self._jobs.discard(job)
            if not shiboken6.isValid(self):  # the runner's screen went (a rebuilt admin tab): drop it
                return
            self._running -= 1
            if not self._running:
                self.busy.emit(False)
            if error is not None:
                if on_failure is not None:
                    on_failure(error)
                return
            value = result.value if isinstance(result, OpResult) else result
            if on_success is not None:
                on_success(value)
            if isinstance(result, OpResult):
                self.changed.emit(result.changes)

        job.signals.done.connect(finished)
        self.pool.start(job)

    def run_sync(self, fn: Callable[[], Any]) -> Any:
        result = fn()
        if isinstance(result, OpResult):
            self.changed.emit(result.changes)
            return result.value
        return result

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
