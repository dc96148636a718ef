"""A request's head (request line and headers) bounded before it is whole (decision 2060).

The body limit (``body_limit``) starts once the head is parsed; the head itself is the HTTP
server's. uvicorn's httptools protocol, the one ``auto`` picks, has no bound on it: a 100 MB
header was held whole in memory and cost 25 s of CPU (the URL and each header are grown by
concatenation). ``h11_max_incomplete_event_size`` bounds only the h11 protocol. So the server
runs httptools through this subclass, which counts a head's bytes across reads and, past
``MAX_HEAD``, answers 431 in the cloud's error shape and closes the connection; without
httptools (it is optional) uvicorn's h11 protocol runs with the same bound.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from alsep_cloud.api.errors import error_body

#: request line + headers; uvicorn's h11 default is 16 KB, browsers and proxies allow 8–64 KB
MAX_HEAD = 64 * 1024
HEAD_TOO_LARGE = "http.header_too_large"

if TYPE_CHECKING:  # the checker sees the extra installed (it is, with the dev extra)
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    HTTPTOOLS = True
else:
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        HTTPTOOLS = True
    except ImportError:  # pragma: no cover - httptools is an optional extra of uvicorn
        HTTPTOOLS = False


def head_too_large() -> bytes:
    body = json.dumps(error_body(HEAD_TOO_LARGE, f"The request line and headers are larger than {MAX_HEAD} bytes",
                                 {"limit": MAX_HEAD})).encode()
    return (b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)) + body


if HTTPTOOLS:
    class BoundedHttpToolsProtocol(HttpToolsProtocol):
        """Counts the reads that fall wholly inside one request's head (the read where it begins is
        not counted, so a head is refused past ``MAX_HEAD`` plus at most one read, never before)."""

        _head_open = False
        _head_bytes = 0
        _messages = 0

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._head_open = True
            self._head_bytes = 0
            self._messages += 1

        def on_headers_complete(self) -> None:
            self._head_open = False
            super().on_headers_complete()

        def data_received(self, data: bytes) -> None:
            before = (self._head_open, self._messages)
            super().data_received(data)
            if not self._head_open or before != (True, self._messages) or self.transport.is_closing():
                return
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD:
                self.logger.info("refused a request head over %d bytes", MAX_HEAD)
                self.transport.write(head_too_large())
                self.transport.close()


def uvicorn_options() -> dict[str, Any]:
    """The protocol options of ``uvicorn.run``."""
    if not HTTPTOOLS:  # pragma: no cover
        return {"http": "h11", "h11_max_incomplete_event_size": MAX_HEAD}
    return {"http": "alsep_cloud.api.head_limit:BoundedHttpToolsProtocol", "h11_max_incomplete_event_size": MAX_HEAD}
