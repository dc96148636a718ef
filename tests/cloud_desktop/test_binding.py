"""Binding this PC through the cloud (seed 9.1, 9.5): a register bound to another PC is refused with
the seed's sentence, «Отвязать устройство» frees it, the credential lives in the secrets store only,
and unbinding this PC forgets it here and revokes it there."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.cloud_client.admin_remote import BoundElsewhere, CloudAuthRequired
from alsep_desktop.cloud_client.credentials import load_device_credential
from alsep_desktop.services.cloud.binding import SEED_BOUND_ELSEWHERE
from tests.cloud.support import PASSWORD, CloudServer, Tenant
from tests.conftest import FAST_ARGON2


@pytest.fixture
def ctx(cloud_server: CloudServer, tmp_path: Path):  # noqa: ANN201
    c = build_context(AppConfig(data_dir=tmp_path / "pc", argon2=FAST_ARGON2, secrets="file",
                                cloud_url=cloud_server.url))
    yield c
    if c.sync is not None:
        c.sync.stop(timeout=10)
    c.close()


def test_a_register_bound_elsewhere_is_refused_with_the_seeds_sentence_until_unbound(
        cloud_server: CloudServer, tenant: Tenant, ctx, tmp_path: Path) -> None:
    reg = tenant.register()
    other = tenant.bind(reg, "the-other-pc")  # another PC holds it
    assert ctx.binding is not None
    with pytest.raises(CloudAuthRequired):
        ctx.binding.bind(reg["id"])  # no admin signed in
    listed = {r.id: r for r in ctx.binding.sign_in(tenant.email, PASSWORD, tenant.iin_bin)}
    assert listed[reg["id"]].bound_elsewhere(ctx.config.device_id())
    with pytest.raises(BoundElsewhere) as refused:
        ctx.binding.bind(reg["id"])
    assert refused.value.code == "org.register_bound_elsewhere"
    assert refused.value.params["ru"] == SEED_BOUND_ELSEWHERE == "Данный ККМ привязан к другому устройству"
    assert load_device_credential(ctx.vault) is None
    assert other.get("/device/register").status_code == 200  # the refusal changed nothing there

    ctx.binding.unbind(reg["id"])  # «Отвязать устройство»
    assert other.get("/feed").status_code == 401  # the other PC is refused at once
    ctx.binding.bind(reg["id"])
    cred = load_device_credential(ctx.vault)
    assert cred is not None and cred.register_id == reg["id"] and cred.cloud_url == cloud_server.url
    assert tenant.ok("GET", f"/registers/{reg['id']}")["device_id"] == ctx.config.device_id()
    # the credential is in the secrets file only, never in the store
    db = Path(ctx.config.database_url.removeprefix("sqlite:///")).read_bytes()
    assert cred.credential.encode() not in db
    assert cred.credential in (tmp_path / "pc" / "secrets.json").read_text(encoding="utf-8")
    assert cred.credential not in repr(cred)


def test_the_mirrored_register_becomes_this_pcs_and_unbinding_forgets_it(
        cloud_server: CloudServer, tenant: Tenant, ctx) -> None:
    reg = tenant.register()
    tenant.product(reg, "1", name="Хлеб", price_tiyn=25_000)
    ctx.binding.sign_in(tenant.email, PASSWORD, tenant.iin_bin)
    ctx.binding.bind(reg["id"])
    assert ctx.sync is not None  # binding started the engine
    ctx.sync.first_mirror(lambda _d, _t: None, threading.Event())
    local_id = ctx.binding.mark_local(reg["serial_number"])
    bound = ctx.org.register_of_device(ctx.config.device_id())
    assert bound is not None and bound.id == local_id and bound.serial_number == reg["serial_number"]
    assert ctx.catalog.find_by_code(local_id, "1").name == "Хлеб"
    credential = load_device_credential(ctx.vault).credential

    ctx.binding.unbind(reg["id"])  # this PC's own register
    assert load_device_credential(ctx.vault) is None and ctx.sync is None and ctx.binding.unbound_here
    assert ctx.org.register_of_device(ctx.config.device_id()) is None
    r = httpx.get(cloud_server.url + "/feed", headers={"Authorization": f"Bearer {credential}"}, timeout=10)
    assert r.status_code == 401
    assert ctx.catalog.find_by_code(local_id, "1") is not None  # the last mirror stays
