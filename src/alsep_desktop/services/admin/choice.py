"""Which implementations the admin tab works with: chosen once per cloud (decision 2130).

:class:`AdminChoice` is built by the composition root. ``current()`` answers the set for the
cloud this PC works with now (``CloudAdmins``: the cloud of the device credential, else the
configured ``cloud_url``): the local set without one, else the cloud set built once for that
cloud's :class:`CloudAdmin` (the same object, and so the same admin session, as the binding's).
The admin tab takes ``current()`` when it is built; binding, unbinding and signing in again
rebuild the tab, which then takes the set of the new state.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from alsep_desktop.cloud_client.admin_remote import CloudAdmin
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.admin.catalog import CatalogAdmin, CloudCatalog, LocalCatalog
from alsep_desktop.services.admin.cloud_line import CloudLine, MirrorWatch, SyncLink
from alsep_desktop.services.admin.company import CloudCompany, CompanyAdmin, LocalCompany
from alsep_desktop.services.admin.registers import (
    CloudRegisters,
    LocalRegisters,
    OfdUpdated,
    RegisterAdmin,
)
from alsep_desktop.services.admin.trade_points import (
    CloudTradePoints,
    LocalTradePoints,
    TradePointAdmin,
)
from alsep_desktop.services.admin.users import CloudUsers, LocalUsers, UserAdmin
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.catalog import CatalogService
from alsep_desktop.services.org import OrgService
from alsep_desktop.store.uow import UowFactory


@dataclass(frozen=True)
class AdminServices:
    """One implementation per aggregate; ``line`` is the cloud's (None on a single PC)."""

    company: CompanyAdmin
    trade_points: TradePointAdmin
    registers: RegisterAdmin
    users: UserAdmin
    catalog: CatalogAdmin
    line: CloudLine | None = None

    @property
    def in_cloud(self) -> bool:
        return self.line is not None

    @property
    def cloud(self) -> CloudAdmin | None:
        return self.line.cloud if self.line is not None else None


def local_admin(*, uow: UowFactory, clock: Clock, catalog: CatalogService, org: OrgService, auth: AuthService,
                on_ofd_update: OfdUpdated | None = None) -> AdminServices:
    """This PC's store (single-PC mode)."""
    return AdminServices(
        company=LocalCompany(uow, clock), trade_points=LocalTradePoints(uow, clock, org),
        registers=LocalRegisters(uow, clock, org, on_ofd_update), users=LocalUsers(auth),
        catalog=LocalCatalog(uow, clock, catalog))


def cloud_admin(local: AdminServices, line: CloudLine, catalog: CatalogService,
                unbind: Callable[[str], None] | None = None) -> AdminServices:
    """The cloud of ``line``; reads go to ``local`` (the mirror is this PC's store)."""
    return AdminServices(
        company=CloudCompany(line, local.company), trade_points=CloudTradePoints(line, local.trade_points),
        registers=CloudRegisters(line, local.registers, unbind), users=CloudUsers(line),
        catalog=CloudCatalog(line, local.catalog, catalog), line=line)


class AdminChoice:
    """The local set, or the cloud set of the cloud ``remote()`` names now (built once per cloud)."""

    def __init__(self, local: AdminServices, *, remote: Callable[[], CloudAdmin | None],
                 of_cloud: Callable[[CloudAdmin], AdminServices]) -> None:
        self.local = local
        self._remote, self._of_cloud = remote, of_cloud
        self._lock = threading.Lock()
        self._cloud: AdminServices | None = None

    def current(self) -> AdminServices:
        cloud = self._remote()
        if cloud is None:
            return self.local
        with self._lock:
            if self._cloud is None or self._cloud.cloud is not cloud:
                self._cloud = self._of_cloud(cloud)
            return self._cloud

    @property
    def in_cloud(self) -> bool:
        """A cloud is configured now (what ``current()`` would choose)."""
        return self._remote() is not None


def admin_choice(*, uow: UowFactory, clock: Clock, catalog: CatalogService, org: OrgService, auth: AuthService,
                 remote: Callable[[], CloudAdmin | None], sync: Callable[[], SyncLink | None],
                 unbind: Callable[[str], None] | None = None,
                 on_ofd_update: OfdUpdated | None = None) -> AdminChoice:
    """The composition root's one call: both strategies over the same store, one mirror watch."""
    local = local_admin(uow=uow, clock=clock, catalog=catalog, org=org, auth=auth, on_ofd_update=on_ofd_update)
    watch = MirrorWatch(uow)

    def of_cloud(cloud: CloudAdmin) -> AdminServices:
        return cloud_admin(local, CloudLine(cloud, uow=uow, clock=clock, sync=sync, watch=watch), catalog, unbind)

    return AdminChoice(local, remote=remote, of_cloud=of_cloud)
