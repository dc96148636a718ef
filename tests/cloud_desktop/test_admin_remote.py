"""The desktop's cloud admin client against a real cloud: sign-in and lockout, versioned edits
refused with what changed, typed refusals, the token never shown."""

from __future__ import annotations

import pytest

from alsep_desktop.cloud_client.admin_remote import (
    AccountBlocked,
    AuthLocked,
    CloudAdmin,
    CloudAuthRequired,
    CloudStaleEdit,
    InvalidCredentials,
)
from alsep_desktop.cloud_client.errors import CloudUnreachable
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from tests.cloud.support import PASSWORD, CloudServer, Tenant, free_port


def _admin(server: CloudServer, tenant: Tenant) -> CloudAdmin:
    admin = CloudAdmin(CloudHttp(server.url))
    admin.login(tenant.email, PASSWORD, company=tenant.iin_bin)
    return admin


def test_sign_in_keeps_the_token_in_memory_and_out_of_every_repr(cloud_server: CloudServer, tenant: Tenant) -> None:
    admin = CloudAdmin(CloudHttp(cloud_server.url))
    with pytest.raises(CloudAuthRequired):
        admin.company()
    session = admin.login(tenant.email, PASSWORD, company=tenant.iin_bin)
    assert session.company_id == tenant.company_id and session.token
    assert session.token not in repr(session) and session.token not in repr(admin)
    assert admin.company()["id"] == tenant.company_id
    admin.logout()
    with pytest.raises(CloudAuthRequired):
        admin.trade_points()


def test_wrong_password_then_the_clouds_lockout(cloud_server: CloudServer, tenant: Tenant) -> None:
    admin = CloudAdmin(CloudHttp(cloud_server.url))
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            admin.login(tenant.email, "wrong", company=tenant.iin_bin)
    with pytest.raises((InvalidCredentials, AuthLocked)):
        admin.login(tenant.email, "wrong", company=tenant.iin_bin)
    with pytest.raises(AuthLocked) as locked:
        admin.login(tenant.email, PASSWORD, company=tenant.iin_bin)  # even the right password waits out the lock
    assert locked.value.code == "auth.locked" and locked.value.params["until"]


def test_a_stale_edit_is_refused_naming_what_changed(cloud_server: CloudServer, tenant: Tenant) -> None:
    reg = tenant.register()
    product = tenant.product(reg, "501", price_tiyn=50_000)
    mine, theirs = _admin(cloud_server, tenant), _admin(cloud_server, tenant)
    theirs.patch_product(product["id"], product["version"], {"price_tiyn": 60_000})
    with pytest.raises(CloudStaleEdit) as stale:
        mine.patch_product(product["id"], product["version"], {"name": "Молоко"})
    assert stale.value.code == "cloud.stale_edit"
    assert "price = 60000" in stale.value.params["fields"]
    assert stale.value.params["changed"] == {"price": 60_000}
    assert mine.product(product["id"])["name"] == product["name"]  # nothing was written


def test_refusals_arrive_as_the_desktops_typed_errors(cloud_server: CloudServer, tenant: Tenant) -> None:
    admin = _admin(cloud_server, tenant)
    reg = tenant.register()
    with pytest.raises(ValidationError) as bad:
        admin.create_product(reg["id"], {"code": "1", "name": "x", "price_tiyn": -1, "vat_code": "16"})
    assert bad.value.field == "price"  # the desktop's field key (label «Цена»), never the cloud's column
    with pytest.raises(NotFoundError):
        admin.product("00000000-0000-0000-0000-000000000000")


def test_another_companys_records_look_absent(cloud_server: CloudServer, tenant: Tenant) -> None:
    other = cloud_server.tenant()
    their_reg = other.register()
    their_product = other.product(their_reg, "7")
    admin = _admin(cloud_server, tenant)
    with pytest.raises(NotFoundError):
        admin.product(their_product["id"])
    with pytest.raises(NotFoundError):
        admin.patch_product(their_product["id"], their_product["version"], {"price_tiyn": 1})
    with pytest.raises(NotFoundError):
        admin.bind(their_reg["id"], "pc-x")
    assert other.ok("GET", f"/products/{their_product['id']}")["price_tiyn"] == their_product["price_tiyn"]


def test_a_device_credential_is_no_admin_token(cloud_server: CloudServer, tenant: Tenant) -> None:
    reg = tenant.register()
    admin = _admin(cloud_server, tenant)
    _, credential = admin.bind(reg["id"], "pc-device-1")
    as_device = CloudAdmin(CloudHttp(cloud_server.url))
    as_device._session = type(admin.session)(email="x", user_id="x", company_id="x", expires_at=None,  # type: ignore[misc]
                                            token=credential)
    with pytest.raises(PermissionDenied):
        as_device.registers()
    with pytest.raises(PermissionDenied):
        as_device.create_product(reg["id"], {"code": "9", "name": "x", "price_tiyn": 1, "vat_code": "16"})


def test_a_blocked_admin_is_told_so(cloud_server: CloudServer, tenant: Tenant) -> None:
    admin = _admin(cloud_server, tenant)
    second = admin.create_user({"full_name": "Second Admin", "email": f"second.{tenant.tag.lower()}@example.kz", "password": "pw-second-1",
                                "role": "admin"})
    admin.patch_user(second["id"], second["version"], {"blocked": True})
    with pytest.raises(AccountBlocked):
        CloudAdmin(CloudHttp(cloud_server.url)).login(second["email"], "pw-second-1", company=tenant.iin_bin)


def test_a_cloud_that_does_not_answer_is_unreachable_not_refused() -> None:
    admin = CloudAdmin(CloudHttp(f"http://127.0.0.1:{free_port()}", connect_timeout=1, read_timeout=2))
    with pytest.raises(CloudUnreachable):
        admin.login("a@b.kz", "x", company="260101500004")


def test_a_body_over_the_clouds_limit_is_said_in_the_windows_words(cloud_server: CloudServer, tenant: Tenant) -> None:
    """413 from the cloud's body limit (decision 2060) is a typed error with a translated sentence,
    never the cloud's English text."""
    from alsep_desktop.cloud_client.admin_remote import CloudTooLarge
    from alsep_desktop.ui.i18n.errors import describe

    admin = _admin(cloud_server, tenant)
    company = admin.company()
    with pytest.raises(CloudTooLarge) as refused:
        admin.patch_company(company["version"], {"address": "д. 1 " * 2_000_000})  # ~10 MB of JSON
    said = describe(refused.value, "ru")
    assert said.startswith("Облако не принимает столько за один раз"), said
    assert "bytes" not in said and "larger" not in said
    assert admin.company()["version"] == company["version"]  # nothing was applied
