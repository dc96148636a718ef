"""The cloud's admin API as the desktop's admin tab uses it (issue 14, decision 1410). Qt-free.

An administrator signs in with the company's BIN/IIN, e-mail and password (a login is unique
within its company, decision 2051; the cloud's lockout applies) and gets a
short-lived token, held by :class:`AdminSession` in memory only (never logged, never stored).
Every call is the cloud's own REST call; its refusals come back as the desktop's typed errors
(:func:`desktop_error`) so the window says them in the cashier's language: a wrong password is
``auth.invalid_credentials``, a register bound to another PC ``org.register_bound_elsewhere``,
an edit based on an old version ``cloud.stale_edit`` naming the fields changed since.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from alsep_desktop.cloud_client.errors import CloudRefused, CloudUnreachable
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.domain.validation import validate_iin_bin
from alsep_desktop.errors import AlsepError, NotFoundError, PermissionDenied, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

__all__ = [
    "AdminSession", "CloudAdmin", "CloudAuthRequired", "CloudStaleEdit", "CloudUnreachable", "desktop_error",
]


_E = TypeVar("_E", bound=AlsepError)


class CloudStaleEdit(AlsepError):
    """Someone changed the record in the cloud after this admin read it; ``fields`` names what."""

    code = "cloud.stale_edit"
    template = "The {what} was changed in the cloud since you opened it ({fields}); reopen it and edit again"


class CloudAuthRequired(AlsepError):
    """No admin token for the cloud (never signed in, or the short-lived token expired)."""

    code = "cloud.sign_in_required"
    template = "Sign in to the cloud with the administrator's e-mail and password"


class CloudConflict(AlsepError):
    code = "cloud.conflict"
    template = "The cloud refused the change: {message}"


class CloudTooLarge(AlsepError):
    """413 or 431 from the cloud's size limits (decision 2060): said in the window's words,
    never with the cloud's English sentence."""

    code = "cloud.too_large"
    template = "The request is larger than the cloud accepts ({limit} bytes)"


class CloudHeadTooLarge(CloudTooLarge):
    code = "cloud.header_too_large"
    template = "The request's headers are larger than the cloud accepts ({limit} bytes)"


class CloudDuplicate(AlsepError):
    code = "cloud.duplicate"
    template = "{what} with {field} {value} already exists in the cloud"


class CloudInUse(AlsepError):
    code = "cloud.in_use"
    template = "{what} is still used by {by}"


class AuthLocked(AlsepError):
    code = "auth.locked"
    template = "Too many failed attempts; try again after {until}"


class InvalidCredentials(AlsepError):
    code = "auth.invalid_credentials"
    template = "Wrong login or password"


class AccountBlocked(AlsepError):
    code = "auth.blocked"
    template = "This account is blocked"


class BoundElsewhere(AlsepError):
    """Seed 9.1/9.5: «Данный ККМ привязан к другому устройству», the way out «Отвязать устройство»."""

    code = "org.register_bound_elsewhere"
    template = "This register is bound to another device; unbind it first"


def _short(value: Any) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= 40 else text[:37] + "…"


@functools.cache
def _coded(base: type[_E], code: str) -> type[_E]:
    """``base`` with its class-level ``code`` narrowed per record (``cloud.duplicate.product``)."""
    return type(base.__name__, (base,), {"code": code})


