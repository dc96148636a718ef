"""Public keys of the store's PCs, sealed secrets waiting for a PC, and the names the store holds."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from alsep_desktop.store.models import DeviceKey, Register, SecretEnvelope, Setting

#: setting key of the SMTP settings (its JSON names the password as ``password_ref``)
SMTP_KEY = "smtp"


class SecretRepository:
    def __init__(self, session: Session, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.session = session
        self._now = clock

    def announce_key(self, device_id: str, public_key: bytes) -> None:
        row = self.session.get(DeviceKey, device_id)
        if row is None:
            self.session.add(DeviceKey(device_id=device_id, public_key=public_key, created_at=self._now()))
        elif bytes(row.public_key) != public_key:  # the PC's key changed: boxes sealed to the old one are dead
            row.public_key = public_key
            self.session.execute(delete(SecretEnvelope).where(SecretEnvelope.device_id == device_id))
        self.session.flush()

    def device_keys(self) -> dict[str, bytes]:
        return {d: bytes(k) for d, k in self.session.execute(select(DeviceKey.device_id, DeviceKey.public_key))}

    def envelope(self, name: str, device_id: str) -> bytes | None:
        row = self.session.get(SecretEnvelope, (name, device_id))
        return bytes(row.sealed) if row is not None else None

    def envelope_devices(self, name: str) -> set[str]:
        return set(self.session.scalars(select(SecretEnvelope.device_id).where(SecretEnvelope.name == name)))

    def put_envelope(self, name: str, device_id: str, sealed: bytes) -> None:
        row = self.session.get(SecretEnvelope, (name, device_id))
        if row is None:
            self.session.add(SecretEnvelope(name=name, device_id=device_id, sealed=sealed, created_at=self._now()))
        else:
            row.sealed = sealed
        self.session.flush()

    def drop_envelopes(self, keep: Iterable[str]) -> None:
        keep = set(keep)
        stale = [n for n in set(self.session.scalars(select(SecretEnvelope.name))) if n not in keep]
        if stale:
            self.session.execute(delete(SecretEnvelope).where(SecretEnvelope.name.in_(stale)))

    def referenced_names(self) -> set[str]:
        """Every secret name the store refers to: registers' OFD tokens and the SMTP password."""
        names = {n for n in self.session.scalars(select(Register.ofd_token_ref)) if n}
        smtp = self.session.get(Setting, SMTP_KEY)
        if smtp is not None and smtp.value:
            try:
                ref = json.loads(smtp.value).get("password_ref")
            except (ValueError, AttributeError):
                ref = None
            if ref:
                names.add(str(ref))
        return names
