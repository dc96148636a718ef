"""Counters in separate processes against the real cloud (uvicorn + PostgreSQL): an admin edit
reaches three counters; a counter cut off sells offline and catches up with no loss and no
duplicate; faults between desktop and cloud (drop, delay, 5xx, truncated body, lost answer)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sqlalchemy import func, select

from alsep_cloud.store.documents import CashMove, Receipt, ShiftReport
from tests.cloud.support import PASSWORD, CloudServer, Tenant
from tests.support.fault_proxy import FaultProxy
from tests.support.waiting import wait_until
from tests.sync.support import CounterProcess

CASHIER_PASSWORD = "cashier-pass-1"


def wait_for(check: Callable[[], bool], timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def processes() -> Iterator[list[CounterProcess]]:
    made: list[CounterProcess] = []
    yield made
    for p in made:
        p.close()


@pytest.fixture
def proxy(cloud_pg: CloudServer) -> Iterator[FaultProxy]:
    u = urlparse(cloud_pg.url)
    p = FaultProxy((u.hostname or "127.0.0.1", u.port or 80))
    yield p
    p.close()


def selling_register(tenant: Tenant, n_products: int = 3) -> tuple[dict, list[dict]]:
    reg = tenant.register()
    reg = tenant.ok("POST", f"/registers/{reg['id']}/ofd", json={
        "version": reg["version"], "ofd_system_id": str(700000 + int(time.time() * 1000) % 99999),
        "registration_number": "0101" + reg["serial_number"][-8:], "ofd_token": "555000"})
    products = [tenant.product(reg, f"P{i}", barcode=f"48700010{i:04d}", price_tiyn=10_000 + i * 100)
                for i in range(n_products)]
    return reg, products


def start_counter(tenant: Tenant, reg: dict, tmp_path: Path, processes: list[CounterProcess], name: str,
                  url: str | None = None, **kw) -> CounterProcess:
    out = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": f"{name}-{reg['id'][:8]}"})
    p = CounterProcess(tmp_path / name, url or tenant.server.url, reg["id"], out["credential"], **kw)
    processes.append(p)
    return p


def cloud_count(cloud: CloudServer, table, company_id: str) -> int:  # noqa: ANN001
    with cloud.ctx.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table).where(table.company_id == company_id)) or 0)


def cloud_keys(cloud: CloudServer, table, company_id: str) -> list[str]:  # noqa: ANN001
    with cloud.ctx.sessions() as s:
        return list(s.scalars(select(table.key).where(table.company_id == company_id)))


def test_an_admin_edit_reaches_three_counters(cloud_pg: CloudServer, tenant: Tenant, tmp_path: Path,
                                               processes: list[CounterProcess]) -> None:
    regs = [selling_register(tenant, 2) for _ in range(3)]
    counters = [start_counter(tenant, reg, tmp_path, processes, f"pc{i}") for i, (reg, _) in enumerate(regs)]
    for c in counters:
        c.call("mirror")
        c.call("start")
    cashier = tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"new.{tenant.tag.lower()}@example.kz",
                                                      "password": CASHIER_PASSWORD, "role": "cashier"})
    for _reg, products in regs:
        p = products[0]
        tenant.ok("PATCH", f"/products/{p['id']}", json={"version": p["version"], "price_tiyn": 99_900})
    for c, (_reg, products) in zip(counters, regs, strict=True):
        wait_for(lambda c=c, p=products[0]: c.call("products")[p["id"]][1] == 99_900, what="the price edit")
        wait_for(lambda c=c: cashier["email"] in c.call("users"), what="the new cashier")
        assert c.call("login", email=cashier["email"], password=CASHIER_PASSWORD) == cashier["email"]
    # blocked in the cloud: revoked at every counter's next feed page
    tenant.ok("PATCH", f"/users/{cashier['id']}", json={"version": cashier["version"], "blocked": True})
    for c in counters:
        wait_for(lambda c=c: c.call("users")[cashier["email"]]["blocked"], what="the block")
        assert c.ask("login", email=cashier["email"], password=CASHIER_PASSWORD)["error"].startswith("auth.")


def test_a_counter_cut_off_sells_offline_and_catches_up_exactly_once(
        cloud_pg: CloudServer, tenant: Tenant, tmp_path: Path, processes: list[CounterProcess],
        proxy: FaultProxy) -> None:
    reg, products = selling_register(tenant)
    tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"k.{tenant.tag.lower()}@example.kz",
                                           "password": CASHIER_PASSWORD, "role": "cashier"})
    c = start_counter(tenant, reg, tmp_path, processes, "pc", url=proxy.url)
    c.call("mirror")
    c.call("ofd")
    c.call("login", email=f"k.{tenant.tag.lower()}@example.kz", password=CASHIER_PASSWORD)
    c.call("start")
    first = c.call("sell", barcodes=[products[0]["barcode"]])
    sold = [first["uuid"]]
    wait_for(lambda: cloud_count(cloud_pg, Receipt, tenant.company_id) == 1, what="the online sale in the cloud")

    proxy.set("down")  # the shop's internet is gone; the OFD still answers
    for i in range(4):
        sold.append(c.call("sell", barcodes=[products[i % 3]["barcode"], products[1]["barcode"]])["uuid"])
    c.call("deposit", tiyn=50_000)
    returned = c.call("refund", admin_email=tenant.email, admin_password=PASSWORD, sign=first["sign"])["uuid"]
    # a price edit made meanwhile waits in the cloud; the counter keeps its last mirror and sells
    p2 = products[2]
    tenant.ok("PATCH", f"/products/{p2['id']}", json={"version": p2["version"], "price_tiyn": 77_700})

    def cut_off() -> dict | None:
        st = c.call("status")
        return st if not st["online"] and st["waiting"] >= 5 and st["error_code"] == "cloud.unreachable" else None

    wait_until(cut_off, timeout=30, what="the counter to see the cloud unreachable with 5 documents waiting")
    assert c.call("products")[p2["id"]][1] == p2["price_tiyn"]
    assert cloud_count(cloud_pg, Receipt, tenant.company_id) == 1

    proxy.set("pass")
    wait_for(lambda: c.call("status")["waiting"] == 0, timeout=40, what="the queue to drain")
    assert sorted(cloud_keys(cloud_pg, Receipt, tenant.company_id)) == sorted([*sold, returned])
    with cloud_pg.ctx.sessions() as s:
        ret = s.scalars(select(Receipt).where(Receipt.key == returned)).one()
        assert ret.operation == "sale_return" and ret.original_key == first["uuid"]
    assert cloud_count(cloud_pg, CashMove, tenant.company_id) == 1
    assert cloud_count(cloud_pg, ShiftReport, tenant.company_id) == 1  # the shift's «open»
    wait_for(lambda: c.call("products")[p2["id"]][1] == 77_700, what="the edit made while offline")
    assert all(state == "sent" for _, state, _ in c.call("queue"))
    # the Z report (an administrator of the cloud, mirrored with the hash) closes the cloud's shift
    c.call("close_shift", admin_email=tenant.email, admin_password=PASSWORD)
    wait_for(lambda: cloud_count(cloud_pg, ShiftReport, tenant.company_id) == 2, what="the Z report")
    with cloud_pg.ctx.sessions() as s:
        z = s.scalars(select(ShiftReport).where(ShiftReport.company_id == tenant.company_id,
                                                ShiftReport.kind == "z")).one()
        assert z.sales_count == len(sold) and z.returns_count == 1 and z.deposits_tiyn == 50_000


def test_faults_between_desktop_and_cloud_lose_and_duplicate_nothing(
        cloud_pg: CloudServer, tenant: Tenant, tmp_path: Path, processes: list[CounterProcess],
        proxy: FaultProxy) -> None:
    reg, products = selling_register(tenant, 3)
    for i in range(40):
        tenant.product(reg, f"F{i}", price_tiyn=5_000 + i)
    tenant.ok("POST", "/users", 201, json={"full_name": "Test User", "email": f"f.{tenant.tag.lower()}@example.kz",
                                           "password": CASHIER_PASSWORD, "role": "cashier"})
    c = start_counter(tenant, reg, tmp_path, processes, "pc", url=proxy.url, page_size=5)
    proxy.set("random", rate=0.5, delay_s=0.3)
    # the mirror through drops, 5xx, cut bodies and lost answers: retried until it is whole
    for _ in range(60):
        if "ok" in c.ask("sync", timeout=10):
            break
    else:
        raise AssertionError("the mirror never got through")
    in_cloud = {p["id"]: p["price_tiyn"] for p in tenant.ok("GET", f"/registers/{reg['id']}/products")}
    assert {k: v[1] for k, v in c.call("products").items()} == in_cloud

    proxy.set("pass")
    c.call("ofd")
    c.call("login", email=f"f.{tenant.tag.lower()}@example.kz", password=CASHIER_PASSWORD)
    sold = [c.call("sell", barcodes=[products[i % 3]["barcode"]])["uuid"] for i in range(8)]
    proxy.set("random", rate=0.6, delay_s=0.3)
    for _ in range(80):
        out = c.ask("sync", timeout=10)
        if out.get("ok") == 0:
            break
    else:
        raise AssertionError("the queue never drained")
    assert sorted(cloud_keys(cloud_pg, Receipt, tenant.company_id)) == sorted(sold)
    assert sum(proxy.counts.get(f, 0) for f in ("drop", "5xx", "truncate", "drop_after")) >= 5, proxy.counts
    assert proxy.counts.get("drop_after", 0) + proxy.counts.get("truncate", 0) >= 1, proxy.counts


def test_a_mirror_killed_at_a_random_page_resumes(cloud_pg: CloudServer, tenant: Tenant, tmp_path: Path,
                                                  processes: list[CounterProcess]) -> None:
    reg = tenant.register()
    for i in range(150):
        tenant.product(reg, f"K{i}", price_tiyn=1_000 + i)
    c = start_counter(tenant, reg, tmp_path, processes, "pc", page_size=10, interval=0.05)
    c.call("start")  # the engine mirrors in its thread, page after page
    floor = random.randint(10, 100)
    wait_for(lambda: len(c.call("products")) >= floor, what="some pages")
    time.sleep(random.uniform(0, 0.2))
    c.kill()  # a power cut at whatever page it was on
    c.start()
    kept = len(c.call("products"))
    assert kept >= floor  # what was applied before the cut stayed
    progress = c.call("mirror")
    assert progress[0][0] > kept - 10  # resumed at the stored cursor, not from zero
    in_cloud = {p["id"] for p in tenant.ok("GET", f"/registers/{reg['id']}/products")}
    assert set(c.call("products")) == in_cloud
