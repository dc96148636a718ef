"""Admin-panel use cases the other services lack (seed 5.2–5.4, 6, 8.2–8.6).

Company data with the BIN/IIN frozen after creation, trade point listing and editing,
register listing, passport data and token updates, bundle editing and deletion.
Every call checks ``require_admin``; every change is one unit of work and one audit entry
(never with secrets: the audit repository masks ``token``/``password`` keys, and we pass none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime

from alsep_desktop.domain.catalog import BundleView
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.domain.validation import degrees_text
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.catalog import DuplicateProduct, check_bundle
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.org import (
    CompanyData,
    CompanyExists,
    TradePointData,
    _apply_company,
    apply_trade_point,
)
from alsep_desktop.store.models import Bundle, BundleItem, Company, Register, TradePoint
from alsep_desktop.store.repositories.mapping import product_from_orm
from alsep_desktop.store.secret_move import ofd_token_purpose
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


def _company_data(c: Company) -> CompanyData:
    return CompanyData(
        name=c.name, iin_bin=c.iin_bin, tax_regime=c.tax_regime, vat_payer=c.vat_payer,
        vat_series=c.vat_series, vat_number=c.vat_number, legal_address=c.legal_address, oked=c.oked,
        phone=c.phone, iban=c.iban, bik=c.bik, address_kz=c.address_kz or "",
    )


def _register_info(r: Register) -> RegisterInfo:
    return RegisterInfo(
        id=r.id, name=r.name, trade_point_id=r.trade_point_id, trade_point=r.trade_point.name,
        serial_number=r.serial_number, year_of_manufacture=r.year_of_manufacture,
        ofd_system_id=r.ofd_system_id or "", registration_number=r.registration_number or "",
        has_token=bool(r.ofd_token_ref), token_updated_at=r.ofd_token_updated_at, vat_payer=r.vat_payer,
        status=r.status, bound_device_id=r.bound_device_id, created_at=r.created_at, ofd_block=r.ofd_block,
    )


class AdminService:
    def __init__(self, uow: Callable[[], SqlUnitOfWork], clock: Clock, vat_table: VatTable = DEFAULT_VAT_TABLE,
                 on_ofd_update: Callable[[SqlUnitOfWork, Register], None] | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._vat = vat_table
        #: called in the same unit of work when a register's OFD data or token change (the OFD
        #: session restarts with the new token, an "Invalid token" block is lifted)
        self._on_ofd_update = on_ofd_update

    # -- company (seed 5.2, 8.2) ---------------------------------------------------------
    def company(self, actor: Principal) -> CompanyInfo | None:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            c = uow.org.company()
            return CompanyInfo(c.id, _company_data(c), c.created_at) if c else None

    def create_company(self, actor: Principal, data: CompanyData) -> OpResult[int]:
        """Create the company from the admin tab; users without a company join it."""
        data = data.validated()
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            if uow.org.company() is not None:
                raise CompanyExists(iin_bin=data.iin_bin)
            if uow.org.company_by_iin_bin(data.iin_bin) is not None:
                raise CompanyExists(iin_bin=data.iin_bin)
            now = self._clock.now()
            company = Company(created_at=now, iin_bin=data.iin_bin)
            _apply_company(company, data)
            uow.org.add(company)
            uow.org.adopt_users(company.id)
            uow.audit.record(now, actor.user_id, "create", "company", company.id, iin_bin=data.iin_bin)
            uow.commit()
            return OpResult(company.id, Changes(org=True, users=True))

    def update_company(self, actor: Principal, data: CompanyData) -> OpResult[None]:
        """Change any company data except the BIN/IIN (seed 8.2)."""
        data = data.validated()
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                raise NoCompany()
            if data.iin_bin.strip() != company.iin_bin:
                raise BinImmutable(iin_bin=company.iin_bin)
            before = _company_data(company)
            _apply_company(company, data)
            after = _company_data(company)
            changed = sorted(f for f in (x.name for x in fields(CompanyData)) if getattr(before, f) != getattr(after, f))
            uow.audit.record(self._clock.now(), actor.user_id, "update", "company", company.id, fields=changed)
            uow.commit()
        return OpResult(None, Changes(org=True))

    # -- trade points (seed 5.3) ---------------------------------------------------------
    def trade_points(self, actor: Principal) -> list[TradePointInfo]:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                return []
            regs = uow.org.registers(company.id)
            return [
                TradePointInfo(tp.id, tp.name, tp.address, sum(1 for r in regs if r.trade_point_id == tp.id),
                               address_kz=tp.address_kz or "", latitude=tp.latitude, longitude=tp.longitude)
                for tp in uow.org.trade_points(company.id)
            ]

    def update_trade_point(
        self, actor: Principal, tp_id: int, name: str, address: str = "", *, address_kz: str = "",
        latitude: int | None = None, longitude: int | None = None,
    ) -> OpResult[None]:
        """``latitude``/``longitude`` in millionths of a degree, inside Kazakhstan, both or neither."""
        data = TradePointData(name, address, address_kz, latitude, longitude).validated()
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            tp: TradePoint | None = uow.org.trade_point(tp_id)
            if tp is None:
                raise NotFoundError(what="trade point", key=tp_id)
            apply_trade_point(tp, data)
            uow.audit.record(self._clock.now(), actor.user_id, "update", "trade_point", tp_id, name=tp.name,
                             latitude=tp.latitude, longitude=tp.longitude)
            uow.commit()
        return OpResult(None, Changes(org=True))

    # -- registers (seed 6, 8.3, 8.4) ------------------------------------------------------
    def registers(self, actor: Principal) -> list[RegisterInfo]:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company()
            return [_register_info(r) for r in uow.org.registers(company.id)] if company else []

    def register(self, actor: Principal, register_id: int) -> RegisterInfo:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            return _register_info(self._reg(uow, register_id))

    def passport(self, actor: Principal, register_id: int) -> PassportData:
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = self._reg(uow, register_id)
            company = uow.org.company()
            if company is None:
                raise NoCompany()
            uow.audit.record(self._clock.now(), actor.user_id, "passport", "register", register_id)
            uow.commit()
            return PassportData(
                serial_number=reg.serial_number, year_of_manufacture=reg.year_of_manufacture,
                model_name=MODEL_NAME, app_name=APP_NAME, register_name=reg.name, company_name=company.name,
                iin_bin=company.iin_bin, trade_point=reg.trade_point.name,
                trade_point_address=reg.trade_point.address, created_at=reg.created_at,
            )

    def update_ofd(
        self, actor: Principal, register_id: int, *, system_id: str, registration_number: str,
        token: str | None, vat_payer: bool,
    ) -> OpResult[None]:
        """Seed 6.3 «Обновить данные»; an empty ``token`` keeps the stored one. Complete data → active."""
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = self._reg(uow, register_id)
            token = (token or "").strip()
            for field, value in (("ofd_system_id", system_id), ("registration_number", registration_number),
                                 ("ofd_token", token or ("kept" if reg.ofd_token_ref else ""))):
                if not (value or "").strip():
                    raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "required"))
            now = self._clock.now()
            if token and token != uow.secret(reg.ofd_token_ref):  # the value goes to the secrets store
                reg.ofd_token_ref, reg.ofd_token_updated_at = uow.put_secret(ofd_token_purpose(reg.uuid), token), now
            reg.ofd_system_id, reg.registration_number = system_id.strip(), registration_number.strip()
            reg.vat_payer = vat_payer
            if reg.status != "blocked":
                reg.status = "active"
            uow.audit.record(now, actor.user_id, "update_ofd", "register", register_id, system_id=reg.ofd_system_id,
                             registration_number=reg.registration_number, vat_payer=vat_payer)
            if self._on_ofd_update is not None:
                self._on_ofd_update(uow, reg)
            uow.commit()
        return OpResult(None, Changes(org=True))

    def update_token(self, actor: Principal, register_id: int, token: str) -> OpResult[None]:
        """Seed 8.4: a new OFD token after «Invalid token»; the other OFD data stay."""
        if not (token or "").strip():
            raise ValidationError("ofd_token", QT_TRANSLATE_NOOP("Reasons", "required"))
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = self._reg(uow, register_id)
            reg.ofd_token_ref = uow.put_secret(ofd_token_purpose(reg.uuid), token.strip())
            reg.ofd_token_updated_at = self._clock.now()
            if reg.status == "new" and reg.ofd_system_id and reg.registration_number:
                reg.status = "active"
            uow.audit.record(self._clock.now(), actor.user_id, "update_token", "register", register_id)
            if self._on_ofd_update is not None:
                self._on_ofd_update(uow, reg)
            uow.commit()
        return OpResult(None, Changes(org=True))

    # -- bundles (seed 8.6) ------------------------------------------------------------------
    def update_bundle(
        self, actor: Principal, bundle_uuid: str, name: str, barcode: str, items: list[tuple[str, Quantity]]
    ) -> OpResult[None]:
        name, barcode = check_bundle(name, barcode, items)
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            bundle = self._bundle(uow, bundle_uuid)
            rid = bundle.register_id
            other = uow.catalog.bundle_by_barcode(rid, barcode)
            if uow.catalog.by_barcode(rid, barcode) is not None or (other is not None and other.id != bundle.id):
                raise DuplicateProduct(field="barcode", value=barcode)
            bundle.name, bundle.barcode = name, barcode
            bundle.items.clear()
            uow.session.flush()
            for product_uuid, qty in items:
                product = uow.catalog.by_uuid(product_uuid)
                if product is None or product.register_id != rid:
                    raise ValidationError("items", QT_TRANSLATE_NOOP("Reasons", "product {product} is not in this register"),
                                          product=product_uuid)
                if qty.milli <= 0:
                    raise ValidationError("quantity", QT_TRANSLATE_NOOP("Reasons", "must be greater than zero"))
                bundle.items.append(BundleItem(product_id=product.id, quantity_milli=qty.milli))
            uow.audit.record(self._clock.now(), actor.user_id, "update", "bundle", bundle_uuid, name=bundle.name)
            uow.commit()
        return OpResult(None, Changes(catalog=True))

    def delete_bundle(self, actor: Principal, bundle_uuid: str) -> OpResult[None]:
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            bundle = self._bundle(uow, bundle_uuid)
            uow.catalog.delete_bundle(bundle)
            uow.audit.record(self._clock.now(), actor.user_id, "delete", "bundle", bundle_uuid, name=bundle.name)
            uow.commit()
        return OpResult(None, Changes(catalog=True))

    def bundles(self, actor: Principal, register_id: int) -> list[BundleView]:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            self._reg(uow, register_id)
            return [
                BundleView(b.uuid, b.name, b.barcode, tuple(
                    (product_from_orm(i.product, self._vat), Quantity(i.quantity_milli, Unit(i.product.unit)))
                    for i in b.items
                ))
                for b in uow.catalog.bundles(register_id)
            ]

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _reg(uow: SqlUnitOfWork, register_id: int) -> Register:
        reg = uow.org.register(register_id)
        if reg is None:
            raise NotFoundError(what="register", key=register_id)
        return reg

    @staticmethod
    def _bundle(uow: SqlUnitOfWork, bundle_uuid: str) -> Bundle:
        bundle = uow.catalog.bundle_by_uuid(bundle_uuid)
        if bundle is None:
            raise NotFoundError(what="bundle", key=bundle_uuid)
        return bundle
