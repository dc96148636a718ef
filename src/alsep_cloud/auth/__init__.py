"""Credentials: argon2 passwords, signed admin tokens, device credentials, server secrets."""
