"""HTTPS in front of :class:`KaspiEmulator`: ``http.server`` threads, TLS per connection.

The TLS handshake runs on the connection's own thread (a slow client blocks nobody). Faults
are applied here, around the emulator's answer. HTTP/1.0: one request per connection.
"""

from __future__ import annotations

import json
import logging
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from alsep_terminal_emulator.certs import DEFAULT_NAMES, Certificates
from alsep_terminal_emulator.core import DROP, KaspiEmulator, Reply
from alsep_terminal_emulator.faults import Fault

log = logging.getLogger("alsep_terminal_emulator")

GARBAGE = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


class _Handler(BaseHTTPRequestHandler):
    server: _TlsServer
    server_version = "KaspiPOS-emulator/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s " + format, self.client_address[0], *args)

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        url = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        token = next((v for k, v in self.headers.items() if k.lower() == "accesstoken"), None)
        emu = self.server.emulator
        fault = emu.take_fault(url.path)
        if fault is not None and fault.when == "before" and self._fault(fault):
            return
        reply = emu.handle(url.path, params, token)
        if fault is not None and fault.when == "after" and self._fault(fault):
            return
        if reply is DROP:
            self.close_connection = True
            return
        assert isinstance(reply, Reply)
        body = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
        self._send(reply.http, "application/json; charset=utf-8", body)

    def _fault(self, fault: Fault) -> bool:
        """Apply ``fault``; True when the answer is done (nothing more to send)."""
        log.info("fault %s %s on %s", fault.kind, fault.when, self.path)
        if fault.kind == "delay":
            time.sleep(fault.seconds)
            return False
        if fault.kind == "garbage":
            self._send(200, "text/html", GARBAGE)
            return True
        self.close_connection = True  # drop
        return True

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client went away
            self.close_connection = True


class _TlsServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], emulator: KaspiEmulator, certs: Certificates) -> None:
        self.emulator = emulator
        self.certs = certs
        self.context = certs.server_context()
        super().__init__(address, _Handler)

    def finish_request(self, request: socket.socket, client_address: tuple[str, int]) -> None:  # type: ignore[override]
        request.settimeout(30)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            log.info("TLS handshake with %s failed: %s", client_address[0], exc)
            return
        try:
            self.RequestHandlerClass(tls, client_address, self)
        finally:
            try:
                tls.close()
            except OSError:
                pass


class EmulatorServer:
    """``with EmulatorServer(KaspiEmulator(auto_allow=True)) as srv: srv.port, srv.fingerprint``."""

    def __init__(self, emulator: KaspiEmulator | None = None, host: str = "127.0.0.1", port: int = 0,
                 names: tuple[str, ...] = DEFAULT_NAMES, ips: tuple[str, ...] = ()) -> None:
        self.emulator = emulator or KaspiEmulator()
        self.certs = Certificates(names=names, ips=ips)
        self._httpd = _TlsServer((host, port), self.emulator, self.certs)
        self.host = host
        self.port = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def fingerprint(self) -> str:
        return self.certs.fingerprint

    @property
    def ca_path(self) -> str:
        return self.certs.ca_path

    def rotate_certificate(self) -> str:
        """Present a new certificate (new key, same CA) from the next connection on."""
        fp = self.certs.rotate()
        self._httpd.context = self.certs.server_context()
        return fp

    def start(self) -> EmulatorServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="kaspi-emulator", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(5)
            self._thread = None
        self._httpd.server_close()
        self.certs.cleanup()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
