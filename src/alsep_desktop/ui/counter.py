"""The state of this counter the screens share: who sells on which register, the services they
call and the op runner (decision 2123: below the screens and the named ops that take it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.app.window_services import Services
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.ui.runner import OpRunner

if TYPE_CHECKING:
    from alsep_desktop.services.terminal.service import TerminalService


@dataclass
class Shortcut:
    key: str
    describe: Callable[[], str]  # translated at display time


@dataclass
class Counter:
    """The state of this counter shared by the screens: who sells on which register, and the
    services they call (built by the composition root, ``app/window_services.py``)."""

    services: Services
    ops: OpRunner
    register_id: int | None = None
    cashier: Principal | None = None
    shortcuts: list[Shortcut] = field(default_factory=list)
    #: set by the main window: leads the cashier to close the shift (seed 9.3.4)
    close_shift: Callable[[], None] | None = None

    @property
    def ctx(self) -> AppContext:
        return self.services.ctx

    @property
    def printing(self) -> PrintingService:
        return self.services.printing

    @property
    def terminal(self) -> TerminalService | None:
        return self.services.terminal

    def after_error(self, exc: BaseException) -> None:
        """What a failed document leads to: a shift the register or the OFD found older than 24 hours
        (OFD result 11) opens the Z report's admin prompt right away."""
        if isinstance(exc, AlsepError) and exc.code == "shift.expired" and self.close_shift is not None:
            self.close_shift()

    def shortcut(self, key: str, describe: Callable[[], str]) -> str:
        """Register a shortcut for the F1 overlay; returns the key for the button text."""
        if not any(s.key == key for s in self.shortcuts):
            self.shortcuts.append(Shortcut(key, describe))
        return key
