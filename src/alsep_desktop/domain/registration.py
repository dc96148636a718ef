"""What the OFD needs to know about the taxpayer, the trade point and the register.

Protocol 2.0.3 sends these in ``OrgRegInfo``, ``PosRegInfo`` and ``KkmRegInfo``
(shared/spec/ofd-protocol.md §3.6). ``OrgService.registration_data(register_id)`` reads them
from the store; the fiscal code maps them to messages. Plain values only: no store identity,
no secrets (the OFD token is not here).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RegistrationData:
    # the taxpayer (OrgRegInfo)
    company_title: str
    company_iin_bin: str  # IIN or BIN, 12 digits
    company_address: str  # legal address (Russian)
    company_address_kz: str  # legal address in Kazakh; "" when not entered
    company_oked: str  # activity code, 5 digits; "" when not entered
    # the trade point (PosRegInfo)
    trade_point_title: str
    trade_point_address: str
    trade_point_address_kz: str  # "" when not entered
    latitude: int | None  # millionths of a degree (degrees × 1e6); None when not entered
    longitude: int | None
    # the register (KkmRegInfo)
    register_serial_number: str  # factory serial number
    register_registration_number: str  # KGD registration number (RNM); "" before OFD data
    register_ofd_system_id: str  # the OFD's id of the register; "" before OFD data

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None
