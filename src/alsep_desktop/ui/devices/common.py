"""Shared pieces of the device screens: error sentences with device field names, code display."""

from __future__ import annotations

from alsep_desktop.ui.i18n.errors import describe
from alsep_desktop.ui.qt import tr
from alsep_desktop.ui.translator import current_language

CTX = "DeviceCommon"


def field_name(field: str) -> str:
    names = {
        "printer.paper_mm": tr(CTX, "Paper width"), "printer.kind": tr(CTX, "Connection"),
        "printer.profile": tr(CTX, "Printer model"), "printer.host": tr(CTX, "Printer address"),
        "printer.device": tr(CTX, "Port or path"), "port": tr(CTX, "Port"),
        "smtp.host": tr(CTX, "SMTP server"), "smtp.security": tr(CTX, "Encryption"),
        "serial_scanner.port": tr(CTX, "Scanner port"), "serial_scanner.suffix": tr(CTX, "Scan suffix"),
        "serial_scanner.baudrate": tr(CTX, "Speed"), "wedge": tr(CTX, "Keyboard scanner"),
        "price": tr(CTX, "Price"), "name": tr(CTX, "Name"), "amount": tr(CTX, "Price"),
    }
    return names.get(field, field)


def describe_error(exc: BaseException) -> str:
    """A plain translated sentence for any error (never the exception text)."""
    return describe(exc, current_language(), field_name)


def shown_code(code: str) -> str:
    """A scanned code for a label: GS separators made visible."""
    return code.replace("\x1d", "<GS>")
