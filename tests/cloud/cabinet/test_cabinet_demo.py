"""`make run`'s cloud serves the cabinet: the demo admin signs in there with the credentials the
demo logs beside the cabinet's address (app/demo_cloud.py) and sees the demo company."""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.app.demo import ADMIN, DEMO_BIN
from alsep_desktop.app.demo_cloud import seed_demo_cloud, start_demo_cloud
from tests.cloud.cabinet.support import Cabinet


def test_the_demo_admin_signs_in_to_the_demo_clouds_cabinet(tmp_path: Path) -> None:
    cloud = start_demo_cloud(tmp_path / "demo")
    try:
        seed_demo_cloud(cloud)
        cab = Cabinet(cloud.url).signed_in(DEMO_BIN, *ADMIN)
        page = cab.get("/cabinet/company")
        assert page.status_code == 200 and 'value="Демо Дүкен"' in page.text and DEMO_BIN in page.text
        points = cab.get("/cabinet/trade-points")
        assert "Магазин на Абая" in points.text
        cab.close()
    finally:
        cloud.stop()
