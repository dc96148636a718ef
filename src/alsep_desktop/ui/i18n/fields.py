"""Field key of a ``ValidationError`` (or an error's ``field`` param) → label a person reads.

The core names the offending field by its key (``"amount"``, ``"printer.host"``); a message
never shows the key. ``field_label`` gives the translated label (context ``Fields``); a
dotted key without its own label uses its parent's (``marking_code.serial`` → marking code).
``tests/unit/arch/test_arch_i18n.py`` checks that every key the core raises has a label here.
A screen may still pass its own labels (the text beside its input) to ``describe``.
"""

from __future__ import annotations

from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

FIELDS: dict[str, str] = {
    # -- money, quantities, receipts ------------------------------------------------------------
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "price": QT_TRANSLATE_NOOP("Fields", "Price"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "Quantity"),
    "received": QT_TRANSLATE_NOOP("Fields", "Received"),
    "tender": QT_TRANSLATE_NOOP("Fields", "Payment kind"),
    "discount": QT_TRANSLATE_NOOP("Fields", "Discount"),
    "markup": QT_TRANSLATE_NOOP("Fields", "Markup"),
    "percent": QT_TRANSLATE_NOOP("Fields", "Percent"),
    "adjustment": QT_TRANSLATE_NOOP("Fields", "Discount or markup"),
    "receipt_discount": QT_TRANSLATE_NOOP("Fields", "Discount on the receipt"),
    "position": QT_TRANSLATE_NOOP("Fields", "Line"),
    "items": QT_TRANSLATE_NOOP("Fields", "Products"),
    "vat_rate": QT_TRANSLATE_NOOP("Fields", "VAT rate"),
    "receipt_number": QT_TRANSLATE_NOOP("Fields", "Receipt number"),
    "shift_number": QT_TRANSLATE_NOOP("Fields", "Shift number"),
    "closed_at": QT_TRANSLATE_NOOP("Fields", "Shift closing time"),
    "buyer_iin_bin": QT_TRANSLATE_NOOP("Fields", "Buyer's IIN/BIN"),
    "period": QT_TRANSLATE_NOOP("Fields", "Period"),
    # -- products and marking -------------------------------------------------------------------
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "group_code": QT_TRANSLATE_NOOP("Fields", "Group code"),
    "barcode": QT_TRANSLATE_NOOP("Fields", "Barcode"),
    "ntin": QT_TRANSLATE_NOOP("Fields", "NTIN"),
    "gtin": QT_TRANSLATE_NOOP("Fields", "GTIN"),
    "marking_code": QT_TRANSLATE_NOOP("Fields", "Marking code"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit of measure"),
    "marked": QT_TRANSLATE_NOOP("Fields", "Marked goods"),
    # -- company, trade points, registers -------------------------------------------------------
    "iin_bin": QT_TRANSLATE_NOOP("Fields", "BIN/IIN"),
    "iin": QT_TRANSLATE_NOOP("Fields", "IIN"),
    "vat_series": QT_TRANSLATE_NOOP("Fields", "VAT certificate series"),
    "vat_number": QT_TRANSLATE_NOOP("Fields", "VAT certificate"),
    "oked": QT_TRANSLATE_NOOP("Fields", "OKED code"),
    "iban": QT_TRANSLATE_NOOP("Fields", "IBAN"),
    "bik": QT_TRANSLATE_NOOP("Fields", "BIK"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "legal_address": QT_TRANSLATE_NOOP("Fields", "Legal address"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "address_kz": QT_TRANSLATE_NOOP("Fields", "Address in Kazakh"),
    "latitude": QT_TRANSLATE_NOOP("Fields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Fields", "Longitude"),
    "ofd_system_id": QT_TRANSLATE_NOOP("Fields", "OFD system id"),
    "registration_number": QT_TRANSLATE_NOOP("Fields", "Registration number"),
    "ofd_token": QT_TRANSLATE_NOOP("Fields", "OFD token"),
    "year_of_manufacture": QT_TRANSLATE_NOOP("Fields", "Year of manufacture"),
    # -- card terminal registry and reports (issue 15) ------------------------------------------
    "serial_number": QT_TRANSLATE_NOOP("Fields", "Serial number"),
    "model": QT_TRANSLATE_NOOP("Fields", "Model"),
    "bank": QT_TRANSLATE_NOOP("Fields", "Bank"),
    "trade_point_id": QT_TRANSLATE_NOOP("Fields", "Trade point"),
    "register_id": QT_TRANSLATE_NOOP("Fields", "Register"),
    "cashier_id": QT_TRANSLATE_NOOP("Fields", "Cashier"),
    "terminal": QT_TRANSLATE_NOOP("Fields", "Terminal"),
    "card_rate": QT_TRANSLATE_NOOP("Fields", "Card commission rate"),
    "qr_rate": QT_TRANSLATE_NOOP("Fields", "QR commission rate"),
    # -- users ----------------------------------------------------------------------------------
    "email": QT_TRANSLATE_NOOP("Fields", "Login (e-mail)"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company BIN/IIN"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "pin": QT_TRANSLATE_NOOP("Fields", "PIN"),
    "blocked": QT_TRANSLATE_NOOP("Fields", "Blocked"),
    # -- devices --------------------------------------------------------------------------------
    "printer.paper_mm": QT_TRANSLATE_NOOP("Fields", "Paper width"),
    "printer.kind": QT_TRANSLATE_NOOP("Fields", "Connection"),
    "printer.profile": QT_TRANSLATE_NOOP("Fields", "Printer model"),
    "printer.host": QT_TRANSLATE_NOOP("Fields", "Printer address"),
    "printer.device": QT_TRANSLATE_NOOP("Fields", "Port or path"),
    "port": QT_TRANSLATE_NOOP("Fields", "Port"),
    "smtp.host": QT_TRANSLATE_NOOP("Fields", "SMTP server"),
    "smtp.security": QT_TRANSLATE_NOOP("Fields", "Encryption"),
    "serial_scanner.port": QT_TRANSLATE_NOOP("Fields", "Scanner port"),
    "serial_scanner.suffix": QT_TRANSLATE_NOOP("Fields", "Scan suffix"),
    "serial_scanner.baudrate": QT_TRANSLATE_NOOP("Fields", "Speed"),
    "wedge": QT_TRANSLATE_NOOP("Fields", "Keyboard scanner"),
}

#: The label of a field the table does not know (never the raw key).
UNKNOWN = QT_TRANSLATE_NOOP("Fields", "Value")


def field_source(field: str | None) -> str:
    """The English label of ``field`` (its source text in the ``Fields`` context)."""
    key = field or ""
    while key:
        if key in FIELDS:
            return FIELDS[key]
        key = key.rpartition(".")[0]
    return UNKNOWN
