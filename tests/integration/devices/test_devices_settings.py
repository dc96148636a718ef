"""Device settings on SQLite: round trip, admin only, secrets masked; test print, test e-mail, ports."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.errors import PermissionDenied, ValidationError
from alsep_desktop.hardware.errors import EmailDeliveryFailed
from alsep_desktop.hardware.printer.decode import decode
from alsep_desktop.hardware.profiles import get_profile
from alsep_desktop.services import devices as devmod
from alsep_desktop.services.devices import (
    DeviceService,
    DeviceSettings,
    PrinterNotConfigured,
    PrinterSettings,
    SerialScannerSettings,
    SmtpSettings,
    WedgeSettings,
)
from alsep_desktop.store.models import AuditEntry
from tests.support.smtp import local_smtp

SECRET = "s3cr3t-Пароль"


@pytest.fixture
def svc(sqlite_ctx):
    ensure_demo(sqlite_ctx)
    service = DeviceService(sqlite_ctx.uow, sqlite_ctx.clock)
    yield service
    service.close()


@pytest.fixture
def admin(sqlite_ctx):
    return sqlite_ctx.auth.login(*ADMIN)


def _full(tmp_path) -> DeviceSettings:
    return DeviceSettings(
        printer=PrinterSettings(no_printer=False, paper_mm=58, kind="file", profile="epson-tm-t20ii-58",
                                device=str(tmp_path / "printer.bin")),
        smtp=SmtpSettings(host="smtp.example.kz", port=465, user="kassa@example.kz", password=SECRET,
                          sender="Дүкен <kassa@example.kz>", security="ssl"),
        serial_scanner=SerialScannerSettings(enabled=True, port="/dev/ttyACM0", baudrate=115200, suffix="CRLF"),
        camera=devmod.CameraSettings(index=2),
        wedge=WedgeSettings(max_gap_ms=50, min_length=6, end_without_terminator=True),
    )


def test_defaults_when_nothing_is_stored(svc) -> None:
    s = svc.load()
    assert s == DeviceSettings()
    assert s.printer.no_printer and svc.serial_scanner_config(s) is None
    assert svc.camera_source(s) == 0 and svc.wedge_decoder(s).max_gap == 0.035
    with pytest.raises(PrinterNotConfigured):
        svc.printer()


def test_round_trip_and_audit_without_the_password(svc, admin, sqlite_ctx, tmp_path, caplog) -> None:
    wanted = _full(tmp_path)
    with caplog.at_level(logging.DEBUG):
        result = svc.save(admin, wanted)
    assert result.changes.settings
    assert svc.load() == wanted
    assert svc.serial_scanner_config().port == "/dev/ttyACM0" and svc.serial_scanner_config().suffix == "CRLF"
    assert svc.wedge_decoder().end_without_terminator and svc.wedge_decoder().min_length == 6
    with sqlite_ctx.uow() as uow:  # kept in the secrets store, to log in; the setting names it (decision 0013)
        stored = uow.org.get_setting("smtp")
        assert SECRET not in stored and uow.secret(json.loads(stored)["password_ref"]) == SECRET
        details = [e.details for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "devices"))]
    assert len(details) == 1 and "smtp" in details[0] and "smtp.example.kz" in details[0]
    assert SECRET not in details[0] and "***" in details[0]
    assert SECRET not in caplog.text and SECRET not in repr(wanted)
    # saving the same again changes nothing and writes no audit entry
    svc.save(admin, wanted)
    with sqlite_ctx.uow() as uow:
        assert len(list(uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "devices")))) == 1


def test_printing_service_reads_what_the_dialog_saved(svc, admin, sqlite_ctx, tmp_path) -> None:
    """services/printing.py reads "printer" (PrinterConfig fields, "" = none) and "smtp" (SmtpConfig)."""
    from alsep_desktop.services.printing import PrintingService, _smtp, printer_config_from_json

    wanted = _full(tmp_path)
    svc.save(admin, wanted)
    with sqlite_ctx.uow() as uow:
        assert printer_config_from_json(uow.org.get_setting("printer")) == wanted.printer.to_config()
        assert _smtp(uow.org.get_setting("smtp"), uow.secret) == wanted.smtp.to_config()
    printing = PrintingService(sqlite_ctx.uow, sqlite_ctx.clock, sqlite_ctx.vat_table)
    assert printing.printer is not None and printing.printer.profile.key == "epson-tm-t20ii-58"
    svc.save(admin, replace(wanted, printer=replace(wanted.printer, no_printer=True)))
    printing.reload()
    assert printing.printer is None  # "work without printer" reaches the counter
    assert svc.load().printer.device == wanted.printer.device  # the form keeps the printer's details
    printing.close()


def test_a_printer_set_by_another_tool_is_loaded(svc, sqlite_ctx) -> None:
    with sqlite_ctx.uow() as uow:
        uow.org.set_setting("printer", json.dumps({"kind": "network", "host": "10.0.0.9", "profile": "xprinter-xp58"}))
        uow.commit()
    p = svc.load().printer
    assert (p.no_printer, p.kind, p.host, p.paper_mm) == (False, "network", "10.0.0.9", 58)


def test_only_an_admin_changes_settings_anyone_reads(svc, sqlite_ctx, tmp_path) -> None:
    cashier = sqlite_ctx.auth.login(CASHIER[0], CASHIER[1])
    with pytest.raises(PermissionDenied):
        svc.save(cashier, _full(tmp_path))
    with pytest.raises(PermissionDenied):
        svc.save(None, _full(tmp_path))
    assert svc.load() == DeviceSettings()


def test_unknown_or_broken_stored_json_falls_back(svc, sqlite_ctx) -> None:
    with sqlite_ctx.uow() as uow:
        uow.org.set_setting("devices.printer", json.dumps({"paper_mm": 58, "future_field": 1}))
        uow.org.set_setting("devices.wedge", "{not json")
        uow.commit()
    s = svc.load()
    assert s.printer.paper_mm == 58 and s.wedge == WedgeSettings()


@pytest.mark.parametrize(("change", "field"), [
    ({"paper_mm": 57}, "printer.paper_mm"),
    ({"profile": "generic-80"}, "printer.profile"),  # an 80 mm profile on 58 mm paper
    ({"kind": "network", "host": " "}, "printer.host"),
    ({"device": ""}, "printer.device"),
    ({"kind": "laser"}, "printer.kind"),
])
def test_invalid_printer_settings_are_refused(svc, admin, tmp_path, change, field) -> None:
    s = _full(tmp_path)
    bad = replace(s, printer=replace(s.printer, **change))
    with pytest.raises(ValidationError) as err:
        svc.save(admin, bad)
    assert err.value.field == field
    assert svc.load() == DeviceSettings()


def test_invalid_scanner_settings_are_refused(svc, admin, tmp_path) -> None:
    s = _full(tmp_path)
    for bad, field in (
        (replace(s, serial_scanner=replace(s.serial_scanner, port="")), "serial_scanner.port"),
        (replace(s, serial_scanner=replace(s.serial_scanner, suffix="ETX")), "serial_scanner.suffix"),
        (replace(s, smtp=replace(s.smtp, security="tls13")), "smtp.security"),
        (replace(s, wedge=replace(s.wedge, max_gap_ms=1)), "wedge"),
    ):
        with pytest.raises(ValidationError) as err:
            svc.save(admin, bad)
        assert err.value.field == field


def test_test_print_into_a_file(svc, admin, tmp_path) -> None:
    s = _full(tmp_path)
    svc.save(admin, s)
    status = svc.test_print()
    assert status.known is False  # a file cannot answer DLE EOT
    data = (tmp_path / "printer.bin").read_bytes()
    assert data.startswith(b"\x1b@")
    p = get_profile("epson-tm-t20ii-58")
    text = "\n".join(decode(data, {c.number: c.codec for c in p.code_pages}, p.columns).lines())
    assert "ТЕСТОВАЯ ПЕЧАТЬ" in text and p.name in text


def test_test_print_into_an_unwritable_path_is_printer_offline(svc, tmp_path) -> None:
    from alsep_desktop.hardware.errors import PrinterOffline

    s = _full(tmp_path).printer
    with pytest.raises(PrinterOffline):
        svc.test_print(replace(s, device=str(tmp_path / "no" / "such" / "dir" / "lp0")))
    with pytest.raises(PrinterNotConfigured):
        svc.test_print(replace(s, no_printer=True))


def test_fake_printer_status(svc) -> None:
    st = svc.printer_status(PrinterSettings(no_printer=False, kind="fake", profile="generic-80"))
    assert st.online and not st.paper_out


def test_test_email_arrives_and_a_refusal_is_typed(svc, caplog) -> None:
    with local_smtp() as (controller, inbox):
        port = controller.port
        smtp = SmtpSettings(host="127.0.0.1", port=port, sender="kassa@alsep.kz", security="none", timeout=5)
        with caplog.at_level(logging.DEBUG):
            svc.send_test_email(smtp, "admin@example.kz")
    assert len(inbox.messages) == 1 and inbox.messages[0]["To"] == "admin@example.kz"
    with pytest.raises(EmailDeliveryFailed):
        svc.send_test_email(SmtpSettings(host="127.0.0.1", port=1, security="none", timeout=2, password=SECRET),
                            "admin@example.kz")
    with pytest.raises(ValidationError):
        svc.send_test_email(SmtpSettings(), "admin@example.kz")
    assert SECRET not in caplog.text


def test_serial_ports_are_listed_sorted(svc, monkeypatch) -> None:
    from serial.tools import list_ports

    fake = [SimpleNamespace(device="/dev/ttyUSB1", description="Honeywell 1900"),
            SimpleNamespace(device="/dev/ttyACM0", description=None)]
    monkeypatch.setattr(list_ports, "comports", lambda: fake)
    assert [(p.device, p.description) for p in svc.list_serial_ports()] == [
        ("/dev/ttyACM0", ""), ("/dev/ttyUSB1", "Honeywell 1900")]
