"""Shared pieces of the device screens: error sentences with device field names, code display."""

from __future__ import annotations

from alsep_desktop.ui.i18n.errors import describe
from alsep_desktop.ui.qt import translate
from alsep_desktop.ui.translator import current_language


def field_name(field: str) -> str:
    names = {
        "printer.paper_mm": translate("DeviceCommon", "Paper width"), "printer.kind": translate("DeviceCommon", "Connection"),
        "printer.profile": translate("DeviceCommon", "Printer model"), "printer.host": translate("DeviceCommon", "Printer address"),
        "printer.device": translate("DeviceCommon", "Port or path"), "port": translate("DeviceCommon", "Port"),
        "smtp.host": translate("DeviceCommon", "SMTP server"), "smtp.security": translate("DeviceCommon", "Encryption"),
        "serial_scanner.port": translate("DeviceCommon", "Scanner port"), "serial_scanner.suffix": translate("DeviceCommon", "Scan suffix"),
        "serial_scanner.baudrate": translate("DeviceCommon", "Speed"), "wedge": translate("DeviceCommon", "Keyboard scanner"),
        "terminal.vendor": translate("DeviceCommon", "Terminal"), "terminal.host": translate("DeviceCommon", "Terminal address"),
        "terminal.name": translate("DeviceCommon", "Integration name"), "terminal.port": translate("DeviceCommon", "Port"),
        "terminal.cancel_until": translate("DeviceCommon", "Same-day cancel until"),
        "price": translate("DeviceCommon", "Price"), "name": translate("DeviceCommon", "Name"), "amount": translate("DeviceCommon", "Price"),
    }
    return names.get(field, field)


def describe_error(exc: BaseException) -> str:
    """A plain translated sentence for any error (never the exception text)."""
    return describe(exc, current_language(), field_name)


def shown_code(code: str) -> str:
    """A scanned code for a label: GS separators made visible."""
    return code.replace("\x1d", "<GS>")
