"""ORM tables. Import this package to register every table on ``Base.metadata``."""

from alsep_desktop.store.models.audit import AuditEntry
from alsep_desktop.store.models.catalog import Bundle, BundleItem, Product
from alsep_desktop.store.models.org import Company, Register, Setting, TradePoint
from alsep_desktop.store.models.outbox import FiscalOutbox, OfdSession
from alsep_desktop.store.models.sales import Payment, Receipt, ReceiptLine
from alsep_desktop.store.models.secrets import DeviceKey, SecretEnvelope
from alsep_desktop.store.models.shift import CashMove, Shift, ShiftCounter
from alsep_desktop.store.models.sync import CloudPush, CloudSyncState
from alsep_desktop.store.models.terminal import TerminalOperationRow
from alsep_desktop.store.models.users import AuthPrompt, User
from alsep_desktop.store.models.x_report import XReport

__all__ = [
    "CloudPush", "CloudSyncState",
    "AuditEntry", "AuthPrompt", "Bundle", "BundleItem", "CashMove", "Company", "DeviceKey", "FiscalOutbox",
    "OfdSession", "Payment", "Product", "Receipt", "ReceiptLine", "Register", "SecretEnvelope", "Setting", "Shift",
    "ShiftCounter", "TerminalOperationRow", "TradePoint", "User", "XReport",
]
