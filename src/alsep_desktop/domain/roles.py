"""Roles and the identity of whoever acts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(Enum):
    ADMIN = "admin"
    CASHIER = "cashier"


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    email: str
    role: Role
    company_id: int | None
    full_name: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN
