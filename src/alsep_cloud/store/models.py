"""Every table of the cloud, imported in one place (the app and the autogenerate check)."""

from alsep_cloud.store.base import Base
from alsep_cloud.store.catalog import Bundle, BundleItem, Product
from alsep_cloud.store.catalog_import import CatalogImport
from alsep_cloud.store.documents import (
    CashMove,
    Receipt,
    ReceiptLine,
    ReceiptPayment,
    ReceiptTender,
    Shift,
    ShiftReport,
    TerminalOperation,
)
from alsep_cloud.store.tenant import (
    Company,
    FeedCounter,
    Register,
    Revision,
    ServerSecret,
    TradePoint,
    User,
)

__all__ = [
    "Base", "Bundle", "BundleItem", "CashMove", "CatalogImport", "Company", "FeedCounter", "Product", "Receipt",
    "ReceiptLine", "ReceiptPayment", "ReceiptTender", "Register", "Revision", "ServerSecret", "Shift", "ShiftReport",
    "TerminalOperation", "TradePoint", "User",
]
