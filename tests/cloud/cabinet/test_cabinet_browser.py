"""The cabinet in a real browser: Playwright drives Debian's chromium (by its path: no browser
download) against the cloud served by uvicorn on a loopback port, at a desktop's 1366×768 and a
phone's 375×812. An owner signs in, fills the company (a wrong IBAN is named at its field, a right
one is saved and shown after a reload), creates a trade point and a cashier, blocks and unblocks
the cashier and switches the page to Kazakh."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.cloud.support import PASSWORD, CloudServer

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
VIEWPORTS = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 375, "height": 812}}
IBAN = "KZ86125KZT5004100100"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One browser for this module's tests. Not for the session: Playwright's sync API keeps its
    event loop running in the test thread while it is open, and a later test's asyncio.run()
    would fail."""
    assert shutil.which(CHROMIUM), "Debian's chromium is not installed (scripts/setup.sh test installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


def _no_sideways_scroll(page: Page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width, page.url


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_an_owner_sets_up_the_shop_in_a_browser(browser: Browser, cloud_pg: CloudServer, viewport: str) -> None:
    size = VIEWPORTS[viewport]
    tenant = cloud_pg.tenant()
    context = browser.new_context(viewport=size, locale="ru-RU", base_url=cloud_pg.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        page.goto("/")
        expect(page).to_have_url(f"{cloud_pg.url}/cabinet/sign-in?next=/cabinet/")
        page.fill("#f-company", tenant.iin_bin)
        page.fill("#f-email", tenant.email)
        page.fill("#f-password", PASSWORD)
        page.click("button.primary")
        expect(page).to_have_url(f"{cloud_pg.url}/cabinet/company")
        expect(page.locator("h1")).to_have_text("Компания")
        _no_sideways_scroll(page, size["width"])

        # the company: a wrong IBAN is named at its field; the BIN/IIN cannot be edited
        expect(page.locator("#f-iin_bin")).to_have_attribute("readonly", "")
        page.fill("#f-legal_address", "г. Алматы, пр. Абая, 10")
        page.fill("#f-address_kz", "Алматы қ., Абай даңғылы, 10")
        page.fill("#f-oked", "47191")
        page.fill("#f-iban", IBAN[:-1] + "1")
        page.click("main button.primary")
        expect(page.locator('.error[data-field="iban"]')).to_contain_text("не проходит проверку по модулю 97")
        page.fill("#f-iban", IBAN.lower())
        page.fill("#f-bik", "HSBKKZKX")
        page.click("main button.primary")
        expect(page.locator(".ok")).to_have_text("Сохранено.")
        page.reload()
        expect(page.locator("#f-iban")).to_have_value(IBAN)
        expect(page.locator("#f-oked")).to_have_value("47191")

        # a trade point
        page.click("nav.menu >> text=Торговые точки")
        page.click("text=Создать точку")
        page.fill("#f-name", "Магазин на Абая")
        page.fill("#f-address", "ул. Мынбаева, 78")
        page.fill("#f-latitude", "43.238949")
        page.fill("#f-longitude", "76.945465")
        page.click("main button.primary")
        expect(page.locator("table.list")).to_contain_text("Магазин на Абая")
        expect(page.locator("table.list")).to_contain_text("43.238949")
        _no_sideways_scroll(page, size["width"])

        # a cashier, blocked and unblocked
        login = f"cashier.{tenant.tag.lower()}@example.kz"
        page.click("nav.menu >> text=Пользователи")
        page.click("text=Добавить")
        page.fill("#f-email", login)
        page.fill("#f-password", "cashier-pass-1")
        page.fill("#f-full_name", "Ерлан Сейітов")
        page.select_option("#f-role", "cashier")
        page.click("main button.primary")
        row = page.locator(f'tr[data-login="{login}"]')
        expect(row).to_contain_text("Кассир")
        expect(row.locator(".state")).to_have_text("Активен")
        row.locator("button", has_text="Заблокировать").click()
        expect(row.locator(".state")).to_have_text("Заблокирован")
        row.locator("button", has_text="Разблокировать").click()
        expect(row.locator(".state")).to_have_text("Активен")
        _no_sideways_scroll(page, size["width"])

        # Kazakh
        page.click("text=Қазақша")
        expect(page.locator("html")).to_have_attribute("lang", "kk")
        expect(page.locator("h1")).to_have_text("Пайдаланушылар")
        expect(page.locator(f'tr[data-login="{login}"] .state')).to_have_text("Белсенді")
        page.click("nav.menu >> text=Компания")
        expect(page.locator('label[for="f-legal_address"]')).to_have_text("Заңды мекенжай")
        page.click("text=Шығу")
        expect(page).to_have_url(f"{cloud_pg.url}/cabinet/sign-in")
    finally:
        context.close()
