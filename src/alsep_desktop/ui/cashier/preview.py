"""The receipt preview moved to ``ui/receipt_preview.py`` (decision 2123); this name stays until
the sale screen imports it from there."""

from alsep_desktop.ui.receipt_preview import put_away_preview

__all__ = ["put_away_preview"]
