"""A user's name (decision 2050): required, trimmed, limited, and editable by an admin; the
next document signed by the user names them by it."""

from __future__ import annotations

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, CASHIER_NAME, ensure_demo
from alsep_desktop.domain.roles import Role
from alsep_desktop.domain.user_name import USER_NAME_MAX
from alsep_desktop.errors import PermissionDenied, ValidationError


@pytest.mark.parametrize("name", ["", "   ", None, "x" * (USER_NAME_MAX + 1), "Анна\tЛи\x00"])
def test_a_user_without_a_usable_name_is_refused_on_its_field(sqlite_ctx, name) -> None:  # noqa: ANN001
    ctx = sqlite_ctx
    ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = len(ctx.auth.list_users(admin))
    with pytest.raises(ValidationError) as err:
        ctx.auth.create_user(admin, "anna@demo.kz", "anna-pass-1", Role.CASHIER, full_name=name)
    assert err.value.field == "full_name"
    assert len(ctx.auth.list_users(admin)) == before


def test_names_are_trimmed_and_an_admin_renames(sqlite_ctx) -> None:  # noqa: ANN001
    ctx = sqlite_ctx
    ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    made = ctx.auth.create_user(admin, "anna@demo.kz", "anna-pass-1", Role.CASHIER, full_name="  Анна   Ли ").value
    assert made.full_name == "Анна Ли"
    assert ctx.auth.update_user(admin, made.id, full_name="Анна Ким").value.full_name == "Анна Ким"
    with pytest.raises(ValidationError):
        ctx.auth.update_user(admin, made.id, full_name=" ")
    assert next(u for u in ctx.auth.list_users(admin) if u.id == made.id).full_name == "Анна Ким"
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    assert cashier.full_name == CASHIER_NAME
    with pytest.raises(PermissionDenied):
        ctx.auth.update_user(cashier, made.id, full_name="Я")
    # the signed-in cashier's name is re-read at the next document (guard.require_user)
    ctx.auth.update_user(admin, cashier.user_id, full_name="Айгүл Нұрқызы")
    with ctx.uow() as uow:
        from alsep_desktop.services.guard import require_user

        assert require_user(cashier, uow).full_name == "Айгүл Нұрқызы"
