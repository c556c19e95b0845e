"""Database triggers that make the record append-only.

Alembic's batch mode on SQLite rebuilds tables and silently drops their triggers, so the migration
environment calls `install_guards` after every upgrade run; `missing_guards` lets tests check it.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

LOCKED_MESSAGE = "callnotes: this row belongs to the locked record; record an amendment instead"

# table -> SQL condition on OLD under which UPDATE and DELETE are refused ("" = always)
GUARDED_TABLES: dict[str, str] = {
    "entry": "",
    "payment": "",
    "paymentallocation": "",
    "paymentreversal": "",
    "creditnote": "",
    "promise": "",
    "plan": "",
    "instalment": "",
    "interaction": "OLD.ended_at IS NOT NULL",
    "tombstone": "",
}


def guard_names() -> list[str]:
    """Names of every trigger `install_guards` creates."""
    return [f"guard_{table}_{action}" for table in GUARDED_TABLES for action in ("update", "delete")]


def _sqlite_statements(tables: list[str]) -> list[str]:
    statements = []
    for table in tables:
        condition = GUARDED_TABLES[table]
        when = f" WHEN {condition}" if condition else ""
        for action in ("update", "delete"):
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS guard_{table}_{action} BEFORE {action.upper()} ON {table}"
                f"{when} BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
            )
    return statements


def _postgresql_statements(tables: list[str]) -> list[str]:
    statements = [
        "CREATE OR REPLACE FUNCTION callnotes_refuse_change() RETURNS trigger AS $$ "
        f"BEGIN RAISE EXCEPTION '{LOCKED_MESSAGE}'; END; $$ LANGUAGE plpgsql"
    ]
    for table in tables:
        condition = GUARDED_TABLES[table]
        when = f" WHEN ({condition})" if condition else ""
        for action in ("update", "delete"):
            name = f"guard_{table}_{action}"
            statements.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            statements.append(
                f"CREATE TRIGGER {name} BEFORE {action.upper()} ON {table} FOR EACH ROW{when} "
                "EXECUTE FUNCTION callnotes_refuse_change()"
            )
    return statements


def install_guards(connection: Connection) -> None:
    """Create (or re-create) the append-only triggers on the tables the database has so far (a run
    that stops at an older revision has not made the later tables yet)."""
    dialect = connection.dialect.name
    present = set(inspect(connection).get_table_names())
    tables = [table for table in GUARDED_TABLES if table in present]
    if dialect == "sqlite":
        statements = _sqlite_statements(tables)
    elif dialect == "postgresql":
        statements = _postgresql_statements(tables)
    else:
        raise NotImplementedError(f"no append-only guards for the {dialect} database")
    for statement in statements:
        connection.execute(text(statement))


def drop_guards(connection: Connection, table: str) -> None:
    """Remove the guards of one table, for a migration that must rewrite its rows.

    The migration environment installs every guard again at the end of the run.
    """
    dialect = connection.dialect.name
    for action in ("update", "delete"):
        name = f"guard_{table}_{action}"
        on_table = f" ON {table}" if dialect == "postgresql" else ""
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}{on_table}"))


def missing_guards(connection: Connection) -> list[str]:
    """Names of guard triggers that are not in the database."""
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    present = {row[0] for row in connection.execute(text(query))}
    return [name for name in guard_names() if name not in present]
