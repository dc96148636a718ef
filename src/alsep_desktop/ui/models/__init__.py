"""Qt item models over service results and domain values."""
