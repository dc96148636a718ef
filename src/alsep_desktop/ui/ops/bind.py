"""Named operations of binding this PC to a register, in this store or in the cloud (decision 2122)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsep_desktop.app.bootstrap import AppContext
    from alsep_desktop.domain.roles import Principal
    from alsep_desktop.services.admin.records import RegisterInfo
    from alsep_desktop.services.cloud.binding import CloudBinding, CloudRegister
    from alsep_desktop.ui.counter import Counter
    from alsep_desktop.ui.ops import Done, Failed


def cloud_sign_in(counter: Counter, cloud: CloudBinding, email: str, password: str, company: str,
                  done: Done, failed: Failed) -> None:
    """The administrator signs in to the cloud; reports the company's registers."""
    counter.ops.run(partial(cloud.sign_in, email, password, company), done, failed)


def _admin_registers(ctx: AppContext, email: str, password: str) -> tuple[Principal, list[RegisterInfo]]:
    admin = ctx.auth.require_admin_credentials(email, password)
    return admin, ctx.admin.local.registers.registers(admin)


def admin_registers(counter: Counter, email: str, password: str, done: Done, failed: Failed) -> None:
    """The administrator of this store signs in; reports them and the store's registers."""
    counter.ops.run(partial(_admin_registers, counter.ctx, email, password), done, failed)


def cloud_registers(counter: Counter, cloud: CloudBinding, done: Done, failed: Failed) -> None:
    """The cloud company's registers again (after another PC was unbound)."""
    counter.ops.run(cloud.registers, done, failed)


def bind_in_cloud(counter: Counter, cloud: CloudBinding, register_id: str, done: Done, failed: Failed) -> None:
    """This PC becomes the cloud register's device."""
    counter.ops.run(partial(cloud.bind, register_id), done, failed)


def unbind_elsewhere(counter: Counter, cloud: CloudBinding, register_id: str, done: Done, failed: Failed) -> None:
    """The cloud register lets go of the other device it is bound to."""
    counter.ops.run(partial(cloud.unbind, register_id), done, failed)


def _finish_cloud_binding(ctx: AppContext, cloud: CloudBinding, reg: CloudRegister) -> int:
    local_id = cloud.mark_local(reg.serial_number, reg.name)
    ctx.start_sync()  # the mirror is complete: background rounds from now on
    return local_id


def finish_cloud_binding(counter: Counter, cloud: CloudBinding, reg: CloudRegister, done: Done,
                         failed: Failed) -> None:
    """The first mirror is complete: the register is this store's, the sync engine starts."""
    counter.ops.run(partial(_finish_cloud_binding, counter.ctx, cloud, reg), done, failed)


def bind_here(counter: Counter, admin: Principal, register_id: int, done: Done, failed: Failed) -> None:
    """Without a cloud: this PC becomes the device of the store's register."""
    counter.ops.run(partial(counter.ctx.org.bind_device, admin, register_id, counter.ctx.config.device_id()),
                    done, failed)
