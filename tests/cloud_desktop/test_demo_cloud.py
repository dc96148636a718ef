"""`make run`'s cloud: the demo starts alsep-cloud on SQLite under its data dir, seeds the demo company
there once, binds the demo register to this PC and mirrors it; a second start reuses all of it; a
cloud that cannot start leaves a working single-PC demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.demo import ADMIN, CASHIER, DEMO_PRODUCTS, ensure_demo
from alsep_desktop.app.demo_cloud import DemoCloudFailed, run_demo_cloud, start_demo_cloud
from alsep_desktop.cloud_client.credentials import load_device_credential
from alsep_desktop.kernel.clock import FakeClock
from tests.conftest import FAST_ARGON2


def _ctx(data_dir: Path):  # noqa: ANN202
    return build_context(AppConfig(data_dir=data_dir, argon2=FAST_ARGON2, demo=True, secrets="file"), clock=FakeClock())


def _stop(ctx) -> None:  # noqa: ANN001
    sync = getattr(ctx, "sync", None)
    if sync is not None:
        sync.stop()
    ctx.close()


def test_the_demo_runs_the_real_path_and_reuses_it_next_time(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    ctx = _ctx(data)
    cloud = run_demo_cloud(ctx)
    try:
        assert cloud is not None, (data / "cloud" / "cloud.log").read_text(encoding="utf-8")
        assert (data / "cloud" / "cloud.sqlite").exists()
        cred = load_device_credential(ctx.vault)
        assert cred is not None and cred.cloud_url == cloud.url
        ids = ensure_demo(ctx)  # finds what the mirror brought: no local seeding
        bound = ctx.org.register_of_device(ctx.config.device_id())
        assert bound is not None and bound.id == ids.register_id
        names = {p.name for p in ctx.catalog.list_products(ids.register_id)}
        assert {name for _c, _g, name, *_ in DEMO_PRODUCTS} <= names
        assert ctx.auth.login(*ADMIN).is_admin  # the cloud's argon2 hash, checked offline
        assert ctx.auth.login_pin(ids.cashier_id, CASHIER[2]).email == CASHIER[0]
        assert ctx.admin.in_cloud and ctx.admin.current().in_cloud
    finally:
        _stop(ctx)
        if cloud is not None:
            cloud.stop()

    again = _ctx(data)
    cloud2 = run_demo_cloud(again)
    try:
        assert cloud2 is not None
        assert cloud2.url == cloud.url  # the same port when free: the mirror's cloud is the same
        ids2 = ensure_demo(again)
        assert ids2.register_id == ids.register_id
        count = len(again.catalog.list_products(ids2.register_id))
        assert count == len(names)  # nothing mirrored twice, nothing seeded twice
        assert load_device_credential(again.vault).credential == cred.credential  # the binding is kept
    finally:
        _stop(again)
        if cloud2 is not None:
            cloud2.stop()


def test_a_cloud_that_cannot_start_leaves_a_single_pc_demo(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    (data / "cloud").mkdir(parents=True)
    (data / "cloud" / "cloud.sqlite").write_text("this is not a database")
    with pytest.raises(DemoCloudFailed):
        start_demo_cloud(data, timeout=30)
    ctx = _ctx(data)
    try:
        assert run_demo_cloud(ctx) is None
        assert not ctx.admin.in_cloud and not ctx.admin.current().in_cloud
        ids = ensure_demo(ctx)  # the local demo as before
        assert len(ctx.catalog.list_products(ids.register_id)) >= len(DEMO_PRODUCTS)
    finally:
        _stop(ctx)
