"""Decision 2130: the admin services are chosen once per cloud, not asked per call. Without a
cloud the local set; with one the cloud set, the same object while the cloud is the same, read
from this PC's mirror and checking the role before asking for a sign-in; the admin tab keeps its set
(tests/ui/admin/test_admin_choice_ui.py). Real SQLite store; the cloud address is never called."""

from __future__ import annotations

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.cloud_client.admin_remote import CloudAuthRequired
from alsep_desktop.errors import PermissionDenied
from alsep_desktop.services.admin.catalog import CloudCatalog, LocalCatalog
from alsep_desktop.services.admin.company import CloudCompany, LocalCompany

NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing answers (and nothing is asked)


def test_the_set_is_chosen_by_the_cloud_once_and_switches_with_it(sqlite_ctx) -> None:
    ctx = sqlite_ctx
    ensure_demo(ctx)
    admin, cashier = ctx.auth.login(*ADMIN), ctx.auth.login(CASHIER[0], CASHIER[1])
    local = ctx.admin.current()
    assert local is ctx.admin.local and not local.in_cloud and local.line is None
    assert isinstance(local.company, LocalCompany) and isinstance(local.catalog, LocalCatalog)

    ctx.config.cloud_url = NOWHERE
    cloud = ctx.admin.current()
    assert cloud.in_cloud and ctx.admin.in_cloud and cloud.cloud is not None and cloud.cloud.base_url == NOWHERE
    assert isinstance(cloud.company, CloudCompany) and isinstance(cloud.catalog, CloudCatalog)
    assert ctx.admin.current() is cloud  # built once for this cloud
    assert cloud.company.company(admin) == local.company.company(admin)  # reads are the mirror's
    with pytest.raises(PermissionDenied):  # the role first: a cashier is not asked to sign in
        cloud.trade_points.create_trade_point(cashier, "Точка")
    with pytest.raises(CloudAuthRequired):
        cloud.trade_points.create_trade_point(admin, "Точка")
    assert [p.name for p in local.trade_points.trade_points(admin)] == [
        p.name for p in cloud.trade_points.trade_points(admin)]  # nothing was written here

    ctx.config.cloud_url = ""
    assert ctx.admin.current() is local and not ctx.admin.in_cloud
    ctx.config.cloud_url = NOWHERE + "/"  # the same cloud again: a new CloudAdmin, a new set
    again = ctx.admin.current()
    assert again.in_cloud and again is not cloud

