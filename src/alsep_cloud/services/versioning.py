"""Versions, revisions and the change-feed sequence of editable records.

Every write to a record the registers mirror, and every edit of a versioned record, starts
with ``lock_company``: one ``UPDATE feed_counter ... RETURNING`` that both hands out the next
feed numbers and holds the company's counter row locked until commit. Writes of one company
therefore commit in the order of their numbers, and a feed reader that sees number N has
seen everything below it (decision 1402). The version check runs after the lock, on a fresh
read, so two concurrent edits of one record cannot both pass it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alsep_cloud.errors import NotFound, StaleVersion
from alsep_cloud.store.tenant import Company, FeedCounter, Revision


class _OfCompany(Protocol):
    @property
    def company_id(self) -> str: ...


Owned = TypeVar("Owned", bound=_OfCompany)
_NOT_COMPARED = {"version", "created_at", "updated_at"}


def lock_company(session: Session, company_id: str, count: int = 1) -> int:
    """Reserve ``count`` feed numbers; return the last one (the range ends there)."""
    last = session.execute(
        update(FeedCounter).where(FeedCounter.company_id == company_id)
        .values(last_seq=FeedCounter.last_seq + count).returning(FeedCounter.last_seq)
    ).scalar_one()
    return int(last)


def current_seq(session: Session, company_id: str) -> int:
    return int(session.scalar(select(FeedCounter.last_seq).where(FeedCounter.company_id == company_id)) or 0)


def owned(session: Session, model: type[Owned], key: str, company_id: str, what: str, *, live: bool = True) -> Owned:
    """The record ``key`` of this company, or NotFound: another company's ids look absent."""
    obj = session.get(model, key) if isinstance(key, str) and len(key) <= 36 else None
    if obj is None or obj.company_id != company_id or (live and getattr(obj, "deleted", False)):
        raise NotFound(what=what, key=key)
    return obj


def owned_company(session: Session, company_id: str) -> Company:
    company = session.get(Company, company_id)
    if company is None:
        raise NotFound(what="company", key=company_id)
    return company


def check_version(
    session: Session, kind: str, obj: Any, your_version: int, view: Callable[[Any], dict[str, Any]]
) -> None:
    if obj.version == your_version:
        return
    current = view(obj)
    company_id = obj.id if kind == "company" else obj.company_id
    old = session.scalar(
        select(Revision.data).where(Revision.company_id == company_id, Revision.kind == kind,
                                    Revision.entity_id == obj.id, Revision.version == your_version)
    )
    changed = {k: v for k, v in current.items() if k not in _NOT_COMPARED and (old is None or old.get(k) != v)}
    raise StaleVersion(what=kind, key=obj.id, your_version=your_version, current_version=obj.version, changed=changed)


def record(session: Session, kind: str, obj: Any, data: dict[str, Any], actor_id: str | None, now: datetime) -> None:
    company_id = obj.id if kind == "company" else obj.company_id
    session.add(Revision(company_id=company_id, kind=kind, entity_id=obj.id, version=obj.version,
                         data={k: v for k, v in data.items() if k not in _NOT_COMPARED}, actor_id=actor_id,
                         created_at=now))


def bump(obj: Any, now: datetime, seq: int | None = None) -> None:
    obj.version += 1
    obj.updated_at = now
    if seq is not None:
        obj.seq = seq
