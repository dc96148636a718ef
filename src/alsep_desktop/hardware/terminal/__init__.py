"""Card payment terminals. Vendor protocols live one per module (not written yet)."""
