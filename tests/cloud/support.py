"""A real ``alsep-cloud`` process on a loopback port, and helpers to drive it over HTTP.

The server is started exactly as an operator would (``python -m alsep_cloud --db URL
--port N``) against a real PostgreSQL database (or a SQLite file); the tests talk to it
with httpx. Companies are bootstrapped in-process through the same service the CLI uses.
"""

from __future__ import annotations

import itertools
import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from alsep_cloud.api.app import build_context, create_app
from alsep_cloud.clock import SettableClock
from alsep_cloud.config import Argon2Params, CloudConfig
from alsep_cloud.services import auth
from alsep_cloud.services.context import CloudContext
from alsep_desktop.domain.validation import iin_bin_check_digit

TOKEN_SECRET = "test-token-secret-" + "x" * 20
PEPPER = "test-device-pepper"
PASSWORD = "admin-pass-1"
LOCK_S = 2
FAST_ARGON2 = Argon2Params(time_cost=1, memory_cost=1024, parallelism=1)
_counter = itertools.count(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(db_url: str) -> dict[str, str]:
    return {
        **os.environ, "ALSEP_CLOUD_DB": db_url, "ALSEP_CLOUD_TOKEN_SECRETS": TOKEN_SECRET,
        "ALSEP_CLOUD_DEVICE_PEPPER": PEPPER, "ALSEP_CLOUD_ARGON2_TIME": "1", "ALSEP_CLOUD_ARGON2_MEMORY": "1024",
        "ALSEP_CLOUD_ARGON2_PARALLELISM": "1", "ALSEP_CLOUD_LOCK_S": str(LOCK_S), "ALSEP_CLOUD_POOL_SIZE": "5",
    }


def new_iin_bin() -> str:
    while True:
        first = "9" + "".join(str(secrets.randbelow(10)) for _ in range(10))
        check = iin_bin_check_digit(first)
        if check is not None:
            return first + str(check)


@dataclass
class Tenant:
    """One company with its first admin, and an httpx client holding the admin's token."""

    server: CloudServer
    company_id: str
    admin_id: str
    email: str
    api: httpx.Client
    tag: str
    devices: list[httpx.Client] = field(default_factory=list)
    #: the company's BIN/IIN: the sign-in names it (logins are unique per company, decision 2051)
    iin_bin: str = ""

    def ok(self, method: str, path: str, expect: int = 200, **kw: Any) -> Any:
        r = self.api.request(method, path, **kw)
        assert r.status_code == expect, (method, path, r.status_code, r.text)
        return r.json()

    def trade_point(self, name: str | None = None) -> dict:
        return self.ok("POST", "/trade-points", 201, json={"name": name or f"{self.tag} point", "address": "Абая 1"})

    def register(self, tp: dict | None = None, name: str | None = None) -> dict:
        tp = tp or self.trade_point()
        return self.ok("POST", "/registers", 201, json={"trade_point_id": tp["id"], "name": name or f"{self.tag} ККМ"})

    def product(self, register: dict, code: str, **over: Any) -> dict:
        body = {"code": code, "name": f"{self.tag} product {code}", "price_tiyn": 10_000, "vat_code": "16", **over}
        return self.ok("POST", f"/registers/{register['id']}/products", 201, json=body)

    def bind(self, register: dict, device_id: str | None = None) -> httpx.Client:
        out = self.ok("POST", f"/registers/{register['id']}/bind", json={"device_id": device_id or f"pc-{secrets.token_hex(4)}"})
        device = self.server.client(out["credential"])
        self.devices.append(device)
        return device


class CloudServer:
    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(os.devnull, "w")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "alsep_cloud", "--db", db_url, "--host", "127.0.0.1", "--port", str(self.port)],
            env=server_env(db_url), stdout=self.log, stderr=subprocess.PIPE, text=True,
        )
        self._clients: list[httpx.Client] = []
        self._wait()
        self.ctx: CloudContext = build_context(CloudConfig(
            db_url=db_url, token_secrets=(TOKEN_SECRET,), device_pepper=PEPPER, argon2=FAST_ARGON2, migrate=False,
            pool_size=2,
        ))

    def _wait(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"alsep-cloud exited: {self.proc.stderr.read() if self.proc.stderr else ''}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("alsep-cloud did not start in 60 s")

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        c = httpx.Client(base_url=self.url, headers=headers, timeout=30)
        self._clients.append(c)
        return c

    def login(self, email: str, password: str = PASSWORD, company: str | None = None) -> str:
        """The admin's token; ``company`` (BIN/IIN) defaults to the one company holding ``email``."""
        if company is None:
            company = self.company_of(email)
        r = httpx.post(self.url + "/auth/login", json={"company": company, "email": email, "password": password},
                       timeout=30)
        assert r.status_code == 200, r.text
        return r.json()["access_token"]

    def company_of(self, email: str) -> str:
        """The BIN/IIN of the company whose user has this login (read from the database: a test aid)."""
        from sqlalchemy import select

        from alsep_cloud.store.tenant import Company, User

        with self.ctx.sessions() as session:
            [bin_] = session.scalars(select(Company.iin_bin).join(User, User.company_id == Company.id)
                                     .where(User.email == email.strip().lower())).all()
        return bin_

    def tenant(self) -> Tenant:
        n = next(_counter)
        tag = f"T{os.getpid()}x{n}x{secrets.token_hex(3)}"
        email = f"admin.{tag.lower()}@example.kz"
        iin_bin = new_iin_bin()
        with self.ctx.sessions() as session:
            company, user = auth.bootstrap(self.ctx, session, company_name=f"{tag} company", iin_bin=iin_bin,
                                           email=email, password=PASSWORD, full_name="Әсел Қасымова")
        token = self.login(email, company=iin_bin)
        return Tenant(self, company["id"], user["id"], email, self.client(token), tag, iin_bin=iin_bin)

    def stop(self) -> None:
        for c in self._clients:
            c.close()
        self.ctx.engine.dispose()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        if self.proc.stderr:
            self.proc.stderr.close()
        self.log.close()


class ClockedCloudServer(CloudServer):
    """The cloud app in this process (uvicorn on a loopback port, in a thread) on a database the
    process server has migrated, with a SettableClock: a test moves the clock past a lockout or a
    token's lifetime instead of sleeping (decision 2150). Lockout and token lifetime are the
    production defaults (5 and 15 minutes)."""

    def __init__(self, db_url: str) -> None:
        import threading

        import uvicorn

        self.db_url = db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._clients = []
        self.clock = SettableClock()
        self.config = CloudConfig(db_url=db_url, token_secrets=(TOKEN_SECRET,), device_pepper=PEPPER,
                                  argon2=FAST_ARGON2, migrate=False, pool_size=2, gc_freeze=False)
        self.ctx = build_context(self.config, clock=self.clock)
        self._server = uvicorn.Server(uvicorn.Config(create_app(ctx=self.ctx), host="127.0.0.1", port=self.port,
                                                     log_level="warning", access_log=False, lifespan="on"))
        self._thread = threading.Thread(target=self._server.run, name="clocked-cloud", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the in-process cloud did not start in 30 s")
            time.sleep(0.01)

    def stop(self) -> None:
        for c in self._clients:
            c.close()
        self._server.should_exit = True
        self._thread.join(10)
        self.ctx.engine.dispose()
