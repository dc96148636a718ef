"""The company's card terminals (seed 7 «Создание POS терминала», 8.6 «Обновить реквизиты»).

Serial number, model, trade point, the register it serves, its cashier, the bank and the settlement
IBAN/BIK (validated, decision 0711). Only an admin reads or changes the registry; every change is
one audit entry naming each changed field with its old and new value (decision 0713), and an edit
made on a stale copy is refused with the fields someone else changed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.validation import validate_bik, validate_iban_kz
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.models.terminal_registry import PaymentTerminal
from alsep_desktop.store.repositories.terminal_registry import TerminalRegistryRepository
from alsep_desktop.store.uow import SqlUnitOfWork

ENTITY = "payment_terminal"
_SERIAL_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-/]*")


class DuplicateTerminal(AlsepError):
    code = "terminal_registry.duplicate"
    template = "A terminal with serial number {serial} is already in the registry"


class TerminalChangedMeanwhile(AlsepError):
    code = "terminal_registry.stale"
    template = "Someone changed this terminal meanwhile ({fields}); reload it and make your change again"


class NoCompanyYet(AlsepError):
    code = "terminal_registry.no_company"
    template = "Set up the company before adding terminals"


@dataclass(frozen=True, slots=True)
class TerminalEntry:
    """A terminal as the admin typed it."""

    serial_number: str
    model: str = ""
    trade_point_id: int | None = None
    register_id: int | None = None
    cashier_id: int | None = None
    bank: str = ""
    iban: str = ""
    bik: str = ""
    active: bool = True

    def validated(self) -> TerminalEntry:
        serial = "".join((self.serial_number or "").split())
        if not serial:
            raise ValidationError("serial_number", QT_TRANSLATE_NOOP("Reasons", "required"))
        if len(serial) > 64 or not _SERIAL_RE.fullmatch(serial):
            raise ValidationError("serial_number", QT_TRANSLATE_NOOP(
                "Reasons", "a serial number holds Latin letters, digits, '-' and '/' (at most 64)"))
        for key, limit in (("model", 64), ("bank", 128)):
            if len((getattr(self, key) or "").strip()) > limit:
                raise ValidationError(key, QT_TRANSLATE_NOOP("Reasons", "at most {limit} characters"), limit=limit)
        iban = validate_iban_kz(self.iban, field="iban") if (self.iban or "").strip() else ""
        bik = validate_bik(self.bik, field="bik") if (self.bik or "").strip() else ""
        return replace(self, serial_number=serial, model=(self.model or "").strip(), bank=(self.bank or "").strip(),
                       iban=iban, bik=bik)


@dataclass(frozen=True, slots=True)
class TerminalInfo:
    id: int
    entry: TerminalEntry
    version: int
    trade_point: str
    register: str
    cashier: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class TerminalChoices:
    """What the form's pickers offer: id → name."""

    trade_points: dict[int, str]
    registers: dict[int, str]
    users: dict[int, str]


@dataclass(frozen=True, slots=True)
class TerminalChange:
    """One audited change: who, when, what (field → [old, new])."""

    at: datetime
    user: str
    action: str
    changes: dict[str, Any]


_FIELDS = tuple(f.name for f in fields(TerminalEntry))


def _entry_of(row: PaymentTerminal) -> TerminalEntry:
    return TerminalEntry(row.serial_number, row.model, row.trade_point_id, row.register_id, row.cashier_id,
                         row.bank, row.iban or "", row.bik or "", row.active)


