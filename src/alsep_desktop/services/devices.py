"""Device settings (printer, e-mail, scanners) and the device actions of the settings screen.

Settings live in the ``setting`` table as one JSON document per section (``devices.printer``,
``devices.smtp``, ``devices.serial_scanner``, ``devices.camera``, ``devices.wedge``). Anyone may
read them; only an admin may change them. The SMTP password is stored (the app must log in
with it) but never logged and never written to the audit trail.

Device I/O (test print, status, test e-mail) runs on a :class:`DeviceWorker` thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import AlsepError, ValidationError
from alsep_desktop.hardware.printer.config import (
    KINDS,
    PrinterConfig,
    build_printer,
    print_test_page,
)
from alsep_desktop.hardware.printer.email import SmtpConfig
from alsep_desktop.hardware.profiles import PROFILES, get_profile
from alsep_desktop.hardware.protocols import PrinterStatus, ReceiptPrinter
from alsep_desktop.hardware.scanner.serial import SUFFIXES, SerialScannerConfig
from alsep_desktop.hardware.scanner.wedge import WedgeDecoder
from alsep_desktop.hardware.worker import DeviceWorker
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.secret_move import SMTP_PURPOSE
from alsep_desktop.store.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

PAPER_WIDTHS = (58, 80)
BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
SCANNER_SUFFIXES = (*SUFFIXES, "ANY")
SMTP_SECURITY = ("none", "starttls", "ssl")
MASK = "***"


class PrinterNotConfigured(AlsepError):
    code = "devices.no_printer"
    template = "The register works without a printer"


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """:class:`PrinterConfig` fields plus the paper width and the "work without printer" flag."""

    no_printer: bool = True  # a fresh install prints nothing until an admin picks a printer
    paper_mm: int = 80
    kind: str = "usb"
    profile: str = "generic-80"
    host: str = ""
    port: int = 9100
    device: str = ""
    baudrate: int = 19200
    usb_vendor: int = 0
    usb_product: int = 0
    timeout: float = 3.0
    text_path: str = "auto"
    check_status: bool = True

    def to_config(self) -> PrinterConfig:
        names = {f.name for f in fields(PrinterConfig)}
        return PrinterConfig(**{k: v for k, v in asdict(self).items() if k in names})


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """E-mailed receipts. ``password`` is kept out of ``repr`` and of every log line."""

    host: str = ""
    port: int = 587
    user: str = ""
    password: str = field(default="", repr=False)
    sender: str = ""
    security: str = "starttls"
    timeout: float = 10.0

    @property
    def configured(self) -> bool:
        return bool(self.host)

    def to_config(self) -> SmtpConfig:
        return SmtpConfig(self.host, self.port, sender=self.sender or self.user, username=self.user or None,
                          password=self.password or None, security=self.security, timeout=self.timeout)

    def masked(self) -> dict[str, Any]:
        d = asdict(self)
        d["password"] = MASK if self.password else ""
        return d


@dataclass(frozen=True, slots=True)
class SerialScannerSettings:
    enabled: bool = False
    port: str = ""
    baudrate: int = 9600
    suffix: str = "CR"

    def to_config(self) -> SerialScannerConfig:
        return SerialScannerConfig(self.port, self.baudrate, suffix=self.suffix)


@dataclass(frozen=True, slots=True)
class CameraSettings:
    """A webcam by index, or a video file (tests, demo) when ``file`` is set."""

    index: int = 0
    file: str = ""

    @property
    def source(self) -> int | str:
        return self.file if self.file else self.index


@dataclass(frozen=True, slots=True)
class WedgeSettings:
    enabled: bool = True
    max_gap_ms: int = 35
    min_length: int = 4
    end_without_terminator: bool = False
    prefix: str = ""  # what the scanner sends before a code, if it was programmed to (issue 11)

    def decoder(self) -> WedgeDecoder:
        return WedgeDecoder(max_gap=self.max_gap_ms / 1000, min_length=self.min_length,
                            end_without_terminator=self.end_without_terminator, prefix=self.prefix)


@dataclass(frozen=True, slots=True)
class TerminalSettings:
    """The card terminal (issue 15): kind, where it is, the integration name and the seed's rules.

    ``host``: an IP address (the certificate is pinned at registration) or a ``*.kaspipos.kz`` name
    (normal certificate verification against ``ca_bundle`` or the system's). ``fiscalization``:
    the seed's «ФИСКАЛИЗАЦИЯ» switch (9.4). ``cancel_until``: the seed's same-day cancel "until 22:30"
    of its bank terminal, ``""`` (off) for Kaspi, whose refunds work at any time. Tokens and the
    pinned fingerprint live in the secrets store, not here."""

    vendor: str = "none"  # none | kaspi | fake (tests)
    host: str = ""
    port: int = 8080
    name: str = "AlsepDesktop"
    ca_bundle: str = ""
    fiscalization: bool = True
    cancel_until: str = ""  # "HH:MM" or "" (off)

    @property
    def tls(self) -> str:
        return "verified" if self.host.strip().lower().endswith(KASPI_DOMAIN) else "pinned"

    def driver_settings(self) -> dict[str, Any]:
        """What ``hardware.terminal.factory.terminal_from_settings`` takes."""
        return {"vendor": self.vendor, "host": self.host.strip(), "port": self.port, "tls": self.tls,
                "ca_bundle": self.ca_bundle.strip() or None, "name": self.name.strip()}

    def validated(self) -> TerminalSettings:
        from alsep_desktop.hardware.terminal.vendors import vendor_keys

        if self.vendor not in vendor_keys():  # the registry's list (decision 2110)
            raise ValidationError("terminal.vendor", QT_TRANSLATE_NOOP("Reasons", "one of {allowed}"),
                                  allowed=", ".join(vendor_keys()))
        if self.cancel_until and not _is_hhmm(self.cancel_until):
            raise ValidationError("terminal.cancel_until", QT_TRANSLATE_NOOP("Reasons", "a time as HH:MM, got {value}"),
                                  value=self.cancel_until)
        if self.vendor != "kaspi":
            return self
        host = self.host.strip()
        if not host:
            raise ValidationError("terminal.host", QT_TRANSLATE_NOOP(
                "Reasons", "the terminal's address is empty: its IP address or its *.kaspipos.kz name"))
        if self.tls == "pinned" and not _is_ip(host) and host != "localhost":
            raise ValidationError("terminal.host", QT_TRANSLATE_NOOP(
                "Reasons", "{value} is neither an IP address nor a name under kaspipos.kz"), value=host)
        if not self.name.strip() or not self.name.strip().isascii():
            raise ValidationError("terminal.name", QT_TRANSLATE_NOOP(
                "Reasons", "the integration name is empty or not in Latin letters"))
        if not 0 < self.port < 65536:
            raise ValidationError("terminal.port", QT_TRANSLATE_NOOP("Reasons", "a TCP port is between 1 and 65535"))
        return self


KASPI_DOMAIN = ".kaspipos.kz"


def _is_ip(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _is_hhmm(text: str) -> bool:
    hh, sep, mm = text.partition(":")
    return bool(sep) and hh.isdigit() and mm.isdigit() and len(mm) == 2 and int(hh) < 24 and int(mm) < 60


@dataclass(frozen=True, slots=True)
class DeviceSettings:
    printer: PrinterSettings = PrinterSettings()
    smtp: SmtpSettings = SmtpSettings()
    serial_scanner: SerialScannerSettings = SerialScannerSettings()
    camera: CameraSettings = CameraSettings()
    wedge: WedgeSettings = WedgeSettings()
    terminal: TerminalSettings = TerminalSettings()

    def validated(self) -> DeviceSettings:
        p, s, sc, w = self.printer, self.smtp, self.serial_scanner, self.wedge
        if p.paper_mm not in PAPER_WIDTHS:
            raise ValidationError(
                "printer.paper_mm",
                QT_TRANSLATE_NOOP("Reasons", "paper width must be 58 or 80 mm, got {value}"),
                value=p.paper_mm,
            )
        if not p.no_printer:
            if p.kind not in KINDS:
                raise ValidationError(
                    "printer.kind", QT_TRANSLATE_NOOP("Reasons", "unknown printer kind {value}"), value=repr(p.kind)
                )
            if get_profile(p.profile).paper_mm != p.paper_mm:
                raise ValidationError(
                    "printer.profile",
                    QT_TRANSLATE_NOOP("Reasons", "profile {profile} is not for {width} mm paper"),
                    profile=p.profile,
                    width=p.paper_mm,
                )
            if p.kind == "network" and not p.host.strip():
                raise ValidationError("printer.host", QT_TRANSLATE_NOOP("Reasons", "the printer's address is empty"))
            if p.kind in ("serial", "file", "pdf") and not p.device.strip():
                raise ValidationError("printer.device", QT_TRANSLATE_NOOP("Reasons", "the port or path is empty"))
        if not 0 < p.port < 65536 or not 0 < s.port < 65536:
            raise ValidationError("port", QT_TRANSLATE_NOOP("Reasons", "a TCP port is between 1 and 65535"))
        if s.security not in SMTP_SECURITY:
            raise ValidationError(
                "smtp.security", QT_TRANSLATE_NOOP("Reasons", "one of {allowed}"), allowed=", ".join(SMTP_SECURITY)
            )
        if sc.enabled and not sc.port.strip():
            raise ValidationError("serial_scanner.port", QT_TRANSLATE_NOOP("Reasons", "the scanner port is empty"))
        if sc.suffix not in SCANNER_SUFFIXES:
            raise ValidationError("serial_scanner.suffix", QT_TRANSLATE_NOOP("Reasons", "one of {allowed}"),
                                  allowed=", ".join(SCANNER_SUFFIXES))
        if sc.baudrate <= 0:
            raise ValidationError("serial_scanner.baudrate", QT_TRANSLATE_NOOP("Reasons", "must be positive"))
        if not 5 <= w.max_gap_ms <= 500 or not 1 <= w.min_length <= 64:
            raise ValidationError("wedge", QT_TRANSLATE_NOOP("Reasons", "key gap 5–500 ms, minimum length 1–64"))
        self.terminal.validated()
        return self


SECTIONS = ("printer", "smtp", "serial_scanner", "camera", "wedge", "terminal")
_CLASSES: dict[str, type] = {
    "printer": PrinterSettings, "smtp": SmtpSettings, "serial_scanner": SerialScannerSettings,
    "camera": CameraSettings, "wedge": WedgeSettings, "terminal": TerminalSettings,
}
#: Keys that ``services/printing.py`` reads: the printer as :class:`PrinterConfig` fields ("" when
#: working without a printer) and SMTP as :class:`SmtpConfig` fields. SMTP lives only there;
#: the printer mirror is rewritten from ``devices.printer`` on every save.
PRINTER_KEY, SMTP_KEY = "printer", "smtp"


def setting_key(section: str) -> str:
    return SMTP_KEY if section == "smtp" else f"devices.{section}"


def _json(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        raw = json.loads(text)
    except ValueError:
        log.warning("a device setting is not JSON; defaults used")
        return None
    return raw if isinstance(raw, dict) else None


def _known(cls: type, raw: dict[str, Any] | None) -> Any:
    """Known fields from the stored JSON; unknown keys (a newer version) are ignored."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in (raw or {}).items() if k in names})


def _load_section(section: str, get: Callable[[str], str | None],
                  secret: Callable[[str | None], str | None] = lambda _name: None) -> Any:
    raw = _json(get(setting_key(section)))
    if section == "smtp" and raw is not None:
        # the password lives in the secrets store; the setting names it (decision 0013)
        password = secret(raw.get("password_ref")) or raw.get("password") or ""
        raw = dict(raw, user=raw.get("username") or raw.get("user") or "", password=password,
                   sender=raw.get("sender") or "")
    if section == "printer" and raw is None:
        mirror = _json(get(PRINTER_KEY))  # set by another tool (CLI, demo): a printer, no width yet
        if mirror is not None:
            cfg = _known(PrinterConfig, mirror)
            mm = PROFILES[cfg.profile].paper_mm if cfg.profile in PROFILES else 80
            return _known(PrinterSettings, dict(asdict(cfg), no_printer=False, paper_mm=mm))
    return _known(_CLASSES[section], raw)


def _stored_texts(section: str, value: Any, password_ref: str | None = None) -> dict[str, str]:
    """setting key → JSON text for one section (with the mirror key of the printer). The SMTP
    password is never in it: ``password_ref`` names it in the secrets store."""
    if isinstance(value, SmtpSettings):
        data = asdict(value.to_config())
        data.pop("password", None)
        data["password_ref"] = password_ref
        return {SMTP_KEY: json.dumps(data, ensure_ascii=False, sort_keys=True)}
    out = {setting_key(section): json.dumps(asdict(value), ensure_ascii=False, sort_keys=True)}
    if isinstance(value, PrinterSettings):
        out[PRINTER_KEY] = "" if value.no_printer else json.dumps(asdict(value.to_config()), sort_keys=True)
    return out


@dataclass(frozen=True, slots=True)
class SerialPortInfo:
    device: str
    description: str = ""


def list_serial_ports() -> list[SerialPortInfo]:
    """The serial ports the OS knows (USB CDC scanners, COM ports); empty without pyserial."""
    try:
        from serial.tools import list_ports
    except ImportError:
        return []
    return sorted((SerialPortInfo(p.device, p.description or "") for p in list_ports.comports()),
                  key=lambda p: p.device)


def profiles_for(paper_mm: int) -> list[tuple[str, str]]:
    """(key, name) of the printer profiles for a paper width."""
    return [(p.key, p.name) for p in PROFILES.values() if p.paper_mm == paper_mm]


class DeviceService:
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock, worker: DeviceWorker | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._worker = worker
        self._own_worker = worker is None

    # -- settings -----------------------------------------------------------------------
    def load(self) -> DeviceSettings:
        with self._uow(read_only=True) as uow:
            values = {s: _load_section(s, uow.org.get_setting, uow.secret) for s in SECTIONS}
        return DeviceSettings(**values)

    def save(self, actor: Principal | None, settings: DeviceSettings) -> OpResult[DeviceSettings]:
        settings.validated()
        with self._uow() as uow:
            admin = require_admin(actor, uow)
            changed: list[str] = []
            for section in SECTIONS:
                texts = _stored_texts(section, getattr(settings, section), self._password_ref(uow, settings.smtp))
                if any(uow.org.get_setting(key) != text for key, text in texts.items()):
                    for key, text in texts.items():
                        uow.org.set_setting(key, text)
                    changed.append(section)
            if changed:
                uow.audit.record(self._clock.now(), admin.user_id, "update", "devices",
                                 ",".join(changed), **self._audit_details(settings, changed))
            uow.commit()
        log.info("device settings saved: %s", ", ".join(changed) or "nothing changed")
        return OpResult(settings, Changes(settings=True))

    @staticmethod
    def _password_ref(uow: SqlUnitOfWork, smtp: SmtpSettings) -> str | None:
        """The name of the SMTP password in the secrets store: kept while unchanged, new when changed."""
        if not smtp.password:
            return None
        stored = _json(uow.org.get_setting(SMTP_KEY)) or {}
        ref = stored.get("password_ref")
        if ref and uow.secret(ref) == smtp.password:
            return str(ref)
        return uow.put_secret(SMTP_PURPOSE, smtp.password)

    @staticmethod
    def _audit_details(settings: DeviceSettings, changed: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for section in changed:
            value = getattr(settings, section)
            out[section] = value.masked() if isinstance(value, SmtpSettings) else asdict(value)
        return out

    # -- printer ------------------------------------------------------------------------
    def printer(self, settings: PrinterSettings | None = None) -> ReceiptPrinter:
        """The configured printer; raises :class:`PrinterNotConfigured` in "no printer" mode."""
        p = settings or self.load().printer
        if p.no_printer:
            raise PrinterNotConfigured()
        return build_printer(p.to_config())

    def test_print(self, settings: PrinterSettings | None = None) -> PrinterStatus:
        """Print the self-test page on the device thread; returns the status read before."""
        p = settings or self.load().printer
        if p.no_printer:
            raise PrinterNotConfigured()
        DeviceSettings(printer=p).validated()

        def run() -> PrinterStatus:
            printer = self.printer(p)
            try:
                status = printer.status()
                print_test_page(printer)
                return status
            finally:
                _close(printer)

        return self.worker.call(run, timeout=max(30.0, p.timeout * 4))

    def printer_status(self, settings: PrinterSettings | None = None) -> PrinterStatus:
        p = settings or self.load().printer

        def run() -> PrinterStatus:
            printer = self.printer(p)
            try:
                return printer.status()
            finally:
                _close(printer)

        return self.worker.call(run, timeout=max(10.0, p.timeout * 4))

    # -- e-mail -------------------------------------------------------------------------
    def send_test_email(self, smtp: SmtpSettings, to: str) -> None:
        from alsep_desktop.hardware.printer.email import send_receipt
        from alsep_desktop.hardware.printer.samples import test_page

        if not smtp.configured:
            raise ValidationError("smtp.host", QT_TRANSLATE_NOOP("Reasons", "the SMTP server is empty"))
        doc = test_page(48, "e-mail")
        self.worker.call(send_receipt, smtp.to_config(), to.strip(), doc, subject="Alsep: test e-mail",
                         timeout=smtp.timeout * 3 + 5)
        log.info("test e-mail sent through %s:%s", smtp.host, smtp.port)  # never the password

    # -- scanners -----------------------------------------------------------------------
    def list_serial_ports(self) -> list[SerialPortInfo]:
        return list_serial_ports()

    def serial_scanner_config(self, settings: DeviceSettings | None = None) -> SerialScannerConfig | None:
        sc = (settings or self.load()).serial_scanner
        return sc.to_config() if sc.enabled and sc.port else None

    def camera_source(self, settings: DeviceSettings | None = None) -> int | str:
        return (settings or self.load()).camera.source

    def wedge_decoder(self, settings: DeviceSettings | None = None) -> WedgeDecoder | None:
        w = (settings or self.load()).wedge
        return w.decoder() if w.enabled else None

    # -- lifetime -----------------------------------------------------------------------
    @property
    def worker(self) -> DeviceWorker:
        if self._worker is None:
            self._worker = DeviceWorker("alsep-devices")
        return self._worker

    def close(self) -> None:
        if self._own_worker and self._worker is not None:
            self._worker.shutdown(wait=False)
            self._worker = None


def _close(printer: object) -> None:
    close = getattr(printer, "close", None)
    if callable(close):
        close()
