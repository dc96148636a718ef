"""What a card-terminal vendor declares (decision 2110): its settings fields, its pairing, the
context its driver factory gets, and the spec itself. The registry is ``vendors.py``; a vendor's
module imports these types from here, so the registry's loading of the built-in vendors does not
make a cycle (decision 2102).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from alsep_desktop.hardware.protocols import PaymentTerminal
from alsep_desktop.hardware.terminal.listeners import RegistrationPrompt, TerminalListener


@dataclass(frozen=True)
class SettingField:
    """One settings key a vendor reads: ``kind`` is ``text`` | ``int`` | ``path`` | ``choice``."""

    key: str
    kind: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Pairing:
    """The vendor pairs the register with the terminal (Kaspi's «Разрешить»): ``register(driver,
    prompt)`` runs it; ``registered(driver)`` says whether a pairing is stored."""

    register: Callable[[Any, RegistrationPrompt | None], object]
    registered: Callable[[Any], bool]


@dataclass(frozen=True)
class BuildContext:
    """What a factory may use: the token store (secrets), the listener, the app's clock."""

    store: Any = None
    listener: TerminalListener | None = None
    now: Callable[[], datetime] | None = None


@dataclass(frozen=True)
class VendorSpec:
    key: str
    display_name: str  # QT_TRANSLATE_NOOP("TerminalPage", ...): the UI translates it
    build: Callable[[Mapping[str, Any], BuildContext], PaymentTerminal]
    settings: tuple[SettingField, ...] = ()
    pairing: Pairing | None = None
    offered: bool = True  # shown on the settings page (the scripted fake is not)
    owns: Callable[[object], bool] | None = field(default=None, compare=False)  # is this its driver?
    validate: Callable[[Mapping[str, Any]], None] | None = field(default=None, compare=False)