def desktop_error(exc: CloudRefused) -> AlsepError:
    """The cloud's refusal as the desktop error the window can say (by code, translated)."""
    code, p = exc.cloud_code, exc.detail
    if code == "conflict.stale_version":
        raw = p.get("changed")
        changed: dict[str, Any] = {cloud_field(str(k)): v for k, v in raw.items()} if isinstance(raw, dict) else {}
        fields = ", ".join(f"{k} = {_short(v)}" for k, v in changed.items()) or "—"
        return CloudStaleEdit(what=str(p.get("what", "record")), fields=fields, changed=changed)
    if code in ("auth.required", "auth.token_expired"):
        return CloudAuthRequired()
    if code == "auth.invalid_credentials":
        return InvalidCredentials()
    if code == "auth.locked":
        return AuthLocked(until=p.get("until", ""))
    if code == "auth.blocked":
        return AccountBlocked()
    if code in ("auth.admin_only", "auth.device_only"):
        return PermissionDenied(role="admin")
    if code == "org.register_bound_elsewhere":
        return BoundElsewhere(register_id=p.get("register_id"), ru=p.get("ru"))
    if code == "not_found":
        return NotFoundError(what=p.get("what", "record"), key=p.get("key", ""))
    if code == "conflict.duplicate":  # the window says it with its own words and field labels
        what = _RECORDS.get(str(p.get("what", "")), "record")
        duplicate = _coded(CloudDuplicate, f"cloud.duplicate.{what}")
        return duplicate(what=what, field=cloud_field(str(p.get("field", ""))), value=p.get("value", ""))
    if code == "conflict.in_use":
        what = _RECORDS.get(str(p.get("what", "")), "record")
        return _coded(CloudInUse, f"cloud.in_use.{what}")(what=what, by=str(p.get("by", "")))
    if code == "http.payload_too_large" or exc.status == 413:
        return CloudTooLarge(limit=p.get("limit", ""))
    if code == "http.header_too_large" or exc.status == 431:
        return CloudHeadTooLarge(limit=p.get("limit", ""))
    if code == "validation" or exc.status == 422:
        # never the cloud's English sentence: the desktop's own reason for pydantic's error type
        # (or the template of the desktop's validator the cloud ran), the field by its label
        return ValidationError(cloud_field(str(p.get("field", "body"))), cloud_reason(p),
                               row=p.get("row") if isinstance(p.get("row"), int) else None, cloud=True)
    return CloudConflict(message=exc.cloud_message, cloud_code=code)


#: the cloud's record names (``what`` of its conflicts) → the keys of the window's sentences
_RECORDS = {"user": "user", "company": "company", "product": "product", "product or bundle": "product",
            "bundle": "bundle", "trade point": "trade_point", "register": "register"}

#: the cloud's field names → the desktop's field keys (labels in ``ui/i18n/fields.py``)
_CLOUD_FIELDS = {"price_tiyn": "price", "quantity_milli": "quantity", "markup_bp": "markup",
                 "discount_bp": "discount", "vat_code": "vat_rate", "items.product_id": "items",
                 "items.quantity_milli": "quantity", "body": "value"}

