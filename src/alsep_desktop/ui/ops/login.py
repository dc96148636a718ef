"""Named operations of signing in, locking and the PIN (decision 2122)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsep_desktop.domain.roles import Principal
    from alsep_desktop.services.auth import AuthService
    from alsep_desktop.ui.counter import Counter
    from alsep_desktop.ui.ops import Done, Failed


def register_of_device(counter: Counter, done: Done, failed: Failed) -> None:
    """The register this PC is bound to (None: not bound yet, seed 9.1)."""
    counter.ops.run(partial(counter.ctx.org.register_of_device, counter.ctx.config.device_id()), done, failed)


def _sign_in(auth: AuthService, email: str, password: str) -> tuple[Principal, bool]:
    who = auth.login(email, password)
    return who, auth.has_pin(who.user_id)


def sign_in(counter: Counter, email: str, password: str, done: Done, failed: Failed) -> None:
    """Login and password; reports who signed in and whether they have a PIN yet."""
    counter.ops.run(partial(_sign_in, counter.ctx.auth, email, password), done, failed)


def set_pin(counter: Counter, who: Principal, pin: str, done: Done, failed: Failed) -> None:
    """The first PIN of a cashier (it unlocks the register)."""
    counter.ops.run(partial(counter.ctx.auth.set_pin, who, pin), done, failed)


def unlock(counter: Counter, who: Principal, pin: str, done: Done, failed: Failed) -> None:
    """The locked register opens again with the cashier's PIN."""
    counter.ops.run(partial(counter.ctx.auth.login_pin, who.user_id, pin), done, failed)


def change_pin(counter: Counter, cashier: Principal, current: str, new: str, done: Done, failed: Failed) -> None:
    """«Изменить пин-код» (seed 9): the signed-in cashier's own PIN."""
    counter.ops.run(partial(counter.ctx.auth.change_pin, cashier, current, new), done, failed)
