"""Frozen entry point (installer/alsep-desktop.spec): the same main() as the pip console script."""

from alsep_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
