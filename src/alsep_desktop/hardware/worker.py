"""The device thread: every blocking device call runs here, never on the GUI thread.

``submit`` returns a ``concurrent.futures.Future``; ``call`` waits for it. ``with_retry``
asks the :class:`DeviceHandler` ("retry or cancel?") when a device call fails.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from alsep_desktop.hardware.errors import HardwareError, WorkerStopped
from alsep_desktop.hardware.protocols import DeviceHandler

T = TypeVar("T")


class DeviceWorker:
    def __init__(self, name: str = "alsep-device") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread_ids: set[int] = set()
        self._stopped = False
        self._pool.submit(self._register).result()

    def _register(self) -> None:
        self._thread_ids.add(threading.get_ident())

    def in_worker(self) -> bool:
        return threading.get_ident() in self._thread_ids

    def submit(self, fn: Callable[..., T], /, *args: object, **kwargs: object) -> Future[T]:
        if self._stopped:
            raise WorkerStopped()
        return self._pool.submit(fn, *args, **kwargs)

    def call(self, fn: Callable[..., T], /, *args: object, timeout: float | None = 30.0, **kwargs: object) -> T:
        """Run ``fn`` on the device thread and wait; runs inline when already there."""
        if self.in_worker():
            return fn(*args, **kwargs)
        return self.submit(fn, *args, **kwargs).result(timeout)

    def with_retry(
        self, device: str, handler: DeviceHandler, fn: Callable[[], T], *, max_tries: int = 5
    ) -> Future[T]:
        def run() -> T:
            tries = 0
            while True:
                tries += 1
                try:
                    return fn()
                except HardwareError as exc:
                    if tries >= max_tries or not handler.ask_retry(device, exc):
                        raise

        return self.submit(run)

    def shutdown(self, wait: bool = True) -> None:
        self._stopped = True
        self._pool.shutdown(wait=wait, cancel_futures=True)

    def __enter__(self) -> DeviceWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
