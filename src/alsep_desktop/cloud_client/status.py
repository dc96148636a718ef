"""What the window shows about the cloud: a frozen snapshot, taken by ``SyncEngine.status()``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class CloudStatus:
    """``configured``: a cloud URL and a device credential are known. ``online``: the last call
    reached the cloud. ``waiting``: documents in the push queue not yet accepted by the cloud.
    ``error_code``: the code of the last failure (``cloud.unreachable``, ``cloud.refused``,
    ``auth.…``), None when the last round went through. ``mirror_done``/``mirror_total``: progress
    of a running first mirror (changes applied / changes known to exist), None otherwise."""

    configured: bool
    online: bool
    last_synced_at: datetime | None
    offline_since: datetime | None
    waiting: int
    error_code: str | None
    mirror_done: int | None
    mirror_total: int | None


NOT_CONFIGURED = CloudStatus(configured=False, online=False, last_synced_at=None, offline_since=None,
                             waiting=0, error_code=None, mirror_done=None, mirror_total=None)
