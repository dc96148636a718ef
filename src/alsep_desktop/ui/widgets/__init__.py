"""Reusable widgets (one per module), shared by the cashier and admin screens."""
