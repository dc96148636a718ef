"""One HTTP client for every call to the cloud: JSON in, JSON out, two typed failures.

``CloudUnreachable`` means "try again later" (connection error, timeout, 5xx, a body cut short
or not JSON); ``CloudRefused`` means the cloud looked at the request and said no (4xx with its
``{code, message, params}`` body). The bearer (admin token or device credential) goes in the
``Authorization`` header only: it is never logged, never part of an error message.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import requests

from alsep_desktop.cloud_client.errors import CloudRefused, CloudUnreachable

__all__ = ["CloudHttp", "CloudRefused", "CloudUnreachable"]

log = logging.getLogger(__name__)


class CloudHttp:
    """``requests.Session`` per thread (a Session is not thread-safe), keep-alive to ``base_url``."""

    def __init__(self, base_url: str, *, connect_timeout: float = 5.0, read_timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def _session(self) -> requests.Session:
        s = getattr(self._local, "session", None)
        if s is None:
            s = requests.Session()
            s.trust_env = False  # no proxy from the environment between the register and its cloud
            self._local.session = s
            with self._lock:
                self._sessions.append(s)
        return s

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for s in sessions:
            s.close()
        self._local = threading.local()

    def request(self, method: str, path: str, *, bearer: str | None = None, json: Any = None,
                params: dict[str, Any] | None = None, timeout: float | None = None) -> Any:
        url = self.base_url + (path if path.startswith("/") else "/" + path)
        headers = {"Accept": "application/json"}
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        read = self.read_timeout if timeout is None else timeout
        try:
            resp = self._session().request(method, url, json=json, params=params, headers=headers,
                                           timeout=(min(self.connect_timeout, read), read))
            body = resp.content  # reads the whole body: a cut connection raises here
        except requests.RequestException as exc:
            reason = type(exc).__name__
            log.info("cloud %s %s unreachable: %s", method, path, reason)
            raise CloudUnreachable(url=self.base_url, reason=reason) from None
        status = resp.status_code
        if status >= 500:
            raise CloudUnreachable(url=self.base_url, reason=f"HTTP {status}")
        try:
            data = resp.json() if body else None
        except ValueError:
            # a proxy's HTML page, or a JSON body cut short: not the cloud's answer
            raise CloudUnreachable(url=self.base_url, reason=f"HTTP {status} with an unreadable body") from None
        if status >= 400:
            if isinstance(data, dict) and isinstance(data.get("code"), str):
                raise CloudRefused(status, data["code"], str(data.get("message") or data["code"]),
                                   data.get("params") if isinstance(data.get("params"), dict) else {})
            raise CloudRefused(status, f"http.{status}", f"HTTP {status}", {})
        return data
