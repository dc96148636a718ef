"""Frozen entry point of the bundle (installer/alsep-desktop.spec).

On Linux the bundle has one executable, ``alsep-desktop``; ``alsep-admin``, ``alsep-ofd-sandbox``
and ``alsep-terminal-emulator`` are symbolic links to it, and the name it was started under
picks the tool (one copy of the Python archive instead of four, decision 1601). On Windows each
tool is its own .exe built from its own launcher beside this one.
"""

import sys
from pathlib import Path


def _tool(argv0: str):  # noqa: ANN202
    name = Path(argv0).name.lower().removesuffix(".exe")
    if name == "alsep-admin":
        from alsep_desktop.cli import main
    elif name == "alsep-ofd-sandbox":
        from alsep_desktop.fiscal.sandbox.cli import main
    elif name == "alsep-terminal-emulator":
        from alsep_terminal_emulator.cli import main
    else:
        from alsep_desktop.__main__ import main
    return main


if __name__ == "__main__":
    raise SystemExit(_tool(sys.argv[0])())
