"""What a service call changed, so each screen refreshes only on the flags it cares about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    basket: bool = False
    shift: bool = False
    receipts: bool = False
    catalog: bool = False
    users: bool = False
    org: bool = False
    settings: bool = False


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    value: T
    changes: Changes
