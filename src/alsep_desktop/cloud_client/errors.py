"""Errors of the cloud link. The UI translates them by ``code`` (context ``Errors``)."""

from __future__ import annotations

from typing import Any

from alsep_desktop.errors import AlsepError


class CloudUnreachable(AlsepError):
    """No usable answer: connection refused or reset, timeout, a 5xx, a truncated or non-JSON body."""

    code = "cloud.unreachable"
    template = "The cloud at {url} cannot be reached: {reason}"


class CloudRefused(AlsepError):
    """The cloud answered 4xx with its error body ``{code, message, params}`` (decision 1405).

    ``cloud_code`` is the cloud's stable code (``conflict.stale_version``, ``auth.blocked`` …),
    ``detail`` its ``params``; the message is the cloud's own sentence (for a stale version it
    names what changed)."""

    code = "cloud.refused"
    template = "The cloud refused the request ({status} {cloud_code}): {cloud_message}"

    def __init__(self, status: int, code: str, message: str, detail: dict[str, Any] | None = None) -> None:
        self.status = status
        self.cloud_code = code
        self.cloud_message = message
        self.detail: dict[str, Any] = dict(detail or {})
        super().__init__(message, status=status, cloud_code=code, cloud_message=message)


class SyncNotConfigured(AlsepError):
    code = "cloud.not_configured"
    template = "This register is not bound to a cloud"


class MirrorCancelled(AlsepError):
    code = "cloud.mirror_cancelled"
    template = "The first mirror was cancelled after {done} of {total} changes; it resumes from there"
