"""Sign-in and the session: one answer for every refusal (no account enumeration), the cloud's
lockout, the cookie's attributes, idle expiry on the cloud's clock, blocking ends a session at
once; stale saves, the body limit and errors in the page's language."""

from __future__ import annotations

from datetime import timedelta

from tests.cloud.cabinet.support import (
    CASHIER_PASSWORD,
    Cabinet,
    alert_of,
    cabinet_for,
    cashier_of,
    csrf_of,
)
from tests.cloud.support import PASSWORD, ClockedCloudServer, CloudServer


def test_wrong_login_wrong_password_unknown_company_and_blocked_answer_the_same(cloud_pg: CloudServer) -> None:
    a, b = cloud_pg.tenant(), cloud_pg.tenant()
    blocked = cashier_of(a, "blocked")
    a.ok("PATCH", f"/users/{blocked['id']}", json={"version": blocked["version"], "blocked": True})
    cab = Cabinet(cloud_pg.url)
    attempts = {
        "wrong password": (a.iin_bin, a.email, "wrong-pass"),
        "unknown login": (a.iin_bin, "nobody@example.kz", PASSWORD),
        "another company's login": (a.iin_bin, b.email, PASSWORD),
        "unknown company": ("990000000001", a.email, PASSWORD),
        "blocked account, right password": (a.iin_bin, blocked["email"], CASHIER_PASSWORD),
    }
    answers = {}
    for what, (company, email, password) in attempts.items():
        r = cab.sign_in(company, email, password)
        body = r.text.replace(f'value="{email}"', 'value=""').replace(f'value="{company}"', 'value=""')
        answers[what] = (r.status_code, body, "set-cookie" in r.headers and "alsep_cabinet=" in r.headers["set-cookie"])
    assert len({v for v in answers.values()}) == 1, {k: (v[0], alert_of(v[1])) for k, v in answers.items()}
    status, body, cookie = answers["wrong password"]
    assert status == 401 and not cookie
    assert "Неверный БИН/ИИН компании, логин или пароль" in alert_of(body)
    cab.close()


def test_the_sign_in_counts_on_the_clouds_lockout(clocked: ClockedCloudServer) -> None:
    a = clocked.tenant()
    cab = Cabinet(clocked.url)
    for _ in range(5):
        assert cab.sign_in(a.iin_bin, a.email, "wrong-pass").status_code == 401
    locked = cab.sign_in(a.iin_bin, a.email, PASSWORD)  # the right password while locked: the same answer
    assert locked.status_code == 401 and "5 минут" in alert_of(locked.text)
    clocked.clock.advance(timedelta(minutes=5, seconds=1))
    assert cab.sign_in(a.iin_bin, a.email, PASSWORD).status_code == 303
    cab.close()


