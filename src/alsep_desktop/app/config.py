"""Typed settings. Loading/saving a JSON file is the only I/O here."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

APP_NAME = "alsep-desktop"


def default_data_dir() -> Path:
    env = os.environ.get("ALSEP_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass
class Argon2Settings:
    """argon2id cost. Defaults are argon2-cffi's RFC 9106 low-memory profile."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


@dataclass
class AppConfig:
    data_dir: Path = field(default_factory=default_data_dir)
    db_url: str | None = None  # None: SQLite file in data_dir
    ofd_host: str = "127.0.0.1"
    ofd_port: int = 0  # 0 in demo: the in-process sandbox picks a port
    ofd_timeout_s: float = 10.0
    #: Transaction time of one OFD exchange, 254/255 resends included (spec §2: at least 5 s,
    #: 30 s by default), and the pause before reconnecting after a failed connection (at least 60 s).
    ofd_transaction_s: float = 30.0
    ofd_reconnect_s: float = 60.0
    language: str = "ru"
    demo: bool = False
    argon2: Argon2Settings = field(default_factory=Argon2Settings)
    #: where secrets live (decision 0013): "auto" (the OS keyring where usable, else a 0600 file),
    #: "keyring" or "file"
    secrets: str = "auto"
    #: the same product scanned again adds to its basket line (issue 11); False: a new line each time
    merge_same_scans: bool = True
    #: the cloud back office (issue 14), e.g. "https://cloud.example.kz"; "" = single-PC mode unless
    #: this PC was bound through a cloud (its device credential names the URL)
    cloud_url: str = ""
    #: kiosk (issue 16, decision 1602): full screen, on top, no frame; leaving needs an admin
    kiosk: bool = False
    #: hide the mouse cursor in kiosk mode: "touch" (when a touch screen is present), "always", "never"
    kiosk_hide_cursor: str = "touch"
    #: cash sanity limits (decision 2042), tiyn: the change of a sale, and one cash deposit or withdrawal
    max_change_tiyn: int = 200_000_00
    max_cash_move_tiyn: int = 100_000_000_00

    @property
    def database_url(self) -> str:
        return self.db_url or f"sqlite:///{self.data_dir / 'alsep.sqlite'}"

    @property
    def config_path(self) -> Path:
        return self.data_dir / "config.json"

    def device_id(self) -> str:
        """A stable id of this PC installation, created on first use."""
        path = self.data_dir / "device-id"
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        value = str(uuid.uuid4())
        path.write_text(value, encoding="utf-8")
        return value

    def save(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = asdict(self)
        data["data_dir"] = str(self.data_dir)
        tmp = self.config_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.config_path)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> AppConfig:
        cfg = cls(data_dir=data_dir or default_data_dir())
        if cfg.config_path.exists():
            raw = json.loads(cfg.config_path.read_text(encoding="utf-8"))
            known = {f.name for f in fields(cls)}
            for key, value in raw.items():
                if key == "argon2":
                    cfg.argon2 = Argon2Settings(**value)
                elif key == "data_dir":
                    continue
                elif key in known:
                    setattr(cfg, key, value)
        return cfg
