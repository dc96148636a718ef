"""`alsep-admin`: the operators' command-line tool (no GUI needed).

Every command works on the same store as the app (``--data-dir`` / ``--db-url``).
Passwords are read from a prompt or an environment variable, never from arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import platform
import sys
from collections.abc import Iterator
from pathlib import Path

from alsep_desktop import __version__
from alsep_desktop.app.bootstrap import AppContext, build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.domain.roles import Role
from alsep_desktop.errors import AlsepError
from alsep_desktop.store import migrate
from alsep_desktop.store.db import make_engine


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"set {env} or run in a terminal to be asked for the {prompt.lower()}")
    return getpass.getpass(prompt + ": ")


def _config(args: argparse.Namespace) -> AppConfig:
    cfg = AppConfig.load(args.data_dir)
    if args.db_url:
        cfg.db_url = args.db_url
    return cfg


@contextlib.contextmanager
def _opened(args: argparse.Namespace) -> Iterator[AppContext]:
    """The app context on the command's store, closed when the command ends."""
    ctx = build_context(_config(args))
    try:
        yield ctx
    finally:
        ctx.close()


def _admin(ctx: AppContext, args: argparse.Namespace):  # noqa: ANN202
    email = args.admin or os.environ.get("ALSEP_ADMIN_EMAIL")
    if not email:
        raise SystemExit("this command needs an admin: pass --admin EMAIL (password from ALSEP_ADMIN_PASSWORD or prompt)")
    return ctx.auth.require_admin_credentials(email, _secret("ALSEP_ADMIN_PASSWORD", "Admin password"))


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    cfg = _config(args)
    if cfg.db_url is None:
        cfg.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(cfg.database_url)
    migrate.upgrade(engine, args.revision)
    print(f"database at revision {migrate.current_revision(engine)}")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    cfg = _config(args)
    engine = make_engine(cfg.database_url)
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    print(f"current: {current or '(empty)'}  head: {head}  {'up to date' if current == head else 'needs upgrade'}")
    return 0 if current == head else 1


def cmd_create_user(args: argparse.Namespace) -> int:
    with _opened(args) as ctx:
        with ctx.uow() as uow:
            first = uow.users.count() == 0
        actor = None if first else _admin(ctx, args)
        password = _secret("ALSEP_NEW_PASSWORD", "New user's password")
        company = ctx.org.company()
        info = ctx.auth.create_user(
            actor, args.email, password, Role(args.role), full_name=args.name or "", comment=args.comment or "",
            company_id=company.id if company else None,
        ).value
        print(f"created {info.role.value} {info.email} (id {info.id})")
        return 0


def cmd_list_users(args: argparse.Namespace) -> int:
    with _opened(args) as ctx:
        admin = _admin(ctx, args)
        for u in ctx.auth.list_users(admin):
            print(f"{u.id}\t{u.email}\t{u.role.value}\t{'blocked' if u.blocked else 'active'}\t{u.full_name}")
        return 0


def cmd_demo_seed(args: argparse.Namespace) -> int:
    from alsep_desktop.app.demo import ensure_demo

    with _opened(args) as ctx:
        ids = ensure_demo(ctx)
        print(f"demo company {ids.company_id}, register {ids.register_id}")
        return 0


def cmd_import_catalog(args: argparse.Namespace) -> int:
    from alsep_desktop.services.exchange import import_catalog_file

    with _opened(args) as ctx:
        admin = _admin(ctx, args)
        result = import_catalog_file(ctx, admin, args.register, Path(args.file), offers=args.offers)
        print(f"imported {result.value} products into register {args.register}")
        return 0


def cmd_export_catalog(args: argparse.Namespace) -> int:
    from alsep_desktop.services.exchange import export_catalog_file

    with _opened(args) as ctx:
        admin = _admin(ctx, args)
        count = export_catalog_file(ctx, admin, args.register, Path(args.file))
        print(f"exported {count} products to {args.file}")
        return 0


def cmd_diagnostics(args: argparse.Namespace) -> int:
    cfg = _config(args)
    engine = make_engine(cfg.database_url)
    info: dict[str, object] = {
        "version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "data_dir": str(cfg.data_dir),
        "database": engine.url.render_as_string(hide_password=True),
    }
    try:
        info["schema"] = migrate.current_revision(engine)
        info["schema_head"] = migrate.head_revision()
    except Exception as exc:  # diagnostics reports, it does not fail
        info["schema_error"] = str(exc)
    for module in ("PySide6", "escpos", "serial", "cv2", "pylibdmtx.pylibdmtx"):
        try:
            __import__(module)
            info[module] = "ok"
        except Exception as exc:
            info[module] = f"missing: {exc}"
    print(json.dumps(info, indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="alsep-admin", description="Alsep Desktop operator tool")
    p.add_argument("--version", action="version", version=__version__)
    p.add_argument("--data-dir", type=Path, help="data directory (default: per-user data dir)")
    p.add_argument("--db-url", help="database URL (default: SQLite in the data dir)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("db-upgrade", help="apply database migrations")
    s.add_argument("--revision", default="head")
    s.set_defaults(func=cmd_db_upgrade)
    sub.add_parser("db-current", help="show the schema revision").set_defaults(func=cmd_db_current)

    s = sub.add_parser("create-user", help="create a user (the first one becomes the admin)")
    s.add_argument("email")
    s.add_argument("--role", choices=[r.value for r in Role], default="cashier")
    s.add_argument("--name")
    s.add_argument("--comment")
    s.add_argument("--admin", help="admin login authorising the change")
    s.set_defaults(func=cmd_create_user)

    s = sub.add_parser("list-users", help="list users")
    s.add_argument("--admin")
    s.set_defaults(func=cmd_list_users)

    s = sub.add_parser("import-catalog", help="replace a register's catalog from CSV or CommerceML (1C)")
    s.add_argument("register", type=int)
    s.add_argument("file", help="catalog .csv or 1C import.xml")
    s.add_argument("--offers", help="1C offers.xml with prices")
    s.add_argument("--admin")
    s.set_defaults(func=cmd_import_catalog)

    s = sub.add_parser("export-catalog", help="export a register's catalog to CSV")
    s.add_argument("register", type=int)
    s.add_argument("file")
    s.add_argument("--admin")
    s.set_defaults(func=cmd_export_catalog)

    sub.add_parser("demo-seed", help="create the demo company").set_defaults(func=cmd_demo_seed)
    sub.add_parser("diagnostics", help="print versions, store and device library status").set_defaults(
        func=cmd_diagnostics
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AlsepError as exc:
        print(f"error [{exc.code}]: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
