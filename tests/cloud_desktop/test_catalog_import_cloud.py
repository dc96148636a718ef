"""A catalog file imported with a cloud configured (decision 1419): the rows go to the real cloud
(uvicorn on loopback, PostgreSQL) as one all-or-nothing import and come back through the mirror;
a row the cloud refuses applies nothing and is named by row and field; a retried import applies
once; a cancel during the upload leaves the cloud as it was; offline, the import is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.cloud_client.admin_remote import CloudAdmin
from alsep_desktop.cloud_client.catalog_import import CHUNK_ROWS, CLOUD_REFUSED_ROW, send_catalog
from alsep_desktop.cloud_client.errors import CloudUnreachable
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.exchange.progress import CancelToken
from alsep_desktop.exchange.rows import ImportCancelled, ImportFailed, ProductRow
from alsep_desktop.services.admin.cloud_line import CloudEditOffline
from alsep_desktop.services.exchange import apply_catalog_file, preview_catalog_file
from tests.cloud.support import PASSWORD, CloudServer
from tests.cloud_desktop.support import BoundPc, bound_pc
from tests.support.fault_proxy import FaultProxy

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CSV = FIXTURES / "csv_excel" / "excel_ru_semicolon_cp1251.csv"
CML = FIXTURES / "commerceml" / "import.xml"


@pytest.fixture
def pc(cloud_server: CloudServer, tmp_path: Path) -> Iterator[BoundPc]:
    bound = bound_pc(cloud_server, tmp_path / "pc")
    yield bound
    bound.close()


def _admin(pc: BoundPc):  # noqa: ANN202
    return pc.ctx.auth.login(pc.tenant.email, PASSWORD)


def _cloud(pc: BoundPc) -> dict[str, dict]:
    return {p["code"]: p for p in pc.tenant.ok("GET", f"/registers/{pc.register['id']}/products")}


def _mirror(pc: BoundPc) -> dict[str, tuple]:
    return {p.code: (p.uuid, p.name, p.barcode or None, p.price.tiyn, p.unit.value)
            for p in pc.ctx.catalog.list_products(pc.register_id)}


def _rows(n: int, prefix: str = "B") -> list[ProductRow]:
    return [ProductRow(code=f"{prefix}{i}", group_code="9", barcode="", name=f"Товар {prefix}{i}", price=Money(100 + i),
                       vat="none") for i in range(1, n + 1)]


def _proxied(pc: BoundPc, proxy: FaultProxy) -> CloudAdmin:
    admin = CloudAdmin(CloudHttp(proxy.url))
    session = pc.ctx.admin.current().cloud.session
    assert session is not None
    admin.use(session)
    return admin


def _same_as_cloud(pc: BoundPc) -> None:
    cloud, mirror = _cloud(pc), _mirror(pc)
    assert {c: (p["id"], p["name"], p["barcode"], p["price_tiyn"], p["unit"]) for c, p in cloud.items()} == mirror


def test_an_excel_csv_goes_to_the_cloud_and_comes_back_through_the_mirror(pc: BoundPc) -> None:
    admin, rid = _admin(pc), pc.register_id
    old = _cloud(pc)
    moved: list[tuple[int, int]] = []
    result = apply_catalog_file(pc.ctx, admin, rid, CSV, progress=lambda d, t: moved.append((d, t)))
    assert result.value.count == 4 and result.changes.catalog
    cloud = _cloud(pc)
    assert set(cloud) == set(old) | {"1001", "1002", "1003", "1004"}  # created; the others stay
    assert cloud["1003"]["price_tiyn"] == 1_234_50 and cloud["1003"]["unit"] == Unit.KILOGRAM.value
    sugar = pc.ctx.catalog.find_by_code(rid, "1003")  # mirrored back at once (sync_now)
    assert sugar is not None and sugar.uuid == cloud["1003"]["id"] and sugar.price == Money(1_234_50)
    assert pc.ctx.catalog.find_by_code(rid, "1004").barcode in ("", None)
    _same_as_cloud(pc)
    assert moved and moved[-1][0] == moved[-1][1] > 0  # the upload reported its bytes to the end
    # the same file again: every product unchanged, nothing new in the cloud
    apply_catalog_file(pc.ctx, admin, rid, CSV)
    assert {c: p["version"] for c, p in _cloud(pc).items()} == {c: p["version"] for c, p in cloud.items()}


def test_a_1c_export_goes_to_the_cloud_and_comes_back(pc: BoundPc) -> None:
    admin, rid = _admin(pc), pc.register_id
    preview = preview_catalog_file(pc.ctx, admin, CML)
    assert preview.ok and preview.rows_ok > 0
    before = set(_cloud(pc))
    result = apply_catalog_file(pc.ctx, admin, rid, CML, price_type=preview.price_type)
    assert result.value.count == preview.rows_ok
    cloud = _cloud(pc)
    assert len(cloud) == len(before) + preview.rows_ok
    _same_as_cloud(pc)
    milk = next(p for p in cloud.values() if p["barcode"] == "4870001000011")
    assert pc.ctx.catalog.find_by_code(rid, milk["code"]).uuid == milk["id"]


def test_a_row_the_cloud_refuses_applies_nothing_and_is_named(pc: BoundPc) -> None:
    admin, rid = _admin(pc), pc.register_id
    # a bundle in the cloud holds the barcode of the CSV's second row (Кефир)
    pc.tenant.ok("POST", f"/registers/{pc.register['id']}/bundles", 201,
                 json={"name": "Набор", "barcode": "4870001000028", "items": [{"product_id": pc.products[0]["id"]}]})
    pc.ctx.sync.sync_now(timeout=10)
    cloud, mirror = _cloud(pc), _mirror(pc)
    with pytest.raises(ImportFailed) as failed:
        apply_catalog_file(pc.ctx, admin, rid, CSV)
    issue = failed.value.issues[0]
    assert (issue.code, issue.row, issue.field) == (CLOUD_REFUSED_ROW, 2, "barcode")
    assert issue.params["product"] == "1002" and "4870001000028" in issue.message and "cloud" in issue.message
    assert _cloud(pc) == cloud  # not even the good rows 1, 3 and 4
    pc.ctx.sync.sync_now(timeout=10)
    assert _mirror(pc) == mirror


def test_a_lost_answer_is_sent_again_and_applied_once(pc: BoundPc) -> None:
    proxy = FaultProxy(upstream=("127.0.0.1", pc.tenant.server.port))
    faults = ["drop_after"]  # the first import reaches the cloud, its answer is lost
    proxy._pick = lambda: faults.pop(0) if faults else "pass"  # type: ignore[method-assign]
    try:
        admin = _proxied(pc, proxy)
        rows = _rows(30)
        out = send_catalog(admin, pc.register["id"], rows, source="retry.csv", key="retry-key-1")
        assert out["replayed"] is True and out["created"] == 30  # the retry got the first result
        versions = {c: p["version"] for c, p in _cloud(pc).items() if c.startswith("B")}
        assert len(versions) == 30 and set(versions.values()) == {1}
        # an explicit retry of the same key (changed prices even) applies nothing
        again = send_catalog(admin, pc.register["id"], _rows(31), key="retry-key-1")
        assert again["replayed"] is True and "B31" not in _cloud(pc)
    finally:
        proxy.close()


def test_cancel_during_the_upload_leaves_the_cloud_unchanged(pc: BoundPc) -> None:
    admin, rid = _admin(pc), pc.register_id
    rows = _rows(CHUNK_ROWS * 4)
    before, mirror = _cloud(pc), _mirror(pc)
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 2:  # two pieces are on the wire: cancel
            token.cancel()

    with pytest.raises(ImportCancelled):
        pc.ctx.admin.current().catalog.import_catalog(admin, rid, rows, source="big.csv", progress=progress, cancel=token)
    assert len(seen) == 2 and 0 < seen[-1][0] < seen[-1][1]  # stopped part way: no piece after the cancel
    assert _cloud(pc) == before
    pc.ctx.sync.sync_now(timeout=10)
    assert _mirror(pc) == mirror
    # the cloud is fine afterwards: the same rows go in when not cancelled
    assert pc.ctx.admin.current().catalog.import_catalog(admin, rid, rows).value == len(rows)
    assert len(_cloud(pc)) == len(before) + len(rows)


def test_offline_the_import_is_refused_and_nothing_waits(pc: BoundPc) -> None:
    admin, rid = _admin(pc), pc.register_id
    proxy = FaultProxy(upstream=("127.0.0.1", pc.tenant.server.port))
    proxy.set("down")
    choice = pc.ctx.admin
    proxied = _proxied(pc, proxy)
    try:
        with pytest.raises(CloudUnreachable):
            send_catalog(proxied, pc.register["id"], _rows(3), retries=0)
        choice._remote = lambda: proxied  # this PC's cloud is now behind the dead link
        before = _cloud(pc)
        with pytest.raises(CloudEditOffline) as offline:
            apply_catalog_file(pc.ctx, admin, rid, CSV)
        assert offline.value.code == "cloud.edit_offline"
        assert _cloud(pc) == before and pc.ctx.catalog.find_by_code(rid, "1001") is None
    finally:
        proxy.close()
