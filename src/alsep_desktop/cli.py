"""`alsep-admin`: the operators' command-line tool (no GUI needed).

Every command works on the same store as the app (``--data-dir`` / ``--db-url``).
Passwords are read from a prompt or an environment variable, never from arguments.

No command ends in a Python traceback on bad input: a wrong argument, a missing or unreadable
file, a file of the wrong format, a database that cannot be opened each give one line on stderr
(``error [code]: …``) and a non-zero exit status (2). ``ALSEP_DEBUG=1`` shows the traceback of an
unexpected error instead.
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
from typing import NoReturn

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
        raise SystemExit(
            "this command needs an admin: pass --admin EMAIL (password from ALSEP_ADMIN_PASSWORD or prompt)"
        )
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
        name = args.name
        if name is None:  # the name the receipt shows (decision 2050): asked when not given
            if not sys.stdin.isatty():
                raise SystemExit("pass --name: the user's name, as the receipt shows it")
            name = input("Name (as the receipt shows it): ")
        password = _secret("ALSEP_NEW_PASSWORD", "New user's password")
        company = ctx.org.company()
        info = ctx.auth.create_user(
            actor, args.email, password, Role(args.role), full_name=name, comment=args.comment or "",
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


#: issues printed on the terminal; ``--report FILE`` writes them all
SHOWN_ISSUES = 20


def _print_issues(issues: list, stream, report: str | None) -> None:  # noqa: ANN001
    for issue in issues[:SHOWN_ISSUES]:
        print(f"  {issue.severity.value}: {_one_line(str(issue))}", file=stream)
    if len(issues) > SHOWN_ISSUES and not report:
        print(f"  … and {len(issues) - SHOWN_ISSUES} more (--report FILE writes them all)", file=stream)


def cmd_import_catalog(args: argparse.Namespace) -> int:
    from alsep_desktop.exchange.report import write_issue_report
    from alsep_desktop.exchange.rows import ImportFailed
    from alsep_desktop.services.exchange import apply_catalog_file, preview_catalog_file

    with _opened(args) as ctx:
        admin = _admin(ctx, args)
        options = {"offers": args.offers, "price_type": args.price_type, "encoding": args.encoding,
                   "delimiter": "\t" if args.separator == "tab" else args.separator}  # fmt: skip
        seen: list = []

        def show(preview) -> bool:  # noqa: ANN001 - what was found, before anything is applied
            seen.append(preview)
            print(f"read {preview.describe()}: {preview.rows_read} rows, {preview.rows_ok} good, "
                  f"{len(preview.warnings) + preview.warnings_dropped} warning(s)")  # fmt: skip
            _print_issues(list(preview.warnings), sys.stdout, args.report)
            if preview.removes:  # decision 2040: said before anything is applied, applied only with --replace
                print(f"{preview.removes} product(s) of register {args.register} are not in the file: the import "
                      f"{'removes them (--replace)' if args.replace else 'would remove them; add --replace to do so'}")
            return not args.dry_run

        if args.dry_run:
            preview = preview_catalog_file(ctx, admin, Path(args.file), register_id=args.register, **options)
            show(preview)
            if args.report:
                write_issue_report([*preview.errors, *preview.warnings], args.report)
            if not preview.ok:
                raise ImportFailed(preview.errors)
            print("dry run: nothing was applied")
            return 0
        try:
            result = apply_catalog_file(ctx, admin, args.register, Path(args.file), confirm=show, replace=args.replace,
                                        **options)
        except ImportFailed as exc:
            if args.report:
                warnings = list(seen[0].warnings) if seen else []
                write_issue_report([*exc.issues, *warnings], args.report)
                args.report_written = True
            raise
        if args.report:
            write_issue_report(result.value.preview.warnings, args.report)
        print(f"imported {result.value.count} products into register {args.register}")
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


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line (``alsep-admin import-catalog: error: …``), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {_one_line(message)} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="alsep-admin", description="Alsep Desktop operator tool")
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
    s.add_argument("--name", help="the user's name, as receipts show it (asked when not given)")
    s.add_argument("--comment")
    s.add_argument("--admin", help="admin login authorising the change")
    s.set_defaults(func=cmd_create_user)

    s = sub.add_parser("list-users", help="list users")
    s.add_argument("--admin")
    s.set_defaults(func=cmd_list_users)

    s = sub.add_parser("import-catalog", help="replace a register's catalog from CSV or CommerceML (1C)")
    s.add_argument("register", type=int)
    s.add_argument("file", help="catalog .csv, or a 1C import file (import.xml, import0_1.xml) or its folder")
    s.add_argument("--offers", help="1C offers file with the prices (found next to the import file otherwise)")
    s.add_argument("--price-type", help="1C price type to use, by name or Ид (default: «Розничная…», else the first)")
    s.add_argument("--encoding", help="CSV encoding, e.g. cp1251 or utf-8 (found from the file otherwise)")
    s.add_argument("--separator", choices=[",", ";", "tab", "|"], help="CSV separator (found from the file otherwise)")
    s.add_argument("--report", metavar="FILE", help="write every error and warning to FILE (CSV for Excel)")
    s.add_argument("--dry-run", action="store_true", help="read and check the file, show what was found, apply nothing")
    s.add_argument("--replace", action="store_true",
                   help="remove the register's products that are not in the file (refused without it)")
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


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _fail(code: str, message: object) -> int:
    print(f"error [{code}]: {_one_line(message)}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AlsepError as exc:
        from alsep_desktop.exchange.rows import ImportFailed

        _fail(exc.code, exc)
        if isinstance(exc, ImportFailed) and len(exc.issues) > 1:
            _print_issues(list(exc.issues), sys.stderr, getattr(args, "report", None))
        if getattr(args, "report_written", False):
            print(f"the list of issues is in {args.report}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the operator gets one line, not a traceback
        if os.environ.get("ALSEP_DEBUG"):
            raise
        return _fail(*_describe(exc))


def _describe(exc: Exception) -> tuple[str, str]:
    """(code, sentence) of an error that is not an ``AlsepError``."""
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    try:
        from alembic.util import CommandError
    except ImportError:  # pragma: no cover - alembic is a dependency
        CommandError = ()  # type: ignore[assignment,misc]  # noqa: N806
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return "os", f"{exc.strerror or exc}{where}"
    if isinstance(exc, ArgumentError):
        return "store.url", f"the database URL is not valid: {exc}"
    if isinstance(exc, SQLAlchemyError):
        orig = getattr(exc, "orig", None) or exc
        return (
            "store",
            f"the database cannot be used: {str(orig).splitlines()[0] if str(orig) else type(orig).__name__}",
        )
    if isinstance(exc, CommandError):
        return "store.migration", str(exc)
    return "unexpected", f"{type(exc).__name__}: {exc} (set ALSEP_DEBUG=1 to see where)"


if __name__ == "__main__":
    raise SystemExit(main())
