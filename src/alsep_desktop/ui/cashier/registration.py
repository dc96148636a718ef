"""What the OFD holds about the register, as the cashier and the admin see it (issue 10)."""

from __future__ import annotations

from alsep_desktop.services.ofd.registration import RegistrationCheck
from alsep_desktop.ui.qt import QMessageBox, QWidget, translate


def field_name(field: str) -> str:
    return {
        "serial_number": translate("RegistrationCheck", "Serial number"),
        "registration_number": translate("RegistrationCheck", "Registration number (RNM)"),
        "ofd_id": translate("RegistrationCheck", "OFD id"),
        "company_name": translate("RegistrationCheck", "Company name"),
        "company_iin_bin": translate("RegistrationCheck", "BIN/IIN"),
    }.get(field, field)


def describe(result: RegistrationCheck) -> str:
    """One paragraph: the check's outcome, every difference on its own line."""
    if not result.checked:
        return translate("RegistrationCheck", "The OFD data could not be checked now; the register will check again at the next start.")
    if not result.mismatches:
        return translate("RegistrationCheck", "The OFD confirms the register's data.")
    lines = [translate("RegistrationCheck", "The OFD holds other data for this register. Check them in the admin tab "
                     "(Registers → Update data) and with the OFD:")]
    for m in result.mismatches:
        lines.append(translate("RegistrationCheck", "%1: here «%2», at the OFD «%3»").replace("%1", field_name(m.field))
                     .replace("%2", m.ours).replace("%3", m.theirs))
    return "\n".join(lines)


def warn_if_different(parent: QWidget, result: RegistrationCheck) -> QMessageBox | None:
    """A warning (window-modal, not blocking) when the OFD disagrees; nothing when all is well."""
    if not (result.checked and result.mismatches):
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, translate("RegistrationCheck", "Registration data differ"), describe(result),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("registrationWarning")
    box.open()
    return box
