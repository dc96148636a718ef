"""A throw-away tender kind, all in this one place (decision 2140): a test registers
``DEMO_TENDER`` through ``tender.register_tender`` and finds it on the receipt, in the X report,
in the OFD ticket and in the cloud's sales, with no other line of code naming it."""

from __future__ import annotations

from alsep_desktop.domain.tender import OfdPaymentType, TenderKind
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

DEMO_TENDER = TenderKind(
    key="halyk_qr",
    label=QT_TRANSLATE_NOOP("Tender", "Mobile payment"),  # an existing message: no new .ts entry
    printed="HALYK QR",
    ofd_type=OfdPaymentType.MOBILE,  # a QR payment of another bank, not through our terminal
)
