"""Named operations of the self-test and the first mirror of a bound register (decision 2122)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsep_desktop.services.selftest import SelfTestService
    from alsep_desktop.sync.engine import SyncEngine
    from alsep_desktop.ui.ops import Done, Failed, OpRunner


def run_selftest(ops: OpRunner, selftest: SelfTestService, register_id: int, done: Done, failed: Failed) -> None:
    """The start-up self-test: printer, OFD, network, terminal, cloud."""
    ops.run(partial(selftest.run, register_id), done, failed)


def first_mirror(ops: OpRunner, sync: SyncEngine, progress: Callable[[int, int], None], cancel: threading.Event,
                 done: Done, failed: Failed) -> None:
    """The whole cloud feed into this store, ``progress(done, total)`` after each page; ``cancel``
    stops it after the current page (the next start resumes there)."""
    ops.run(partial(sync.first_mirror, progress, cancel), done, failed)
