"""Audit log writes (admin actions)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsep_desktop.store.models import AuditEntry

SECRET_KEYS = frozenset({"password", "pin", "token", "ofd_token", "password_hash", "pin_hash", "smtp_password"})


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(
        self, at: datetime, user_id: int | None, action: str, entity: str, entity_id: object = "", **details: Any
    ) -> AuditEntry:
        clean = {k: ("***" if k in SECRET_KEYS else v) for k, v in details.items()}
        entry = AuditEntry(
            at=at, user_id=user_id, action=action, entity=entity, entity_id=str(entity_id),
            details=json.dumps(clean, ensure_ascii=False, default=str, sort_keys=True),
        )
        self.session.add(entry)
        return entry

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        return list(self.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
