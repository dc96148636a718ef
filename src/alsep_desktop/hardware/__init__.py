"""Devices behind small protocols (printer, drawer, scanners, terminal, display). No Qt here."""