def test_the_cookie_is_httponly_samesite_and_secure_under_https(clocked: ClockedCloudServer) -> None:
    a = clocked.tenant()
    plain = Cabinet(clocked.url)
    r = plain.sign_in(a.iin_bin, a.email, PASSWORD)
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith("alsep_cabinet="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/cabinet" in cookie and "Secure" not in cookie
    behind_tls = Cabinet(clocked.url)
    behind_tls.http.headers["X-Forwarded-Proto"] = "https"  # a TLS proxy on loopback (uvicorn's --proxy-headers)
    r = behind_tls.sign_in(a.iin_bin, a.email, PASSWORD)
    cookies = r.headers.get_list("set-cookie")
    assert all("Secure" in c for c in cookies), cookies
    plain.close()
    behind_tls.close()


def test_a_session_ends_after_30_idle_minutes_on_the_clouds_clock(clocked: ClockedCloudServer) -> None:
    a = clocked.tenant()
    cab = cabinet_for(clocked, a)
    for _ in range(3):  # active: every request starts the idle clock again
        clocked.clock.advance(timedelta(minutes=25))
        assert cab.get("/cabinet/company").status_code == 200
    clocked.clock.advance(timedelta(minutes=31))
    r = cab.get("/cabinet/company")
    assert r.status_code == 303 and r.headers["location"] == "/cabinet/sign-in?next=/cabinet/company"
    cab.close()


def test_sign_out_and_blocking_end_the_session(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    cashier = cashier_of(a)
    admin = cabinet_for(cloud_pg, a)
    till = Cabinet(cloud_pg.url).signed_in(a.iin_bin, cashier["email"], CASHIER_PASSWORD)
    assert till.get("/cabinet/").status_code == 200
    csrf, _ = admin.form("/cabinet/users")
    r = admin.post(f"/cabinet/users/{cashier['id']}/block", {"csrf": csrf, "version": str(cashier["version"])})
    assert r.status_code == 303
    assert till.get("/cabinet/").status_code == 303  # blocked: the next request is signed out
    csrf, _ = admin.form("/cabinet/users")
    assert admin.post("/cabinet/sign-out", {"csrf": csrf}).status_code == 303
    assert admin.get("/cabinet/users").status_code == 303
    admin.close()
    till.close()


def test_a_stale_save_is_refused_with_a_clear_message(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    one, two = cabinet_for(cloud_pg, a), cabinet_for(cloud_pg, a)
    csrf1, version = one.form("/cabinet/company")
    csrf2, _ = two.form("/cabinet/company")
    form = {"version": version, "tax_regime": "general", "legal_address": "г. Алматы, пр. Абая, 10"}
    assert one.post("/cabinet/company", {**form, "csrf": csrf1, "name": "Первый"}).status_code == 303
    r = two.post("/cabinet/company", {**form, "csrf": csrf2, "name": "Второй"})
    assert r.status_code == 409
    assert "ваши изменения не сохранены" in alert_of(r.text) and "Наименование" in alert_of(r.text)
    assert 'value="Первый"' in r.text  # the form shows what is saved now
    assert a.ok("GET", "/company")["name"] == "Первый"
    one.close()
    two.close()


def test_errors_name_the_field_in_the_pages_language(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    cab = cabinet_for(cloud_pg, a)
    cab.http.headers["Accept-Language"] = "kk-KZ,kk;q=0.9,ru;q=0.8"
    csrf, version = cab.form("/cabinet/company")
    r = cab.post("/cabinet/company", {"csrf": csrf, "version": version, "name": "Дүкен", "tax_regime": "general",
                                      "iban": "KZ86125KZT5004100101", "oked": "123"})
    assert r.status_code == 422
    assert 'data-field="iban">IBAN KZ86125KZT5004100101 97 модулі бойынша тексеруден өтпейді' in r.text
    assert '<html lang="kk">' in r.text and "Сақталмады" in r.text
    r = cab.post("/cabinet/company?lang=en", {"csrf": csrf, "version": version, "name": "Дүкен", "tax_regime": "general",
                                              "oked": "123"})
    assert 'data-field="oked">an OKED code has 5 digits' in r.text
    cab.close()


def test_a_form_post_is_bounded_by_the_clouds_body_limit(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    cab = cabinet_for(cloud_pg, a)
    csrf, version = cab.form("/cabinet/company")
    r = cab.post("/cabinet/company", {"csrf": csrf, "version": version, "name": "x" * (70 * 1024)})
    assert r.status_code == 413
    cab.close()


def test_a_session_ends_12_hours_after_the_sign_in_however_active(clocked: ClockedCloudServer) -> None:
    a = clocked.tenant()
    cab = cabinet_for(clocked, a)
    for _ in range(28):  # 11 h 40 min of requests every 25 minutes
        clocked.clock.advance(timedelta(minutes=25))
        assert cab.get("/cabinet/users").status_code == 200
    clocked.clock.advance(timedelta(minutes=21))
    assert cab.get("/cabinet/users").status_code == 303
    cab.close()


def test_a_forged_or_foreign_cookie_signs_no_one_in(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    cab = cabinet_for(cloud_pg, a)
    real = cab.http.cookies["alsep_cabinet"]
    body, mac = real.split(".")
    bearer = a.api.headers["Authorization"].removeprefix("Bearer ")  # the API's own token for this admin
    for forged in (f"{body}x.{mac}", f"{body}.{mac[:-2]}AA", bearer, ""):
        stranger = Cabinet(cloud_pg.url)
        stranger.http.cookies.set("alsep_cabinet", forged, path="/cabinet")
        r = stranger.get("/cabinet/company")
        assert r.status_code == 303 and r.headers["location"].startswith("/cabinet/sign-in"), forged
        stranger.close()
    assert a.api.get("/company", headers={"Authorization": f"Bearer {real}"}).status_code == 401  # nor the reverse
    cab.close()


def test_the_sign_in_goes_back_only_to_a_page_of_the_cabinet(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    for target, landing in (("/cabinet/users", "/cabinet/users"), ("https://evil.example/", "/cabinet/"),
                            ("//evil.example/cabinet/", "/cabinet/"), ("/docs", "/cabinet/")):
        cab = Cabinet(cloud_pg.url)
        page = cab.get("/cabinet/sign-in", params={"next": target})
        r = cab.post("/cabinet/sign-in", {"csrf": csrf_of(page.text), "company": a.iin_bin, "email": a.email,
                                          "password": PASSWORD, "next": target})
        assert r.status_code == 303 and r.headers["location"] == landing, target
        cab.close()
