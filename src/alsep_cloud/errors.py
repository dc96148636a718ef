"""Typed errors of the cloud, each with a stable ``code`` and the HTTP status it answers with.

They extend the desktop's ``AlsepError`` (code, params, English message), so the desktop's
error tables can translate a cloud code the same way. The API turns every one into
``{"code", "message", "params"}`` (``api/errors.py``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from alsep_desktop.errors import AlsepError, ValidationError

__all__ = [
    "AccountBlocked", "AccountLocked", "AdminOnly", "AlsepError", "BodyConflict", "CloudError", "Conflict",
    "DeviceOnly", "Duplicate", "InUse", "InvalidCredentials", "NotAuthenticated", "NotFound",
    "RegisterBoundElsewhere", "StaleVersion", "TokenExpired", "ValidationError", "http_status",
]


class CloudError(AlsepError):
    code = "cloud"
    status: ClassVar[int] = 400


class NotAuthenticated(CloudError):
    code = "auth.required"
    template = "A valid bearer token or device credential is required"
    status = 401


class TokenExpired(NotAuthenticated):
    code = "auth.token_expired"
    template = "The token has expired; log in again"


class InvalidCredentials(CloudError):
    code = "auth.invalid_credentials"
    template = "Wrong login or password"
    status = 401


class AccountLocked(CloudError):
    code = "auth.locked"
    template = "Too many failed attempts; try again after {until}"
    status = 429


class AccountBlocked(CloudError):
    code = "auth.blocked"
    template = "This account is blocked"
    status = 403


class AdminOnly(CloudError):
    code = "auth.admin_only"
    template = "This endpoint needs an administrator's token"
    status = 403


class DeviceOnly(CloudError):
    code = "auth.device_only"
    template = "This endpoint needs a register's device credential"
    status = 403


class NotFound(CloudError):
    code = "not_found"
    template = "{what} not found: {key}"
    status = 404


class Conflict(CloudError):
    code = "conflict"
    template = "Conflict"
    status = 409


class Duplicate(Conflict):
    code = "conflict.duplicate"
    template = "{what} with {field} {value} already exists"


class InUse(Conflict):
    code = "conflict.in_use"
    template = "{what} is still used by {by}"


class StaleVersion(Conflict):
    """An edit based on an old version. ``changed`` maps each field changed since that
    version to its current value."""

    code = "conflict.stale_version"
    status = 409

    def __init__(self, *, what: str, key: str, your_version: int, current_version: int,
                 changed: dict[str, Any]) -> None:
        names = ", ".join(f"{k}={_short(v)}" for k, v in changed.items()) or "(no visible field)"
        super().__init__(
            f"{what} {key} changed since version {your_version} (now {current_version}): {names}",
            what=what, key=key, your_version=your_version, current_version=current_version, changed=changed,
        )


class RegisterBoundElsewhere(Conflict):
    """Seed 9.1/9.5: «Данный ККМ привязан к другому устройству» → «Отвязать устройство»."""

    code = "org.register_bound_elsewhere"
    template = "This register is bound to another device; unbind it first"
    seed_message: ClassVar[str] = "Данный ККМ привязан к другому устройству"


class BodyConflict(Conflict):
    code = "upload.key_conflict"
    template = "A different {what} was already uploaded under key {key}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def http_status(error: AlsepError) -> int:
    if isinstance(error, CloudError):
        return error.status
    if isinstance(error, ValidationError):
        return 422
    code = getattr(error, "code", "")
    if code == "not_found":
        return 404
    if code.startswith("auth.permission"):
        return 403
    return 400