class TerminalRegistryService:
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def terminals(self, actor: Principal) -> list[TerminalInfo]:
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                return []
            repo = TerminalRegistryRepository(uow.session)
            tps, regs, users = repo.names(company.id)
            return [TerminalInfo(r.id, _entry_of(r), r.version, tps.get(r.trade_point_id or 0, ""),
                                 regs.get(r.register_id or 0, ""), users.get(r.cashier_id or 0, ""), r.updated_at)
                    for r in repo.of_company(company.id)]

    def choices(self, actor: Principal) -> TerminalChoices:
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                return TerminalChoices({}, {}, {})
            return TerminalChoices(*TerminalRegistryRepository(uow.session).names(company.id))

    def create(self, actor: Principal, entry: TerminalEntry) -> OpResult[int]:
        entry = entry.validated()
        now = self._clock.now()
        with self._uow() as uow:
            admin = require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                raise NoCompanyYet()
            repo = TerminalRegistryRepository(uow.session)
            self._check_refs(repo, company.id, entry)
            if repo.by_serial(company.id, entry.serial_number) is not None:
                raise DuplicateTerminal(serial=entry.serial_number)
            row = PaymentTerminal(company_id=company.id, version=1, created_at=now, updated_at=now)
            _apply(row, entry)
            repo.add(row)
            uow.audit.record(now, admin.user_id, "create", ENTITY, row.id,
                             changes={k: [None, _shown(getattr(entry, k))] for k in _FIELDS})
            uow.commit()
            return OpResult(row.id, Changes(org=True))

    def update(self, actor: Principal, terminal_id: int, entry: TerminalEntry, *, version: int) -> OpResult[int]:
        """Change a terminal seen at ``version``; returns the new version (same if nothing changed)."""
        entry = entry.validated()
        now = self._clock.now()
        with self._uow() as uow:
            admin = require_admin(actor, uow)
            company = uow.org.company()
            repo = TerminalRegistryRepository(uow.session)
            row = repo.get(terminal_id, company.id) if company is not None else None
            if row is None:
                raise NotFoundError(what="terminal", key=terminal_id)
            if row.version != version:
                raise TerminalChangedMeanwhile(fields=", ".join(self._changed_since(uow, terminal_id, version)) or "-")
            self._check_refs(repo, row.company_id, entry)
            if entry.serial_number != row.serial_number and repo.by_serial(row.company_id, entry.serial_number):
                raise DuplicateTerminal(serial=entry.serial_number)
            old = _entry_of(row)
            changes = {k: [_shown(getattr(old, k)), _shown(getattr(entry, k))]
                       for k in _FIELDS if getattr(old, k) != getattr(entry, k)}
            if not changes:
                return OpResult(row.version, Changes())
            _apply(row, entry)
            row.version += 1
            row.updated_at = now
            uow.audit.record(now, admin.user_id, "update", ENTITY, row.id, changes=changes, version=row.version)
            uow.commit()
            return OpResult(row.version, Changes(org=True))

    def history(self, actor: Principal, terminal_id: int) -> list[TerminalChange]:
        """The terminal's audited changes, newest first."""
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            repo = TerminalRegistryRepository(uow.session)
            return [TerminalChange(at, user, action, json.loads(details or "{}").get("changes", {}))
                    for at, user, action, details in repo.audit_of(ENTITY, terminal_id)]

    @staticmethod
    def _changed_since(uow: SqlUnitOfWork, terminal_id: int, version: int) -> list[str]:
        names: list[str] = []
        for _at, _user, _action, details in TerminalRegistryRepository(uow.session).audit_of(ENTITY, terminal_id):
            data = json.loads(details or "{}")
            if int(data.get("version", 0)) > version:
                names.extend(k for k in data.get("changes", {}) if k not in names)
        return sorted(names)

    @staticmethod
    def _check_refs(repo: TerminalRegistryRepository, company_id: int, entry: TerminalEntry) -> None:
        wrong = repo.belongs(company_id, trade_point_id=entry.trade_point_id, register_id=entry.register_id,
                             cashier_id=entry.cashier_id)
        if wrong is not None:
            raise ValidationError(wrong, QT_TRANSLATE_NOOP("Reasons", "not one of the company's"))


def _apply(row: PaymentTerminal, entry: TerminalEntry) -> None:
    row.serial_number, row.model, row.bank = entry.serial_number, entry.model, entry.bank
    row.trade_point_id, row.register_id, row.cashier_id = entry.trade_point_id, entry.register_id, entry.cashier_id
    row.iban, row.bik, row.active = entry.iban or None, entry.bik or None, entry.active


def _shown(value: object) -> object:
    return None if value == "" else value
