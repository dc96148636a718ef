"""Typed hardware errors with stable codes. The UI maps ``code`` to a message."""

from __future__ import annotations

from alsep_desktop.errors import AlsepError


class HardwareError(AlsepError):
    code = "hardware"
    template = "Device error"


class ConnectorUnavailable(HardwareError):
    code = "hardware.connector_unavailable"
    template = "The {kind} connection cannot be used: {reason}"


class PrinterOffline(HardwareError):
    code = "printer.offline"
    template = "The printer does not answer: {reason}"


class PrinterPaperOut(HardwareError):
    code = "printer.paper_out"
    template = "The printer is out of paper"


class PrinterCoverOpen(HardwareError):
    code = "printer.cover_open"
    template = "The printer cover is open"


class PrinterUnsupported(HardwareError):
    code = "printer.unsupported"
    template = "The printer profile {profile} cannot {what}"


class UnknownPrinterProfile(HardwareError):
    code = "printer.unknown_profile"
    template = "Unknown printer profile {profile}"


class DrawerUnavailable(HardwareError):
    code = "drawer.unavailable"
    template = "The cash drawer cannot be opened: {reason}"


class ScannerDisconnected(HardwareError):
    code = "scanner.disconnected"
    template = "The scanner on {port} is disconnected"


class CameraUnavailable(HardwareError):
    code = "camera.unavailable"
    template = "The camera {source} cannot be opened"


class TerminalUnavailable(HardwareError):
    code = "terminal.unavailable"
    template = "The payment terminal does not answer: {reason}"


class DisplayUnavailable(HardwareError):
    code = "display.unavailable"
    template = "The customer display does not answer: {reason}"


class EmailDeliveryFailed(HardwareError):
    code = "receipt.email_failed"
    template = "The receipt could not be sent to {to}: {reason}"


class PdfExportFailed(HardwareError):
    code = "receipt.pdf_failed"
    template = "The receipt could not be saved as PDF: {reason}"


class WorkerStopped(HardwareError):
    code = "device.worker_stopped"
    template = "The device worker has stopped"
