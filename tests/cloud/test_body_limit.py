"""Request bodies are bounded before they are read (decision 2060), on the real cloud over TCP:
a declared oversize body is refused before a byte of it is read, a streamed one where it crosses
the limit, a body longer than its Content-Length where it lied; a request without a credential
to a route that needs one is refused before its body; bodies at the limit still work, the catalog
import still takes large ones; and the server's memory does not follow what a client sends."""

from __future__ import annotations

import asyncio
import json
import re
import select
import socket
import time
import uuid
from pathlib import Path

import pytest

from alsep_cloud.api.app import api_routes
from alsep_cloud.api.body_limit import (
    ADMIN_LIMIT,
    DEVICE_LIMIT,
    IMPORT_LIMIT,
    PUBLIC_LIMIT,
    BodyLimit,
    Rule,
)
from alsep_cloud.api.head_limit import MAX_HEAD
from alsep_cloud.schemas.uploads import ReceiptUpload
from tests.cloud.support import CloudServer, Tenant

HUGE = 200 * 1024 * 1024
PIECE = b"x" * 65536
#: what the loopback's socket buffers (client send + server receive) can hold once the server stops reading
BUFFERS = 16 * 1024 * 1024


def _rss_kb(server: CloudServer) -> int:
    for line in Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _head(method: str, path: str, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode()


class Answer:
    def __init__(self, status: int, headers: dict[str, str], body: bytes, closed: bool) -> None:
        self.status, self.headers, self.body, self.closed = status, headers, body, closed

    def json(self) -> dict:
        return json.loads(self.body)


def _read_answer(sock: socket.socket, timeout: float = 3.0) -> Answer:
    """One HTTP answer, then whether the server closed the connection after it."""
    sock.settimeout(timeout)
    buf = b""
    while b"\r\n\r\n" not in buf:
        data = sock.recv(65536)
        assert data, f"connection closed without an answer: {buf!r}"
        buf += data
    head, _, rest = buf.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        data = sock.recv(65536)
        assert data, "connection closed in the middle of the answer"
        rest += data
    try:
        closed = sock.recv(65536) == b""
    except ConnectionResetError:
        closed = True
    except TimeoutError:
        closed = False
    return Answer(int(status_line.split()[1]), headers, rest[:length], closed)


def _push(sock: socket.socket, total: int, chunked: bool) -> int:
    """Send up to ``total`` body bytes (chunked framing or raw) until the server answers or stops
    the connection; the bytes sent."""
    sock.settimeout(5)
    sent = 0
    piece = b"%x\r\n" % len(PIECE) + PIECE + b"\r\n" if chunked else PIECE
    while sent < total:
        readable, _, _ = select.select([sock], [], [], 0)
        if readable:  # the answer is there
            break
        try:
            sock.sendall(piece)
        except (BrokenPipeError, ConnectionResetError):
            break
        sent += len(PIECE)
    return sent


@pytest.fixture
def device_credential(tenant: Tenant) -> str:
    reg = tenant.register()
    out = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": f"pc-{uuid.uuid4().hex[:8]}"})
    return out["credential"]


def _token(tenant: Tenant) -> str:
    return tenant.api.headers["Authorization"].removeprefix("Bearer ")


@pytest.mark.parametrize(("path", "limit"), [("/trade-points", ADMIN_LIMIT), ("/uploads/receipts", DEVICE_LIMIT),
                                             ("/auth/login", PUBLIC_LIMIT)])
def test_a_declared_oversize_body_is_refused_before_it_is_read(cloud_pg: CloudServer, path: str, limit: int) -> None:
    before = _rss_kb(cloud_pg)
    with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
        started = time.monotonic()
        sock.sendall(_head("POST", path, {"Content-Type": "application/json", "Content-Length": str(HUGE)}))
        answer = _read_answer(sock)  # not a byte of the body sent: the server answers on the headers alone
        elapsed = time.monotonic() - started
    assert answer.status == 413, answer.body
    assert answer.json()["code"] == "http.payload_too_large" and answer.json()["params"]["limit"] == limit
    assert set(answer.json()) == {"code", "message", "params"}
    assert answer.headers["connection"] == "close" and answer.closed
    assert elapsed < 1.0
    assert _rss_kb(cloud_pg) - before < 10_000


def test_a_streamed_body_is_cut_at_the_limit_and_memory_stays_flat(cloud_pg: CloudServer, tenant: Tenant,
                                                                  device_credential: str) -> None:
    """Chunked, no Content-Length, 200 MB offered: with a (wrong) credential the route reads, and is
    stopped where the body crosses the limit; without any, it is refused before the body."""
    before = _rss_kb(cloud_pg)
    cases = [("/trade-points", "Bearer not-a-valid-token", ADMIN_LIMIT, 413),
             ("/company", f"Bearer {_token(tenant)}", ADMIN_LIMIT, 413),
             ("/uploads/receipts", f"Bearer {device_credential}", DEVICE_LIMIT, 413),
             ("/uploads/receipts", "", DEVICE_LIMIT, 401),
             ("/trade-points", "", ADMIN_LIMIT, 401)]
    for path, auth, limit, status in cases:
        headers = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
        if auth:
            headers["Authorization"] = auth
        with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
            sock.sendall(_head("PATCH" if path == "/company" else "POST", path, headers))
            sent = _push(sock, HUGE, chunked=True)
            answer = _read_answer(sock)
        assert answer.status == status, (path, answer.body)
        if status == 413:
            assert answer.json()["code"] == "http.payload_too_large" and answer.json()["params"]["limit"] == limit
            assert limit < sent < limit + BUFFERS, (path, sent)
        else:
            assert answer.json()["code"] == "auth.required"
            assert sent < BUFFERS, (path, sent)
        assert answer.closed, path
    grown = _rss_kb(cloud_pg) - before
    assert grown < 30_000, f"the server's RSS grew by {grown} kB"


def test_a_lying_content_length_is_cut_where_it_lied(cloud_pg: CloudServer, tenant: Tenant) -> None:
    """It declares a small body and sends 200 MB: the server takes the declared bytes as the body and
    refuses the rest (not HTTP) with the connection; its memory does not grow with what was sent."""
    before = _rss_kb(cloud_pg)
    body = json.dumps({"name": "Точка", "address": "Абая 1"}).encode()
    with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
        sock.sendall(_head("POST", "/trade-points", {"Content-Type": "application/json",
                                                     "Content-Length": str(len(body)),
                                                     "Authorization": f"Bearer {_token(tenant)}"}) + body)
        sent = _push(sock, HUGE, chunked=False)
        answer = _read_answer(sock, timeout=5)
    # the declared bytes were a valid request (201); what follows them is not HTTP (400): either way
    # the connection ends long before the 200 MB
    assert answer.status in (201, 400) and answer.closed
    assert sent < BUFFERS
    assert _rss_kb(cloud_pg) - before < 30_000


def test_the_middleware_cuts_a_body_longer_than_it_declared() -> None:
    """The same lie delivered to the app itself (a server that does not enforce Content-Length):
    the middleware counts the pieces and stops at the declared length, the app's own answer dropped."""
    pieces = [b"a" * 600, b"b" * 600, b"c" * 600]
    seen: list[int] = []
    sent: list[dict] = []

    async def app(scope, receive, send) -> None:  # reads like FastAPI: every piece, then answers
        while True:
            message = await receive()
            seen.append(len(message["body"]))
            if not message["more_body"]:
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def receive() -> dict:
        return {"type": "http.request", "body": pieces.pop(0), "more_body": bool(pieces)}

    async def send(message: dict) -> None:
        sent.append(message)

    middleware = BodyLimit(app, ((re.compile("^/x$"), frozenset({"POST"}), Rule(ADMIN_LIMIT, credential=False)),))
    scope = {"type": "http", "method": "POST", "path": "/x", "root_path": "", "headers": [(b"content-length", b"1000")]}
    asyncio.run(middleware(scope, receive, send))
    assert seen == [600]  # the second piece crossed 1,000 bytes: the app never got it
    assert sent[0]["status"] == 413 and len(sent) == 2
    assert json.loads(sent[1]["body"])["params"] == {"limit": 1000, "declared": 1000}


def test_bodies_at_the_limit_still_work(cloud_pg: CloudServer, tenant: Tenant, device_credential: str) -> None:
    body = json.dumps({"name": "Точка у предела", "address": "Абая 1"}).encode()
    at_limit = body + b" " * (ADMIN_LIMIT - len(body))
    r = tenant.api.post("/trade-points", content=at_limit, headers={"Content-Type": "application/json"})
    assert r.status_code == 201, r.text
    r = tenant.api.post("/trade-points", content=at_limit + b" ", headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["params"]["limit"] == ADMIN_LIMIT
    # streamed (chunked) at the limit: counted, and let through
    r = tenant.api.post("/trade-points", content=iter([at_limit[:500_000], at_limit[500_000:]]),
                        headers={"Content-Type": "application/json"})
    assert r.status_code == 201, r.text
    move = json.dumps({"key": str(uuid.uuid4()), "kind": "deposit", "shift_key": "shift-1", "shift_number": 1,
                       "amount_tiyn": 100_000, "created_at": "2026-03-02T09:00:00+05:00"}).encode()
    device = cloud_pg.client(device_credential)
    r = device.post("/uploads/cash-moves", content=move + b" " * (DEVICE_LIMIT - len(move)),
                    headers={"Content-Type": "application/json"})
    assert r.status_code == 201, r.text
    # a login is small: up to its limit it reaches the sign-in (whatever the sign-in then says), past it not
    login = json.dumps({"email": tenant.email, "password": "admin-pass-1"}).encode()
    anonymous = cloud_pg.client()
    r = anonymous.post("/auth/login", content=login + b" " * (PUBLIC_LIMIT - len(login)),
                       headers={"Content-Type": "application/json"})
    assert r.status_code != 413 and r.json().get("code") != "http.payload_too_large", r.text
    r = anonymous.post("/auth/login", content=login + b" " * (PUBLIC_LIMIT + 1 - len(login)),
                       headers={"Content-Type": "application/json"})
    assert r.status_code == 413, r.text


def test_the_largest_receipt_the_schema_allows_fits_the_upload_limit() -> None:
    """1,000 lines with 255-letter Cyrillic names and 1,000-character marking codes, encoded as the
    desktop's ``requests`` does (ASCII escapes: 6 bytes a letter)."""
    big = 10**15
    line = {"product_id": "f" * 36, "code": "9" * 64, "group_code": "9" * 64, "name": "Ж" * 255, "barcode": "4" * 14,
            "unit": "796", "unit_price_tiyn": big, "quantity_milli": 10**9, "discount_tiyn": big, "markup_tiyn": big,
            "total_tiyn": big, "vat_code": "16", "vat_tiyn": big, "ntin": "4" * 14, "marking_code": "0" * 1000}
    pay = {"kind": "card", "amount_tiyn": big, "terminal_id": "t" * 32, "card_type": "c" * 32, "auth_code": "a" * 32,
           "rrn": "r" * 32}
    receipt = {"key": "k" * 80, "operation": "sale", "number": 1, "shift_key": "s" * 80, "shift_number": 1,
               "created_at": "2026-03-02T10:15:00+05:00", "total_tiyn": big, "cashier": "c" * 254,
               "fiscal_sign": "1" * 64, "ofd_ticket_number": "1" * 64, "check_url": "h" * 2000,
               "lines": [{**line, "position": i, "original_position": i} for i in range(1, 1001)],
               "payments": [pay] * 20}
    ReceiptUpload.model_validate(receipt)  # a receipt the schema takes
    assert len(json.dumps(receipt).encode()) < DEVICE_LIMIT


def test_the_catalog_import_takes_a_larger_body(cloud_pg: CloudServer, tenant: Tenant) -> None:
    reg = tenant.register()
    rows = [{"row": i, "code": f"B{i}", "name": f"Товар {i}", "price_tiyn": 100 * i, "vat_code": "none"}
            for i in range(1, 4)]
    body = json.dumps({"key": uuid.uuid4().hex, "source": "big.csv", "rows": rows}).encode()
    padded = body + b" " * (2 * DEVICE_LIMIT)
    r = tenant.api.post(f"/registers/{reg['id']}/products/import", content=padded,
                        headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["created"] == 3
    # and its own limit is declared-checked like the others, before the body
    with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
        sock.sendall(_head("POST", f"/registers/{reg['id']}/products/import", {
            "Content-Type": "application/json", "Content-Length": str(IMPORT_LIMIT + 1),
            "Authorization": f"Bearer {_token(tenant)}"}))
        answer = _read_answer(sock)
    assert answer.status == 413 and answer.json()["params"]["limit"] == IMPORT_LIMIT


def _limit_of(path: str) -> int:
    """The route classes of decision 2060, spelled out here, not read from the middleware."""
    if path in ("/auth/login", "/health"):  # what needs no credential
        return PUBLIC_LIMIT
    if path.endswith("/products/import"):
        return IMPORT_LIMIT
    if path.startswith("/uploads/") or path in ("/feed", "/device/register"):
        return DEVICE_LIMIT
    return ADMIN_LIMIT


def test_every_route_refuses_a_declared_oversize_body_without_reading_it(cloud_pg: CloudServer) -> None:
    """Each endpoint of the app (with or without a body parameter, any method) answers 413 on the
    headers alone with its class's limit: no route is left unbounded or falls to another class."""
    routes = [(method, route.path) for route in api_routes() for method in sorted(route.methods)]
    assert len(routes) > 40
    for method, path in routes:
        url = re.sub(r"\{[a-z_]+\}", str(uuid.uuid4()), path)
        limit = _limit_of(path)
        with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
            sock.sendall(_head(method, url, {"Content-Type": "application/json", "Content-Length": str(limit + 1)}))
            answer = _read_answer(sock)
        assert answer.status == 413, (method, path, answer.body)
        assert answer.json()["params"]["limit"] == limit, (method, path)


def test_a_body_the_route_does_not_read_ends_the_connection(cloud_pg: CloudServer) -> None:
    """``GET /health`` with a streamed body: answered without reading it, and the connection closed
    (else the server would go on receiving and discarding the 200 MB after its answer)."""
    with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
        sock.sendall(_head("GET", "/health", {"Transfer-Encoding": "chunked"}))
        sent = _push(sock, HUGE, chunked=True)
        answer = _read_answer(sock)
    assert answer.status == 200 and answer.headers["connection"] == "close" and answer.closed
    assert sent < BUFFERS


@pytest.mark.parametrize("where", ["url", "header"])
def test_an_endless_request_head_is_refused_with_the_connection(cloud_pg: CloudServer, where: str) -> None:
    """The head (request line and headers) is the HTTP server's to parse: httptools kept a 100 MB
    header whole (25 s of CPU, 100 MB held); the server's protocol stops it past MAX_HEAD."""
    before = _rss_kb(cloud_pg)
    with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
        sock.sendall(b"GET /health?x=" if where == "url" else b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ")
        sent = _push(sock, HUGE, chunked=False)
        answer = _read_answer(sock)
    assert answer.status == 431 and answer.json()["code"] == "http.header_too_large"
    assert answer.json()["params"]["limit"] == MAX_HEAD and answer.closed
    assert sent < BUFFERS
    assert _rss_kb(cloud_pg) - before < 10_000


def test_a_head_under_its_limit_still_works(cloud_pg: CloudServer) -> None:
    """Headers of 48 KB in all, on a kept-alive connection: two requests, both answered."""
    headers = {f"X-Pad-{i}": "p" * 1000 for i in range(48)}
    with socket.create_connection(("127.0.0.1", cloud_pg.port)) as sock:
        for _ in range(2):
            sock.sendall(_head("GET", "/health", headers))
            sock.settimeout(3)
            buf = b""
            while b"}" not in buf:
                buf += sock.recv(65536)
            assert buf.startswith(b"HTTP/1.1 200 ")
