"""The self-test at login (seed 9.2, «Тест АПК»): printer, card terminal, OFD, network and, with a
cloud (issue 14), the cloud: reachable, this PC's device credential still valid, last sync age. Qt-free.

Each check answers green or red with a stable code for the reason; an absent optional device
(no card terminal registered) is neither: it is "not used".
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from alsep_desktop.cloud_client.status import CloudStatus
from alsep_desktop.errors import AlsepError
from alsep_desktop.hardware.protocols import PaymentTerminal
from alsep_desktop.secrets import Vault
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.services.shift import ShiftService

if TYPE_CHECKING:
    from alsep_desktop.services.terminal.service import TerminalService


class CheckState(Enum):
    OK = "ok"
    FAILED = "failed"
    ABSENT = "absent"  # an optional device that is not set up


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str  # printer | terminal | ofd | network | cloud
    state: CheckState
    code: str | None = None  # stable code of the reason when not OK
    params: dict | None = None
    vendor: str | None = None  # the terminal's vendor key from the registry (decision 2110)

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
    addr = str(infos[0][4][0])
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
                 *, terminal: TerminalService | PaymentTerminal | None = None, timeout: float = 1.5,
                 network_check: Callable[[str], str | None] = default_network_check,
                 cloud: Callable[[], CheckResult | None] | None = None) -> None:
        self._printing = printing
        self._shifts = shifts
        self._ofd_address = ofd_address
        self.terminal = terminal
        self._timeout = timeout
        self._network_check = network_check
        self._cloud = cloud

    def run(self, register_id: int) -> list[CheckResult]:
        results = [self.printer(), self.terminal_check(), self.ofd(register_id), self.network()]
        cloud = self._cloud() if self._cloud is not None else None
        if cloud is not None:  # None: single-PC mode, nothing to check
            results.append(cloud)
        return results

    def printer(self) -> CheckResult:
        state = self._printing.state()
        problem = state.problem
        return CheckResult("printer", CheckState.OK if problem is None else CheckState.FAILED, problem)

    def terminal_check(self) -> CheckResult:
        # the app's TerminalService holds the driver the settings ask for (None: no terminal)
        from alsep_desktop.hardware.terminal.vendors import spec_of

        terminal = getattr(self.terminal, "driver", self.terminal)
        if terminal is None:
            return CheckResult("terminal", CheckState.ABSENT, "selftest.no_terminal")
        spec = spec_of(terminal)
        vendor = spec.key if spec is not None else None
        device_info = getattr(terminal, "device_info", None)
        if device_info is None:
            return CheckResult("terminal", CheckState.OK, vendor=vendor)
        try:  # the terminal answers for itself (Kaspi /v2/deviceinfo): reachable, paired, certificate
            device_info()
        except AlsepError as exc:
            return CheckResult("terminal", CheckState.FAILED, exc.code, exc.params, vendor=vendor)
        return CheckResult("terminal", CheckState.OK, vendor=vendor)

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


#: a mirror older than this is reported (the engine syncs every few seconds while online)
CLOUD_MAX_AGE = timedelta(minutes=15)


def probe_cloud(vault: Vault, status: Callable[[], CloudStatus | None], now: Callable[[], datetime], *,
                timeout: float = 3.0, max_age: timedelta = CLOUD_MAX_AGE) -> CheckResult | None:
    """The cloud check: reachable (``/health``), this PC's device credential accepted
    (``/device/register``), and the last sync not older than ``max_age``. Single PC: None."""
    from alsep_desktop.cloud_client.credentials import load_device_credential
    from alsep_desktop.cloud_client.errors import CloudRefused, CloudUnreachable
    from alsep_desktop.cloud_client.http import CloudHttp

    cred = load_device_credential(vault)
    if cred is None:
        return None
    http = CloudHttp(cred.cloud_url, connect_timeout=timeout, read_timeout=timeout)
    try:
        http.request("GET", "/health")
        http.request("GET", "/device/register", bearer=cred.credential)
    except CloudUnreachable:
        return CheckResult("cloud", CheckState.FAILED, "selftest.cloud_unreachable")
    except CloudRefused as exc:
        if exc.status in (401, 403):
            return CheckResult("cloud", CheckState.FAILED, "selftest.cloud_credential_revoked")
        return CheckResult("cloud", CheckState.FAILED, "selftest.cloud_refused", {"code": exc.cloud_code})
    finally:
        http.close()
    snapshot = status()
    last = snapshot.last_synced_at if snapshot is not None else None
    if last is None:
        return CheckResult("cloud", CheckState.FAILED, "selftest.cloud_never_synced")
    age = now() - last
    if age > max_age:
        return CheckResult(
            "cloud", CheckState.FAILED, "selftest.cloud_stale", {"count": int(age.total_seconds() // 60)}
        )
    return CheckResult("cloud", CheckState.OK)
