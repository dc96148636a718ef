"""The terminal registry (seed 7, 8.6): add and change terminals, every change audited with the old
and new values, stale edits refused, IBAN/BIK validated with the field named, admins only."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import select

from alsep_desktop.app.demo import ADMIN_NAME, CASHIER_NAME
from alsep_desktop.errors import PermissionDenied, ValidationError
from alsep_desktop.services.terminal.registry import (
    DuplicateTerminal,
    TerminalChangedMeanwhile,
    TerminalEntry,
)
from alsep_desktop.store.models import AuditEntry

IBAN = "KZ428562203106541206"  # the seed's own settlement account (passes mod-97)
IBAN2 = "KZ948562870107053614"


def _entry(env, **kw) -> TerminalEntry:
    with env.ctx.uow(read_only=True) as uow:
        tp_id = uow.org.trade_points(env.company_id)[0].id
    base = TerminalEntry(serial_number="00021699584", model="A90", trade_point_id=tp_id, register_id=env.register_id,
                         cashier_id=env.cashier_id, bank="АО «Банк ЦентрКредит»", iban=IBAN, bik="KCJBKZKX")
    return replace(base, **kw)


@dataclass
class Audited:
    action: str
    user_id: int | None
    entity_id: str
    details: str


def _audit(env) -> list[Audited]:
    with env.ctx.uow(read_only=True) as uow:
        return [Audited(e.action, e.user_id, e.entity_id, e.details)
                for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "payment_terminal")
                                             .order_by(AuditEntry.id))]


def test_create_change_and_audit(env) -> None:
    tid = env.registry.create(env.admin, _entry(env, iban="kz42 8562 2031 0654 1206")).value
    [info] = env.registry.terminals(env.admin)
    assert info.id == tid and info.version == 1
    assert info.entry.iban == IBAN and info.entry.bik == "KCJBKZKX" and info.entry.model == "A90"
    assert info.register.startswith("ККМ №1") and info.trade_point == "Магазин на Абая" and info.cashier == CASHIER_NAME

    # seed 8.6 «Обновить реквизиты»: the settlement account changes
    version = env.registry.update(env.admin, tid, replace(info.entry, iban=IBAN2, bank="Kaspi Bank"), version=1).value
    assert version == 2
    # saving the same values is no change and no audit entry
    assert env.registry.update(env.admin, tid, replace(info.entry, iban=IBAN2, bank="Kaspi Bank"), version=2).value == 2

    entries = _audit(env)
    assert [e.action for e in entries] == ["create", "update"]
    assert all(e.user_id == env.admin.user_id and e.entity_id == str(tid) for e in entries)
    created = json.loads(entries[0].details)["changes"]
    assert created["serial_number"] == [None, "00021699584"] and created["iban"] == [None, IBAN]
    changed = json.loads(entries[1].details)["changes"]
    assert changed == {"iban": [IBAN, IBAN2], "bank": ["АО «Банк ЦентрКредит»", "Kaspi Bank"]}

    history = env.registry.history(env.admin, tid)
    assert [h.action for h in history] == ["update", "create"]
    assert history[0].changes["iban"] == [IBAN, IBAN2] and history[0].user == ADMIN_NAME


def test_stale_edit_is_refused_naming_what_changed(env) -> None:
    tid = env.registry.create(env.admin, _entry(env)).value
    env.registry.update(env.admin, tid, _entry(env, bik="CASPKZKA"), version=1)
    with pytest.raises(TerminalChangedMeanwhile) as err:
        env.registry.update(env.admin, tid, _entry(env, model="A920"), version=1)
    assert err.value.params["fields"] == "bik"
    assert env.registry.terminals(env.admin)[0].entry.model == "A90"


@pytest.mark.parametrize(("field", "value"), [
    ("iban", "KZ438562203106541206"),   # one check digit off
    ("iban", "KZ42856220306541206"),    # a digit dropped (as the seed's fig. 28 prints it)
    ("iban", "DE89370400440532013000"),  # a valid IBAN, but not Kazakh
    ("iban", "KZ42856220310654120$"),
    ("bik", "KCJBKZK"),                 # 7 characters
    ("bik", "DEUTDEFF"),                # a real BIC, but not a Kazakh bank's
    ("serial_number", " "),
])
def test_bad_bank_details_name_the_field(env, field, value) -> None:
    with pytest.raises(ValidationError) as err:
        env.registry.create(env.admin, _entry(env, **{field: value}))
    assert err.value.field == field
    assert env.registry.terminals(env.admin) == [] and _audit(env) == []


def test_duplicate_serial_and_foreign_references(env) -> None:
    env.registry.create(env.admin, _entry(env))
    with pytest.raises(DuplicateTerminal):
        env.registry.create(env.admin, _entry(env, iban=IBAN2))
    with pytest.raises(ValidationError) as err:
        env.registry.create(env.admin, _entry(env, serial_number="X1", register_id=99_999))
    assert err.value.field == "register_id"


def test_cashier_is_refused_by_the_service(env) -> None:
    with pytest.raises(PermissionDenied):
        env.registry.create(env.cashier, _entry(env))
    with pytest.raises(PermissionDenied):
        env.registry.terminals(env.cashier)
    tid = env.registry.create(env.admin, _entry(env)).value
    with pytest.raises(PermissionDenied):
        env.registry.update(env.cashier, tid, _entry(env, iban=IBAN2), version=1)
    with pytest.raises(PermissionDenied):
        env.registry.history(env.cashier, tid)
    assert env.registry.terminals(env.admin)[0].entry.iban == IBAN
