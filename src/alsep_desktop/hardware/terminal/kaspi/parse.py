"""Read a Kaspi process object (``/v2/status``, ``/v2/actualize``, spec §1.4) into journal fields."""

from __future__ import annotations

from typing import Any

from alsep_desktop.hardware.terminal.journal import ProcessState

_STATES = {"wait": ProcessState.WAIT, "success": ProcessState.SUCCESS, "fail": ProcessState.FAIL,
           "unknown": ProcessState.UNKNOWN}

QR_CARD_TYPE = "Kaspi QR"


def process_changes(data: dict[str, Any]) -> dict[str, Any]:
    """The ``TerminalOperation`` fields a process object gives (only those present).

    An unrecognised ``status`` reads as UNKNOWN: never as success or failure.
    """
    raw_status = str(data.get("status") or "").strip().lower()
    changes: dict[str, Any] = {"state": _STATES.get(raw_status, ProcessState.UNKNOWN)}
    if data.get("subStatus"):
        changes["sub_status"] = str(data["subStatus"])
    if data.get("message"):
        changes["message"] = str(data["message"])
    cheque = data.get("chequeInfo") if isinstance(data.get("chequeInfo"), dict) else None
    method = (cheque or {}).get("method") or data.get("method")
    if method:
        changes["method"] = str(method).lower()
    txn = data.get("transactionId") or (cheque or {}).get("rrn") or (cheque or {}).get("orderNumber")
    if txn:
        changes["transaction_id"] = str(txn)
    if cheque is not None:
        changes["cheque"] = dict(cheque)
        if cheque.get("authorizationCode"):
            changes["auth_code"] = str(cheque["authorizationCode"])
        if cheque.get("cardMask"):
            changes["card_mask"] = str(cheque["cardMask"])
        if cheque.get("terminalId"):
            changes["terminal_id"] = str(cheque["terminalId"])
        if cheque.get("icc"):
            changes["card_type"] = str(cheque["icc"])
        elif changes.get("method") == "qr":
            changes["card_type"] = QR_CARD_TYPE
        if cheque.get("status") and "message" not in changes:
            changes["message"] = str(cheque["status"])
    return changes
