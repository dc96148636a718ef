"""The self-test at login (seed 9.2, «Тест АПК»): printer, card terminal, OFD, network. Qt-free.

Each check answers green or red with a stable code for the reason; an absent optional device
(no card terminal registered) is neither: it is "not used".
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from alsep_desktop.errors import AlsepError
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.services.shift import ShiftService


class CheckState(Enum):
    OK = "ok"
    FAILED = "failed"
    ABSENT = "absent"  # an optional device that is not set up


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str  # printer | terminal | ofd | network
    state: CheckState
    code: str | None = None  # stable code of the reason when not OK
    params: dict | None = None

    @property
    def ok(self) -> bool:
        return self.state is CheckState.OK


def tcp_reachable(host: str, port: int, timeout: float) -> str | None:
    """None when a TCP connection opens, otherwise a stable code of why not."""
    if not port:
        return "selftest.ofd_not_configured"
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except TimeoutError:
        return "selftest.ofd_timeout"
    except OSError:
        return "selftest.ofd_refused"


def default_network_check(host: str) -> str | None:
    """The address of the OFD host resolves and this PC has a route out (no packet is sent)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return "selftest.dns_failed"
    addr = infos[0][4][0]
    if addr.startswith("127.") or addr == "::1":
        return None  # a local OFD (the demo sandbox) needs no network
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("8.8.8.8", 53))  # chooses a route; UDP connect sends nothing
    except OSError:
        return "selftest.no_route"
    return None


class SelfTestService:
    def __init__(self, printing: PrintingService, shifts: ShiftService, ofd_address: Callable[[], tuple[str, int]],
                 *, terminal: object | None = None, timeout: float = 1.5,
                 network_check: Callable[[str], str | None] = default_network_check) -> None:
        self._printing = printing
        self._shifts = shifts
        self._ofd_address = ofd_address
        self.terminal = terminal
        self._timeout = timeout
        self._network_check = network_check

    def run(self, register_id: int) -> list[CheckResult]:
        return [self.printer(), self.terminal_check(), self.ofd(register_id), self.network()]

    def printer(self) -> CheckResult:
        state = self._printing.state()
        problem = state.problem
        return CheckResult("printer", CheckState.OK if problem is None else CheckState.FAILED, problem)

    def terminal_check(self) -> CheckResult:
        if self.terminal is None:
            return CheckResult("terminal", CheckState.ABSENT, "selftest.no_terminal")
        return CheckResult("terminal", CheckState.OK)

    def ofd(self, register_id: int) -> CheckResult:
        host, port = self._ofd_address()
        problem = tcp_reachable(host, port, self._timeout)
        if problem is not None:
            return CheckResult("ofd", CheckState.FAILED, problem)
        try:
            fiscal = self._shifts.status(register_id).fiscal
        except AlsepError as exc:
            return CheckResult("ofd", CheckState.FAILED, exc.code, exc.params)
        if fiscal.last_error_code:
            return CheckResult("ofd", CheckState.FAILED, fiscal.last_error_code)
        if fiscal.rejected:
            return CheckResult("ofd", CheckState.FAILED, "selftest.ofd_rejected", {"count": fiscal.rejected})
        return CheckResult("ofd", CheckState.OK)

    def network(self) -> CheckResult:
        host, _ = self._ofd_address()
        problem = self._network_check(host)
        return CheckResult("network", CheckState.OK if problem is None else CheckState.FAILED, problem)
