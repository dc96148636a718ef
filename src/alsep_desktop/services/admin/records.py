"""What the admin services return (seed 5.2–5.4, 6, 8.2–8.6) and the store lookups they share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from alsep_desktop.domain.validation import degrees_text
from alsep_desktop.errors import AlsepError, NotFoundError
from alsep_desktop.services.org import CompanyData
from alsep_desktop.store.models import Bundle, Company, Register
from alsep_desktop.store.uow import SqlUnitOfWork

#: Model name of the register as the OFD lists it (seed 6.2, fig. 17).
MODEL_NAME = "Аппаратно-программный комплекс Alsep Kassa Online"
APP_NAME = "Alsep Desktop"


class BinImmutable(AlsepError):
    code = "admin.bin_immutable"
    template = "The BIN/IIN {iin_bin} cannot be changed after the company is created"


class NoCompany(AlsepError):
    code = "admin.no_company"
    template = "The company is not set up yet"


@dataclass(frozen=True, slots=True)
class CompanyInfo:
    id: int
    data: CompanyData
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TradePointInfo:
    id: int
    name: str
    address: str
    registers: int
    address_kz: str = ""
    latitude: int | None = None  # millionths of a degree
    longitude: int | None = None

    @property
    def coordinates(self) -> str:
        """``"43.238949, 76.889709"`` for a list, or ``""``."""
        if self.latitude is None or self.longitude is None:
            return ""
        return f"{degrees_text(self.latitude)}, {degrees_text(self.longitude)}"


@dataclass(frozen=True, slots=True)
class RegisterInfo:
    id: int
    name: str
    trade_point_id: int
    trade_point: str
    serial_number: str
    year_of_manufacture: int
    ofd_system_id: str
    registration_number: str
    has_token: bool
    token_updated_at: datetime | None
    vat_payer: bool
    status: str  # new | active | blocked
    bound_device_id: str | None
    created_at: datetime
    ofd_block: str | None = None  # "invalid_token": the OFD refused the token (seed 8.4)

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class PassportData:
    """What the OFD registration asks for (seed 6.2, fig. 15)."""

    serial_number: str
    year_of_manufacture: int
    model_name: str
    app_name: str
    register_name: str
    company_name: str
    iin_bin: str
    trade_point: str
    trade_point_address: str
    created_at: datetime


def company_data(c: Company) -> CompanyData:
    return CompanyData(
        name=c.name, iin_bin=c.iin_bin, tax_regime=c.tax_regime, vat_payer=c.vat_payer,
        vat_series=c.vat_series, vat_number=c.vat_number, legal_address=c.legal_address, oked=c.oked,
        phone=c.phone, iban=c.iban, bik=c.bik, address_kz=c.address_kz or "",
    )


def register_info(r: Register) -> RegisterInfo:
    return RegisterInfo(
        id=r.id, name=r.name, trade_point_id=r.trade_point_id, trade_point=r.trade_point.name,
        serial_number=r.serial_number, year_of_manufacture=r.year_of_manufacture,
        ofd_system_id=r.ofd_system_id or "", registration_number=r.registration_number or "",
        has_token=bool(r.ofd_token_ref), token_updated_at=r.ofd_token_updated_at, vat_payer=r.vat_payer,
        status=r.status, bound_device_id=r.bound_device_id, created_at=r.created_at, ofd_block=r.ofd_block,
    )


def find_register(uow: SqlUnitOfWork, register_id: int) -> Register:
    reg = uow.org.register(register_id)
    if reg is None:
        raise NotFoundError(what="register", key=register_id)
    return reg


def find_bundle(uow: SqlUnitOfWork, bundle_uuid: str) -> Bundle:
    bundle = uow.catalog.bundle_by_uuid(bundle_uuid)
    if bundle is None:
        raise NotFoundError(what="bundle", key=bundle_uuid)
    return bundle
