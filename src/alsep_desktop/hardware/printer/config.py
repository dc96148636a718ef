"""Printer settings as a small dataclass, and the factory that builds a printer from them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alsep_desktop.hardware.errors import ConnectorUnavailable
from alsep_desktop.hardware.printer.connectors import Connector
from alsep_desktop.hardware.printer.driver import EscPosPrinter
from alsep_desktop.hardware.printer.protocol import ReceiptPrinter
from alsep_desktop.hardware.printer.render import TextPath
from alsep_desktop.hardware.printer.samples import test_page
from alsep_desktop.hardware.profiles import get_profile

KINDS = ("usb", "serial", "network", "file", "fake", "pdf")


@dataclass(frozen=True, slots=True)
class PrinterConfig:
    kind: str  # one of KINDS
    profile: str = "generic-80"
    host: str = ""
    port: int = 9100
    device: str = ""  # serial port ("/dev/ttyUSB0", "COM3") or file/device path; PDF folder
    baudrate: int = 19200
    usb_vendor: int = 0
    usb_product: int = 0
    timeout: float = 3.0
    text_path: str = "auto"  # auto | text | raster
    check_status: bool = True


def build_connector(config: PrinterConfig) -> Connector:
    if config.kind == "network":
        from alsep_desktop.hardware.printer.connectors.network import NetworkConnector

        return NetworkConnector(config.host, config.port, config.timeout)
    if config.kind == "serial":
        from alsep_desktop.hardware.printer.connectors.serial import SerialConnector

        return SerialConnector(config.device, config.baudrate, config.timeout)
    if config.kind == "usb":
        from alsep_desktop.hardware.printer.connectors import usb

        if not usb.is_usable():
            raise ConnectorUnavailable(kind="usb", reason="pyusb is not installed")
        return usb.UsbConnector(config.usb_vendor, config.usb_product, config.timeout)
    if config.kind == "file":
        from alsep_desktop.hardware.printer.connectors.file import FileConnector

        return FileConnector(config.device)
    if config.kind == "fake":
        from alsep_desktop.hardware.printer.connectors.memory import MemoryConnector

        return MemoryConnector()
    raise ConnectorUnavailable(kind=config.kind, reason=f"unknown printer kind (known: {', '.join(KINDS)})")


def build_printer(config: PrinterConfig) -> ReceiptPrinter:
    profile = get_profile(config.profile)
    if config.kind == "pdf":
        from alsep_desktop.hardware.printer.pdf import PdfPrinter

        return PdfPrinter(Path(config.device), profile)
    if config.kind == "fake":
        from alsep_desktop.hardware.printer.fake import FakePrinter

        return FakePrinter(profile, text_path=TextPath(config.text_path))
    return EscPosPrinter(
        build_connector(config), profile, text_path=TextPath(config.text_path), check_status=config.check_status
    )


def print_test_page(printer: ReceiptPrinter) -> None:
    """The self-test: every Kazakh letter, a column ruler, bold, alignment and a QR."""
    printer.print_document(test_page(printer.profile.columns, printer.profile.name))
