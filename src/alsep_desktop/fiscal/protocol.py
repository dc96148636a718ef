"""Protocol constants of OFD 2.0.3 in one place (decisions 0101-0106).

Every value that came from reading public implementations rather than the official
specification lives here, so that correcting one is a one-line change.
"""

from __future__ import annotations

from enum import IntEnum

from alsep_desktop.domain.shift import DEFAULT_SECTION

#: First two bytes of every frame (little-endian uint16).
APP_CODE = 0x81A2
#: Protocol version written in the header. Decision 0102: 2.0.3 is written as 203.
PROTOCOL_VERSION = 203
#: The operator's codec accepts any version above 0 (spec §1); an answer below 203 is
#: decoded leniently: fields 2.0.3 requires may be missing and are reported by name.
MIN_STRICT_VERSION = PROTOCOL_VERSION
#: Header: app_code u16, version u16, size u32, id u32, token u32, req_num u16.
HEADER_FORMAT = "<HHIIIH"
HEADER_SIZE = 18
#: Upper bound of a whole frame; anything bigger is refused before reading it.
MAX_FRAME_SIZE = 4 * 1024 * 1024
#: Request numbers are uint16 and wrap from 65535 back to 0 (spec §2).
MAX_REQ_NUM = 0xFFFF

#: Tax type of VAT in Tax.tax_type (decision 0104).
TAX_TYPE_VAT = 100
#: Taxation regime written in Tax.taxation_type: general regime (decision 0104).
TAXATION_TYPE_GENERAL = 100
#: Tax.percent unit: thousandths of a percent (12 % -> 12000; spec §3.2 UNCONFIRMED, decision
#: 0104); VatRate uses basis points (hundredths of a percent), hence the factor 10.
PERCENT_SCALE_FROM_BASIS_POINTS = 10
#: Section code used when the receipt has no departments.
DEFAULT_SECTION_CODE = DEFAULT_SECTION
#: Base of the consumer check URL printed as QR (decision 0105).
CHECK_URL_BASE = "http://consumer.oofd.kz"
#: GeoPosition / PosRegInfo latitude and longitude: degrees x 10^6 as uint32 (spec §3.6
#: "scale UNCONFIRMED, probably degrees*1e6"; decision 0110).
GEO_SCALE = 1_000_000
#: SecurityStats.GeoPosition.source for coordinates an admin typed in (spec: values UNCONFIRMED).
GEO_SOURCE_MANUAL = "manual"
#: Transaction time (connect + send + receive, retries of 254/255 included): at least 5 s,
#: 30 s by default; after a failed connection the next attempt waits at least 60 s (spec §2).
TRANSACTION_SECONDS_MIN = 5.0
TRANSACTION_SECONDS_DEFAULT = 30.0
RECONNECT_SECONDS_MIN = 60.0


class Command(IntEnum):
    SYSTEM = 0
    TICKET = 1
    CLOSE_SHIFT = 2
    REPORT = 3
    NOMENCLATURE = 4
    INFO = 5
    MONEY_PLACEMENT = 6
    CANCEL_TICKET = 7
    AUTH = 8
    RESERVED = 127


class ResultCode(IntEnum):
    OK = 0
    UNKNOWN_ID = 1
    INVALID_TOKEN = 2
    PROTOCOL_ERROR = 3
    UNKNOWN_COMMAND = 4
    UNSUPPORTED_COMMAND = 5
    INVALID_CONFIGURATION = 6
    SSL_IS_NOT_ALLOWED = 7
    INVALID_REQUEST_NUMBER = 8
    INVALID_RETRY_REQUEST = 9
    CANT_CANCEL_TICKET = 10
    OPEN_SHIFT_TIMEOUT_EXPIRED = 11
    INVALID_LOGIN_PASSWORD = 12
    INCORRECT_REQUEST_DATA = 13
    NOT_ENOUGH_CASH = 14
    BLOCKED = 15
    SHIFT_ALREADY_OPENED = 16
    SAME_TAXPAYER_AND_CUSTOMER = 17
    SERVICE_TEMPORARILY_UNAVAILABLE = 254
    UNKNOWN_ERROR = 255

    @property
    def stable_code(self) -> str:
        """Key of this result in ``fiscal.messages`` tables, e.g. ``ofd.invalid_token``."""
        return f"ofd.{self.name.lower()}"


def next_req_num(previous: int) -> int:
    """The request number after ``previous``: ``previous + 1``, and 0 after 65535 (spec §2)."""
    return 0 if previous >= MAX_REQ_NUM else max(previous, 0) + 1
