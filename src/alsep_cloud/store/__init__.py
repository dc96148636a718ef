"""Persistence: models, engine, migrations runner. No HTTP here."""
