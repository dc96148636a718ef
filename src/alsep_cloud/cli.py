"""``alsep-cloud``: serve the API, upgrade the database, bootstrap a company.

    alsep-cloud --db URL [--host 127.0.0.1] [--port 8080] [--workers N]     serve (default)
    alsep-cloud --db URL upgrade                                              migrate only
    alsep-cloud --db URL bootstrap --company NAME --iin-bin BIN --email E     first admin

The admin password is read from ``ALSEP_CLOUD_ADMIN_PASSWORD`` or asked at a prompt, never
taken from the arguments. Other settings: ``ALSEP_CLOUD_*`` variables (``config.py``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from alsep_cloud.config import CloudConfig

PASSWORD_ENV = "ALSEP_CLOUD_ADMIN_PASSWORD"


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="alsep-cloud", description="Alsep cloud back office (HTTP/JSON API)")
    ap.add_argument("--db", help="database URL (postgresql+psycopg://… or sqlite:///…); or ALSEP_CLOUD_DB")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--workers", type=int, default=1, help="worker processes (they share nothing but the DB)")
    ap.add_argument("--log-level", default="warning")
    ap.add_argument("--exit-with-parent", type=int, metavar="PID",
                    help="stop when the process PID (the program that started this cloud) is gone")
    sub = ap.add_subparsers(dest="command")
    sub.add_parser("serve", help="serve the API (the default)")
    sub.add_parser("upgrade", help="bring the database schema up to date")
    boot = sub.add_parser("bootstrap", help="create a company and its first admin")
    boot.add_argument("--company", required=True, help="company name")
    boot.add_argument("--iin-bin", required=True)
    boot.add_argument("--email", required=True, help="the admin's login")
    boot.add_argument("--full-name", required=True, help="the admin's name, as receipts show it")
    return ap


def _password() -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise SystemExit(f"alsep-cloud: set {PASSWORD_ENV} or run in a terminal to be asked")
    first = getpass.getpass("Admin password: ")
    if first != getpass.getpass("Repeat: "):
        raise SystemExit("alsep-cloud: the passwords differ")
    return first


def serve(config: CloudConfig, host: str, port: int, workers: int, log_level: str) -> None:
    import uvicorn

    from alsep_cloud.api import head_limit
    from alsep_cloud.store import migrate

    if config.migrate:
        migrate.upgrade(config.db_url)  # once, before any worker starts
    os.environ["ALSEP_CLOUD_DB"] = config.db_url
    os.environ["ALSEP_CLOUD_MIGRATE"] = "0"
    uvicorn.run("alsep_cloud.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level, access_log=False,
                **head_limit.uvicorn_options())  # a request's head bounded too (decision 2060)


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.exit_with_parent:
        from alsep_cloud import parent_watch

        parent_watch.watch(args.exit_with_parent)
    config = CloudConfig.from_env(args.db)
    if args.command == "upgrade":
        from alsep_cloud.store import migrate

        migrate.upgrade(config.db_url)
        print("database is up to date")
    elif args.command == "bootstrap":
        bootstrap(config, args)
    else:
        serve(config, args.host, args.port, args.workers, args.log_level)


def bootstrap(config: CloudConfig, args: argparse.Namespace) -> None:
    from alsep_cloud.api.app import build_context
    from alsep_cloud.services import auth
    from alsep_desktop.errors import AlsepError

    password = _password()
    ctx = build_context(config)
    try:
        with ctx.sessions() as session:
            company, user = auth.bootstrap(ctx, session, company_name=args.company, iin_bin=args.iin_bin,
                                           email=args.email, password=password, full_name=args.full_name)
    except AlsepError as exc:
        raise SystemExit(f"alsep-cloud: {exc.code}: {exc.message}") from None
    finally:
        ctx.engine.dispose()
    print(json.dumps({"company_id": company["id"], "admin_id": user["id"], "email": user["email"]}))


if __name__ == "__main__":
    main()
