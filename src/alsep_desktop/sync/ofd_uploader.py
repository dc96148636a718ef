"""Scheduling of the OFD delivery beside the cloud push (issue 14): a background thread drains
every register's fiscal outbox when the OFD is reachable. The OFD protocol stays in ``fiscal/``
and the delivery itself in ``services/ofd/delivery.py``; only the *when* lives here.

The two queues are independent (decision 1407): a document goes to the cloud once it carries
the fiscal sign it was printed with, whether or not the OFD has acknowledged it yet.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from alsep_desktop.fiscal.protocol import RECONNECT_SECONDS_MIN
from alsep_desktop.services.ofd.delivery import (
    DeliveryService,
    OfdTokenUnavailable,
    RegisterNotConfigured,
)

log = logging.getLogger(__name__)


class Uploader:
    """Background thread that drains every register's outbox when the OFD is reachable."""

    def __init__(self, delivery: DeliveryService, registers: Callable[[], list[int]], *,
                 min_wait: float = 0.5, max_wait: float = 30.0, reconnect_wait: float = RECONNECT_SECONDS_MIN) -> None:
        self.delivery = delivery
        self._registers = registers
        self._min_wait, self._max_wait = min_wait, max_wait
        #: after a failed connection the next attempt waits this long (spec §2: at least 60 s)
        self._reconnect_wait = reconnect_wait
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="ofd-uploader", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            blocked = False
            for register_id in self._registers():
                try:
                    result = self.delivery.drain(register_id, cancel=self._stop.is_set)
                except (RegisterNotConfigured, OfdTokenUnavailable):
                    continue
                except Exception:  # keep uploading other registers; log and back off
                    log.exception("upload for register %s failed", register_id)
                    blocked = True
                    continue
                blocked = blocked or (result.left > 0)
            self._wake.wait(self._reconnect_wait if blocked else self._max_wait)
            self._wake.clear()
