"""The company (seed 5.2, 8.2): its data, with the BIN/IIN frozen after creation."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Protocol

from alsep_desktop.cloud_client.admin_remote import CloudAdmin
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.admin.cloud_line import CloudLine, CloudOnly, norm, stale_if_moved
from alsep_desktop.services.admin.records import BinImmutable, CompanyInfo, NoCompany, company_data
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.org import CompanyData, CompanyExists, _apply_company
from alsep_desktop.store.models import Company
from alsep_desktop.store.uow import SqlUnitOfWork, UowFactory

_COMPANY_FIELDS = ("name", "tax_regime", "vat_payer", "vat_series", "vat_number", "legal_address", "address_kz",
                   "oked", "phone", "iban", "bik")
_NULLABLE_COMPANY = {"vat_series", "vat_number", "oked", "phone", "iban", "bik"}


class CompanyAdmin(Protocol):
    def company(self, actor: Principal) -> CompanyInfo | None: ...
    def create_company(self, actor: Principal, data: CompanyData) -> OpResult[int]: ...
    def update_company(self, actor: Principal, data: CompanyData,
                       seen: CompanyData | None = None) -> OpResult[None]: ...


class LocalCompany:
    """The company in this PC's store; every change one unit of work and one audit entry."""

    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def company(self, actor: Principal) -> CompanyInfo | None:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            c = uow.org.company()
            return CompanyInfo(c.id, company_data(c), c.created_at) if c else None

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

    def update_company(self, actor: Principal, data: CompanyData, seen: CompanyData | None = None) -> OpResult[None]:
        """Change any company data except the BIN/IIN (seed 8.2). ``seen`` matters to the cloud only
        (one writer here: the store's own row is what the form showed)."""
        data = data.validated()
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                raise NoCompany()
            if data.iin_bin.strip() != company.iin_bin:
                raise BinImmutable(iin_bin=company.iin_bin)
            before = company_data(company)
            _apply_company(company, data)
            after = company_data(company)
            changed = sorted(f for f in (x.name for x in fields(CompanyData)) if getattr(before, f) != getattr(after, f))
            uow.audit.record(self._clock.now(), actor.user_id, "update", "company", company.id, fields=changed)
            uow.commit()
        return OpResult(None, Changes(org=True))


class CloudCompany:
    """The company in the cloud; read from the mirror (``local``), created with the cloud account."""

    def __init__(self, line: CloudLine, local: CompanyAdmin) -> None:
        self._line, self._local = line, local

    def company(self, actor: Principal) -> CompanyInfo | None:
        return self._local.company(actor)

    def create_company(self, actor: Principal, data: CompanyData) -> OpResult[int]:
        raise CloudOnly(what="the company is created when the cloud account is opened")

    def update_company(self, actor: Principal, data: CompanyData, seen: CompanyData | None = None) -> OpResult[None]:
        """``seen``: the company as the form showed it when it was loaded (else the mirror's row
        now). A field the cloud holds differently is refused as a stale edit; only the fields the
        admin changed are sent (decision 2030)."""
        data = data.validated()

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            current = c.company()
            if data.iin_bin.strip() != current["iin_bin"]:
                raise ValidationError("iin_bin", QT_TRANSLATE_NOOP("Reasons", "the BIN/IIN of a company cannot change"))
            local = uow.org.company()
            before = seen if seen is not None else local
            shown = _company_values(before) if before is not None else None
            if shown is not None:
                stale_if_moved("company", shown, current)
            body = {k: v for k, v in _company_values(data).items() if norm(current.get(k)) != norm(v)
                    and (shown is None or norm(shown.get(k)) != norm(v))}
            if body:
                c.patch_company(int(current["version"]), body)

        return self._line.edit(actor, work, Changes(org=True))


def _company_values(data: CompanyData | Company) -> dict[str, Any]:
    """A company (``CompanyData`` or the mirror's row) in the cloud's field names, trimmed, an
    empty optional field as None."""
    out = {k: getattr(data, k, None) for k in _COMPANY_FIELDS}
    return {k: (v.strip() if isinstance(v, str) else v) or (None if k in _NULLABLE_COMPANY else v)
            for k, v in out.items()}
