import sys

from alsep_terminal_emulator.cli import main

sys.exit(main())
