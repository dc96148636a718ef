"""Every error answers ``{"code", "message", "params"}`` with a stable code.

Validation errors name the field (``params.field``, dotted for nested values) and, inside a
list, the row (``params.row``, the 0-based index in that list); ``params.errors`` lists them
all when there are several.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from alsep_cloud.errors import AccountLocked, http_status
from alsep_desktop.errors import AlsepError, ValidationError

log = logging.getLogger("alsep_cloud")
E = TypeVar("E", bound=Exception)


def error_body(code: str, message: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "params": jsonable_encoder(params or {})}


def _field_of(loc: tuple[Any, ...]) -> tuple[str, int | None]:
    parts = list(loc[1:]) if loc and loc[0] in ("body", "query", "path", "header") else list(loc)
    row = None
    names = []
    for part in parts:
        if isinstance(part, int):
            row = part
        else:
            names.append(str(part))
    return ".".join(names) or (str(loc[0]) if loc else "body"), row


def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = []
    for err in exc.errors():
        field, row = _field_of(tuple(err.get("loc", ())))
        errors.append({"field": field, "row": row, "reason": err.get("msg", "invalid"), "type": err.get("type")})
    first = errors[0] if errors else {"field": "body", "row": None, "reason": "invalid"}
    where = f"field {first['field']}" + (f", row {first['row']}" if first["row"] is not None else "")
    params = {"field": first["field"], "reason": first["reason"], "errors": errors}
    if first["row"] is not None:
        params["row"] = first["row"]
    return JSONResponse(error_body("validation", f"Invalid value for {where}: {first['reason']}", params), 422)


def _alsep(_: Request, exc: AlsepError) -> JSONResponse:
    params = dict(exc.params)
    if isinstance(exc, ValidationError):
        params = {**exc.reason_params, "field": exc.field, "reason": exc.reason}
        if exc.row is not None:
            params["row"] = exc.row
        params["errors"] = [{"field": exc.field, "row": exc.row, "reason": exc.reason}]
    code = exc.code if not isinstance(exc, ValidationError) else (exc.code or "validation")
    headers = {"Retry-After": "60"} if isinstance(exc, AccountLocked) else None
    return JSONResponse(error_body(code, exc.message, params), http_status(exc), headers=headers)


def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = {404: "http.not_found", 405: "http.method_not_allowed"}.get(exc.status_code, f"http.{exc.status_code}")
    return JSONResponse(error_body(code, str(exc.detail)), exc.status_code, headers=getattr(exc, "headers", None))


def _integrity(_: Request, exc: IntegrityError) -> JSONResponse:
    log.warning("integrity error: %s", exc.orig)
    return JSONResponse(error_body("conflict.integrity", "The change conflicts with stored data"), 409)


def _busy(_: Request, exc: OperationalError) -> JSONResponse:
    log.warning("database unavailable: %s", exc.orig)
    return JSONResponse(error_body("unavailable", "The database is busy; retry"), 503, headers={"Retry-After": "1"})


def _internal(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return JSONResponse(error_body("internal", "Internal error"), 500)


def _for(kind: type[E], handle: Callable[[Request, E], JSONResponse]) -> Callable[[Request, Exception], Response]:
    """``handle`` as Starlette's handler type (it takes any Exception): Starlette calls the
    handler of ``kind`` only with a ``kind``, so anything else is re-raised untouched."""
    def handler(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, kind):
            raise exc
        return handle(request, exc)

    return handler


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _for(RequestValidationError, _validation))
    app.add_exception_handler(AlsepError, _for(AlsepError, _alsep))
    app.add_exception_handler(StarletteHTTPException, _for(StarletteHTTPException, _http))
    app.add_exception_handler(IntegrityError, _for(IntegrityError, _integrity))
    app.add_exception_handler(OperationalError, _for(OperationalError, _busy))
    app.add_exception_handler(Exception, _internal)
