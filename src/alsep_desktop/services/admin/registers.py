"""Registers (seed 6, 8.3–8.5, 9.5): listing, the passport, creating, OFD data and token, unbinding."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from alsep_desktop.cloud_client.admin_remote import CloudAdmin
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.admin.cloud_line import CloudLine, CloudRecord, register_uuid
from alsep_desktop.services.admin.records import (
    APP_NAME,
    MODEL_NAME,
    NoCompany,
    PassportData,
    RegisterInfo,
    find_register,
    register_info,
)
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.org import OrgService, refuse_unbind_with_open_shift
from alsep_desktop.store.models import Register
from alsep_desktop.store.secret_move import ofd_token_purpose
from alsep_desktop.store.uow import SqlUnitOfWork, UowFactory

#: called in the same unit of work when a register's OFD data or token change (the OFD session
#: restarts with the new token, an "Invalid token" block is lifted)
OfdUpdated = Callable[[SqlUnitOfWork, Register], None]


class RegisterAdmin(Protocol):
    def registers(self, actor: Principal) -> list[RegisterInfo]: ...
    def register(self, actor: Principal, register_id: int) -> RegisterInfo: ...
    def passport(self, actor: Principal, register_id: int) -> PassportData: ...
    def create_register(self, actor: Principal, trade_point_id: int, name: str,
                        year: int | None = None) -> OpResult[int] | OpResult[CloudRecord]: ...
    def update_ofd(self, actor: Principal, register_id: int, *, system_id: str, registration_number: str,
                   token: str | None, vat_payer: bool) -> OpResult[None]: ...
    def update_token(self, actor: Principal, register_id: int, token: str) -> OpResult[None]: ...
    def unbind_device(self, actor: Principal, register_id: int) -> OpResult[None]: ...


def _required(field: str, value: str | None) -> None:
    if not (value or "").strip():
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "required"))


class LocalRegisters:
    """Registers in this PC's store; the token goes to the secrets store, never the audit."""

    def __init__(self, uow: UowFactory, clock: Clock, org: OrgService, on_ofd_update: OfdUpdated | None = None) -> None:
        self._uow, self._clock, self._org = uow, clock, org
        self._on_ofd_update = on_ofd_update

    def registers(self, actor: Principal) -> list[RegisterInfo]:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company()
            return [register_info(r) for r in uow.org.registers(company.id)] if company else []

    def register(self, actor: Principal, register_id: int) -> RegisterInfo:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            return register_info(find_register(uow, register_id))

    def passport(self, actor: Principal, register_id: int) -> PassportData:
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = find_register(uow, register_id)
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

    def create_register(self, actor: Principal, trade_point_id: int, name: str, year: int | None = None) -> OpResult[int]:
        return self._org.create_register(actor, trade_point_id, name, year)

    def update_ofd(self, actor: Principal, register_id: int, *, system_id: str, registration_number: str,
                   token: str | None, vat_payer: bool) -> OpResult[None]:
        """Seed 6.3 «Обновить данные»; an empty ``token`` keeps the stored one. Complete data → active."""
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = find_register(uow, register_id)
            token = (token or "").strip()
            for field, value in (("ofd_system_id", system_id), ("registration_number", registration_number),
                                 ("ofd_token", token or ("kept" if reg.ofd_token_ref else ""))):
                _required(field, value)
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
        _required("ofd_token", token)
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            reg = find_register(uow, register_id)
            reg.ofd_token_ref = uow.put_secret(ofd_token_purpose(reg.uuid), token.strip())
            reg.ofd_token_updated_at = self._clock.now()
            if reg.status == "new" and reg.ofd_system_id and reg.registration_number:
                reg.status = "active"
            uow.audit.record(self._clock.now(), actor.user_id, "update_token", "register", register_id)
            if self._on_ofd_update is not None:
                self._on_ofd_update(uow, reg)
            uow.commit()
        return OpResult(None, Changes(org=True))

    def unbind_device(self, actor: Principal, register_id: int) -> OpResult[None]:
        return self._org.unbind_device(actor, register_id)


class CloudRegisters:
    """Registers in the cloud; read from the mirror (``local``). ``unbind``: the binding's unbind,
    which also forgets this PC's credential when the register is its own."""

    def __init__(self, line: CloudLine, local: RegisterAdmin, unbind: Callable[[str], None] | None = None) -> None:
        self._line, self._local, self._unbind = line, local, unbind

    def registers(self, actor: Principal) -> list[RegisterInfo]:
        return self._local.registers(actor)

    def register(self, actor: Principal, register_id: int) -> RegisterInfo:
        return self._local.register(actor, register_id)

    def passport(self, actor: Principal, register_id: int) -> PassportData:
        return self._local.passport(actor, register_id)

    def create_register(self, actor: Principal, trade_point_id: int, name: str,
                        year: int | None = None) -> OpResult[CloudRecord]:
        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> CloudRecord:
            tp = uow.org.trade_point(trade_point_id)
            if tp is None:
                raise NotFoundError(what="trade point", key=trade_point_id)
            body: CloudRecord = {"trade_point_id": tp.uuid, "name": name.strip()}
            if year is not None:
                body["year_of_manufacture"] = year
            return c.create_register(body)

        return self._line.edit(actor, work, Changes(org=True))

    def update_ofd(self, actor: Principal, register_id: int, *, system_id: str, registration_number: str,
                   token: str | None, vat_payer: bool) -> OpResult[None]:
        """An empty ``token`` keeps the one the cloud holds (the field's placeholder says it is
        set); without one stored it is required."""
        _required("ofd_system_id", system_id)
        _required("registration_number", registration_number)
        token = (token or "").strip()

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            reg_uuid = register_uuid(uow, register_id)
            current = c.register(reg_uuid)
            if not token and not current.get("ofd_token_set"):
                _required("ofd_token", "")
            body: CloudRecord = {"ofd_system_id": system_id.strip(),
                                 "registration_number": registration_number.strip(), "vat_payer": vat_payer}
            if token:
                body["ofd_token"] = token
            c.update_ofd(reg_uuid, int(current["version"]), body)

        return self._line.edit(actor, work, Changes(org=True))

    def update_token(self, actor: Principal, register_id: int, token: str) -> OpResult[None]:
        _required("ofd_token", token)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            reg = find_register(uow, register_id)
            current = c.register(reg.uuid)
            if not (current.get("ofd_system_id") and current.get("registration_number")):
                _required("ofd_system_id", "")
            c.update_ofd(reg.uuid, int(current["version"]), {
                "ofd_system_id": current["ofd_system_id"], "registration_number": current["registration_number"],
                "ofd_token": token.strip(), "vat_payer": bool(current.get("vat_payer"))})

        return self._line.edit(actor, work, Changes(org=True))

    def unbind_device(self, actor: Principal, register_id: int) -> OpResult[None]:
        """«Отвязать устройство» (seed 9.5) from the Registers page: in the cloud the register's
        device credential is revoked at once."""
        unbind = self._unbind
        with self._line.uow(read_only=True) as uow:
            require_admin(actor, uow)
            refuse_unbind_with_open_shift(uow, register_id)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            reg_uuid = register_uuid(uow, register_id)
            if unbind is not None:
                unbind(reg_uuid)
            else:
                c.unbind(reg_uuid)

        return self._line.edit(actor, work, Changes(org=True))
