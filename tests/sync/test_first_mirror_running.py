"""A first mirror asked for while the engine's threads run (decision 1416): the pull thread steps
aside after its page and hands over the page it fetched ahead, so every feed page is fetched once."""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import select

from alsep_desktop.store.models import Product


def test_first_mirror_beside_the_running_threads_fetches_each_page_once(tenant, counter) -> None:
    reg = tenant.register()
    for i in range(60):
        tenant.product(reg, f"P{i}")
    ctx, engine = counter(tenant, reg, page_size=5, long_poll=0.5, interval=0.2)
    asked: list[tuple[int, float, str]] = []
    real_request = engine.http.request

    def counted(method: str, path: str, **kw: Any) -> Any:
        if path == "/feed":
            params = kw.get("params") or {}
            asked.append((int(params["after"]), float(params.get("wait", 0)), threading.current_thread().name))
        return real_request(method, path, **kw)

    engine.http.request = counted  # type: ignore[method-assign]
    real_apply = engine.puller._apply

    def slow_apply(*a: Any) -> Any:  # a page takes a while to write: the threads overlap for sure
        time.sleep(0.03)
        return real_apply(*a)

    engine.puller._apply = slow_apply  # type: ignore[method-assign]
    engine.start()
    deadline = time.monotonic() + 10
    while not any(name == "alsep-cloud-pull" for _, _, name in asked) and time.monotonic() < deadline:
        time.sleep(0.005)
    progress: list[tuple[int, int]] = []
    engine.first_mirror(lambda done, total: progress.append((done, total)), threading.Event())
    mirrored = list(asked)
    in_cloud = {p["id"] for p in tenant.ok("GET", f"/registers/{reg['id']}/products")}
    with ctx.uow(read_only=True) as w:
        assert set(w.session.scalars(select(Product.uuid))) == in_cloud and len(in_cloud) >= 60
    assert progress and progress[-1][0] == progress[-1][1]
    pages = [after for after, wait, _ in mirrored if wait == 0]
    assert len(pages) == len(set(pages)), f"a feed page was fetched twice: {sorted(pages)}"
    # both did some of the work: the thread had started before first_mirror took over
    assert {name for _, _, name in mirrored} >= {"alsep-cloud-pull"}
    assert len(pages) >= 60 // 5
