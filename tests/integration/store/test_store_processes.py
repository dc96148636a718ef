"""Several real processes on one store (issue 13): one register, one process; several registers,
one store; numbering and shift opening safe even when two processes write for one register."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from alsep_desktop.app.demo import DEMO_BIN, DEMO_OFD_SYSTEM_ID, DEMO_OFD_TOKEN, ensure_demo
from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox
from alsep_desktop.store.models import Receipt, Shift

ROOT = Path(__file__).resolve().parents[3]
SALES = 60


def _setup(make_ctx, url: str, registers: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The demo store with ``registers`` active registers; returns their ids and (OFD id, token)."""
    ctx = make_ctx(url)
    ids = ensure_demo(ctx)
    admin = ctx.auth.login("admin@demo.kz", "admin123")
    regs, ofd = [ids.register_id], [(int(DEMO_OFD_SYSTEM_ID), int(DEMO_OFD_TOKEN))]
    tp = ctx.admin.local.registers.registers(admin)[0].trade_point_id
    for n in range(2, registers + 1):
        rid = ctx.org.create_register(admin, tp, f"ККМ №{n}").value
        device, token = int(DEMO_OFD_SYSTEM_ID) + n, 555000 + n
        ctx.org.update_register_ofd(admin, rid, system_id=str(device), registration_number=f"01010000000{n}",
                                    token=str(token), vat_payer=True)
        regs.append(rid)
        ofd.append((device, token))
    ctx.close()
    return regs, ofd


def _run(data_dir: Path, url: str, port: int, plan: list[tuple[int, str]]) -> list[dict]:
    """Start one process per (register, mode), let them go at once, collect their reports."""
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    procs = [
        subprocess.Popen([sys.executable, "-m", "tests.support.register_child", str(data_dir), url, str(port),
                          str(rid), str(SALES), mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        for rid, mode in plan
    ]
    try:
        for p in procs:
            line = p.stdout.readline()  # type: ignore[union-attr]
            assert line.strip() == "ready", line + (p.stderr.read() if p.poll() is not None else "")  # type: ignore[union-attr]
        for p in procs:
            p.stdin.write("go\n")  # type: ignore[union-attr]
            p.stdin.flush()  # type: ignore[union-attr]
        reports = [json.loads(p.stdout.readline()) for p in procs]  # type: ignore[union-attr]
        for p in procs:
            p.stdin.write("exit\n")  # type: ignore[union-attr]
            p.stdin.flush()  # type: ignore[union-attr]
        for p in procs:
            p.wait(timeout=60)
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert all("crashed" not in r for r in reports), reports
    return reports


def _sandbox(ofd: list[tuple[int, int]]) -> OfdSandbox:
    memory = FiscalMemory()
    for device, token in ofd:
        memory.register(device, token, inn=DEMO_BIN)
    return OfdSandbox("127.0.0.1", 0, memory=memory, read_timeout=2.0).start()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_four_processes_on_one_register_one_sells_three_are_refused(make_ctx, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    regs, ofd = _setup(make_ctx, url, 1)
    sandbox = _sandbox(ofd)
    try:
        reports = _run(tmp_path / "data", url, sandbox.port, [(regs[0], "claim")] * 4)
    finally:
        sandbox.stop()
    sellers = [r for r in reports if r["refused"] is None]
    refused = [r for r in reports if r["refused"] is not None]
    assert len(sellers) == 1 and sellers[0]["sold"] == SALES and sellers[0]["errors"] == []
    assert [r["refused"] for r in refused] == ["store.register_in_use"] * 3
    assert all(r["sold"] == 0 and r["errors"] == [] for r in refused)


def test_four_registers_on_one_store_sell_every_sale(make_ctx, tmp_path, db_url) -> None:
    regs, ofd = _setup(make_ctx, db_url, 4)
    sandbox = _sandbox(ofd)
    try:
        reports = _run(tmp_path / "data", db_url, sandbox.port, [(rid, "claim") for rid in regs])
        signed = {device: len(sandbox.memory.fiscal_signs(device)) for device, _ in ofd}
    finally:
        sandbox.stop()
    assert [(r["sold"], r["errors"], r["refused"]) for r in reports] == [(SALES, [], None)] * 4
    assert sum(r["sold"] for r in reports) == 4 * SALES == 240
    assert set(signed.values()) == {SALES}  # every sale reached the OFD of its own register
    ctx = make_ctx(db_url)
    with ctx.uow(read_only=True) as uow:
        per_register = dict(uow.session.execute(
            select(Receipt.register_id, func.count()).group_by(Receipt.register_id)).all())
    assert per_register == {rid: SALES for rid in regs}


def test_two_processes_writing_for_one_register_number_safely(make_ctx, tmp_path, db_url) -> None:
    """Even without the register lock, the write transactions keep numbers and the shift unique."""
    regs, _ = _setup(make_ctx, db_url, 1)
    reports = _run(tmp_path / "data", db_url, _closed_port(), [(regs[0], "nolock")] * 2)  # the OFD is away
    assert [(r["sold"], r["errors"]) for r in reports] == [(SALES, [])] * 2
    ctx = make_ctx(db_url)
    with ctx.uow(read_only=True) as uow:
        shifts = uow.session.scalars(select(Shift)).all()
        numbers = sorted(uow.session.scalars(select(Receipt.number)))
    assert len(shifts) == 1  # the shift opened once
    assert numbers == list(range(1, 2 * SALES + 1))


def test_the_register_lock_dies_with_its_process(make_ctx, tmp_path, db_url) -> None:
    """A register held by a process that is killed (no clean-up at all) is free at once."""
    import signal

    from alsep_desktop.store.errors import RegisterInUse

    regs, _ = _setup(make_ctx, db_url, 1)
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    child = subprocess.Popen([sys.executable, "-m", "tests.support.register_child", str(tmp_path / "data"), db_url,
                              str(_closed_port()), str(regs[0]), "0", "claim"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        assert child.stdout.readline().strip() == "ready"  # type: ignore[union-attr]
        child.stdin.write("go\n")  # type: ignore[union-attr]
        child.stdin.flush()  # type: ignore[union-attr]
        assert json.loads(child.stdout.readline())["refused"] is None  # type: ignore[union-attr]  # it holds it
        ctx = make_ctx(db_url)
        admin = ctx.auth.login("admin@demo.kz", "admin123")
        ctx.org.unbind_device(admin, regs[0])
        with ctx.uow() as uow:  # bound to this PC (the same data directory) without claiming it here
            uow.org.register(regs[0]).bound_device_id = ctx.config.device_id()
            uow.commit()
        with pytest.raises(RegisterInUse):  # what the login screen asks at start
            ctx.org.register_of_device(ctx.config.device_id())
        with pytest.raises(RegisterInUse):
            ctx.claim_register(regs[0])
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        for _ in range(50):  # PostgreSQL notices the closed connection within moments
            try:
                ctx.claim_register(regs[0])
                break
            except RegisterInUse:
                import time

                time.sleep(0.1)
        assert ctx.locks.holds(regs[0])
        assert ctx.org.register_of_device(ctx.config.device_id()).id == regs[0]
    finally:
        if child.poll() is None:
            child.kill()
