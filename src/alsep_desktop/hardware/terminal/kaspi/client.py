"""One Kaspi Smart POS local API call: TLS, the ``accesstoken`` header, the envelope, token refresh.

Every route is ``GET https://<terminal>:8080/v2/<route>?…`` and answers
``{"statusCode": 0, "errorText": …, "data": {…}}`` (spec §1.2–1.3). This module turns an answer
into ``data`` or a typed error; it knows nothing of payments.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import requests
import urllib3.exceptions as u3

from alsep_desktop.hardware.errors import TerminalUnavailable
from alsep_desktop.hardware.terminal.errors import (
    IntegrationNameTaken,
    ProcessNotFound,
    TerminalAuthLost,
    TerminalBusy,
    TerminalCertificateChanged,
    TerminalNoAnswer,
    TerminalNotRegistered,
    TerminalRefused,
    TerminalTlsError,
)
from alsep_desktop.hardware.terminal.kaspi.tls import (
    TlsMode,
    fetch_fingerprint,
    format_fingerprint,
    normalize_fingerprint,
    pinned_session,
    verified_session,
)
from alsep_desktop.hardware.terminal.kaspi.tokens import KaspiPairing, TokenStore

log = logging.getLogger(__name__)

BUSY, NAME_TAKEN, NOT_FOUND = 107, 105, 101

_TERMINAL_LOCKS: dict[tuple[str, int, str], threading.Lock] = {}
_TERMINAL_LOCKS_GUARD = threading.Lock()


def pairing_lock(config: KaspiConfig) -> threading.Lock:
    """One lock per terminal and integration name for every driver of this process (decision 2010):
    a refresh rotates the refresh token, so two refreshes at once would spend the same token twice
    and the second would be refused (105) — the pairing lost. The settings page builds a second
    driver on the same terminal while the first still follows processes: they share this lock."""
    key = (config.host.lower(), config.port, config.name)
    with _TERMINAL_LOCKS_GUARD:
        return _TERMINAL_LOCKS.setdefault(key, threading.Lock())


@dataclass(frozen=True, slots=True)
class KaspiConfig:
    """Production defaults follow the spec (§1.6): 1 s poll, 180 s wait, actualize ≤ once per 10 s."""

    host: str
    port: int = 8080
    tls: TlsMode = TlsMode.PINNED
    ca_bundle: str | None = None  # VERIFIED: None = the system/certifi bundle
    name: str = "AlsepDesktop"  # the integration name on the terminal: must stay constant
    owncheque: bool = True  # the register prints its own (fiscal) receipt
    poll_interval: float = 1.0
    wait_limit: float = 180.0  # how long pay()/refund() wait before answering UNKNOWN
    actualize_interval: float = 10.0
    background_limit: float = 1800.0  # how long an unanswered operation is still checked
    connect_timeout: float = 5.0
    http_timeout: float = 15.0
    register_timeout: float = 120.0  # the terminal answers register only after «Разрешить»
    refresh_before: timedelta = timedelta(minutes=5)

    SETTINGS = ("host", "port", "tls", "ca_bundle", "name", "owncheque")

    @classmethod
    def from_settings(cls, d: Mapping[str, Any]) -> KaspiConfig:
        """From the settings JSON (``host``, ``port``, ``tls``: pinned|verified, ``ca_bundle``,
        ``name``, ``owncheque``); timings stay at the spec's defaults."""
        kw: dict[str, Any] = {k: d[k] for k in cls.SETTINGS if d.get(k) is not None}
        if "host" not in kw:
            raise ValueError("the Kaspi terminal needs a host (IP or *.kaspipos.kz name)")
        kw["port"] = int(kw.get("port", 8080))
        kw["tls"] = TlsMode(kw.get("tls", TlsMode.PINNED.value))
        return cls(**kw)

    def to_settings(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "tls": self.tls.value, "ca_bundle": self.ca_bundle,
                "name": self.name, "owncheque": self.owncheque}

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"https://{host}:{self.port}"

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port}"


