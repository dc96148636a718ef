"""A scripted payment terminal: approves, declines, times out or is cancelled, in order."""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Iterable

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.protocols import TerminalResult, TerminalStatus


class FakeTerminal:
    """Each ``pay``/``refund`` takes the next status from ``script`` (APPROVED when empty).

    ``delay`` seconds pass before answering; ``cancel()`` from another thread ends the wait
    with CANCELLED. TIMEOUT waits the full ``delay`` then reports the timeout.
    """

    def __init__(self, script: Iterable[TerminalStatus] = (), *, delay: float = 0.0) -> None:
        self._script = deque(script)
        self.delay = delay
        self._cancel = threading.Event()
        self._rrn = itertools.count(100000000001)
        self.calls: list[tuple[str, Money, str]] = []

    def _run(self, op: str, amount: Money, reference: str) -> TerminalResult:
        self.calls.append((op, amount, reference))
        self._cancel.clear()
        status = self._script.popleft() if self._script else TerminalStatus.APPROVED
        if self.delay and self._cancel.wait(self.delay):
            return TerminalResult(TerminalStatus.CANCELLED, amount, reference, message="cancelled by cashier")
        if status is TerminalStatus.APPROVED:
            rrn = str(next(self._rrn))
            return TerminalResult(status, amount, reference, rrn=rrn, auth_code=rrn[-6:], message="ОДОБРЕНО",
                                  terminal_id="FAKE0001", card_type="VISA", receipt_number=rrn[-4:])
        messages = {
            TerminalStatus.DECLINED: "ОТКАЗ: недостаточно средств",
            TerminalStatus.TIMEOUT: "нет ответа от терминала",
            TerminalStatus.CANCELLED: "операция отменена",
        }
        return TerminalResult(status, amount, reference, message=messages[status])

    def pay(self, amount: Money, *, reference: str) -> TerminalResult:
        return self._run("pay", amount, reference)

    def refund(self, amount: Money, *, reference: str, original_rrn: str | None = None) -> TerminalResult:
        return self._run("refund", amount, reference)

    def cancel(self) -> None:
        self._cancel.set()
