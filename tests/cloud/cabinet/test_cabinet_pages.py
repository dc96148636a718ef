"""The cabinet's pages beyond the browser walk: a trade point edited (coordinates in degrees, an
outside-Kazakhstan one named at its field), users edited and re-passworded (the old sessions end,
the new password signs in), a login taken in the company, an admin cannot block themselves; every
message of the code is translated in ru and kk (pybabel over the templates and the Python)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cloud.cabinet.support import CASHIER_PASSWORD, Cabinet, alert_of, cabinet_for, cashier_of
from tests.cloud.support import CloudServer

ROOT = Path(__file__).resolve().parents[3]


def test_a_trade_point_is_edited_and_a_wrong_coordinate_named(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    point = a.trade_point("Дүкен 1")
    cab = cabinet_for(cloud_pg, a)
    url = f"/cabinet/trade-points/{point['id']}"
    csrf, version = cab.form(url)
    r = cab.post(url, {"csrf": csrf, "version": version, "name": "Дүкен 1", "latitude": "60.1", "longitude": "76.9"})
    assert r.status_code == 422 and 'data-field="latitude">широта 60.100000 вне Казахстана' in r.text
    r = cab.post(url, {"csrf": csrf, "version": version, "name": "Дүкен на Абая", "address": "пр. Абая, 10",
                       "address_kz": "Абай даңғылы, 10", "latitude": "43,238949", "longitude": "76.945465"})
    assert r.status_code == 303
    saved = a.ok("GET", f"/trade-points/{point['id']}")
    assert (saved["name"], saved["latitude"], saved["longitude"]) == ("Дүкен на Абая", 43_238_949, 76_945_465)
    assert saved["address_kz"] == "Абай даңғылы, 10"
    cab.close()


def test_a_user_is_edited_and_a_new_password_ends_the_old_sessions(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    cashier = cashier_of(a)
    admin = cabinet_for(cloud_pg, a)
    till = Cabinet(cloud_pg.url).signed_in(a.iin_bin, cashier["email"], CASHIER_PASSWORD)
    url = f"/cabinet/users/{cashier['id']}"
    csrf, version = admin.form(url)
    r = admin.post(url, {"csrf": csrf, "version": version, "full_name": "Ерлан Сейітов", "role": "cashier",
                         "iin": "123", "comment": "ночная смена"})
    assert r.status_code == 422 and 'data-field="iin">в ИИН/БИН ровно 12 цифр' in r.text
    r = admin.post(url, {"csrf": csrf, "version": version, "full_name": "Ерлан Сейітов", "role": "cashier",
                         "comment": "ночная смена"})
    assert r.status_code == 303
    listed = admin.get("/cabinet/users").text
    assert "ночная смена" in listed and cashier["email"] in listed
    csrf, version = admin.form(url)
    short = admin.post(url + "/password", {"csrf": csrf, "version": version, "password": "123"})
    assert short.status_code == 422 and 'data-field="password">не меньше 6 символов' in short.text
    assert admin.post(url + "/password", {"csrf": csrf, "version": version, "password": "new-pass-42"}).status_code == 303
    assert till.get("/cabinet/").status_code == 303  # the old password's session has ended
    Cabinet(cloud_pg.url).signed_in(a.iin_bin, cashier["email"], "new-pass-42").close()
    admin.close()
    till.close()


def test_a_taken_login_and_blocking_oneself_are_refused_with_reasons(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    cashier = cashier_of(a)
    cab = cabinet_for(cloud_pg, a)
    csrf, _ = cab.form("/cabinet/users/new")
    r = cab.post("/cabinet/users", {"csrf": csrf, "email": cashier["email"].upper(), "password": "secret12",
                                    "full_name": "Двойник", "role": "cashier"})
    assert r.status_code == 409 and "В компании уже есть пользователь с таким логином" in r.text
    listed = cab.get("/cabinet/users").text
    assert f"/cabinet/users/{a.admin_id}/block" not in listed  # no button for oneself
    me = a.ok("GET", f"/users/{a.admin_id}")
    r = cab.post(f"/cabinet/users/{a.admin_id}/block", {"csrf": csrf, "version": str(me["version"])})
    assert r.status_code == 422 and "нельзя заблокировать свою учётную запись" in alert_of(r.text)
    assert not a.ok("GET", f"/users/{a.admin_id}")["blocked"]
    cab.close()


def test_every_message_is_translated_in_russian_and_kazakh() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "cabinet_i18n.py"), "check"], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_stale_trade_point_or_user_save_is_refused_with_the_current_data(cloud_pg: CloudServer) -> None:
    a = cloud_pg.tenant()
    point = a.trade_point("Старое имя")
    cashier = cashier_of(a)
    one, two = cabinet_for(cloud_pg, a), cabinet_for(cloud_pg, a)
    url = f"/cabinet/trade-points/{point['id']}"
    csrf1, version = one.form(url)
    csrf2, _ = two.form(url)
    assert one.post(url, {"csrf": csrf1, "version": version, "name": "Первое"}).status_code == 303
    r = two.post(url, {"csrf": csrf2, "version": version, "name": "Второе"})
    assert r.status_code == 409 and "ваши изменения не сохранены" in alert_of(r.text) and 'value="Первое"' in r.text
    listed = two.get("/cabinet/users").text
    csrf, _ = two.form("/cabinet/users")
    a.ok("PATCH", f"/users/{cashier['id']}", json={"version": cashier["version"], "comment": "changed elsewhere"})
    r = two.post(f"/cabinet/users/{cashier['id']}/block", {"csrf": csrf, "version": str(cashier["version"])})
    assert r.status_code == 409 and "Комментарий" in alert_of(r.text) and cashier["email"] in listed
    assert not a.ok("GET", f"/users/{cashier['id']}")["blocked"]
    one.close()
    two.close()
