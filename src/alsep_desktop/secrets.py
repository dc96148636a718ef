"""Secrets of the register: the admin-entered OFD token, the SMTP password, later terminal tokens.

Values live in the OS keyring (the ``keyring`` library: Windows Credential Manager, macOS
Keychain, Secret Service on Linux) where one is usable, otherwise in a file readable by its owner
only (``secrets.json``, 0600, next to the store). The database keeps a *name* (a reference),
never the value (decision 0013).

Names are immutable: a changed secret gets a new name, so a stale copy never answers for a new
value. PCs that share one PostgreSQL store hand secrets over as *sealed boxes*: each PC has its
own key pair (private key in its secrets store, public key in the database); a secret entered on
one PC is sealed to every other PC's public key (libsodium sealed box, PyNaCl), and a PC opens the
box addressed to it and keeps the value in its own store. The database only ever holds public keys
and ciphertext.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets as _random
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from filelock import FileLock
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

log = logging.getLogger(__name__)

SERVICE = "alsep-desktop"
FILE_NAME = "secrets.json"


class SecretStore(Protocol):
    """Where this PC keeps secret values by name."""

    kind: str

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class KeyringSecrets:
    """The OS keyring through the ``keyring`` library (service ``alsep-desktop``)."""

    kind = "keyring"

    def __init__(self, backend: object | None = None, service: str = SERVICE) -> None:
        import keyring

        self._keyring = backend or keyring.get_keyring()
        self._service = service

    def get(self, name: str) -> str | None:
        return self._keyring.get_password(self._service, name)  # type: ignore[attr-defined]

    def set(self, name: str, value: str) -> None:
        self._keyring.set_password(self._service, name, value)  # type: ignore[attr-defined]

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._keyring.delete_password(self._service, name)  # type: ignore[attr-defined]
        except PasswordDeleteError:
            pass


class FileSecrets:
    """A JSON file created 0600 in a 0700 directory; writes are atomic and locked across processes."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = FileLock(str(path) + ".lock", mode=0o600, thread_local=False)
        self._thread_lock = threading.Lock()

    def get(self, name: str) -> str | None:
        return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        with self._thread_lock, self._lock:
            data = self._read()
            data[name] = value
            self._write(data)

    def delete(self, name: str) -> None:
        with self._thread_lock, self._lock:
            data = self._read()
            if data.pop(name, None) is not None:
                self._write(data)

    def _read(self) -> dict[str, str]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError:
            log.error("the secrets file %s is damaged; it is left as it is", self.path)
            raise
        return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)


class MemorySecrets:
    """For tests and tools that must not touch the OS keyring."""

    kind = "memory"

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def keyring_usable(backend: object | None = None) -> bool:
    """A real keyring answers here (not the ``fail``/``null`` backends, not a chainer of none)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        kr = backend or keyring.get_keyring()
    except Exception:  # no keyring package, or its discovery failed
        return False
    if isinstance(kr, fail.Keyring) or type(kr).__module__.endswith(".null"):
        return False
    if isinstance(kr, chainer.ChainerBackend) and not kr.backends:
        return False
    return getattr(kr, "priority", 0) > 0


def open_store(data_dir: Path, kind: str = "auto") -> SecretStore:
    """``auto``: the OS keyring where usable, else ``data_dir/secrets.json``; or ``keyring``/``file``."""
    if kind == "keyring" or (kind == "auto" and keyring_usable()):
        return KeyringSecrets()
    if kind == "memory":
        return MemorySecrets()
    return FileSecrets(data_dir / FILE_NAME)


def new_name(purpose: str) -> str:
    """A fresh, never reused name for a new secret value (``ofd-token/<register uuid>/<random>``)."""
    return f"{purpose}/{_random.token_hex(6)}"


# -- hand-over between PCs ----------------------------------------------------------------
class EnvelopeRepository(Protocol):
    """What the vault needs from the store (``store/repositories/secrets.py``)."""

    def announce_key(self, device_id: str, public_key: bytes) -> None: ...
    def device_keys(self) -> dict[str, bytes]: ...
    def envelope(self, name: str, device_id: str) -> bytes | None: ...
    def envelope_devices(self, name: str) -> set[str]: ...
    def put_envelope(self, name: str, device_id: str, sealed: bytes) -> None: ...
    def drop_envelopes(self, keep: Iterable[str]) -> None: ...
    def referenced_names(self) -> set[str]: ...


class Vault:
    """This PC's secrets store plus its key pair: put, get and share secrets named in the store."""

    def __init__(self, store: SecretStore, device_id: str) -> None:
        self.store = store
        self.device_id = device_id
        self._key: PrivateKey | None = None
        self._lock = threading.Lock()

    @property
    def _private(self) -> PrivateKey:
        with self._lock:
            if self._key is None:
                name = f"device-key/{self.device_id}"
                raw = self.store.get(name)
                if raw is None:
                    key = PrivateKey.generate()
                    self.store.set(name, base64.b64encode(bytes(key)).decode("ascii"))
                else:
                    key = PrivateKey(base64.b64decode(raw))
                self._key = key
            return self._key

    @property
    def public_key(self) -> bytes:
        return bytes(self._private.public_key)

    def announce(self, repo: EnvelopeRepository) -> None:
        repo.announce_key(self.device_id, self.public_key)

    def put(self, repo: EnvelopeRepository, purpose: str, value: str) -> str:
        """Keep ``value`` under a new name here and sealed for every other PC; returns the name."""
        name = new_name(purpose)
        self.store.set(name, value)
        self._seal_for_others(repo, name, value)
        return name

    def get(self, repo: EnvelopeRepository | None, name: str | None) -> str | None:
        """The value of ``name``: from this PC's store, else from the box sealed to this PC."""
        if not name:
            return None
        value = self.store.get(name)
        if value is not None or repo is None:
            return value
        sealed = repo.envelope(name, self.device_id)
        if sealed is None:
            return None
        try:
            value = SealedBox(self._private).decrypt(sealed).decode("utf-8")
        except CryptoError:
            log.warning("a secret sealed to this PC cannot be opened (the PC's key changed)")
            return None
        self.store.set(name, value)
        return value

    def share(self, repo: EnvelopeRepository) -> int:
        """Seal every secret the store names and this PC holds for PCs that lack it; drop stale boxes."""
        names = repo.referenced_names()
        repo.drop_envelopes(names)
        sealed = 0
        for name in sorted(names):
            value = self.store.get(name)
            if value is not None:
                sealed += self._seal_for_others(repo, name, value)
        return sealed

    def _seal_for_others(self, repo: EnvelopeRepository, name: str, value: str) -> int:
        have = repo.envelope_devices(name)
        count = 0
        for device, public in repo.device_keys().items():
            if device == self.device_id or device in have:
                continue
            repo.put_envelope(name, device, SealedBox(PublicKey(public)).encrypt(value.encode("utf-8")))
            count += 1
        return count
