"""Local OFD sandbox (tests, benches, demo). The client never imports this package."""

from alsep_desktop.fiscal.sandbox.faults import Fault, FaultKind, FaultPlan
from alsep_desktop.fiscal.sandbox.memory import Document, FiscalMemory
from alsep_desktop.fiscal.sandbox.server import OfdSandbox

__all__ = ["Document", "Fault", "FaultKind", "FaultPlan", "FiscalMemory", "OfdSandbox"]
