"""The cloud's state in one short sentence for the status bar and the admin tab (issue 14):
«синхронизировано N с назад», «нет связи с облаком с HH:MM», documents waiting, a first mirror
running, or the PC unbound in the cloud."""

from __future__ import annotations

from datetime import datetime

from alsep_desktop.cloud_client.status import CloudStatus
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.ui.qt import translate

#: error codes that mean the cloud no longer accepts this PC's credential (unbound, revoked)
REVOKED = ("auth.required", "auth.token_expired", "cloud.not_configured", "auth.device_only")


def _ago(now: datetime, then: datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 120:
        return translate("CloudState", "Cloud: synced %n s ago", None, seconds)
    if seconds < 2 * 3600:
        return translate("CloudState", "Cloud: synced %n min ago", None, seconds // 60)
    return translate("CloudState", "Cloud: synced at %1").replace("%1", then.astimezone(ALMATY).strftime("%d.%m %H:%M"))


def cloud_sentence(status: CloudStatus, now: datetime) -> tuple[str, bool]:
    """(sentence, good): good is False when the cashier or the admin should look."""
    if not status.configured:
        if status.error_code in REVOKED:
            return translate("CloudState", "Cloud: this PC was unbound from its register; sync stopped"), False
        return translate("CloudState", "Cloud: not connected (single PC)"), True
    if status.mirror_total is not None and status.mirror_done is not None:
        text = translate("CloudState", "Cloud: first mirror, %1 of %2").replace("%1", str(status.mirror_done)) \
            .replace("%2", str(status.mirror_total))
        return text, True
    if status.error_code in REVOKED:
        return translate("CloudState", "Cloud: this PC was unbound from its register; sync stopped"), False
    good = status.online
    if status.online and status.last_synced_at is not None:
        text = _ago(now, status.last_synced_at)
    elif status.online:
        text = translate("CloudState", "Cloud: connected, not synced yet")
    else:
        since = status.offline_since or status.last_synced_at
        if since is not None:
            text = translate("CloudState", "Cloud: no connection since %1").replace(
                "%1", since.astimezone(ALMATY).strftime("%H:%M"))
        else:
            text = translate("CloudState", "Cloud: no connection")
    if status.waiting:
        text += ", " + translate("CloudState", "%n document(s) waiting", None, status.waiting)
        good = good and status.waiting < 50
    return text, good
