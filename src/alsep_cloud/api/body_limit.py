"""Request bodies are bounded before they are read, on every route (decision 2060).

A pure ASGI middleware (a ``BaseHTTPMiddleware`` would buffer the body it is meant to bound):

- a declared ``Content-Length`` over the route's limit answers 413 before a byte of the body is
  read; so does a body that grows past the limit as it arrives (chunked, or longer than it
  declared): the bytes are counted per piece and the request stops at the piece that crosses;
- a route that needs a credential answers 401 before reading any body when the request carries
  no bearer credential at all (the endpoint would otherwise parse the whole body first);
- both answers close the connection, so the server neither drains nor parses the rest.

The limit is per route class: what needs no credential (``/auth/login``) 64 KB, admin JSON 1 MB,
a register's uploads 4 MB (the largest receipt the schema allows is ~3.2 MB as the desktop encodes
it), the catalog import its own ``MAX_BODY_MB``. A request with no body by its framing (neither
``Content-Length`` nor ``Transfer-Encoding``: every ``GET`` of the feed) passes untouched.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alsep_cloud.api import deps
from alsep_cloud.api.errors import error_body
from alsep_cloud.api.routes import catalog_import
from alsep_cloud.errors import NotAuthenticated, http_status

log = logging.getLogger("alsep_cloud")

KB = 1024
MB = 1024 * KB
PUBLIC_LIMIT = 64 * KB
ADMIN_LIMIT = 1 * MB
DEVICE_LIMIT = 4 * MB
IMPORT_LIMIT = catalog_import.MAX_BODY_MB * MB
TOO_LARGE = "http.payload_too_large"


@dataclass(frozen=True, slots=True)
class Rule:
    limit: int
    #: the route refuses a request without a bearer credential (admin token or device credential)
    credential: bool


PUBLIC = Rule(PUBLIC_LIMIT, credential=False)


class BodyTooLarge(Exception):
    """Raised into the app from ``receive`` once the body crossed its limit (413 already sent)."""


def _calls(dependant: Dependant) -> Iterator[object]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _calls(sub)


def rule_of(route: APIRoute) -> Rule:
    calls = set(_calls(route.dependant))
    if route.endpoint is catalog_import.import_products:
        return Rule(IMPORT_LIMIT, credential=True)
    if deps.device in calls:
        return Rule(DEVICE_LIMIT, credential=True)
    if deps.admin in calls:
        return Rule(ADMIN_LIMIT, credential=True)
    return PUBLIC


Rules = tuple[tuple[re.Pattern[str], frozenset[str], Rule], ...]


def rules_of(routes: Iterable[BaseRoute]) -> Rules:
    """Each endpoint's path pattern and methods (the router's own match converts the path's
    parameters too: four times the cost on the hot uploads), with its rule."""
    return tuple((r.path_regex, frozenset(r.methods or ()), rule_of(r)) for r in routes if isinstance(r, APIRoute))


def _route_path(scope: Scope) -> str:
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root + "/") else path


def _framing(scope: Scope) -> tuple[int | None, bool, bool]:
    """(declared length or None, has a body by its framing, carries a bearer credential)."""
    declared: int | None = None
    body = False
    bearer = False
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                declared = int(value)
            except ValueError:
                declared = None  # the server refuses it first; if not, the bytes are still counted
            body = body or declared != 0
        elif name == b"transfer-encoding":
            body = True
        elif name == b"authorization":
            scheme, _, credential = value.partition(b" ")
            bearer = scheme.lower() == b"bearer" and bool(credential.strip())
    return declared, body, bearer


def _too_large(limit: int, declared: int | None) -> JSONResponse:
    params = {"limit": limit, "declared": declared}
    return JSONResponse(error_body(TOO_LARGE, f"The request body is larger than {limit} bytes", params), 413,
                        headers={"Connection": "close"})


def _unauthenticated() -> JSONResponse:
    exc = NotAuthenticated()
    return JSONResponse(error_body(exc.code, exc.message, dict(exc.params)), http_status(exc),
                        headers={"Connection": "close"})


class BodyLimit:
    def __init__(self, app: ASGIApp, rules: Rules) -> None:
        self.app = app
        self.rules = rules

    def rule(self, scope: Scope) -> Rule:
        path, method = _route_path(scope), scope["method"]
        for pattern, methods, rule in self.rules:
            if method in methods and pattern.match(path):
                return rule
        return PUBLIC  # no such route (404) or another method (405): the app answers, the body stays bounded

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared, body, bearer = _framing(scope)
        if not body:  # nothing the server will deliver as a body
            await self.app(scope, receive, send)
            return
        rule = self.rule(scope)
        if declared is not None and declared > rule.limit:
            log.info("refused %s %s: declared %d bytes, limit %d", scope["method"], scope["path"], declared,
                     rule.limit)
            await _too_large(rule.limit, declared)(scope, receive, send)
            return
        if rule.credential and not bearer:
            await _unauthenticated()(scope, receive, send)
            return
        # a body longer than it declared is cut where it lied (the server's parser does so too)
        limit = rule.limit if declared is None else declared
        seen = 0
        started = answered = finished = False

        async def counted() -> Message:
            nonlocal seen, answered, finished
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                finished = not message.get("more_body", False)
                if seen > limit:
                    if not started:
                        log.info("refused %s %s: body over %d bytes", scope["method"], scope["path"], limit)
                        await _too_large(limit, declared)(scope, receive, send)
                        answered = True
                    raise BodyTooLarge
            return message

        async def guarded(message: Message) -> None:
            nonlocal started
            if answered:  # the app's own answer to the cut body (e.g. FastAPI's 400) is not sent
                return
            if message["type"] == "http.response.start":
                started = True
                if not finished:  # answered before its body ended: the server would drain the rest
                    message = {**message, "headers": [*message.get("headers", ()), (b"connection", b"close")]}
            await send(message)

        try:
            await self.app(scope, counted, guarded)
        except Exception:
            if not answered:
                raise


def install(app: FastAPI, routes: Iterable[BaseRoute]) -> None:
    """``routes``: every endpoint of the app, matched by their own path (the routers carry no
    prefix); a request no route matches gets the smallest limit."""
    app.add_middleware(BodyLimit, rules=rules_of(routes))
