"""The admin tab: company, trade points, users, registers, products, sales and dashboard."""

from alsep_desktop.ui.admin.tab import AdminTab

__all__ = ["AdminTab"]
