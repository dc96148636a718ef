"""Trade points (seed 5.3): listing, creating and editing, with an address in Kazakh and a position."""

from __future__ import annotations

from typing import Protocol

from alsep_desktop.cloud_client.admin_remote import CloudAdmin
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import NotFoundError
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.admin.cloud_line import CloudLine, CloudRecord, stale_if_moved
from alsep_desktop.services.admin.records import TradePointInfo
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.org import OrgService, TradePointData, apply_trade_point
from alsep_desktop.store.models import TradePoint
from alsep_desktop.store.uow import SqlUnitOfWork, UowFactory


class TradePointAdmin(Protocol):
    def trade_points(self, actor: Principal) -> list[TradePointInfo]: ...
    def create_trade_point(self, actor: Principal, name: str, address: str = "", *, address_kz: str = "",
                           latitude: int | None = None,
                           longitude: int | None = None) -> OpResult[int] | OpResult[CloudRecord]: ...
    def update_trade_point(self, actor: Principal, tp_id: int, name: str, address: str = "", *,
                           address_kz: str = "", latitude: int | None = None,
                           longitude: int | None = None) -> OpResult[None]: ...


class LocalTradePoints:
    """``latitude``/``longitude`` in millionths of a degree, inside Kazakhstan, both or neither."""

    def __init__(self, uow: UowFactory, clock: Clock, org: OrgService) -> None:
        self._uow, self._clock, self._org = uow, clock, org

    def trade_points(self, actor: Principal) -> list[TradePointInfo]:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company()
            if company is None:
                return []
            regs = uow.org.registers(company.id)
            return [
                TradePointInfo(tp.id, tp.name, tp.address, sum(1 for r in regs if r.trade_point_id == tp.id),
                               address_kz=tp.address_kz or "", latitude=tp.latitude, longitude=tp.longitude)
                for tp in uow.org.trade_points(company.id)
            ]

    def create_trade_point(self, actor: Principal, name: str, address: str = "", *, address_kz: str = "",
                           latitude: int | None = None, longitude: int | None = None) -> OpResult[int]:
        return self._org.create_trade_point(actor, name, address, address_kz=address_kz, latitude=latitude,
                                            longitude=longitude)

    def update_trade_point(self, actor: Principal, tp_id: int, name: str, address: str = "", *,
                           address_kz: str = "", latitude: int | None = None,
                           longitude: int | None = None) -> OpResult[None]:
        data = TradePointData(name, address, address_kz, latitude, longitude).validated()
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            tp: TradePoint | None = uow.org.trade_point(tp_id)
            if tp is None:
                raise NotFoundError(what="trade point", key=tp_id)
            apply_trade_point(tp, data)
            uow.audit.record(self._clock.now(), actor.user_id, "update", "trade_point", tp_id, name=tp.name,
                             latitude=tp.latitude, longitude=tp.longitude)
            uow.commit()
        return OpResult(None, Changes(org=True))


class CloudTradePoints:
    """Trade points in the cloud; listed from the mirror (``local``)."""

    def __init__(self, line: CloudLine, local: TradePointAdmin) -> None:
        self._line, self._local = line, local

    def trade_points(self, actor: Principal) -> list[TradePointInfo]:
        return self._local.trade_points(actor)

    def create_trade_point(self, actor: Principal, name: str, address: str = "", *, address_kz: str = "",
                           latitude: int | None = None, longitude: int | None = None) -> OpResult[CloudRecord]:
        body = _body(TradePointData(name, address, address_kz, latitude, longitude).validated())
        return self._line.edit(actor, lambda c, _uow: c.create_trade_point(body), Changes(org=True))

    def update_trade_point(self, actor: Principal, tp_id: int, name: str, address: str = "", *,
                           address_kz: str = "", latitude: int | None = None,
                           longitude: int | None = None) -> OpResult[None]:
        body = _body(TradePointData(name, address, address_kz, latitude, longitude).validated())

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            tp = uow.org.trade_point(tp_id)
            if tp is None:
                raise NotFoundError(what="trade point", key=tp_id)
            current = c.trade_point(tp.uuid)
            stale_if_moved("trade point", {"name": tp.name, "address": tp.address or ""}, current)
            c.patch_trade_point(tp.uuid, int(current["version"]), {k: v for k, v in body.items() if current.get(k) != v})

        return self._line.edit(actor, work, Changes(org=True))


def _body(d: TradePointData) -> CloudRecord:
    return {"name": d.name, "address": d.address, "address_kz": d.address_kz, "latitude": d.latitude,
            "longitude": d.longitude}
