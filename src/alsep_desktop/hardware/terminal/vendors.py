"""Card-terminal vendors: one spec per vendor, one registry every consumer reads (decision 2110).

A vendor lives in its own folder or module under ``hardware/terminal/`` (``kaspi/``, ``fake``)
and is described by a ``VendorSpec``: its key (stored in ``devices.terminal.vendor``), its name
for the settings page (a translation marker), the settings fields it reads, its pairing (an
explicit capability or ``None``) and the factory that builds its driver. The settings page, the
settings validation, the self-test, the terminal service and ``factory.terminal_from_settings``
all ask this registry; none keeps its own list. ``register_vendor`` adds one (a plugin, a test).
"""

from __future__ import annotations

import threading

from alsep_desktop.hardware.terminal.vendor_spec import (
    BuildContext,
    Pairing,
    SettingField,
    VendorSpec,
)
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

# the spec's types are re-exported: a vendor may import them from here or from vendor_spec
__all__ = [
    "NONE", "VENDOR_NAMES", "BuildContext", "Pairing", "SettingField", "VendorSpec", "get_vendor",
    "offered_vendors", "register_vendor", "spec_of", "unregister_vendor", "vendor_keys", "vendors",
]

NONE = "none"


_lock = threading.Lock()
_vendors: dict[str, VendorSpec] = {}
_builtins_loaded = False


def register_vendor(spec: VendorSpec) -> VendorSpec:
    """Add a vendor; a key already taken by another spec is refused (``ValueError``)."""
    if not spec.key or spec.key == NONE or not spec.key.isidentifier():
        raise ValueError(f"terminal vendor key {spec.key!r} is empty, reserved or not an identifier")
    _load_builtins()
    with _lock:
        old = _vendors.get(spec.key)
        if old is not None and old is not spec:
            raise ValueError(f"terminal vendor {spec.key!r} is already registered")
        _vendors[spec.key] = spec
    return spec


def unregister_vendor(key: str) -> None:
    with _lock:
        _vendors.pop(key, None)


def vendors() -> tuple[VendorSpec, ...]:
    """Every registered vendor, in registration order (built-ins first)."""
    _load_builtins()
    with _lock:
        return tuple(_vendors.values())


def offered_vendors() -> tuple[VendorSpec, ...]:
    return tuple(v for v in vendors() if v.offered)


def vendor_keys() -> tuple[str, ...]:
    """``none`` and every vendor's key: what ``devices.terminal.vendor`` may hold."""
    return (NONE, *(v.key for v in vendors()))


def get_vendor(key: str) -> VendorSpec | None:
    _load_builtins()
    with _lock:
        return _vendors.get(key)


def spec_of(driver: object) -> VendorSpec | None:
    """The spec whose driver this is (its ``owns``), or None for a driver no vendor claims; the
    latest registered asks first, so a plugin's driver built on the fake is the plugin's."""
    if driver is None:
        return None
    return next((v for v in reversed(vendors()) if v.owns is not None and v.owns(driver)), None)


def _load_builtins() -> None:
    global _builtins_loaded
    if _builtins_loaded:
        return
    with _lock:
        if _builtins_loaded:
            return
        from alsep_desktop.hardware.terminal.fake import FAKE_VENDOR
        from alsep_desktop.hardware.terminal.kaspi.vendor import KASPI_VENDOR

        for spec in (KASPI_VENDOR, FAKE_VENDOR):
            _vendors.setdefault(spec.key, spec)
        _builtins_loaded = True


VENDOR_NAMES = {NONE: QT_TRANSLATE_NOOP("TerminalPage", "No card terminal")}
