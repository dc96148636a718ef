"""Words for a fiscal document and where it stands with the OFD: its type, its OFD state, and for
a refused document what the OFD said (result code and text, as it said them) and what to do
(decisions 2070, 2071). Used by «Автономные данные», the shift screen and the status bar."""

from __future__ import annotations

from alsep_desktop.services.ofd.documents_list import (
    OFD_ACCEPTED,
    OFD_NOT_SENT,
    OFD_QUEUED,
    OFD_REJECTED,
    OFD_SENT,
    FiscalDocument,
    advice_for,
    result_name,
)
from alsep_desktop.ui.i18n.errors import error_message
from alsep_desktop.ui.qt import translate
from alsep_desktop.ui.translator import current_language


def kind_text(kind: str) -> str:
    return {
        "sale": translate("OfdDocuments", "Sale receipt"),
        "sale_return": translate("OfdDocuments", "Sale return"),
        "buy": translate("OfdDocuments", "Purchase receipt"),
        "buy_return": translate("OfdDocuments", "Purchase return"),
        "deposit": translate("OfdDocuments", "Cash deposit"),
        "withdrawal": translate("OfdDocuments", "Cash withdrawal"),
        "x_report": translate("OfdDocuments", "X report"),
        "close_shift": translate("OfdDocuments", "Z report (close shift)"),
    }.get(kind, kind)


def ofd_text(doc: FiscalDocument) -> str:
    if doc.ofd == OFD_REJECTED:
        text = translate("OfdDocuments", "REJECTED by the OFD, result %1").replace("%1", str(doc.result_code))
    else:
        text = {
            OFD_QUEUED: translate("OfdDocuments", "waiting for the OFD"),
            OFD_SENT: translate("OfdDocuments", "sent, waiting for the OFD's answer"),
            OFD_ACCEPTED: translate("OfdDocuments", "accepted by the OFD"),
            OFD_NOT_SENT: translate("OfdDocuments", "not sent to the OFD"),
        }.get(doc.ofd, doc.ofd)
    if doc.handled_at is not None:
        text += " · " + translate("OfdDocuments", "handled %1").replace("%1", doc.handled_at.strftime("%d.%m.%Y %H:%M"))
    return text + (" · " + translate("OfdDocuments", "offline") if doc.offline else "")


def ofd_said(code: int, text: str) -> str:
    """What the OFD answered, as it said it: «result 13 (INCORRECT_REQUEST_DATA): «…»»."""
    name = result_name(code)
    said = translate("OfdDocuments", "The OFD answered: result %1 (%2): «%3».") if name else \
        translate("OfdDocuments", "The OFD answered: result %1: «%3».")
    return said.replace("%1", str(code)).replace("%2", name).replace("%3", text or "—")


def what_to_do(code: int | None, kind: str) -> str:
    return error_message(current_language(), advice_for(code, kind))


def rejection_text(code: int, text: str, kind: str) -> str:
    """The whole error an admin must act on: what the OFD said, then what to do."""
    return ofd_said(code, text) + " " + what_to_do(code, kind)
