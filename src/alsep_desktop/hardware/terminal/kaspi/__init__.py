"""Kaspi Smart POS (local HTTPS API, decision 0701): driver, client, parsing, watch, TLS, tokens."""
