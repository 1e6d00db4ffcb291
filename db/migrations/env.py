"""Alembic environment: migrations always run on a connection the application hands over."""

from __future__ import annotations

from alembic import context

from marginalia.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only by `alembic` run by hand
    raise RuntimeError("Marginalia migrations run through marginalia.db.database, not alone")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
