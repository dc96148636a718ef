"""CloudHttp against the real cloud: the cloud's refusal kept (code, sentence, params), an
unreachable cloud, and the bearer never in a message or a log line."""

from __future__ import annotations

import logging
import socket

import pytest

from alsep_desktop.cloud_client.credentials import (
    forget_device_credential,
    load_device_credential,
    save_device_credential,
)
from alsep_desktop.cloud_client.http import CloudHttp, CloudRefused, CloudUnreachable
from alsep_desktop.secrets import MemorySecrets


def test_a_stale_edit_keeps_the_clouds_sentence_naming_what_changed(tenant, cloud_pg) -> None:
    reg = tenant.register()
    p = tenant.product(reg, "S1")
    tenant.ok("PATCH", f"/products/{p['id']}", json={"version": p["version"], "price_tiyn": 47_000})
    token = cloud_pg.login(tenant.email)
    http = CloudHttp(cloud_pg.url)
    with pytest.raises(CloudRefused) as caught:
        http.request("PATCH", f"/products/{p['id']}", bearer=token, json={"version": p["version"], "name": "x"})
    err = caught.value
    assert err.status == 409 and err.cloud_code == "conflict.stale_version" and err.code == "cloud.refused"
    assert "price_tiyn=47000" in err.message and err.detail["current_version"] == 2
    assert token not in str(err)
    http.close()


def test_an_unreachable_cloud_and_no_bearer_in_the_log(caplog) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there
    http = CloudHttp(f"http://127.0.0.1:{port}", connect_timeout=1, read_timeout=1)
    secret = "alsep-dev.never-in-a-log"
    with caplog.at_level(logging.DEBUG), pytest.raises(CloudUnreachable) as caught:
        http.request("GET", "/feed", bearer=secret)
    assert caught.value.code == "cloud.unreachable"
    assert secret not in str(caught.value) and secret not in caplog.text


def test_the_device_credential_lives_in_the_secrets_store() -> None:
    store = MemorySecrets()
    save_device_credential(store, cloud_url="https://cloud.example.kz/", register_id="r1", credential="alsep-dev.x")
    cred = load_device_credential(store)
    assert cred is not None and cred.cloud_url == "https://cloud.example.kz" and cred.credential == "alsep-dev.x"
    assert "alsep-dev.x" not in repr(cred)
    forget_device_credential(store)
    assert load_device_credential(store) is None


def test_the_feed_long_poll_answers_when_something_changes(tenant, cloud_pg) -> None:
    import threading
    import time

    reg = tenant.register()
    p = tenant.product(reg, "L1")
    device = tenant.ok("POST", f"/registers/{reg['id']}/bind", json={"device_id": "long-poll-pc"})["credential"]
    http = CloudHttp(cloud_pg.url)
    high = http.request("GET", "/feed", bearer=device, params={"after": 0, "limit": 1000})["next"]

    t0 = time.monotonic()
    idle = http.request("GET", "/feed", bearer=device, params={"after": high, "wait": 1})
    assert idle["changes"] == [] and time.monotonic() - t0 >= 0.9  # nothing changed: held to the end

    def edit() -> None:
        time.sleep(0.6)
        tenant.ok("PATCH", f"/products/{p['id']}", json={"version": p["version"], "price_tiyn": 31_400})

    threading.Thread(target=edit).start()
    t0 = time.monotonic()
    page = http.request("GET", "/feed", bearer=device, params={"after": high, "wait": 10})
    elapsed = time.monotonic() - t0
    assert 0.5 <= elapsed < 3.0, elapsed  # answered soon after the edit, not at the end of the wait
    assert [(c["id"], c["data"]["price_tiyn"]) for c in page["changes"]] == [(p["id"], 31_400)]
    http.close()
