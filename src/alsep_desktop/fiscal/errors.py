"""Typed fiscal errors with stable codes (style guide, principle 14).

The UI maps ``code`` (and, for OFD rejections, ``result_code``) to a ru/kk/en message
through ``fiscal.messages``; it never parses ``str(error)``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from alsep_desktop.errors import AlsepError


class FiscalError(AlsepError):
    """Root of the fiscal package errors."""

    code: ClassVar[str] = "fiscal.error"
    template: ClassVar[str] = "Fiscal error"


class OfdProtocolError(FiscalError):
    """Bytes that are not a valid OFD frame: truncated, wrong app code, a size that
    lies, or a payload that is not the expected protobuf message.

    ``reason`` is a short stable sub-code (``truncated``, ``app_code``, ``size``,
    ``payload``, ``too_large``...) kept for logs and tests; the UI shows one message.
    """

    code = "fiscal.protocol"
    template = "Invalid OFD frame ({reason})"

    def __init__(self, reason: str, detail: str = "", **params: Any) -> None:
        self.reason = reason
        self.detail = detail
        text = f"Invalid OFD frame ({reason})" + (f": {detail}" if detail else "")
        super().__init__(text, reason=reason, **params)


class OfdEncodeError(FiscalError):
    """A message could not be encoded (a required field is missing, a value is out of
    range). A programming error in the caller, reported with a stable code."""

    code = "fiscal.encode"
    template = "Cannot encode OFD message: {detail}"


class OfdNotSent(FiscalError):
    """The request certainly did not reach the OFD (connection refused, connect
    timeout, DNS). Safe to send again later as a new request."""

    code = "fiscal.not_sent"
    template = "The OFD could not be reached: {detail}"


class OfdUnknownOutcome(FiscalError):
    """The request may have reached the OFD but no valid answer came back (read
    timeout, connection dropped, garbage answer). Must be resent as a retry."""

    code = "fiscal.unknown_outcome"
    template = "No answer from the OFD: {detail}"


class OfdRejected(FiscalError):
    """The OFD answered with a non-zero result code."""

    code = "fiscal.rejected"
    template = "The OFD refused the request (code {result_code}): {reason}"

    def __init__(self, result_code: int, reason: str = "") -> None:
        self.result_code = result_code
        self.reason = reason
        super().__init__(result_code=result_code, reason=reason)


# -- the national catalogue (НКТ) by barcode: COMMAND_NOMENCLATURE (decision 2200) ----------------
class NktError(FiscalError):
    """A barcode lookup in the national catalogue did not give an answer to use. "Not found" is
    NOT an error: it is a ``NktLookup`` with ``found == False``."""

    code = "fiscal.nkt"
    template = "The national catalogue could not be asked"


class NktBadBarcode(NktError):
    """The barcode to look up is empty, too long or not printable (a caller's input)."""

    code = "fiscal.nkt_bad_barcode"
    template = "Barcode {barcode!r} cannot be looked up in the national catalogue: {reason}"


class NktDeferred(NktError):
    """Not sent: a fiscal document of this register is still unanswered, and the OFD takes it
    first (spec §2, p. 5.2: service commands wait while a document is unanswered)."""

    code = "fiscal.nkt_deferred"
    template = "The national catalogue is asked once the waiting documents are delivered"


class NktOffline(NktError):
    """No answer from the OFD (not reachable, timeout, damaged answer)."""

    code = "fiscal.nkt_offline"
    template = "No connection to the OFD: the national catalogue could not be asked ({detail})"


class NktRefused(NktError):
    """The OFD answered the lookup with a result code other than OK."""

    code = "fiscal.nkt_refused"
    template = "The OFD refused the national catalogue lookup (code {result_code}): {reason}"

    def __init__(self, result_code: int, reason: str = "") -> None:
        self.result_code = result_code
        self.reason = reason
        super().__init__(result_code=result_code, reason=reason)


class NktUnavailable(NktError):
    """The OFD answered that it has no catalogue (NomenclatureResponse RESULT_TYPE_NO_VERSION)."""

    code = "fiscal.nkt_unavailable"
    template = "The OFD has no national catalogue to answer from"


class NktBadAnswer(NktError):
    """The OFD said OK but the answer is not a barcode answer (no item, another barcode,
    VERSION_IS_ACTUAL to a question without a version, an unknown result)."""

    code = "fiscal.nkt_bad_answer"
    template = "The OFD's national catalogue answer cannot be read: {detail}"
