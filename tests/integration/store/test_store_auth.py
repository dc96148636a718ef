"""Passwords, PINs, roles (issue 13, decision 0014)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.roles import Role
from alsep_desktop.errors import PermissionDenied
from alsep_desktop.services.auth import (
    AccountBlocked,
    AccountLocked,
    AdminPromptRejected,
    InvalidCredentials,
    PinDisabled,
)
from alsep_desktop.services.catalog import ProductDraft


class CountingHasher(PasswordHasher):
    def __init__(self, inner: PasswordHasher) -> None:
        super().__init__(time_cost=inner.time_cost, memory_cost=inner.memory_cost, parallelism=inner.parallelism)
        self.checks = 0
        self._count = threading.Lock()

    def verify(self, hash, password) -> bool:  # noqa: A002, ANN001
        with self._count:
            self.checks += 1
        return super().verify(hash, password)


@pytest.fixture
def env(ctx):
    ids = ensure_demo(ctx)
    return ids, ctx.auth.login(*ADMIN), ctx.auth.login(CASHIER[0], CASHIER[1])


def _wrong_pin(ctx, user_id: int, times: int) -> None:
    for _ in range(times):
        with pytest.raises(InvalidCredentials):
            ctx.auth.login_pin(user_id, "9999")


def test_pin_locks_grow_and_then_only_the_password_works(ctx, env, clock) -> None:
    _, _, cashier = env
    for minutes in (1, 2, 4):
        _wrong_pin(ctx, cashier.user_id, 5)
        with pytest.raises((AccountLocked, PinDisabled)):
            ctx.auth.login_pin(cashier.user_id, CASHIER[2])  # even the right PIN waits
        clock.advance(timedelta(minutes=minutes) - timedelta(seconds=5))
        if minutes < 4:
            with pytest.raises(AccountLocked):
                ctx.auth.login_pin(cashier.user_id, CASHIER[2])
        clock.advance(timedelta(seconds=10))
    with pytest.raises(PinDisabled):  # three PIN locks: the PIN is not checked at all any more
        ctx.auth.login_pin(cashier.user_id, CASHIER[2])
    clock.advance(timedelta(hours=2))
    with pytest.raises(PinDisabled):
        ctx.auth.login_pin(cashier.user_id, CASHIER[2])
    assert ctx.auth.login(CASHIER[0], CASHIER[1]).user_id == cashier.user_id  # the password gives it back
    assert ctx.auth.login_pin(cashier.user_id, CASHIER[2]).user_id == cashier.user_id


def test_pin_lock_lengths_double_up_to_an_hour() -> None:
    from alsep_desktop.services.auth import LockoutPolicy

    lengths = [LockoutPolicy().pin_lock_for(n).total_seconds() / 60 for n in range(1, 10)]
    assert lengths == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_sixty_four_parallel_wrong_pins_check_at_most_five(ctx, env) -> None:
    _, _, cashier = env
    hasher = CountingHasher(ctx.auth._hasher)  # noqa: SLF001
    ctx.auth._hasher = hasher  # noqa: SLF001
    start = threading.Barrier(64)
    outcomes: list[str] = []

    def attempt() -> None:
        start.wait()
        try:
            ctx.auth.login_pin(cashier.user_id, "0000")
            outcomes.append("in")
        except Exception as error:  # noqa: BLE001
            outcomes.append(getattr(error, "code", type(error).__name__))

    threads = [threading.Thread(target=attempt) for _ in range(64)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(outcomes) == 64 and "in" not in outcomes
    assert set(outcomes) <= {"auth.invalid_credentials", "auth.locked"}, set(outcomes)
    assert hasher.checks <= 5
    assert outcomes.count("auth.invalid_credentials") == hasher.checks


def test_the_admin_prompt_counts_per_register_and_method(ctx, env) -> None:
    ids, admin, _ = env
    rid = ids.register_id
    left = []
    for _ in range(4):
        with pytest.raises(AdminPromptRejected) as rejected:
            ctx.auth.require_admin_credentials(ADMIN[0], "wrong", register_id=rid, method="return")
        left.append(rejected.value.params["tries_left"])
    assert left == [4, 3, 2, 1]
    with pytest.raises(AccountLocked):  # the fifth failure locks this prompt
        ctx.auth.require_admin_credentials(ADMIN[0], "wrong", register_id=rid, method="return")
    with pytest.raises(AccountLocked):
        ctx.auth.require_admin_credentials(*ADMIN, register_id=rid, method="return")
    # ... but not the admin's account, nor the Z report prompt, nor another register
    assert ctx.auth.login(*ADMIN).is_admin
    assert ctx.auth.require_admin_credentials(*ADMIN, register_id=rid, method="z_report").is_admin
    assert ctx.auth.require_admin_credentials(*ADMIN, register_id=rid + 100, method="return").is_admin


def test_an_unknown_login_at_the_prompt_counts_too(ctx, env) -> None:
    ids, _, _ = env
    with pytest.raises(AdminPromptRejected) as rejected:
        ctx.auth.require_admin_credentials("nobody@demo.kz", "x", register_id=ids.register_id, method="z_report")
    assert rejected.value.params["tries_left"] == 4


def test_a_blocked_or_demoted_user_loses_the_rights_at_the_next_action(ctx, env) -> None:
    ids, admin, cashier = env
    other = ctx.auth.create_user(admin, "boss2@demo.kz", "secret12", Role.ADMIN, full_name="Boss Two").value
    boss2 = ctx.auth.login("boss2@demo.kz", "secret12")
    draft = ProductDraft(code="77", name="Тест", price=Money(100), vat_code="16")
    ctx.catalog.add_product(boss2, ids.register_id, draft)
    with ctx.uow() as uow:  # demoted by whatever means: the Principal in hand still says admin
        uow.users.get(other.id).role = Role.CASHIER.value
        uow.commit()
    assert boss2.role is Role.ADMIN
    with pytest.raises(PermissionDenied):
        ctx.catalog.add_product(boss2, ids.register_id, ProductDraft(code="78", name="Т", price=Money(1),
                                                                     vat_code="16"))
    with pytest.raises(PermissionDenied):
        ctx.auth.list_users(boss2)
    ctx.auth.set_blocked(admin, cashier.user_id, True)
    with pytest.raises(AccountBlocked):
        ctx.shifts.deposit(cashier, ids.register_id, Money(1000))
    ctx.auth.set_blocked(admin, other.id, True)
    with pytest.raises(AccountBlocked):
        ctx.admin.local.registers.registers(boss2)