class KaspiClient:
    """Thread-safe: each thread has its own HTTP session; token refresh is serialized."""

    def __init__(self, config: KaspiConfig, store: TokenStore, *,
                 now: Callable[[], datetime] = datetime.now) -> None:
        self.config = config
        self.store = store
        self._now = now
        self._local = threading.local()
        self._refresh_lock = pairing_lock(config)
        self._generation = 0  # bumped when the pin changes: sessions are rebuilt
        self._unsaved: KaspiPairing | None = None  # a renewed pair the store refused to keep (yet)
        self.refreshes = 0

    # -- sessions --------------------------------------------------------------------------
    def _session(self, fingerprint: str | None) -> requests.Session:
        key = (self._generation, fingerprint)
        cached = getattr(self._local, "session", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        if cached is not None:
            cached[1].close()
        if self.config.tls is TlsMode.PINNED:
            if not fingerprint:
                raise TerminalNotRegistered()
            session = pinned_session(fingerprint)
        else:
            session = verified_session(self.config.ca_bundle)
        self._local.session = (key, session)
        return session

    def repinned(self) -> None:
        self._generation += 1

    def presented_fingerprint(self) -> str:
        try:
            return fetch_fingerprint(self.config.host, self.config.port, self.config.connect_timeout)
        except OSError as exc:
            raise TerminalUnavailable(reason=str(exc)) from exc

    # -- one request -----------------------------------------------------------------------
    def get(self, path: str, params: dict[str, Any] | None = None, *, token: str | None = None,
            fingerprint: str | None = None, timeout: float | None = None,
            terminal_id: str | None = None) -> dict[str, Any]:
        """One GET; returns ``data`` or raises. HTTP 401/403 raises :class:`TerminalAuthLost`
        (the caller refreshes); no retry happens here."""
        headers = {"Accept": "application/json"}
        if token:
            headers["accesstoken"] = token
        if terminal_id and path in ("/v2/status", "/v2/actualize"):
            headers["terminalId"] = terminal_id  # sent by some clients (spec §1.1); harmless otherwise
        session = self._session(fingerprint)
        try:
            resp = session.get(self.config.base_url + path, params=params or {}, headers=headers,
                               timeout=(self.config.connect_timeout, timeout or self.config.http_timeout))
        except requests.exceptions.SSLError as exc:
            raise self._tls_error(exc, fingerprint) from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise TerminalUnavailable(reason=f"no connection to {self.config.label}") from exc
        except requests.exceptions.ReadTimeout as exc:
            raise TerminalNoAnswer(reason=f"no answer to {path} in time") from exc
        except requests.exceptions.ConnectionError as exc:
            if _never_sent(exc):
                raise TerminalUnavailable(reason=f"no connection to {self.config.label}") from exc
            raise TerminalNoAnswer(reason=f"connection dropped during {path}") from exc
        except requests.exceptions.RequestException as exc:
            raise TerminalNoAnswer(reason=f"{path}: {type(exc).__name__}") from exc
        if resp.status_code in (401, 403):
            raise TerminalAuthLost(text=f"HTTP {resp.status_code}", name=self.config.name)
        try:
            body = resp.json()
        except ValueError as exc:
            raise TerminalNoAnswer(reason=f"{path}: not JSON (HTTP {resp.status_code})") from exc
        if not isinstance(body, dict) or not isinstance(body.get("statusCode"), int):
            raise TerminalNoAnswer(reason=f"{path}: no statusCode in the answer")
        code = body["statusCode"]
        data = body.get("data") if isinstance(body.get("data"), dict) else {}
        if code == 0:
            return data
        text = str(body.get("errorText") or data.get("message") or "")
        if code == BUSY:
            raise TerminalBusy(text=text)
        if code == NAME_TAKEN:
            if path == "/v2/register":
                raise IntegrationNameTaken(name=self.config.name, text=text)
            raise TerminalAuthLost(text=f"{code} {text}", name=self.config.name)
        if code == NOT_FOUND:
            raise ProcessNotFound(path=path, status_code=code, text=text,
                                  process_id=(params or {}).get("processId", ""))
        if code in (401, 403):
            raise TerminalAuthLost(text=f"{code} {text}", name=self.config.name)
        raise TerminalRefused(path=path, status_code=code, text=text)

    def _tls_error(self, exc: Exception, fingerprint: str | None) -> TerminalUnavailable:
        if self.config.tls is TlsMode.PINNED and fingerprint:
            try:
                actual = self.presented_fingerprint()
            except TerminalUnavailable:
                actual = None
            if actual and normalize_fingerprint(actual) != normalize_fingerprint(fingerprint):
                return TerminalCertificateChanged(host=self.config.label, expected=format_fingerprint(fingerprint),
                                                  actual=format_fingerprint(actual), actual_raw=actual)
        return TerminalTlsError(host=self.config.label, reason=str(exc))

    # -- authenticated calls with token refresh -----------------------------------------------
    def pairing(self) -> KaspiPairing:
        """The pair to use. One the store could not keep yet comes first (the terminal accepts only
        that one now), and its save is tried again."""
        if self._unsaved is not None:
            with self._refresh_lock:
                if self._unsaved is not None:
                    self._keep(self._unsaved)
                return self._current()
        return self._current()

    def _current(self) -> KaspiPairing:
        pairing = self._unsaved or self.store.load()
        if pairing is None:
            raise TerminalNotRegistered()
        return pairing

    def update_pairing(self, change: Callable[[KaspiPairing], KaspiPairing]) -> KaspiPairing:
        """Change what the stored pairing says besides its tokens (terminal id, pinned certificate)
        on the pairing as it is *now*, under the refresh lock: a copy read before a refresh would
        write the spent tokens back (decision 2010)."""
        with self._refresh_lock:
            pairing = change(self._current())
            self._keep(pairing)
            return pairing

    def adopt(self, pairing: KaspiPairing) -> None:
        """A new pairing (registration): stored, or kept in memory if the store refuses."""
        with self._refresh_lock:
            self._keep(pairing)

    def forget(self) -> None:
        with self._refresh_lock:
            self._unsaved = None
            self.store.clear()

    def _keep(self, pairing: KaspiPairing) -> None:
        """Store the pair (lock held). If the store refuses, the pair stays in memory and is used and
        saved again at the next call: the terminal accepts only this pair from now on."""
        try:
            self.store.save(pairing)
        except Exception:
            self._unsaved = pairing
            log.exception("kaspi pairing could not be stored; kept in memory and stored again at the next call")
            return
        self._unsaved = None

    def call(self, path: str, params: dict[str, Any] | None = None, *, timeout: float | None = None) -> dict[str, Any]:
        """An authenticated call: refresh before expiry; on 401/403 refresh once and retry."""
        pairing = self.pairing()
        now = self._now()
        if now.tzinfo is not None:  # the app's clock is aware; the terminal's expiry is naive local time
            now = now.astimezone().replace(tzinfo=None)
        if pairing.expires_at is not None and now >= pairing.expires_at - self.config.refresh_before:
            pairing = self.refresh(pairing)
        try:
            return self.get(path, params, token=pairing.access_token, fingerprint=pairing.fingerprint, timeout=timeout,
                            terminal_id=pairing.terminal_id)
        except TerminalAuthLost:
            pairing = self.refresh(pairing)
        return self.get(path, params, token=pairing.access_token, fingerprint=pairing.fingerprint, timeout=timeout,
                        terminal_id=pairing.terminal_id)

    def refresh(self, used: KaspiPairing) -> KaspiPairing:
        """``/v2/revoke`` (the refresh call, spec §1.3). Serialized; a pair already renewed by
        another thread is reused. Refusal → :class:`TerminalAuthLost` (register again)."""
        with self._refresh_lock:
            current = self._current()
            if current.access_token != used.access_token:
                return current
            data = self.get("/v2/revoke", {"name": current.name, "refreshToken": current.refresh_token},
                            token=current.access_token, fingerprint=current.fingerprint)
            if not data.get("accessToken") or not data.get("refreshToken"):
                raise TerminalAuthLost(text="no tokens in the refresh answer", name=current.name)
            renewed = current.with_tokens(data)  # both tokens and the expiry, in one record
            self._keep(renewed)  # stored before anyone uses it
            self.refreshes += 1
            log.info("kaspi tokens refreshed (valid until %s)", renewed.expires_at)
            return renewed


def _never_sent(exc: Exception) -> bool:
    """True when the connection was never made, so the request certainly did not arrive."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, u3.NewConnectionError | u3.ConnectTimeoutError | ConnectionRefusedError):
            return True
        if isinstance(cur, u3.MaxRetryError) and cur.reason is not None:
            cur = cur.reason
            continue
        nxt = cur.args[0] if cur.args and isinstance(cur.args[0], BaseException) else None
        cur = nxt or cur.__cause__ or cur.__context__
    return False
