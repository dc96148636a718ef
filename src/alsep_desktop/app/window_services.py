"""What the window works with, built here by the composition root and handed to the UI (issue 21).

``ui/`` builds no service and no driver (tests/unit/arch/test_arch_composition_root.py): the
printing and self-test services, the cloud-refused list, the scanner drivers and the card
terminal are built by :func:`build_services` (the window's) on top of :class:`AppContext`
(bootstrap's), and the window receives one typed :class:`Services` (decision 2120).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from alsep_desktop.app.bootstrap import AppContext, build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.hardware.protocols import ScannerSource
from alsep_desktop.hardware.scanner.serial import SerialScanner, SerialScannerConfig
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.services.selftest import CheckResult, SelfTestService, probe_cloud

if TYPE_CHECKING:
    from alsep_desktop.services.cloud.refused import CloudRefusedService
    from alsep_desktop.services.terminal.service import TerminalService


def _camera(source: int | str) -> ScannerSource:
    from alsep_desktop.hardware.scanner.camera import CameraScanner  # OpenCV: loaded on first use

    return CameraScanner(source)


@dataclass(frozen=True)
class ScannerDrivers:
    """How the scanner bridge opens its device sources (tests give fakes)."""

    serial: Callable[[SerialScannerConfig], ScannerSource] = SerialScanner
    camera: Callable[[int | str], ScannerSource] = _camera


def scanner_drivers() -> ScannerDrivers:
    """The real serial and camera scanners."""
    return ScannerDrivers()


@dataclass
class Services:
    """Everything the main window and its screens call; built by :func:`build_services`."""

    ctx: AppContext
    printing: PrintingService
    selftest: SelfTestService
    scanners: ScannerDrivers
    #: the card terminal of the device settings (issue 15); None: no terminal service at all
    terminal: TerminalService | None = None

    @property
    def cloud_refused(self) -> CloudRefusedService:
        return self.ctx.cloud_refused


def build_services(ctx: AppContext, *, printing: PrintingService | None = None,
                   terminal: TerminalService | None = None, selftest: SelfTestService | None = None,
                   scanners: ScannerDrivers | None = None) -> Services:
    """The window's services over ``ctx``; each argument replaces the one built here (tests)."""
    printing = printing or PrintingService(ctx.uow, ctx.clock, ctx.vat_table, demo=ctx.config.demo)
    config = ctx.config

    def cloud() -> CheckResult | None:
        return probe_cloud(ctx.vault, lambda: ctx.sync.status() if ctx.sync is not None else None, ctx.clock.now)

    selftest = selftest or SelfTestService(printing, ctx.shifts, lambda: (config.ofd_host, config.ofd_port),
                                           terminal=terminal, cloud=cloud)
    return Services(ctx=ctx, printing=printing, selftest=selftest, scanners=scanners or scanner_drivers(),
                    terminal=terminal)


def open_store(config: AppConfig) -> tuple[AppContext, TerminalService]:
    """The store of ``config`` and the card terminal of its device settings (the kiosk's first step)."""
    from alsep_desktop.app.terminal import open_terminal

    ctx = build_context(config)
    return ctx, open_terminal(ctx)
