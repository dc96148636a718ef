#!/usr/bin/env python3
"""Screenshots of every page of the owner's cabinet at 1366×768 and 375×812 (issue 24).

Usage: python scripts/cabinet_screenshots.py [--out docs/screenshots/cabinet]
Runs the cloud in this process on a temporary SQLite database with a demo company, and Debian's
chromium (by its path, /usr/bin/chromium: ``scripts/setup.sh test`` installs it) driven by
Playwright; saves ``<size>-<page>.png`` (full page).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import uvicorn  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from alsep_cloud.api.app import build_context, create_app  # noqa: E402
from alsep_cloud.config import Argon2Params, CloudConfig  # noqa: E402
from alsep_cloud.services import auth, org, users  # noqa: E402
from alsep_cloud.services.context import Admin  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
SIZES = {"desktop": (1366, 768), "phone": (375, 812)}
BIN, EMAIL, PASSWORD = "140740024931", "owner@demo.kz", "owner-pass-1"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _seed(ctx) -> tuple[str, str]:  # noqa: ANN001
    with ctx.sessions() as s:
        company, user = auth.bootstrap(ctx, s, company_name="Демо Дүкен", iin_bin=BIN, email=EMAIL,
                                       password=PASSWORD, full_name="Ерлан Жұмабаев")
        admin = Admin(user["id"], company["id"], EMAIL)
        org.patch_company(ctx, s, admin, {"version": company["version"], "legal_address": "г. Алматы, пр. Абая, 10",
                                          "oked": "47191", "iban": "KZ86125KZT5004100100", "bik": "HSBKKZKX"})
        point = org.create_trade_point(ctx, s, admin, {"name": "Магазин на Абая", "address": "г. Алматы, пр. Абая, 10",
                                                       "address_kz": "Алматы қ., Абай даңғылы, 10",
                                                       "latitude": 43_238_949, "longitude": 76_945_465})
        cashier = users.create_user(ctx, s, admin, {"email": "cashier@demo.kz", "password": "cashier-1", "role": "cashier",
                                                    "full_name": "Айгүл Серікова", "comment": "дневная смена"})
    return point["id"], cashier["id"]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "cabinet")
    args = p.parse_args()
    if not shutil.which(CHROMIUM):
        print(f"cabinet_screenshots: {CHROMIUM} is missing (apt-get install chromium, or bash scripts/setup.sh test)")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = build_context(CloudConfig(db_url=f"sqlite:///{tmp}/cloud.sqlite", argon2=Argon2Params(1, 1024, 1),
                                        gc_freeze=False, pool_size=2))
        point, cashier = _seed(ctx)
        port = _port()
        server = uvicorn.Server(uvicorn.Config(create_app(ctx=ctx), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        base = f"http://127.0.0.1:{port}"
        pages = {"01-sign-in": None, "02-company": "/cabinet/company", "03-trade-points": "/cabinet/trade-points",
                 "04-trade-point": f"/cabinet/trade-points/{point}", "05-users": "/cabinet/users",
                 "06-user-new": "/cabinet/users/new", "07-user": f"/cabinet/users/{cashier}",
                 "08-company-kk": "/cabinet/company?lang=kk"}
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
                for size, (width, height) in SIZES.items():
                    context = browser.new_context(viewport={"width": width, "height": height}, locale="ru-RU",
                                                  base_url=base)
                    page = context.new_page()
                    page.goto("/cabinet/sign-in?lang=ru")
                    page.screenshot(path=str(args.out / f"{size}-01-sign-in.png"), full_page=True)
                    page.fill("#f-company", BIN)
                    page.fill("#f-email", EMAIL)
                    page.fill("#f-password", PASSWORD)
                    page.click("button.primary")
                    page.wait_for_url("**/cabinet/company")
                    for name, path in pages.items():
                        if path is not None:
                            page.goto(path)
                            page.screenshot(path=str(args.out / f"{size}-{name}.png"), full_page=True)
                    page.goto("/cabinet/company?lang=ru")
                    context.close()
                browser.close()
        finally:
            server.should_exit = True
            thread.join(10)
            ctx.engine.dispose()
    print(f"cabinet_screenshots: {2 * len(pages)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
