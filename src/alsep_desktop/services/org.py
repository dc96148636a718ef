"""Company, trade points and registers (ККМ), and binding a register to this PC."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from alsep_desktop.domain.catalog import FREE_POSITION_CODE, FREE_POSITION_GROUP, FREE_POSITION_NAME
from alsep_desktop.domain.registration import RegistrationData
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.domain.validation import (
    validate_bik,
    validate_iban_kz,
    validate_iin_bin,
    validate_oked,
    validate_position,
)
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.locks import RegisterLocks
from alsep_desktop.store.models import Company, Product, Register, TradePoint
from alsep_desktop.store.secret_move import ofd_token_purpose
from alsep_desktop.store.uow import SqlUnitOfWork

FREE_POSITION_BARCODE = "000000000000"


class CompanyExists(AlsepError):
    code = "org.company_exists"
    template = "A company with IIN/BIN {iin_bin} is already registered"


class RegisterBoundElsewhere(AlsepError):
    code = "org.register_bound_elsewhere"
    template = "This register is used by another device; unbind it in the admin tab first"


@dataclass(frozen=True, slots=True)
class BoundRegister:
    id: int
    name: str
    serial_number: str
    trade_point: str
    status: str


@dataclass(frozen=True, slots=True)
class CompanyData:
    name: str
    iin_bin: str
    tax_regime: str = "general"
    vat_payer: bool = False
    vat_series: str | None = None
    vat_number: str | None = None
    legal_address: str = ""
    oked: str | None = None
    phone: str | None = None
    iban: str | None = None
    bik: str | None = None
    address_kz: str = ""  # legal address in Kazakh (OFD 2.0.3 OrgRegInfo.address_kz)

    def validated(self) -> CompanyData:
        if not self.name.strip():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "the company name is empty"))
        validate_iin_bin(self.iin_bin, field="iin_bin")
        for field, text in (("legal_address", self.legal_address), ("address_kz", self.address_kz)):
            _check_address(field, text)
        if self.vat_payer and not ((self.vat_series or "").strip() and (self.vat_number or "").strip()):
            raise ValidationError(
                "vat_number", QT_TRANSLATE_NOOP("Reasons", "a VAT payer needs the certificate series and number")
            )
        if self.oked:
            validate_oked(self.oked)
        if self.iban:
            validate_iban_kz(self.iban)
        if self.bik:
            validate_bik(self.bik)
        return self


@dataclass(frozen=True, slots=True)
class TradePointData:
    """A trade point as entered. ``latitude``/``longitude``: millionths of a degree, both or neither."""

    name: str
    address: str = ""
    address_kz: str = ""  # address in Kazakh (OFD 2.0.3 PosRegInfo.address_kz)
    latitude: int | None = None
    longitude: int | None = None

    def validated(self) -> TradePointData:
        if not self.name.strip():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "the trade point name is empty"))
        if len(self.name.strip()) > 255:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "at most 255 characters"))
        for field, text in (("address", self.address), ("address_kz", self.address_kz)):
            _check_address(field, text)
        validate_position(self.latitude, self.longitude)
        return TradePointData(self.name.strip(), (self.address or "").strip(), (self.address_kz or "").strip(),
                              self.latitude, self.longitude)


def _check_address(field: str, text: str | None) -> None:
    if len((text or "").strip()) > 512:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "at most 512 characters"))


def apply_trade_point(tp: TradePoint, data: TradePointData) -> None:
    """Write validated data; a position entered now supersedes any legacy coordinates text."""
    tp.name, tp.address, tp.address_kz = data.name, data.address, data.address_kz
    tp.latitude, tp.longitude = data.latitude, data.longitude
    if data.latitude is not None:
        tp.coordinates = None


class OrgService:
    def __init__(
        self, uow: Callable[..., SqlUnitOfWork], clock: Clock, vat_table: VatTable = DEFAULT_VAT_TABLE,
        on_ofd_update: Callable[[SqlUnitOfWork, Register], None] | None = None,
        locks: RegisterLocks | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._vat = vat_table
        self._on_ofd_update = on_ofd_update
        #: the register this PC works on is held by this process (decision 0011)
        self._locks = locks

    def create_company(self, actor: Principal | None, data: CompanyData) -> OpResult[int]:
        """Create the company. The first one may be created before any user exists."""
        data = data.validated()
        with self._uow() as uow:
            if actor is not None or uow.users.count() > 0:
                actor = require_admin(actor, uow)
            if uow.org.company_by_iin_bin(data.iin_bin) is not None:
                raise CompanyExists(iin_bin=data.iin_bin)
            company = Company(created_at=self._clock.now())
            _apply_company(company, data)
            company.iin_bin = data.iin_bin
            uow.org.add(company)
            uow.audit.record(self._clock.now(), actor.user_id if actor else None, "create", "company", company.id,
                             iin_bin=data.iin_bin)
            uow.commit()
            return OpResult(company.id, Changes(org=True))

    def company(self) -> Company | None:
        with self._uow(read_only=True) as uow:
            return uow.org.company()

    def create_trade_point(
        self, actor: Principal, name: str, address: str = "", *, address_kz: str = "",
        latitude: int | None = None, longitude: int | None = None,
    ) -> OpResult[int]:
        """``latitude``/``longitude`` in millionths of a degree, inside Kazakhstan, both or neither."""
        data = TradePointData(name, address, address_kz, latitude, longitude).validated()
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                raise NotFoundError(what="company", key="-")
            tp = TradePoint(company_id=company.id, created_at=self._clock.now())
            apply_trade_point(tp, data)
            uow.org.add(tp)
            uow.audit.record(self._clock.now(), actor.user_id, "create", "trade_point", tp.id, name=tp.name)
            uow.commit()
            return OpResult(tp.id, Changes(org=True))

    def create_register(
        self, actor: Principal, trade_point_id: int, name: str, year: int | None = None
    ) -> OpResult[int]:
        """Create a register with a generated serial number and the free position product."""
        if not name.strip():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "the register name is empty"))
        now = self._clock.now()
        year = year or now.year
        if not 2000 <= year <= now.year:
            raise ValidationError(
                "year_of_manufacture", QT_TRANSLATE_NOOP("Reasons", "{value} is not a plausible year"), value=year
            )
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            tp = uow.org.trade_point(trade_point_id)
            if tp is None:
                raise NotFoundError(what="trade point", key=trade_point_id)
            company = uow.org.company()
            assert company is not None
            serial = self._new_serial(uow)
            register = Register(
                company_id=company.id, trade_point_id=tp.id, name=name.strip(), serial_number=serial,
                year_of_manufacture=year, vat_payer=company.vat_payer, status="new", created_at=now,
            )
            uow.org.add(register)
            vat = self._vat.default if company.vat_payer else self._vat.get("none")
            uow.catalog.add(Product(
                register_id=register.id, code=FREE_POSITION_CODE, group_code=FREE_POSITION_GROUP,
                name=FREE_POSITION_NAME, name_search=FREE_POSITION_NAME.casefold(),
                barcode=FREE_POSITION_BARCODE, price_tiyn=0, vat_code=vat.code, editable_price=True,
                created_at=now, updated_at=now,
            ))
            uow.audit.record(now, actor.user_id, "create", "register", register.id, serial=serial)
            uow.commit()
            return OpResult(register.id, Changes(org=True, catalog=True))

    def update_register_ofd(
        self, actor: Principal, register_id: int, *, system_id: str, registration_number: str, token: str,
        vat_payer: bool,
    ) -> OpResult[None]:
        """Seed 6.3 «Обновить данные»: OFD ids and token; complete data makes it active."""
        for field, value in (("ofd_system_id", system_id), ("registration_number", registration_number),
                             ("ofd_token", token)):
            if not (value or "").strip():
                raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "required"))
        for field, value in (("ofd_system_id", system_id), ("ofd_token", token)):
            if not value.strip().isdigit() or int(value) >= 2**32:
                raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "a number issued by the OFD (digits only)"))
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = self._register(uow, register_id)
            reg.ofd_system_id = system_id.strip()
            reg.registration_number = registration_number.strip()
            reg.ofd_token_ref = uow.put_secret(ofd_token_purpose(reg.uuid), token.strip())  # decision 0013
            reg.ofd_token_updated_at = self._clock.now()
            reg.vat_payer = vat_payer
            if reg.status != "blocked":
                reg.status = "active"
            if self._on_ofd_update is not None:
                self._on_ofd_update(uow, reg)
            uow.audit.record(self._clock.now(), actor.user_id, "update_ofd", "register", register_id,
                             system_id=system_id, token="***")
            uow.commit()
        return OpResult(None, Changes(org=True))

    def registration_data(self, register_id: int) -> RegistrationData:
        """Taxpayer, trade point and register data the OFD asks for (protocol 2.0.3 §3.6).

        No role check: the fiscal code reads it for whoever is at the counter; it holds no secret.
        """
        with self._uow(read_only=True) as uow:
            reg = self._register(uow, register_id)
            company = uow.org.company_by_id(reg.company_id)
            if company is None:
                raise NotFoundError(what="company", key=reg.company_id)
            tp = reg.trade_point
            return RegistrationData(
                company_title=company.name, company_iin_bin=company.iin_bin,
                company_address=company.legal_address or "", company_address_kz=company.address_kz or "",
                company_oked=company.oked or "",
                trade_point_title=tp.name, trade_point_address=tp.address or "",
                trade_point_address_kz=tp.address_kz or "", latitude=tp.latitude, longitude=tp.longitude,
                register_serial_number=reg.serial_number,
                register_registration_number=reg.registration_number or "",
                register_ofd_system_id=reg.ofd_system_id or "",
            )

    def bind_device(self, actor: Principal, register_id: int, device_id: str) -> OpResult[None]:
        """Bind a register to this PC (seed 9.1); refused if another PC holds it."""
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = self._register(uow, register_id)
            if reg.bound_device_id not in (None, device_id):
                raise RegisterBoundElsewhere()
            reg.bound_device_id = device_id
            uow.org.set_setting("bound_register_id", str(register_id))
            uow.audit.record(self._clock.now(), actor.user_id, "bind", "register", register_id, device=device_id)
            uow.commit()
        if self._locks is not None:
            self._locks.claim(register_id)
        return OpResult(None, Changes(org=True, settings=True))

    def register_of_device(self, device_id: str) -> BoundRegister | None:
        """The register bound to this PC (seed 9.1), or None when the PC is not set up yet.

        The app asks this at start: the register is then held by this process, and a second instance
        on the same register is refused here with :class:`RegisterInUse` (decision 0011)."""
        with self._uow(read_only=True) as uow:
            reg = uow.org.register_of_device(device_id)
            if reg is None:
                return None
            bound = BoundRegister(reg.id, reg.name, reg.serial_number, reg.trade_point.name, reg.status)
        if self._locks is not None:
            self._locks.claim(bound.id)
        return bound

    def unbind_device(self, actor: Principal, register_id: int) -> OpResult[None]:
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = self._register(uow, register_id)
            refuse_unbind_with_open_shift(uow, register_id)
            reg.bound_device_id = None
            uow.audit.record(self._clock.now(), actor.user_id, "unbind", "register", register_id)
            uow.commit()
        return OpResult(None, Changes(org=True))

    @staticmethod
    def _register(uow: SqlUnitOfWork, register_id: int) -> Register:
        reg = uow.org.register(register_id)
        if reg is None:
            raise NotFoundError(what="register", key=register_id)
        return reg

    def _new_serial(self, uow: SqlUnitOfWork) -> str:
        """16 digits as in the seed: creation time YYYYMMDDhhmmss plus two random digits."""
        stamp = self._clock.now().strftime("%Y%m%d%H%M%S")
        for _ in range(200):
            serial = f"{stamp}{secrets.randbelow(100):02d}"
            if uow.org.register_by_serial(serial) is None:
                return serial
        raise AlsepError("could not generate a unique serial number")


def _apply_company(company: Company, data: CompanyData) -> None:
    company.name = data.name.strip()
    company.tax_regime = data.tax_regime
    company.vat_payer = data.vat_payer
    company.vat_series = (data.vat_series or "").strip() or None
    company.vat_number = (data.vat_number or "").strip() or None
    company.legal_address = data.legal_address.strip()
    company.address_kz = (data.address_kz or "").strip()
    company.oked = data.oked or None
    company.phone = data.phone or None
    company.iban = validate_iban_kz(data.iban) if data.iban else None
    company.bik = validate_bik(data.bik) if data.bik else None


class UnbindShiftOpen(AlsepError):
    """«Отвязать устройство» while the register's shift is open on this PC: the shift is closed
    first (its Z report), so no sale is left in a shift of an unbound register (issue 20)."""

    code = "org.unbind_shift_open"
    template = "Shift {number} of this register is open: close it (Z report) before unbinding the device"


def refuse_unbind_with_open_shift(uow: SqlUnitOfWork, register_id: int) -> None:
    shift = uow.shifts.current(register_id)
    if shift is not None:
        raise UnbindShiftOpen(number=shift.number)
