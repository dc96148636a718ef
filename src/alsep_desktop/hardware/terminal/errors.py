"""Typed card-terminal errors with stable codes (decision 0704 lists them for the UI).

Every code hangs under a code the UI already translates (``terminal.unavailable``,
``terminal.not_approved``), so an error without its own sentence yet still reads sensibly.
Errors mean *nothing moved*: an operation whose outcome is unknown is never an error, it is a
``TerminalResult`` with status UNKNOWN/STOPPED_WAITING (decision 0703).
"""

from __future__ import annotations

from alsep_desktop.hardware.errors import HardwareError, TerminalUnavailable

# -- connection, TLS, pairing --------------------------------------------------------------


class TerminalNoAnswer(TerminalUnavailable):
    """The request may have reached the terminal but no usable answer came back (read timeout,
    dropped connection, garbled body). For a payment start this is *not* "nothing moved"."""

    code = "terminal.unavailable.no_answer"
    template = "The payment terminal gave no usable answer: {reason}"


class TerminalTlsError(TerminalUnavailable):
    code = "terminal.unavailable.tls"
    template = "The TLS connection to the payment terminal {host} failed: {reason}"


class TerminalCertificateChanged(TerminalUnavailable):
    """The terminal presents another certificate than the one pinned at registration."""

    code = "terminal.unavailable.certificate_changed"
    template = ("The payment terminal {host} presents a different certificate (pinned {expected}, "
                "now {actual}); refused. If the terminal was replaced or renewed, an administrator "
                "must trust the new certificate or register again")


class TerminalBusy(TerminalUnavailable):
    """Kaspi 107: the previous operation is not finished on the terminal."""

    code = "terminal.unavailable.busy"
    template = "The payment terminal is busy: the last operation is not completed ({text})"


class TerminalNotRegistered(TerminalUnavailable):
    code = "terminal.unavailable.not_registered"
    template = "The register is not connected to the payment terminal yet: run the registration"


class TerminalAuthLost(TerminalUnavailable):
    """Token refresh refused: the terminal no longer knows this integration."""

    code = "terminal.unavailable.auth_lost"
    template = ("The payment terminal refused the register's token ({text}). On the terminal remove "
                "«{name}» (Панель администратора → «Защита интеграции» → «Настроить доступ» → "
                "«Запретить»), then register again")


class IntegrationNameTaken(TerminalUnavailable):
    """Kaspi 105 on register: the name is already allowed on this terminal."""

    code = "terminal.unavailable.name_taken"
    template = ("The payment terminal already has an integration named «{name}». On the terminal open "
                "Панель администратора → «Защита интеграции» → «Настроить доступ», press «Запретить» "
                "next to «{name}», then register again")


class RegistrationNotAllowed(TerminalUnavailable):
    code = "terminal.unavailable.not_allowed"
    template = "Nobody pressed «Разрешить» on the payment terminal for «{name}» ({reason})"


class TerminalRefused(TerminalUnavailable):
    """Any other non-zero Kaspi ``statusCode``."""

    code = "terminal.unavailable.refused"
    template = "The payment terminal refused the request {path}: {status_code} {text}"


class ProcessNotFound(TerminalRefused):
    """Kaspi 101: the terminal does not know the process (restarted, or too old)."""

    code = "terminal.unavailable.process_not_found"
    template = "The payment terminal does not know the operation {process_id}"


# -- amounts and refunds: refused before the terminal is asked -------------------------------


class CardAmountHasTiyn(HardwareError):
    """The terminal takes whole tenge; the window offers to move the tiyn to cash."""

    code = "terminal.not_approved.tiyn"
    template = "The card share {amount} has tiyn: the terminal takes whole tenge (card {card}, cash {cash})"


class CardAmountNotPositive(HardwareError):
    code = "terminal.not_approved.amount"
    template = "The card amount must be at least 1 tenge, got {amount}"


class RefundNeedsOriginal(HardwareError):
    code = "terminal.not_approved.no_original"
    template = "A refund through the payment terminal needs the original payment's RRN or order number"


class RefundMethodUnknown(HardwareError):
    code = "terminal.not_approved.method_unknown"
    template = "Unknown payment method of the original payment {transaction_id}: say card or qr"
