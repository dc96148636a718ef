"""Persistence: ORM models, repositories, unit of work, migrations. No business rules."""
