"""Company, trade points, users, registers, auth."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from alsep_cloud.schemas.common import Id, Name, Strict, Text512, Version


class LoginIn(Strict):
    #: a login is unique within its company, so the sign-in names the company (decision 2051)
    company: str = Field(pattern=r"^\d{12}$", description="the company's BIN/IIN")
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    user_id: str
    company_id: str


class CompanyOut(BaseModel):
    id: str
    name: str
    iin_bin: str
    tax_regime: str
    vat_payer: bool
    vat_series: str | None
    vat_number: str | None
    legal_address: str
    address_kz: str
    oked: str | None
    phone: str | None
    iban: str | None
    bik: str | None
    timezone: str
    version: int
    created_at: datetime
    updated_at: datetime


class CompanyPatch(Strict):
    """Any company data except the IIN/BIN (seed 8.2)."""

    version: Version
    name: Name | None = None
    tax_regime: str | None = Field(default=None, max_length=64)
    vat_payer: bool | None = None
    vat_series: str | None = Field(default=None, max_length=16)
    vat_number: str | None = Field(default=None, max_length=16)
    legal_address: Text512 | None = None
    address_kz: Text512 | None = None
    oked: str | None = None
    phone: str | None = Field(default=None, max_length=32)
    iban: str | None = None
    bik: str | None = None
    timezone: str | None = Field(default=None, max_length=64)


class TradePointIn(Strict):
    name: Name
    address: Text512 = ""
    address_kz: Text512 = ""
    latitude: int | None = Field(default=None, strict=True, description="millionths of a degree")
    longitude: int | None = Field(default=None, strict=True, description="millionths of a degree")


class TradePointPatch(Strict):
    version: Version
    name: Name | None = None
    address: Text512 | None = None
    address_kz: Text512 | None = None
    latitude: int | None = Field(default=None, strict=True)
    longitude: int | None = Field(default=None, strict=True)


class TradePointOut(BaseModel):
    id: str
    name: str
    address: str
    address_kz: str
    latitude: int | None
    longitude: int | None
    version: int
    created_at: datetime
    updated_at: datetime


Role = Literal["admin", "cashier"]


class UserIn(Strict):
    email: str = Field(max_length=254)
    password: str = Field(min_length=1, max_length=1024)
    role: Role = "cashier"
    full_name: str = Field(max_length=255, description="the name receipts show (required, decision 2050)")
    iin: str | None = None
    birth_date: date | None = None
    comment: str = Field(default="", max_length=2000)
    all_registers: bool = True
    register_ids: list[Id] = Field(default_factory=list, max_length=1000)


class UserPatch(Strict):
    version: Version
    password: str | None = Field(default=None, min_length=1, max_length=1024)
    role: Role | None = None
    full_name: str | None = Field(default=None, max_length=255)
    iin: str | None = None
    birth_date: date | None = None
    comment: str | None = Field(default=None, max_length=2000)
    blocked: bool | None = None
    all_registers: bool | None = None
    register_ids: list[Id] | None = Field(default=None, max_length=1000)


class UserOut(BaseModel):
    id: str
    email: str
    role: Role
    full_name: str
    iin: str | None
    birth_date: date | None
    comment: str
    blocked: bool
    all_registers: bool
    register_ids: list[str]
    password_changed_at: datetime
    version: int
    created_at: datetime
    updated_at: datetime


class RegisterIn(Strict):
    trade_point_id: Id
    name: Name
    year_of_manufacture: int | None = Field(default=None, strict=True)


class RegisterPatch(Strict):
    version: Version
    name: Name | None = None
    trade_point_id: Id | None = None
    status: Literal["new", "active", "blocked"] | None = None


class RegisterOfdIn(Strict):
    """Seed 6.3 / 8.4 «Обновить данные»: the OFD's ids and token; complete data → active."""

    version: Version
    ofd_system_id: str = Field(pattern=r"^\d{1,10}$")
    registration_number: str = Field(min_length=1, max_length=32)
    ofd_token: str | None = Field(default=None, pattern=r"^\d{1,10}$")  # none: the stored token stays
    vat_payer: bool = False


class RegisterOut(BaseModel):
    id: str
    trade_point_id: str
    name: str
    serial_number: str
    year_of_manufacture: int
    ofd_system_id: str | None
    registration_number: str | None
    ofd_token_set: bool
    ofd_token_updated_at: datetime | None
    vat_payer: bool
    status: str
    bound: bool
    device_id: str | None
    device_bound_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime


class BindIn(Strict):
    device_id: str = Field(min_length=1, max_length=128, description="a stable id of the PC or device")


class BindOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    register_: RegisterOut = Field(alias="register")
    credential: str = Field(description="the device credential, shown only now: send it as a bearer token")
