"""A scripted payment terminal: approves, declines, times out, is cancelled or stays unknown, in order."""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Iterable

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.protocols import TerminalInfo, TerminalResult, TerminalStatus
from alsep_desktop.hardware.terminal.vendor_spec import VendorSpec
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP


class FakeTerminal:
    """Each ``pay``/``refund`` takes the next status from ``script`` (APPROVED when empty).

    ``delay`` seconds pass before answering; ``cancel()`` from another thread ends the wait
    with CANCELLED. TIMEOUT waits the full ``delay`` then reports the timeout. UNKNOWN and
    STOPPED_WAITING are reported as such and the operation is listed by ``pending()``; ``settle``
    gives it its final outcome (as a real terminal's background check would).
    """

    def __init__(self, script: Iterable[TerminalStatus] = (), *, delay: float = 0.0) -> None:
        self._script = deque(script)
        self.delay = delay
        self._cancel = threading.Event()
        self._rrn = itertools.count(100000000001)
        self.calls: list[tuple[str, Money, str]] = []
        self._pending: dict[str, TerminalResult] = {}

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
            TerminalStatus.UNKNOWN: "результат неизвестен, терминал проверяет",
            TerminalStatus.STOPPED_WAITING: "ожидание прекращено, терминал проверяет",
        }
        result = TerminalResult(status, amount, reference, message=messages[status])
        if not status.known:
            pid = f"fake-{next(self._rrn)}"
            result = TerminalResult(status, amount, reference, message=messages[status], process_id=pid,
                                    operation_id=pid)
            self._pending[pid] = result
        return result

    def pay(self, amount: Money, *, reference: str) -> TerminalResult:
        return self._run("pay", amount, reference)

    def refund(self, amount: Money, *, reference: str, original_rrn: str | None = None,
               method: str | None = None) -> TerminalResult:
        return self._run("refund", amount, reference)

    def device_info(self) -> TerminalInfo:
        return TerminalInfo(vendor="fake", terminal_id="FAKE0001", serial_number="FAKE-SN-1", pos_number="0")

    def settle(self, process_id: str, status: TerminalStatus) -> TerminalResult:
        """Give a pending operation its final outcome (what a background check would find)."""
        old = self._pending[process_id]
        rrn = str(next(self._rrn)) if status is TerminalStatus.APPROVED else None
        self._pending[process_id] = TerminalResult(status, old.amount, old.reference, rrn=rrn, message="",
                                                   terminal_id="FAKE0001", process_id=process_id,
                                                   operation_id=process_id)
        return self._pending[process_id]

    def check(self, process_id: str) -> TerminalResult:
        return self._pending[process_id]

    def pending(self) -> list[TerminalResult]:
        return list(self._pending.values())

    def acknowledge(self, operation_id: str) -> None:
        self._pending.pop(operation_id, None)

    def cancel(self) -> None:
        self._cancel.set()


def _build_fake(settings: object, ctx: object) -> FakeTerminal:
    return FakeTerminal()


def _owns_fake(driver: object) -> bool:
    return isinstance(driver, FakeTerminal)


FAKE_VENDOR = VendorSpec(key="fake", display_name=QT_TRANSLATE_NOOP("TerminalPage", "Terminal"),
                         build=_build_fake, offered=False, owns=_owns_fake)
