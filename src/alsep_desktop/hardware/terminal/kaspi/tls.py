"""TLS to the terminal: a pinned certificate by IP, or normal verification by host name.

The Kaspi terminal's certificate is issued to ``*.kaspipos.kz`` (spec §1.1), so a terminal
reached by IP cannot be verified by name. ``PINNED`` trusts the certificate seen at registration
(trust on first use) and refuses any other; ``VERIFIED`` reaches the terminal by a name under
``*.kaspipos.kz`` (hosts file / local DNS) and verifies chain and name as usual (decision 0704).
"""

from __future__ import annotations

import hashlib
import socket
import ssl
from enum import Enum

import requests
from requests.adapters import HTTPAdapter


class TlsMode(Enum):
    PINNED = "pinned"
    VERIFIED = "verified"


def normalize_fingerprint(fp: str) -> str:
    return fp.replace(":", "").strip().lower()


def format_fingerprint(fp: str) -> str:
    """``AB:CD:…`` for people (the error shows both the pinned and the presented one)."""
    hexs = normalize_fingerprint(fp).upper()
    return ":".join(hexs[i:i + 2] for i in range(0, len(hexs), 2))


def fetch_fingerprint(host: str, port: int, timeout: float) -> str:
    """SHA-256 of the certificate the server presents now (no verification: this is the TOFU look)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=timeout) as raw, \
            ctx.wrap_socket(raw, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise ssl.SSLError("the terminal presented no certificate")
    return hashlib.sha256(der).hexdigest()


class _PinnedAdapter(HTTPAdapter):
    """urllib3 checks the peer certificate's SHA-256 against the pin on every new connection."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = normalize_fingerprint(fingerprint)
        # One context for all connections: no CA store is loaded (nothing is verified by it).
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._context.minimum_version = ssl.TLSVersion.TLSv1_2
        self._context.check_hostname = False
        self._context.verify_mode = ssl.CERT_NONE
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        kwargs["assert_fingerprint"] = self._fingerprint
        kwargs["ssl_context"] = self._context
        return super().init_poolmanager(*args, **kwargs)


def pinned_session(fingerprint: str) -> requests.Session:
    s = requests.Session()
    s.verify = False  # chain and name are not checked; the pinned fingerprint is
    s.mount("https://", _PinnedAdapter(fingerprint))
    s.trust_env = False
    return s


def verified_session(ca_bundle: str | None) -> requests.Session:
    s = requests.Session()
    s.verify = ca_bundle or True
    s.mount("https://", HTTPAdapter(max_retries=0))
    s.trust_env = False
    return s
