"""Receipt e-mail through smtplib to a local aiosmtpd server."""

import email
from email import policy

import pytest

from alsep_desktop.hardware.errors import EmailDeliveryFailed
from alsep_desktop.hardware.printer.email import SmtpConfig, send_receipt
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.pdf import pdf_bytes
from alsep_desktop.hardware.printer.samples import sample_receipt
from alsep_desktop.hardware.profiles import get_profile
from tests.support.smtp import local_smtp


@pytest.fixture
def smtp():
    with local_smtp() as (controller, inbox):
        yield controller, inbox


def test_receipt_arrives_with_text_and_pdf(smtp) -> None:
    controller, inbox = smtp
    doc = receipt_document(sample_receipt(2), 48)
    cfg = SmtpConfig("127.0.0.1", controller.port, sender="kassa@alsep.kz",
                     security="none", timeout=5)
    send_receipt(cfg, "buyer@example.kz", doc, pdf=pdf_bytes(doc, get_profile("generic-80")))
    assert len(inbox.messages) == 1
    msg = email.message_from_bytes(inbox.messages[0].as_bytes(), policy=policy.default)
    assert msg["To"] == "buyer@example.kz"
    body = msg.get_body(("plain",)).get_content()
    assert "Әсел Қасымова" in body and "ФП" in body
    attachments = list(msg.iter_attachments())
    assert attachments[0].get_filename() == "receipt.pdf"
    assert attachments[0].get_content().startswith(b"%PDF-")


def test_refused_connection_is_a_typed_error() -> None:
    doc = receipt_document(sample_receipt(1), 48)
    with pytest.raises(EmailDeliveryFailed) as err:
        send_receipt(SmtpConfig("127.0.0.1", 1, security="none", timeout=2), "a@b.kz", doc)
    assert err.value.code == "receipt.email_failed"
    with pytest.raises(EmailDeliveryFailed):
        send_receipt(SmtpConfig("127.0.0.1", 1), "not-an-address", doc)
