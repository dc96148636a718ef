"""The receipt bar moved to ``ui/receipt_output.py`` (decision 2123); this name stays until the
sale screen imports it from there."""

from alsep_desktop.ui.receipt_output import ReceiptOutput

__all__ = ["ReceiptOutput"]