#: pydantic's error types (the cloud's 422) → the desktop's own reasons (context ``Reasons``)
_PYDANTIC_REASONS = {
    "missing": QT_TRANSLATE_NOOP("Reasons", "required"),
    "string_too_short": QT_TRANSLATE_NOOP("Reasons", "empty or too short"),
    "too_short": QT_TRANSLATE_NOOP("Reasons", "empty or too short"),
    "string_too_long": QT_TRANSLATE_NOOP("Reasons", "too long"),
    "too_long": QT_TRANSLATE_NOOP("Reasons", "too long"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("Reasons", "contains characters that are not allowed here"),
    "int_parsing": QT_TRANSLATE_NOOP("Reasons", "must be a whole number"),
    "int_type": QT_TRANSLATE_NOOP("Reasons", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("Reasons", "must be a whole number"),
    "greater_than": QT_TRANSLATE_NOOP("Reasons", "outside the allowed range"),
    "greater_than_equal": QT_TRANSLATE_NOOP("Reasons", "outside the allowed range"),
    "less_than": QT_TRANSLATE_NOOP("Reasons", "outside the allowed range"),
    "less_than_equal": QT_TRANSLATE_NOOP("Reasons", "outside the allowed range"),
    "literal_error": QT_TRANSLATE_NOOP("Reasons", "not one of the allowed values"),
    "enum": QT_TRANSLATE_NOOP("Reasons", "not one of the allowed values"),
    "extra_forbidden": QT_TRANSLATE_NOOP("Reasons", "not accepted by the cloud"),
}
CLOUD_REFUSED_VALUE = QT_TRANSLATE_NOOP("Reasons", "the cloud did not accept the value")


def cloud_field(name: str) -> str:
    return _CLOUD_FIELDS.get(name, name)


def cloud_reason(params: dict[str, Any]) -> str:
    """The desktop's reason for a refusal of the cloud: by pydantic's error type, else the
    template of the desktop validator the cloud ran (sent as ``reason_template``), else a plain
    "the cloud did not accept the value" (the window translates it; never the cloud's English)."""
    errors = params.get("errors")
    first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
    kind = params.get("type") or first.get("type")
    if isinstance(kind, str):  # pydantic's own check (a 422 of the request's schema)
        return _PYDANTIC_REASONS.get(kind, CLOUD_REFUSED_VALUE)
    # the desktop's validators run in the cloud too: their English reason is a marked template
    # when it has no placeholder; the window falls back to CLOUD_REFUSED_VALUE if it is not one
    template = params.get("reason_template") or params.get("reason")
    if isinstance(template, str) and template and "{" not in template and "}" not in template:
        return template
    return CLOUD_REFUSED_VALUE


@dataclass
class AdminSession:
    """The signed-in administrator's short-lived token (in memory only; repr hides it)."""

    email: str
    user_id: str
    company_id: str
    expires_at: datetime | None
    token: str = field(repr=False)
    #: the BIN/IIN the sign-in named (a login is unique within its company, decision 2051)
    company: str = ""


class CloudAdmin:
    """The admin endpoints of one cloud. Thread-safe: the session is swapped under a lock."""

    def __init__(self, http: CloudHttp) -> None:
        self.http = http
        self._session: AdminSession | None = None
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return self.http.base_url

    # -- sign-in ----------------------------------------------------------------------------
    def login(self, email: str, password: str, *, company: str) -> AdminSession:
        """Sign in as an administrator of ``company`` (its BIN/IIN): a login is unique within its
        company only, so the cloud needs both (decision 2051). A wrong company answers like a
        wrong password."""
        company = validate_iin_bin(company, field="company")
        body = self._call(
            "POST", "/auth/login", json={"company": company, "email": email.strip(), "password": password}, auth=False
        )
        expires = body.get("expires_at")
        session = AdminSession(email=email.strip(), user_id=str(body["user_id"]), company_id=str(body["company_id"]),
                               expires_at=datetime.fromisoformat(expires) if isinstance(expires, str) else None,
                               token=str(body["access_token"]), company=company)
        with self._lock:
            self._session = session
        return session

    def use(self, session: AdminSession) -> None:
        """Take over a session signed in elsewhere in this process (the demo's seeding)."""
        with self._lock:
            self._session = session

    def logout(self) -> None:
        with self._lock:
            self._session = None

    @property
    def session(self) -> AdminSession | None:
        with self._lock:
            return self._session

    @property
    def signed_in(self) -> bool:
        return self.session is not None

    def _call(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
              auth: bool = True) -> Any:
        bearer = None
        if auth:
            session = self.session
            if session is None:
                raise CloudAuthRequired()
            bearer = session.token
        try:
            return self.http.request(method, path, bearer=bearer, json=json, params=params)
        except CloudRefused as exc:
            err = desktop_error(exc)
            if isinstance(err, CloudAuthRequired):
                self.logout()  # the token expired or was revoked: sign in again
            raise err from None

    # -- reads ------------------------------------------------------------------------------
    def company(self) -> dict:
        return self._call("GET", "/company")

    def trade_points(self) -> list[dict]:
        return self._call("GET", "/trade-points")

    def trade_point(self, tp_id: str) -> dict:
        return self._call("GET", f"/trade-points/{tp_id}")

    def users(self) -> list[dict]:
        return self._call("GET", "/users")

    def user(self, user_id: str) -> dict:
        return self._call("GET", f"/users/{user_id}")

    def registers(self) -> list[dict]:
        return self._call("GET", "/registers")

    def register(self, register_id: str) -> dict:
        return self._call("GET", f"/registers/{register_id}")

    def products(self, register_id: str) -> list[dict]:
        return self._call("GET", f"/registers/{register_id}/products")

    def product(self, product_id: str) -> dict:
        return self._call("GET", f"/products/{product_id}")

    def bundles(self, register_id: str) -> list[dict]:
        return self._call("GET", f"/registers/{register_id}/bundles")

    def bundle(self, bundle_id: str) -> dict:
        return self._call("GET", f"/bundles/{bundle_id}")

    # -- edits (every patch and delete carries the version the admin saw) --------------------
    def patch_company(self, version: int, changes: dict[str, Any]) -> dict:
        return self._call("PATCH", "/company", json={"version": version, **changes})

    def create_trade_point(self, data: dict[str, Any]) -> dict:
        return self._call("POST", "/trade-points", json=data)

    def patch_trade_point(self, tp_id: str, version: int, changes: dict[str, Any]) -> dict:
        return self._call("PATCH", f"/trade-points/{tp_id}", json={"version": version, **changes})

    def create_user(self, data: dict[str, Any]) -> dict:
        return self._call("POST", "/users", json=data)

    def patch_user(self, user_id: str, version: int, changes: dict[str, Any]) -> dict:
        return self._call("PATCH", f"/users/{user_id}", json={"version": version, **changes})

    def create_register(self, data: dict[str, Any]) -> dict:
        return self._call("POST", "/registers", json=data)

    def patch_register(self, register_id: str, version: int, changes: dict[str, Any]) -> dict:
        return self._call("PATCH", f"/registers/{register_id}", json={"version": version, **changes})

    def update_ofd(self, register_id: str, version: int, data: dict[str, Any]) -> dict:
        return self._call("POST", f"/registers/{register_id}/ofd", json={"version": version, **data})

    def create_product(self, register_id: str, data: dict[str, Any]) -> dict:
        return self._call("POST", f"/registers/{register_id}/products", json=data)

    def patch_product(self, product_id: str, version: int, changes: dict[str, Any]) -> dict:
        return self._call("PATCH", f"/products/{product_id}", json={"version": version, **changes})

    def delete_product(self, product_id: str, version: int) -> dict:
        return self._call("DELETE", f"/products/{product_id}", params={"version": version})

    def create_bundle(self, register_id: str, data: dict[str, Any]) -> dict:
        return self._call("POST", f"/registers/{register_id}/bundles", json=data)

    def patch_bundle(self, bundle_id: str, version: int, changes: dict[str, Any]) -> dict:
        return self._call("PATCH", f"/bundles/{bundle_id}", json={"version": version, **changes})

    def delete_bundle(self, bundle_id: str, version: int) -> dict:
        return self._call("DELETE", f"/bundles/{bundle_id}", params={"version": version})

    # -- binding (seed 9.1, 9.5) --------------------------------------------------------------
    def bind(self, register_id: str, device_id: str) -> tuple[dict, str]:
        """The register's view and the device credential (answered once)."""
        out = self._call("POST", f"/registers/{register_id}/bind", json={"device_id": device_id})
        return out["register"], str(out["credential"])

    def unbind(self, register_id: str) -> dict:
        return self._call("POST", f"/registers/{register_id}/unbind")


class CloudAdmins:
    """The app's one :class:`CloudAdmin` (its token survives re-opening the admin tab): for the
    cloud of this PC's device credential, else the configured ``cloud_url``; None in single-PC mode."""

    def __init__(self, vault: Any, configured_url: Callable[[], str],
                 http_factory: Callable[[str], CloudHttp] = CloudHttp) -> None:
        self._vault = vault
        self._configured = configured_url
        self._factory = http_factory
        self._current: CloudAdmin | None = None
        self._lock = threading.Lock()

    def url(self) -> str | None:
        from alsep_desktop.cloud_client.credentials import load_device_credential

        cred = load_device_credential(self._vault)
        url = (cred.cloud_url if cred is not None else "") or (self._configured() or "")
        return url.rstrip("/") or None

    def __call__(self) -> CloudAdmin | None:
        url = self.url()
        with self._lock:
            if url is None:
                self._current = None
            elif self._current is None or self._current.base_url != url:
                self._current = CloudAdmin(self._factory(url))
            return self._current
