"""A desktop register bound to a company of a real cloud and mirrored, as the bind dialog leaves it."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from alsep_desktop.app.bootstrap import AppContext, build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.kernel.clock import FakeClock
from tests.cloud.support import PASSWORD, CloudServer, Tenant
from tests.conftest import FAST_ARGON2


@dataclass
class BoundPc:
    ctx: AppContext
    tenant: Tenant
    register: dict  # the cloud's view
    register_id: int  # the local mirror's id
    products: list[dict]

    def close(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.stop(timeout=10)
        self.ctx.close()


def bound_pc(server: CloudServer, data_dir: Path, *, products: int = 3, clock: FakeClock | None = None) -> BoundPc:
    tenant = server.tenant()
    reg = tenant.register()
    made = [tenant.product(reg, str(i), name=f"Товар {i}", price_tiyn=10_000 * i, barcode=f"487000100{i:04d}")
            for i in range(1, products + 1)]
    ctx = build_context(AppConfig(data_dir=data_dir, argon2=FAST_ARGON2, secrets="file", cloud_url=server.url),
                        clock=clock)
    assert ctx.binding is not None
    ctx.binding.sign_in(tenant.email, PASSWORD, tenant.iin_bin)
    ctx.binding.bind(reg["id"])  # builds the engine (not started yet)
    assert ctx.sync is not None
    ctx.sync.first_mirror(lambda _d, _t: None, threading.Event())
    local_id = ctx.binding.mark_local(reg["serial_number"], reg["name"])
    ctx.start_sync()  # as the bind dialog does once the first mirror is complete
    return BoundPc(ctx, tenant, reg, local_id, made)
