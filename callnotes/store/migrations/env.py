"""Alembic environment: runs on the connection handed over by callnotes.store.migrate."""

from alembic import context
from sqlmodel import SQLModel

from callnotes.store import models  # registers the tables on SQLModel.metadata
from callnotes.store.guards import install_guards

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    include_name=models.described_by_models,
)
with context.begin_transaction():
    context.run_migrations()
    # Batch mode drops triggers when it rebuilds a table: put the append-only guards back after every
    # run. Only `alembic revision --autogenerate` (a developer's tool, on an empty file) skips them.
    if context.config.attributes.get("install_guards", True):
        install_guards(connection)
