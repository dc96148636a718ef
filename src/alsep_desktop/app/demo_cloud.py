"""The demo's cloud (issue 14, decision 1413): `make run` starts ``alsep-cloud`` on SQLite beside the
OFD sandbox, seeds the demo company there once, binds the demo register to this PC and lets the
sync engine mirror it, so the default demo runs the real path (admin edits go to the cloud and
come back through the mirror; receipts are pushed to the cloud).

The desktop never imports the cloud's code: the cloud runs as its own process (``python -m
alsep_cloud``) and is spoken to over HTTP only. Its data live under the demo data dir
(``cloud/cloud.sqlite``), its port is kept in ``cloud/port`` (the same one next time if free).
When anything here fails the caller falls back to single-PC mode and says so.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from alsep_desktop.app.demo import (
    ADMIN,
    ADMIN_NAME,
    CASHIER,
    CASHIER_NAME,
    DEMO_BIN,
    DEMO_MARKED,
    DEMO_NTIN,
    DEMO_OFD_REG_NUMBER,
    DEMO_OFD_SYSTEM_ID,
    DEMO_OFD_TOKEN,
    DEMO_PRODUCTS,
)
from alsep_desktop.cloud_client.admin_remote import AdminSession, CloudAdmin, InvalidCredentials
from alsep_desktop.cloud_client.credentials import load_device_credential, save_device_credential
from alsep_desktop.cloud_client.errors import CloudUnreachable
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.errors import AlsepError

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0
PASSWORD_ENV = "ALSEP_CLOUD_ADMIN_PASSWORD"


class DemoCloudFailed(AlsepError):
    code = "cloud.demo_failed"
    template = "The demo cloud could not start ({reason}); the demo runs as a single PC"


@dataclass
class DemoCloud:
    url: str
    db_url: str
    proc: subprocess.Popen
    log_path: Path
    _log: object = field(repr=False, default=None)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self._log is not None:
            self._log.close()  # type: ignore[attr-defined]


def _free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a port in TIME_WAIT is free
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _port(home: Path) -> int:
    """The port of the last run if it is free (the mirror's state names its cloud by URL), else a new one."""
    path = home / "port"
    try:
        last = int(path.read_text(encoding="utf-8").strip())
        if 1024 < last < 65536 and _free(last):
            return last
    except (OSError, ValueError):
        pass
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path.write_text(str(port), encoding="utf-8")
    return port


def _cloud_cmd(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "alsep_cloud", "--db", db_url, *args]


def start_demo_cloud(data_dir: Path, *, timeout: float = START_TIMEOUT_S) -> DemoCloud:
    """Start the cloud process and wait for ``/health``; :class:`DemoCloudFailed` otherwise."""
    if getattr(sys, "frozen", False):  # a bundle has no Python to run the cloud with
        raise DemoCloudFailed(reason="not available in the installed bundle")
    home = data_dir / "cloud"
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    db_url = f"sqlite:///{home / 'cloud.sqlite'}"
    port = _port(home)
    log_path = home / "cloud.log"
    out = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - closed by DemoCloud.stop
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_ENV}
    try:
        proc = subprocess.Popen(_cloud_cmd(db_url, "--host", "127.0.0.1", "--port", str(port),
                                           "--exit-with-parent", str(os.getpid())), stdout=out,
                                stderr=subprocess.STDOUT, env=env)
    except OSError as exc:
        out.close()
        raise DemoCloudFailed(reason=type(exc).__name__) from None
    cloud = DemoCloud(f"http://127.0.0.1:{port}", db_url, proc, log_path, out)
    http = CloudHttp(cloud.url, connect_timeout=1.0, read_timeout=2.0)
    deadline = time.monotonic() + timeout
    try:
        while True:
            if proc.poll() is not None:
                raise DemoCloudFailed(reason=f"exit code {proc.returncode}, see {log_path}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    pass  # listening: now ask it (no log line per attempt while it starts)
                http.request("GET", "/health")
                return cloud
            except (OSError, CloudUnreachable):
                if time.monotonic() > deadline:
                    raise DemoCloudFailed(reason=f"no answer in {timeout:.0f} s") from None
                time.sleep(0.2)
    except BaseException:
        cloud.stop()
        raise
    finally:
        http.close()


def seed_demo_cloud(cloud: DemoCloud) -> tuple[dict, AdminSession]:
    """The demo company in the cloud (once): company data, trade point, register with its OFD data,
    the cashier, the products and the bundle. Returns the demo register's view and the admin's
    session (binding uses it: one argon2 check less)."""
    admin = CloudAdmin(CloudHttp(cloud.url))
    try:
        try:
            admin.login(*ADMIN, company=DEMO_BIN)
        except InvalidCredentials:
            env = {**os.environ, PASSWORD_ENV: ADMIN[1]}
            done = subprocess.run(
                _cloud_cmd(cloud.db_url, "bootstrap", "--company", "Демо Дүкен", "--iin-bin", DEMO_BIN,
                           "--email", ADMIN[0], "--full-name", ADMIN_NAME),
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            if done.returncode != 0:
                raise DemoCloudFailed(reason="bootstrap: " + (done.stderr.strip().splitlines() or ["?"])[-1]) from None
            admin.login(*ADMIN, company=DEMO_BIN)
        registers = admin.registers()
        session = admin.session
        assert session is not None
        return (registers[0] if registers else _seed(admin)), session
    finally:
        admin.http.close()


def _seed(admin: CloudAdmin) -> dict:
    company = admin.company()
    admin.patch_company(company["version"], {
        "vat_payer": True, "vat_series": "60001", "vat_number": "0000001", "legal_address": "г. Алматы, ул. Абая, 1",
        "oked": "47111", "phone": "+7 700 000 00 00", "iban": "KZ44856A000000012345", "bik": "KCJBKZKX",
        "address_kz": "Алматы қ., Абай к-сі, 1"})
    tp = admin.create_trade_point({"name": "Магазин на Абая", "address": "г. Алматы, пр. Абая, 10",
                                   "address_kz": "Алматы қ., Абай даңғ., 10", "latitude": 43_238_949,
                                   "longitude": 76_889_709})
    reg = admin.create_register({"trade_point_id": tp["id"], "name": "ККМ №1"})
    reg = admin.update_ofd(reg["id"], reg["version"], {"ofd_system_id": DEMO_OFD_SYSTEM_ID,
                                                      "registration_number": DEMO_OFD_REG_NUMBER,
                                                      "ofd_token": DEMO_OFD_TOKEN, "vat_payer": True})
    admin.create_user({"email": CASHIER[0], "password": CASHIER[1], "role": "cashier", "full_name": CASHIER_NAME})
    ids: dict[str, str] = {}
    for code, group, name, barcode, price, vat, unit in DEMO_PRODUCTS:
        p = admin.create_product(reg["id"], {
            "code": code, "group_code": group, "name": name, "barcode": barcode, "price_tiyn": Money.parse(price).tiyn,
            "vat_code": vat, "unit": unit.value, "ntin": DEMO_NTIN.get(code), "marked": code in DEMO_MARKED,
            "editable_price": unit is Unit.KILOGRAM})
        ids[code] = p["id"]
    admin.create_bundle(reg["id"], {"name": "Завтрак: хлеб + молоко", "barcode": "2999999999992",
                                    "items": [{"product_id": ids["1"], "quantity_milli": 1000},
                                              {"product_id": ids["2"], "quantity_milli": 1000}]})
    return reg


def connect_demo_register(ctx, cloud: DemoCloud, register: dict, *, make_engine=None,  # noqa: ANN001
                          session: AdminSession | None = None) -> None:
    """Bind the demo register to this PC (once; the credential follows the cloud's port), start the
    sync engine, mirror the register, and mark it as this PC's. ``make_engine(ctx)`` builds the
    engine when the context has none yet."""
    ctx.config.cloud_url = cloud.url  # this run only: config.json is not rewritten
    cred = load_device_credential(ctx.vault)
    if cred is not None and cred.register_id == register["id"]:
        if cred.cloud_url != cloud.url:  # the same binding, the cloud on another port this time
            save_device_credential(ctx.vault, cloud_url=cloud.url, register_id=cred.register_id,
                                   credential=cred.credential)
            old = getattr(ctx, "sync", None)
            if old is not None:  # built for the old address: a new engine for the new one
                old.stop()
                ctx.sync = None
    else:
        assert ctx.binding is not None
        remote = ctx.admin.current().cloud
        if session is not None and remote is not None:
            remote.use(session)
        else:
            ctx.binding.sign_in(*ADMIN, DEMO_BIN)
        try:
            ctx.binding.bind(register["id"])
        except AlsepError as exc:
            if exc.code != "org.register_bound_elsewhere":
                raise
            ctx.binding.unbind(register["id"])  # a demo data dir copied from another PC: take it over
            ctx.binding.bind(register["id"])
        if remote is not None:
            remote.logout()  # the admin tab asks for the cloud password like on any PC
    engine = getattr(ctx, "sync", None)
    if engine is None and make_engine is not None:
        engine = make_engine(ctx)
    if engine is None:
        raise DemoCloudFailed(reason="no sync engine")
    engine.first_mirror(lambda _done, _total: None, threading.Event())
    assert ctx.binding is not None
    ctx.binding.mark_local(register["serial_number"], register["name"])
    _cashier_pin(ctx)


def _cashier_pin(ctx) -> None:  # noqa: ANN001
    """The demo cashier's PIN lives on this PC only (the cloud mirrors password hashes, not PINs)."""
    from alsep_desktop.services.auth import principal_of

    with ctx.uow() as uow:
        user = uow.users.by_email(CASHIER[0])
        if user is None:
            return
        principal = principal_of(user)
    if not ctx.auth.has_pin(principal.user_id):
        ctx.auth.set_pin(principal, CASHIER[2])


def _make_engine(ctx):  # noqa: ANN001, ANN202
    return ctx.start_sync()


def run_demo_cloud(ctx) -> DemoCloud | None:  # noqa: ANN001
    """Start, seed and connect the demo cloud; None (single-PC demo, said in the log) on any failure."""
    cloud: DemoCloud | None = None
    try:
        cloud = start_demo_cloud(ctx.config.data_dir)
        register, session = seed_demo_cloud(cloud)
        connect_demo_register(ctx, cloud, register, make_engine=_make_engine, session=session)
        log.info("demo cloud at %s (data in %s); register %s mirrored", cloud.url, cloud.log_path.parent,
                 register["serial_number"])
        log.info("owner's cabinet at %s/cabinet/ (company BIN/IIN %s, login %s, password %s)", cloud.url, DEMO_BIN,
                 *ADMIN)  # issue 24
        return cloud
    except Exception as exc:  # noqa: BLE001 - any failure: the demo still runs, as a single PC
        reason = exc.code if isinstance(exc, AlsepError) else type(exc).__name__
        log.warning("the demo cloud is not used (%s): the demo runs as a single PC", reason, exc_info=True)
        ctx.config.cloud_url = ""
        if cloud is not None:
            cloud.stop()
        return None
