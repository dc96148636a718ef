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
