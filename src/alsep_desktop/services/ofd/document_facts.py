"""What every OFD document needs from the store: the register's registration data (the
request's service block) and the facts of a shift (its own ZX report). Read inside the unit
of work that writes the document."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.domain.shift import ShiftTotals
from alsep_desktop.domain.tax import VatTable
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import Registration, service_pb
from alsep_desktop.fiscal.zx_report import ShiftFacts, build_zx_report
from alsep_desktop.store.models import Register, Shift
from alsep_desktop.store.uow import SqlUnitOfWork


def registration_of(uow: SqlUnitOfWork, register: Register) -> Registration:
    """The register's registration data (its trade point is loaded with it; one statement for the
    company, on the sale's hot path)."""
    company = uow.org.company_registration(register.company_id)
    point = register.trade_point
    name, address, address_kz, iin, oked = company if company is not None else ("", "", "", "", "")
    return Registration(
        kkm_id=register.ofd_system_id or "",
        fns_kkm_id=register.registration_number or "",
        serial_number=register.serial_number,
        org_title=name, org_address=address or "", org_address_kz=address_kz or "", org_iin=iin, org_oked=oked or "",
        pos_title=point.name if point else "",
        pos_address=point.address if point else "",
        pos_address_kz=(point.address_kz or "") if point else "",
        latitude=point.latitude if point else None,
        longitude=point.longitude if point else None,
    )


def document_service(uow: SqlUnitOfWork, register: Register) -> pb.ServiceRequest:
    """The service block of a document: reg info and geo position (spec §3.6)."""
    return service_pb(registration_of(uow, register))


def grand_before(uow: SqlUnitOfWork, shift: Shift) -> tuple[dict[str, int], dict[str, int]]:
    """(sums, counts) since registration up to the opening of ``shift``, from the last Z before it."""
    previous = uow.shifts.closed_before(shift.register_id, shift.number)
    if previous is None or not previous.z_report:
        return {}, {}
    data = json.loads(previous.z_report)
    sums = {k: int(v) for k, v in data.get("grand_totals", {}).items()}
    counts = {k: int(v) for k, v in data.get("grand_counts", {}).items()}
    return sums, counts


def grand_after(sums: Mapping[str, int], counts: Mapping[str, int], totals: ShiftTotals
                ) -> tuple[dict[str, int], dict[str, int]]:
    """The running totals once ``totals`` are added (kept in the Z report's JSON)."""
    out_sums, out_counts = dict(sums), dict(counts)
    for op in OperationKind:
        out_sums[op.value] = out_sums.get(op.value, 0) + totals.of(op).total.tiyn
        out_counts[op.value] = out_counts.get(op.value, 0) + totals.of(op).count
    out_counts["deposit"] = out_counts.get("deposit", 0) + totals.deposit_count
    out_counts["withdrawal"] = out_counts.get("withdrawal", 0) + totals.withdrawal_count
    return out_sums, out_counts


def shift_facts(uow: SqlUnitOfWork, shift: Shift) -> ShiftFacts:
    totals = ShiftTotals.from_counters(uow.shifts.counters(shift.id))
    sums, counts = grand_before(uow, shift)
    return ShiftFacts(shift.number, shift.opened_at, totals, Money(shift.cash_at_open_tiyn) + totals.cash_delta,
                      sums, counts)


def zx_report(uow: SqlUnitOfWork, shift: Shift, when: datetime, vat: VatTable, *,
              closed_at: datetime | None = None) -> pb.ZXReport:
    return build_zx_report(shift_facts(uow, shift), when, lambda code: vat.get(code).basis_points,
                           closed_at=closed_at)
