"""Entry point of the GUI: parse arguments, bootstrap, start Qt.

This is the only module that joins the core and the ui package.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="alsep-desktop", description="Alsep Desktop cash register")
    p.add_argument("--demo", action="store_true", help="demo company and a local OFD sandbox")
    p.add_argument("--data-dir", type=Path, help="where the store and settings live")
    p.add_argument("--db-url", help="database URL (default: SQLite file in the data dir)")
    p.add_argument("--lang", choices=["ru", "kk", "en"], help="interface language")
    p.add_argument("--quit-after-ms", type=int, help=argparse.SUPPRESS)  # start-up smoke tests
    p.add_argument("--kiosk", action="store_true",
                   help="full screen, on top, no frame; closing needs an administrator")
    p.add_argument("--self-check", action="store_true",
                   help="headless: store, migrations, a sale with a local OFD, the receipt; then exit")
    p.add_argument("--ready-file", type=Path, help=argparse.SUPPRESS)  # bench: written when the window is up
    # bench: sign the demo cashier of $ALSEP_BENCH_SIGN_IN in, mark the sale screen (ui/bench_start.py)
    p.add_argument("--bench-sign-in", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--no-cloud", action="store_true", help="demo: no local cloud (single-PC mode)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_check:  # no Qt, no window (issue 16)
        from alsep_desktop.app.selfcheck import main as self_check

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        return self_check(args.data_dir, db_url=args.db_url)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = AppConfig.load(args.data_dir)
    if args.db_url:
        config.db_url = args.db_url
    if args.lang:
        config.language = args.lang
    config.demo = config.demo or args.demo
    config.kiosk = config.kiosk or args.kiosk
    if config.kiosk:  # the start screen shows while the store and the devices come up
        from alsep_desktop.ui.start_screen import run_kiosk

        return run_kiosk(config, quit_after_ms=args.quit_after_ms, ready_file=args.ready_file, no_cloud=args.no_cloud)
    ctx = build_context(config)
    sandbox = None
    terminal = None
    emulator = None
    cloud = None
    try:
        from alsep_desktop.app.terminal import open_terminal

        terminal = open_terminal(ctx)  # the card terminal of the device settings (issue 15)
        if config.demo:
            from alsep_desktop.app.demo import ADMIN, ensure_demo, start_demo_sandbox
            from alsep_desktop.app.demo_terminal import start_demo_terminal

            if getattr(sys, "frozen", False):  # the bundle has no cloud service (decision 1601)
                logging.getLogger("alsep_desktop").info(
                    "demo: no local cloud in the installed bundle; the demo runs as a single PC")
            elif not args.no_cloud:  # issue 14: the demo's cloud on SQLite, its register bound and mirrored here
                from alsep_desktop.app.demo_cloud import run_demo_cloud

                cloud = run_demo_cloud(ctx)
            ensure_demo(ctx)
            # the demo register talks to a local OFD that remembers its fiscal memory across runs
            sandbox = start_demo_sandbox(ctx, state_file=config.data_dir / "ofd-sandbox.state")
            # the card terminal: the Kaspi emulator over HTTPS, the real driver against it (issue 15)
            emulator = start_demo_terminal(ctx, terminal, ctx.auth.login(*ADMIN))
        ctx.start_background()  # the OFD uploader drains documents made offline
        from alsep_desktop.ui.app import run_gui

        return run_gui(ctx, quit_after_ms=args.quit_after_ms, terminal=terminal, ready_file=args.ready_file,
                       bench_sign_in=args.bench_sign_in)
    finally:
        if terminal is not None:
            terminal.close()
        if emulator is not None:
            emulator.stop()
        ctx.close()
        if cloud is not None:
            cloud.stop()
        if sandbox is not None:
            from alsep_desktop.app.demo import stop_demo_sandbox

            stop_demo_sandbox(sandbox, config.data_dir / "ofd-sandbox.state")


if __name__ == "__main__":
    raise SystemExit(main())
