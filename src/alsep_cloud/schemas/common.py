"""Types shared by the schemas."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Tiyn = Annotated[int, Field(strict=True, ge=0, le=10**15, description="money in integer tiyn (1 ₸ = 100 tiyn)")]
SignedTiyn = Annotated[int, Field(strict=True, ge=-(10**15), le=10**15, description="money in integer tiyn")]
Milli = Annotated[int, Field(strict=True, gt=0, le=10**9, description="quantity in integer milli-units")]
BasisPoints = Annotated[int, Field(strict=True, ge=0, le=10_000, description="percent × 100: 1250 = 12.5 %")]
Version = Annotated[int, Field(strict=True, ge=1, description="the version this edit is based on")]
Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9:_.-]{1,80}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
Text512 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=512)]


class Strict(BaseModel):
    """Unknown fields are refused, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")


class ErrorOut(BaseModel):
    code: str = Field(description="stable error code, e.g. conflict.stale_version")
    message: str = Field(description="short English sentence")
    params: dict[str, Any] = Field(default_factory=dict, description="values named by the code")


#: FastAPI's ``responses``: status code -> OpenAPI response (its parameter type, so routers take it)
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "no valid credential (auth.required, auth.token_expired)"},
    403: {"model": ErrorOut, "description": "wrong kind of credential (auth.admin_only, auth.device_only)"},
    404: {"model": ErrorOut, "description": "not found, or another company's (not_found)"},
    409: {"model": ErrorOut, "description": "conflict (conflict.stale_version, conflict.duplicate, ...)"},
    422: {"model": ErrorOut, "description": "validation: params.field (and params.row for lists)"},
}


class Deleted(BaseModel):
    id: str
    deleted: bool = True
    version: int
