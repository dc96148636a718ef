"""Receipts by e-mail (smtplib): the text layout as the body, optionally the PDF attached."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

from alsep_desktop.hardware.errors import EmailDeliveryFailed
from alsep_desktop.hardware.printer.model import PrintDocument


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int = 587
    sender: str = ""
    username: str | None = None
    password: str | None = None
    security: str = "starttls"  # none | starttls | ssl
    timeout: float = 10.0


def build_message(sender: str, to: str, subject: str, doc: PrintDocument, pdf: bytes | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("\n".join(doc.text_lines()) + "\n")
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="receipt.pdf")
    return msg


def send_receipt(
    config: SmtpConfig, to: str, doc: PrintDocument, *, subject: str = "Кассовый чек", pdf: bytes | None = None
) -> None:
    if "@" not in to:
        raise EmailDeliveryFailed(to=to, reason="not an e-mail address")
    msg = build_message(config.sender, to, subject, doc, pdf)
    try:
        if config.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                config.host, config.port, timeout=config.timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        with client:
            if config.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if config.username:
                client.login(config.username, config.password or "")
            client.send_message(msg)
    except (smtplib.SMTPException, OSError) as exc:
        raise EmailDeliveryFailed(to=to, reason=str(exc)) from exc
