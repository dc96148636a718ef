"""Error code → English sentence, marked for translation (context ``Errors``).

The UI shows these sentences for an ``AlsepError`` by its ``code`` (falling back through the
dotted parents, then to ``error``), never ``str(exception)``. ``{name}`` placeholders are filled
from the error's ``params`` after translation. A sentence marked ``PLURAL`` has plural forms
chosen by its ``{count}`` parameter.

Add a code here, then run ``scripts/translations.py update`` and translate the new message in
``resources/translations/alsep_ru.ts`` and ``alsep_kk.ts`` (``docs/decisions/1101-translations-in-ts-files.md``).
OFD result codes (``ofd.*``) and the fiscal client's ``fiscal.*`` codes keep their sentences in
``alsep_desktop.fiscal.messages``.
"""

from __future__ import annotations

from alsep_desktop.i18n_marker import PLURAL, QT_TRANSLATE_NOOP

SENTENCES: dict[str, str] = {
    # -- generic codes, auth, domain, catalog, organisation, exchange, hardware --------------------
    "error": QT_TRANSLATE_NOOP("Errors", "Unexpected error. Try again; if it persists, contact support."),
    "validation": QT_TRANSLATE_NOOP("Errors", "Invalid value in field '{field}': {reason}"),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Not found: {what} {key}"),
    "not_implemented": QT_TRANSLATE_NOOP("Errors", "This function is not implemented yet: {feature}"),
    "auth.permission_denied": QT_TRANSLATE_NOOP("Errors", "Not allowed: this needs the '{role}' role."),
    "auth.invalid_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong login or password."),
    "auth.locked": QT_TRANSLATE_NOOP("Errors", "Too many failed attempts. Try again after {until}."),
    "auth.blocked": QT_TRANSLATE_NOOP("Errors", "This account is blocked."),
    "auth.duplicate_user": QT_TRANSLATE_NOOP("Errors", "A user with login {email} already exists."),
    "domain.insufficient_payment": QT_TRANSLATE_NOOP(
        "Errors", "Payment {paid} does not cover the total {total}."
    ),
    "domain.invalid_payment": QT_TRANSLATE_NOOP("Errors", "Invalid payment."),
    "domain.invalid_payment.not_positive": QT_TRANSLATE_NOOP(
        "Errors", "A payment must be greater than zero."
    ),
    "domain.invalid_payment.negative_total": QT_TRANSLATE_NOOP("Errors", "The receipt total is negative."),
    "domain.invalid_payment.non_cash_over_total": QT_TRANSLATE_NOOP(
        "Errors", "Non-cash payments {non_cash} exceed the total {total}: change is given only from cash."
    ),
    "domain.empty_receipt": QT_TRANSLATE_NOOP("Errors", "The receipt has no lines."),
    "catalog.duplicate": QT_TRANSLATE_NOOP(
        "Errors", "Another product of this register already has {field} {value}."
    ),
    "org.company_exists": QT_TRANSLATE_NOOP(
        "Errors", "A company with IIN/BIN {iin_bin} is already registered."
    ),
    "org.register_bound_elsewhere": QT_TRANSLATE_NOOP(
        "Errors", "This register is used by another device. Unbind it in the Registers tab."
    ),
    # -- cloud sync engine (issue 14) ----------------------------------------------------------
    "cloud.unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The cloud cannot be reached now ({reason}). Sales go on; data is sent when it is back."
    ),
    "cloud.refused": QT_TRANSLATE_NOOP("Errors", "The cloud refused the request: {cloud_message}"),
    "cloud.not_configured": QT_TRANSLATE_NOOP("Errors", "This register is not bound to a cloud."),
    "cloud.mirror_cancelled": QT_TRANSLATE_NOOP(
        "Errors", "Loading from the cloud stopped after {done} of {total} changes; it resumes from there."
    ),
    "exchange.import_failed": QT_TRANSLATE_NOOP(
        "Errors", "The file was not imported: {count} error(s) found. The catalog is unchanged.", None, PLURAL
    ),
    "exchange.cancelled": QT_TRANSLATE_NOOP("Errors", "Import cancelled. The catalog is unchanged."),
    "exchange.removes_products": QT_TRANSLATE_NOOP(
        "Errors", "The file lacks {count} product(s) of the register: importing it would remove them. Nothing was "
        "changed.", None, PLURAL
    ),
    "exchange.file.nothing_to_import": QT_TRANSLATE_NOOP("Errors", "The file has no product to import."),
    "exchange.file.offers_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The offers file is from another 1C export: no product has a price."
    ),
    "auth": QT_TRANSLATE_NOOP("Errors", "Sign-in error."),
    "domain": QT_TRANSLATE_NOOP("Errors", "This operation is not possible."),
    "domain.illegal_transition": QT_TRANSLATE_NOOP(
        "Errors", "Not possible in the current state ({machine}: {source} → {target})."
    ),
    "domain.invalid_adjustment": QT_TRANSLATE_NOOP("Errors", "Invalid discount or markup: {reason}"),
    "domain.invalid_amount": QT_TRANSLATE_NOOP("Errors", "Invalid amount in field '{field}': {reason}"),
    "domain.invalid_quantity": QT_TRANSLATE_NOOP("Errors", "Invalid quantity: {reason}"),
    "domain.invalid_marking_code": QT_TRANSLATE_NOOP("Errors", "Invalid marking code: {reason}"),
    "domain.no_such_line": QT_TRANSLATE_NOOP("Errors", "There is no line {index} in the basket."),
    "domain.unknown_vat_rate": QT_TRANSLATE_NOOP("Errors", "Unknown VAT rate: {reason}"),
    "exchange": QT_TRANSLATE_NOOP("Errors", "Catalog file exchange error."),
    "hardware": QT_TRANSLATE_NOOP("Errors", "Device error."),
    "hardware.connector_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "This device connection is not available on this computer."
    ),
    "printer.offline": QT_TRANSLATE_NOOP(
        "Errors", "Printer not found or not answering. Check the cable and power."
    ),
    "printer.paper_out": QT_TRANSLATE_NOOP("Errors", "The printer is out of paper. Insert a new roll."),
    "printer.cover_open": QT_TRANSLATE_NOOP("Errors", "The printer cover is open. Close it."),
    "printer.unsupported": QT_TRANSLATE_NOOP("Errors", "The printer does not support this function."),
    "printer.unknown_profile": QT_TRANSLATE_NOOP(
        "Errors", "Unknown printer model. Choose a profile in the settings."
    ),
    "drawer.unavailable": QT_TRANSLATE_NOOP("Errors", "The cash drawer is not available."),
    "scanner.disconnected": QT_TRANSLATE_NOOP(
        "Errors", "The scanner is disconnected. It will be reconnected automatically."
    ),
    "camera.unavailable": QT_TRANSLATE_NOOP("Errors", "The camera is not available."),
    "terminal.unavailable": QT_TRANSLATE_NOOP("Errors", "The payment terminal is not available."),
    "display.unavailable": QT_TRANSLATE_NOOP("Errors", "The customer display is not available."),
    "receipt.email_failed": QT_TRANSLATE_NOOP("Errors", "Could not send the receipt by e-mail."),
    "receipt.pdf_failed": QT_TRANSLATE_NOOP("Errors", "Could not save the receipt as PDF."),
    "device.worker_stopped": QT_TRANSLATE_NOOP("Errors", "The device service stopped. Restart the program."),
    # -- admin tab; catalog-import issues shown row by row -----------------------------------------
    "terminal_registry.duplicate": QT_TRANSLATE_NOOP(
        "Errors", "A terminal with serial number {serial} is already in the registry."),
    "terminal_registry.stale": QT_TRANSLATE_NOOP(
        "Errors", "Someone changed this terminal meanwhile ({fields}). Reload it and make your change again."),
    "terminal_registry.no_company": QT_TRANSLATE_NOOP("Errors", "Set up the company before adding terminals."),
    "terminal_reports.no_cloud": QT_TRANSLATE_NOOP(
        "Errors", "No cloud is configured: the company's terminals can be reported only from the cloud."),
    "terminal_reports.cancelled": QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written."),
    "terminal_reports.write_failed": QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written: {reason}"),
    "admin.bin_immutable": QT_TRANSLATE_NOOP(
        "Errors", "The company's BIN/IIN ({iin_bin}) cannot be changed after creation."
    ),
    "admin.no_company": QT_TRANSLATE_NOOP(
        "Errors", "The company is not set up yet: fill in the Company tab first."
    ),
    "exchange.file": QT_TRANSLATE_NOOP("Errors", "The file cannot be imported."),
    "exchange.file.not_utf8": QT_TRANSLATE_NOOP("Errors", "The file is not UTF-8."),
    "exchange.file.empty": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "exchange.file.missing_columns": QT_TRANSLATE_NOOP("Errors", "Required columns are missing."),
    "exchange.file.wrong_separator": QT_TRANSLATE_NOOP("Errors", "Columns must be separated by commas."),
    "exchange.file.bad_xml": QT_TRANSLATE_NOOP("Errors", "The XML file is broken."),
    "exchange.file.not_commerceml": QT_TRANSLATE_NOOP("Errors", "This is not a 1C (CommerceML) export."),
    "exchange.row": QT_TRANSLATE_NOOP("Errors", "Error in the row."),
    "exchange.row.field_count": QT_TRANSLATE_NOOP("Errors", "Wrong number of fields in the row."),
    "exchange.row.required": QT_TRANSLATE_NOOP("Errors", "The field is empty."),
    "exchange.row.bad_text": QT_TRANSLATE_NOOP("Errors", "Invalid text."),
    "exchange.row.bad_barcode": QT_TRANSLATE_NOOP("Errors", "A barcode is 1 to 14 digits."),
    "exchange.row.bad_price": QT_TRANSLATE_NOOP("Errors", "Invalid price."),
    "exchange.row.bad_percent": QT_TRANSLATE_NOOP("Errors", "A percent must be between 0 and 100."),
    "exchange.row.bad_vat": QT_TRANSLATE_NOOP("Errors", "Unknown VAT rate."),
    "exchange.row.bad_flag": QT_TRANSLATE_NOOP("Errors", "Expected 1 or 0."),
    "exchange.row.bad_unit": QT_TRANSLATE_NOOP("Errors", "Unknown unit of measure."),
    "exchange.row.bad_ntin": QT_TRANSLATE_NOOP("Errors", "An NTIN is 13 or 14 digits."),
    "exchange.row.duplicate_barcode": QT_TRANSLATE_NOOP("Errors", "This barcode is already in the file."),
    "exchange.row.duplicate_code": QT_TRANSLATE_NOOP("Errors", "This code is already in the file."),
    "exchange.row.missing_price": QT_TRANSLATE_NOOP("Errors", "The product has no price."),
    "exchange.row.wrong_currency": QT_TRANSLATE_NOOP("Errors", "The price is not in tenge."),
    "exchange.row.orphan_offer": QT_TRANSLATE_NOOP("Errors", "An offer without a product."),
    "exchange.row.cloud_refused": QT_TRANSLATE_NOOP("Errors", "The cloud did not accept this product."),
    # -- cashier window: printing without a printer, the self-test ---------------------------------
    "printing.no_printer": QT_TRANSLATE_NOOP(
        "Errors", "There is no printer: send the receipt to the buyer's e-mail or save it as PDF."
    ),
    "printing.no_smtp": QT_TRANSLATE_NOOP("Errors", "E-mail is not set up (SMTP). Save the receipt as PDF."),
    "selftest.ofd_not_configured": QT_TRANSLATE_NOOP("Errors", "The OFD address is not set in the settings."),
    # -- alsep-desktop --self-check (issue 16; printed on the console, English there) ----------
    "selfcheck.failed": QT_TRANSLATE_NOOP("Errors", "The self-check failed at step '{step}': {reason}"),
    "selfcheck.real_store": QT_TRANSLATE_NOOP(
        "Errors", "The store in {data_dir} belongs to {company}: the self-check runs only in an empty or demo store."
    ),
    "selftest.ofd_timeout": QT_TRANSLATE_NOOP(
        "Errors", "The OFD server does not answer. Check the Internet and the OFD subscription."
    ),
    "selftest.ofd_refused": QT_TRANSLATE_NOOP(
        "Errors", "No connection to the OFD server. Check the Internet and the OFD subscription."
    ),
    "selftest.ofd_rejected": QT_TRANSLATE_NOOP(
        "Errors", "The OFD rejected {count} document(s). Contact the administrator.", None, PLURAL
    ),
    "selftest.no_terminal": QT_TRANSLATE_NOOP(
        "Errors", "No card terminal is registered: card payments through a terminal are unavailable."
    ),
    "selftest.dns_failed": QT_TRANSLATE_NOOP(
        "Errors", "The OFD server cannot be found (DNS). Check the Internet connection."
    ),
    "selftest.no_route": QT_TRANSLATE_NOOP("Errors", "No network connection. Check the cable or Wi-Fi."),
    # -- cloud admin side (issue 14: admin tab, binding, self-test) ------------------------------
    "cloud.stale_edit": QT_TRANSLATE_NOOP(
        "Errors", "This record was changed in the cloud after you opened it: {fields}. Reopen it and edit again."
    ),
    "cloud.sign_in_required": QT_TRANSLATE_NOOP(
        "Errors", "Sign in to the cloud with the administrator's e-mail and password (the line above the admin tabs)."
    ),
    "cloud.edit_offline": QT_TRANSLATE_NOOP(
        "Errors",
        "The cloud cannot be reached (no connection since {since}): edits are possible only online. Selling goes on."
    ),
    "cloud.conflict": QT_TRANSLATE_NOOP("Errors", "The cloud refused the change: {message}"),
    "cloud.too_large": QT_TRANSLATE_NOOP(
        "Errors", "This is too much for the cloud to take at once: choose a smaller file or fewer rows and try again."),
    "cloud.header_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The cloud refused the request as too large in its headers: sign in to the cloud again; "
        "if it repeats, tell the support."),
    "org.unbind_shift_open": QT_TRANSLATE_NOOP(
        "Errors", "Shift {number} of this register is open: close it (Z report) before unbinding the device."),
    # the cloud's conflicts in the window's words: the record by its code, the field by its label
    "cloud.duplicate": QT_TRANSLATE_NOOP("Errors", "This value of «{field}» is already used in the cloud: {value}."),
    "cloud.duplicate.user": QT_TRANSLATE_NOOP("Errors", "A user with the login {value} already exists."),
    "cloud.duplicate.product": QT_TRANSLATE_NOOP(
        "Errors", "Another product of this register already has this «{field}»: {value}."),
    "cloud.duplicate.company": QT_TRANSLATE_NOOP("Errors", "A company with the BIN/IIN {value} already exists."),
    "cloud.in_use": QT_TRANSLATE_NOOP("Errors", "This record is still in use in the cloud and cannot be deleted."),
    "cloud.in_use.trade_point": QT_TRANSLATE_NOOP(
        "Errors", "The trade point still has registers: move them to another trade point first."),
    "cloud.managed_in_cloud": QT_TRANSLATE_NOOP("Errors", "With a cloud this is done in the cloud: {what}."),
    "cloud.demo_failed": QT_TRANSLATE_NOOP(
        "Errors", "The demo cloud could not start ({reason}); the demo runs as a single PC."
    ),
    "cloud.not_mirrored": QT_TRANSLATE_NOOP(
        "Errors", "The register {name} has not reached this PC yet: wait until loading from the cloud has finished."
    ),
    "selftest.cloud_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The cloud does not answer. Sales go on; documents are sent when it is back."
    ),
    "selftest.cloud_credential_revoked": QT_TRANSLATE_NOOP(
        "Errors",
        "The cloud no longer accepts this PC: the register was unbound. Ask the administrator to bind it again."
    ),
    "selftest.cloud_refused": QT_TRANSLATE_NOOP("Errors", "The cloud refused this PC ({code})."),
    "selftest.cloud_never_synced": QT_TRANSLATE_NOOP("Errors", "This PC has not synced with the cloud yet."),
    "selftest.cloud_stale": QT_TRANSLATE_NOOP(
        "Errors", "The last sync with the cloud was {count} minute(s) ago.", None, PLURAL
    ),
    # -- device settings and marked goods ----------------------------------------------------------
    "devices.no_printer": QT_TRANSLATE_NOOP(
        "Errors", "The register works without a printer. Choose a printer in the device settings."
    ),
    "marking.price_required": QT_TRANSLATE_NOOP(
        "Errors", "Enter the price of the marked product (above zero)."
    ),
    "marking.repeated": QT_TRANSLATE_NOOP("Errors", "This pack (serial {serial}) is already in the receipt."),
    # -- fiscal engine: sales, returns, shifts, offline mode, card terminal ------------------------
    "fiscal.document_rejected": QT_TRANSLATE_NOOP(
        "Errors", "The OFD refused the document: {reason}. The receipt is not fiscal."
    ),
    "fiscal.not_configured": QT_TRANSLATE_NOOP(
        "Errors", "The register has no OFD data (system id and token). An admin fills them in on the Registers tab."
    ),
    "fiscal.offline_limit": QT_TRANSLATE_NOOP(
        "Errors",
        "The register has been offline for more than 72 hours. Connect to the internet to upload {count} document(s).",
        None, PLURAL,
    ),
    "fiscal.register_inactive": QT_TRANSLATE_NOOP(
        "Errors", "The register is not active: an admin must complete its OFD data."
    ),
    "fiscal.token_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Invalid token: the OFD does not accept the register's token; selling is stopped. Generate a new token on the OFD portal and enter it: Admin tab → Registers → Update data."  # noqa: E501
    ),
    "sale.nothing_to_return": QT_TRANSLATE_NOOP(
        "Errors", "Line {position}: only {left} can still be returned."
    ),
    "sale.receipt_not_found": QT_TRANSLATE_NOOP(
        "Errors", "No receipt with fiscal sign {sign} on this register."
    ),
    "sale.return_waits_for_upload": QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {sign} was made offline and has not reached the OFD yet. It can be returned once uploaded: connect to the OFD and wait for the upload."  # noqa: E501
    ),
    "shift.expired": QT_TRANSLATE_NOOP(
        "Errors", "The shift has been open for more than 24 hours. Close the shift (Z report) to go on selling."
    ),
    "shift.none_open": QT_TRANSLATE_NOOP("Errors", "There is no open shift."),
    "shift.not_enough_cash": QT_TRANSLATE_NOOP(
        "Errors", "Only {cash} in the drawer; cannot pay out {amount}."
    ),
    "shift.terminal_payments_open": QT_TRANSLATE_NOOP(
        "Errors", "Card payments taken on the terminal without a fiscal receipt: {count}, {amount} in all. Issue "
        "their receipts with «Безнал» or refund them in the Terminal tab before closing the shift."
    ),
    "terminal.not_approved": QT_TRANSLATE_NOOP(
        "Errors", "The card payment was not approved ({status}): {message}. No receipt was made."
    ),
    "terminal.reversal_failed": QT_TRANSLATE_NOOP(
        "Errors", "The sale failed and the card charge of {amount} could not be reversed: {message}. Contact the bank."
    ),
    # -- a document the OFD refused: what to do, by class of its result code (issue 20, decision 2071) --
    "ofd_rejection.register": QT_TRANSLATE_NOOP(
        "Errors", "The OFD does not know this register or its token. Re-register the register in the OFD cabinet "
        "(or generate a new token there) and enter its data: Admin tab → Registers → Update data."
    ),
    "ofd_rejection.shift": QT_TRANSLATE_NOOP(
        "Errors", "The OFD and the register disagree about the shift (open for more than 24 hours, or another shift "
        "open at the OFD). Check the shift's state in the OFD cabinet, close the shift with a Z report and make the "
        "document again in the new shift."
    ),
    "ofd_rejection.z_report": QT_TRANSLATE_NOOP(
        "Errors", "The OFD did not accept this Z report: its counters or shift number differ from the OFD's, so the "
        "shift may still be open at the OFD although it is closed here. Compare the shift's documents in «Offline "
        "data» with the OFD cabinet and ask the OFD's support to close the shift there."
    ),
    "ofd_rejection.data": QT_TRANSLATE_NOOP(
        "Errors", "The OFD found the document's data wrong (sums, cash in the drawer, the buyer's IIN/BIN): it is not "
        "a fiscal document and is not sent again. Check the data, make the document again correctly and tell support "
        "if it happens again."
    ),
    "ofd_rejection.contact_ofd": QT_TRANSLATE_NOOP(
        "Errors", "The OFD refused the document for a reason on its side (the register is blocked, or the operation "
        "is not allowed for it). Contact the OFD's support with the document's time and number and the OFD's answer."
    ),
    # -- card terminal flows (issue 15) --------------------------------------------------------------
    "terminal.not_known": QT_TRANSLATE_NOOP(
        "Errors", "The terminal has not said whether the payment of {amount} went through. The sale stays open; "
        "the register keeps asking the terminal (see the Terminal tab)."
    ),
    "terminal.not_known.stopped": QT_TRANSLATE_NOOP(
        "Errors", "You stopped waiting for the payment of {amount}. The sale stays open and the register keeps "
        "asking the terminal: a late approval appears in the pending list of the Terminal tab."
    ),
    "terminal.pending_same_goods": QT_TRANSLATE_NOOP(
        "Errors", "A card payment of {amount} for these goods, started at {started}, is still pending: the terminal "
        "may still approve it and the buyer would pay twice. Wait for it on the Terminal tab, or pay again on purpose."
    ),
    "terminal.not_approved.tiyn": QT_TRANSLATE_NOOP(
        "Errors", "The card terminal takes whole tenge: {card} to the card and {cash} in cash."
    ),
    "terminal.unavailable.none": QT_TRANSLATE_NOOP("Errors", "No card terminal is set up in the device settings."),
    "terminal.unavailable.not_registered": QT_TRANSLATE_NOOP(
        "Errors", "The card terminal is not registered yet: Register → Devices → Terminal → Register."
    ),
    "terminal.unavailable.busy": QT_TRANSLATE_NOOP(
        "Errors", "The terminal is busy with another operation: finish it on the terminal and try again."
    ),
    "terminal.unavailable.name_taken": QT_TRANSLATE_NOOP(
        "Errors", "The name {name} is already allowed on the terminal. On the terminal open Панель администратора → "
        "«Защита интеграции» → «Настроить доступ», press «Запретить» next to {name}, then register again."
    ),
    "terminal.unavailable.auth_lost": QT_TRANSLATE_NOOP(
        "Errors", "The pairing with the card terminal is lost: the terminal no longer accepts this register ({name}); "
        "nothing was charged. An administrator presses «Запретить» for {name} on the terminal (Панель администратора "
        "→ «Защита интеграции» → «Настроить доступ»), then registers again: Register → Devices → Terminal → Register."
    ),
    "terminal.unavailable.not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "Nobody pressed «Разрешить» on the terminal for {name} ({reason})."
    ),
    "terminal.unavailable.certificate_changed": QT_TRANSLATE_NOOP(
        "Errors", "The terminal presents another certificate than at registration; nothing was sent to it. "
        "An administrator checks it in the device settings (Terminal)."
    ),
    "terminal.keys_not_needed": QT_TRANSLATE_NOOP(
        "Errors", "The Kaspi terminal updates its keys with the bank by itself: nothing to update from the register."
    ),
    "terminal.cancel_too_late": QT_TRANSLATE_NOOP(
        "Errors", "This terminal cancels payments only on the same day until {until}; make a return instead."
    ),
    "terminal.already_fiscalized": QT_TRANSLATE_NOOP(
        "Errors", "This payment is on a fiscal receipt ({number}): pay it back with a return of that receipt."
    ),
    "terminal.nothing_to_refund": QT_TRANSLATE_NOOP(
        "Errors", "The payment {transaction} is already paid back in full."
    ),
    "terminal.fiscalization_on": QT_TRANSLATE_NOOP(
        "Errors", "«ФИСКАЛИЗАЦИЯ» is on: take card payments with the sale, not on the terminal alone."
    ),
    "terminal.partly_refunded": QT_TRANSLATE_NOOP(
        "Errors", "{refunded} of this payment was already refunded: refund the rest instead of issuing a receipt."
    ),
    "terminal.not_pending": QT_TRANSLATE_NOOP(
        "Errors", "This terminal operation waits for neither a receipt nor a refund."
    ),
    "terminal.sold_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "The goods of this card payment were sold on receipt №{number} after it: if that was the same "
        "customer, refund the payment to the card."
    ),
    "terminal.basket_total_differs": QT_TRANSLATE_NOOP(
        "Errors", "The basket now totals {current} but the payment was for {paid}: issue the receipt of the basket "
        "as it was paid, or refund the payment."
    ),
    "terminal.refund_over_remainder": QT_TRANSLATE_NOOP(
        "Errors", "Only {left} of the payment {transaction} can still be refunded: {refunded} of {paid} already went "
        "back."
    ),
    # -- the store (database) ----------------------------------------------------------------------
    "store": QT_TRANSLATE_NOOP("Errors", "The database could not complete the action; nothing was changed."),
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk of the database is full; nothing was changed. Free some disk space, then repeat."
    ),
    "store.busy": QT_TRANSLATE_NOOP(
        "Errors", "The database is busy (locked by another program); nothing was changed. Repeat in a moment."
    ),
    "store.out_of_range": QT_TRANSLATE_NOOP("Errors", "A number is too large for the database; nothing was changed."),
    "store.constraint": QT_TRANSLATE_NOOP(
        "Errors", "The change conflicts with data already stored; nothing was changed."
    ),
    "store.unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The database cannot be reached; nothing was changed. Check the network or the database server.",
    ),
    "store.register_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "This register is already open in another Alsep Desktop window or on another computer: "
        "work there, or close the program there first.",
    ),
    "store.network_mount": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} lies on a network drive ({fstype}), where SQLite cannot keep it safe: "
        "keep it on a local disk, or use PostgreSQL for several computers.",
    ),
    "fiscal.token_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The register's OFD token is not on this computer (it was entered on another one): "
        "an admin enters it here, in the admin tab: Registers → Update data.",
    ),
    "auth.invalid_credentials.tries_left": QT_TRANSLATE_NOOP(
        "Errors", "Wrong administrator login or password; tries left: {tries_left}."
    ),
    "auth.invalid_credentials.pin_tries_left": QT_TRANSLATE_NOOP(
        "Errors", "Wrong administrator login, password or PIN; tries left: {tries_left}."
    ),
    "auth.pin_disabled": QT_TRANSLATE_NOOP("Errors", "The PIN was locked too many times: sign in with your password."),
    "domain.line_rounds_to_zero": QT_TRANSLATE_NOOP(
        "Errors", "{quantity} × {price} rounds to 0.00: a line must cost at least 0.01."
    ),
    "domain.line_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The line amount {value} is more than a register records (at most {limit})."
    ),
    "domain.markup_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The markup {value} is more than a register records (at most {limit})."
    ),
    "domain.total_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The receipt total {value} is more than a register records (at most {limit})."
    ),
    "domain.invalid_payment.too_large": QT_TRANSLATE_NOOP(
        "Errors", "The payment {value} is more than a register records (at most {limit})."
    ),
}
