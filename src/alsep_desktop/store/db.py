"""Engine and session factory. Built by the composition root, never at import time.

* Statement parameters never reach logs or exception texts (``hide_parameters=True``).
* A SQLite store is created private to its user: the data directory 0700, the database file
  (with its WAL and shared-memory files) 0600.
* SQLite write transactions of a unit of work start with ``BEGIN IMMEDIATE`` (``store/uow.py``):
  the write lock is taken before the first read, so two processes never number from the same
  snapshot (decision 0011).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

#: file system types on which SQLite's WAL (shared memory, POSIX locks) is not safe
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs", "fuse.rclone", "davfs", "fuse.davfs2",
    "lustre", "gpfs", "ocfs2", "gfs2",
})
BUSY_TIMEOUT_MS = 30_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL or an in-memory database)."""
    if not url.startswith("sqlite"):
        return None
    raw = url.split(":///", 1)[1] if ":///" in url else ""
    raw = raw.split("?", 1)[0]
    if raw in ("", ":memory:"):
        return None
    return Path(raw)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine. SQLite gets WAL, ``synchronous=FULL``, foreign keys and a private file."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            prepare_private_file(path)
        engine = create_engine(url, echo=echo, hide_parameters=True, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        if path is not None:
            event.listen(engine, "connect", lambda *_: _chmod_store_files(path))
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # pragma: no cover - trivial
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed sale survives a power cut (fsync of the WAL at every commit).
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, autoflush=True)


# -- private files ------------------------------------------------------------------------
def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by its owner only; tighten an existing one."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            os.chmod(path, 0o700)
        except PermissionError:  # not ours (a shared mount): leave it
            pass
    return path


def prepare_private_file(path: Path) -> None:
    """Create the SQLite file 0600 before SQLite does (SQLite would follow the umask)."""
    if not path.parent.exists():
        private_dir(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    _chmod_store_files(path)


def _chmod_store_files(path: Path) -> None:
    if os.name != "posix":
        return
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if p.exists() and (p.stat().st_mode & 0o077):
                os.chmod(p, 0o600)
        except OSError:
            pass


# -- network mounts -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MountInfo:
    mount_point: str
    fstype: str

    @property
    def is_network(self) -> bool:
        return self.fstype in NETWORK_FS or self.fstype.startswith("nfs")


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def mount_of(path: Path, mounts_text: str | None = None) -> MountInfo | None:
    """The mount holding ``path`` (Linux ``/proc/mounts``); None where it cannot be told."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(path)
    best: MountInfo | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > len(best.mount_point)):
            best = MountInfo(point, fstype)
    return best


def network_mount(path: Path, mounts_text: str | None = None) -> MountInfo | None:
    """The network mount ``path`` lies on (SQLite's WAL does not work there), else None."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_network_drive(path)
    info = mount_of(path, mounts_text)
    return info if info is not None and info.is_network else None


def _windows_network_drive(path: Path) -> MountInfo | None:  # pragma: no cover - Windows only
    import ctypes

    full = os.path.abspath(path)
    if full.startswith("\\\\"):
        return MountInfo(full, "smb")
    drive = os.path.splitdrive(full)[0] + "\\"
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:  # type: ignore[attr-defined]
        return MountInfo(drive, "smb")
    return None
