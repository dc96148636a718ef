"""A Kaspi Smart POS terminal emulator: its local HTTPS API with tokens, processes, refunds,
error codes and fault injection, and a ledger of the money it took and gave back.

For tests, benches and demo mode (console script ``alsep-terminal-emulator``). It follows
``shared/spec/card-terminals.md`` and imports nothing of ``alsep_desktop``: the driver is
tested against an independent reading of the spec.
"""

from alsep_terminal_emulator.core import KaspiEmulator
from alsep_terminal_emulator.faults import Fault, Plan
from alsep_terminal_emulator.ledger import Ledger, LedgerEntry
from alsep_terminal_emulator.server import EmulatorServer

__all__ = ["EmulatorServer", "Fault", "KaspiEmulator", "Ledger", "LedgerEntry", "Plan"]
