"""The cashier changes their own PIN (seed 9, «Изменить пин-код»; issue 11)."""

from __future__ import annotations

import pytest

from alsep_desktop.app.demo import CASHIER, ensure_demo
from alsep_desktop.errors import ValidationError
from alsep_desktop.services.auth import AccountLocked, InvalidCredentials


def test_change_pin_with_the_old_pin_or_the_password(ctx) -> None:
    ensure_demo(ctx)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    ctx.auth.change_pin(cashier, CASHIER[1], "4321")  # no PIN yet: the password
    assert ctx.auth.login_pin(cashier.user_id, "4321").user_id == cashier.user_id
    ctx.auth.change_pin(cashier, "4321", "5555")  # the old PIN
    with pytest.raises(InvalidCredentials):
        ctx.auth.login_pin(cashier.user_id, "4321")
    assert ctx.auth.login_pin(cashier.user_id, "5555").user_id == cashier.user_id
    with pytest.raises(ValidationError):
        ctx.auth.change_pin(cashier, "5555", "12")
    with pytest.raises(InvalidCredentials):
        ctx.auth.change_pin(cashier, "0000", "7777")
    assert ctx.auth.login_pin(cashier.user_id, "5555").user_id == cashier.user_id


def test_wrong_old_secrets_count_like_password_failures(ctx) -> None:
    ensure_demo(ctx)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            ctx.auth.change_pin(cashier, "wrong", "7777")
    with pytest.raises(AccountLocked):
        ctx.auth.change_pin(cashier, CASHIER[1], "7777")
