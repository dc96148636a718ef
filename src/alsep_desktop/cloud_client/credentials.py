"""The device credential a cloud admin handed to this register (decision 1401), in the secrets store.

The value never goes to the database, a log or an error message: only the cloud URL and the
register id are said aloud. One credential per PC (the vault's store is this PC's).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from alsep_desktop.secrets import SecretStore, Vault

SECRET_NAME = "cloud-device-credential"


@dataclass(frozen=True)
class DeviceCredential:
    cloud_url: str
    register_id: str
    credential: str = field(repr=False)

    def __repr__(self) -> str:  # never print the credential
        return f"DeviceCredential(cloud_url={self.cloud_url!r}, register_id={self.register_id!r})"


def _store(vault: Vault | SecretStore) -> SecretStore:
    return vault.store if isinstance(vault, Vault) else vault


def save_device_credential(vault: Vault | SecretStore, *, cloud_url: str, register_id: str, credential: str) -> None:
    payload = {"cloud_url": cloud_url.rstrip("/"), "register_id": register_id, "credential": credential}
    _store(vault).set(SECRET_NAME, json.dumps(payload, sort_keys=True))


def load_device_credential(vault: Vault | SecretStore) -> DeviceCredential | None:
    raw = _store(vault).get(SECRET_NAME)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return DeviceCredential(cloud_url=str(data["cloud_url"]), register_id=str(data["register_id"]),
                                credential=str(data["credential"]))
    except (ValueError, KeyError, TypeError):
        return None


def forget_device_credential(vault: Vault | SecretStore) -> None:
    _store(vault).delete(SECRET_NAME)
