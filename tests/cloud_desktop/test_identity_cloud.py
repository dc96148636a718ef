"""The desktop against a real cloud (decisions 2050, 2051): the admin tab signs in to the company
of this PC's binding (the same login in another company, with another password, is another
account); a fresh PC's bind dialog needs the company; user names go to the cloud and come back
through the mirror."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.cloud_client.admin_remote import InvalidCredentials
from alsep_desktop.domain.roles import Role
from alsep_desktop.errors import ValidationError
from tests.cloud.support import PASSWORD, CloudServer
from tests.cloud_desktop.support import BoundPc, bound_pc
from tests.conftest import FAST_ARGON2


@pytest.fixture
def pc(cloud_server: CloudServer, tmp_path: Path) -> Iterator[BoundPc]:
    bound = bound_pc(cloud_server, tmp_path / "pc", products=1)
    yield bound
    bound.close()


def test_the_admin_tab_signs_in_to_this_pcs_company(pc: BoundPc, cloud_server: CloudServer) -> None:
    other = cloud_server.tenant()
    # company B makes an admin with A's admin login (allowed: logins are per company) and its own password
    made = other.api.post("/users", json={"full_name": "Чужой Админ", "email": pc.tenant.email, "password": "b-pass-9",
                                          "role": "admin"})
    assert made.status_code == 201, made.text
    edits = pc.ctx.admin.current()
    admin = pc.ctx.auth.login(pc.tenant.email, PASSWORD)
    with pytest.raises(InvalidCredentials):  # B's password is no password of A's account
        edits.line.sign_in(admin, pc.tenant.email, "b-pass-9")
    assert edits.line.sign_in(admin, pc.tenant.email, PASSWORD) == pc.tenant.email
    session = edits.cloud.session
    assert session is not None and session.company_id == pc.tenant.company_id
    assert session.company == pc.tenant.iin_bin
    assert {u["email"] for u in edits.cloud.users()} >= {pc.tenant.email}
    assert all(u["full_name"] != "Чужой Админ" for u in edits.cloud.users())


def test_names_go_to_the_cloud_and_come_back_through_the_mirror(pc: BoundPc) -> None:
    edits = pc.ctx.admin.current()
    admin = pc.ctx.auth.login(pc.tenant.email, PASSWORD)
    edits.line.sign_in(admin, pc.tenant.email, PASSWORD)
    with pytest.raises(ValidationError) as err:
        edits.users.create_user(admin, f"k.{pc.tenant.tag.lower()}@example.kz", "kassa-pass-1", Role.CASHIER, full_name=" ")
    assert err.value.field == "full_name"
    made = edits.users.create_user(admin, f"k.{pc.tenant.tag.lower()}@example.kz", "kassa-pass-1", Role.CASHIER,
                             full_name="Айгерим Нұрланова").value
    local = next(u for u in pc.ctx.auth.list_users(admin) if u.email == made["email"])
    assert local.full_name == "Айгерим Нұрланова"  # mirrored before the call returned
    edits.users.update_user(admin, local.id, full_name="Айгерим Сейтқали")
    assert next(u for u in pc.ctx.auth.list_users(admin) if u.id == local.id).full_name == "Айгерим Сейтқали"
    assert pc.tenant.ok("GET", f"/users/{made['id']}")["full_name"] == "Айгерим Сейтқали"
    cashier = pc.ctx.auth.login(made["email"], "kassa-pass-1")
    assert cashier.full_name == "Айгерим Сейтқали"


def test_a_fresh_pcs_bind_sign_in_names_the_company(cloud_server: CloudServer, tmp_path: Path) -> None:
    tenant = cloud_server.tenant()
    tenant.register()
    ctx = build_context(AppConfig(data_dir=tmp_path / "fresh", argon2=FAST_ARGON2, secrets="file",
                                  cloud_url=cloud_server.url))
    try:
        assert ctx.binding is not None and ctx.binding.known_company() == ""
        with pytest.raises(ValidationError) as err:
            ctx.binding.sign_in(tenant.email, PASSWORD)
        assert err.value.field == "company"
        with pytest.raises(InvalidCredentials):  # another company's BIN: like a wrong password
            ctx.binding.sign_in(tenant.email, PASSWORD, cloud_server.tenant().iin_bin)
        listed = ctx.binding.sign_in(tenant.email, PASSWORD, tenant.iin_bin)
        assert len(listed) == 1
        ctx.binding.bind(listed[0].id)
        assert ctx.sync is not None
        ctx.sync.first_mirror(lambda _d, _t: None, threading.Event())
        assert ctx.binding.known_company() == tenant.iin_bin  # the bind dialog offers it next time
    finally:
        if ctx.sync is not None:
            ctx.sync.stop(timeout=10)
        ctx.close()
