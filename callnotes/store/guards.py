"""Database triggers that make the record append-only.

Each guarded table has three triggers: UPDATE and DELETE are refused (for an interaction, once it has
ended), and so is an INSERT whose key already exists. The last one is what stops SQLite's
`INSERT OR REPLACE` (and `REPLACE`): it deletes the row in the way without firing DELETE triggers
unless `PRAGMA recursive_triggers` is on, which is per connection and off in every other tool. A
BEFORE INSERT trigger runs before the conflict is resolved, so it refuses the replacement for every
connection. An upsert (`ON CONFLICT DO UPDATE`) is refused by the same trigger, and by the UPDATE one.

Alembic's batch mode on SQLite rebuilds tables and silently drops their triggers, so the migration
environment calls `install_guards` after every upgrade run; `missing_guards` lets tests and
`callnotes verify` check it.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, inspect, text

LOCKED_MESSAGE = "callnotes: this row belongs to the locked record; record an amendment instead"
ACTIONS = ("update", "delete", "insert")

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

# table -> the keys (tuples of columns) an INSERT must not repeat: the primary key and the unique keys
# a replacement could collide on. An interaction may be replaced while it is open, like an update.
UNIQUE_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "entry": (("id",), ("debtor_id", "seq")),
    "paymentreversal": (("id",), ("payment_id",)),
    "tombstone": (("id",), ("debtor_id",)),
}
EXISTING_ROW_CONDITION: dict[str, str] = {"interaction": "ended_at IS NOT NULL"}


def guard_names() -> list[str]:
    """Names of every trigger `install_guards` creates."""
    return [f"guard_{table}_{action}" for table in GUARDED_TABLES for action in ACTIONS]


def _existing_row(table: str) -> str:
    """SQL that is true when the row being inserted would replace a locked one."""
    tests = []
    for key in UNIQUE_KEYS.get(table, (("id",),)):
        same = " AND ".join(f"{column} = NEW.{column}" for column in key)
        extra = EXISTING_ROW_CONDITION.get(table)
        tests.append(f"EXISTS (SELECT 1 FROM {table} WHERE {same}{f' AND {extra}' if extra else ''})")
    return " OR ".join(tests)


def _sqlite_trigger(table: str, action: str) -> str:
    if action == "insert":
        when = f" WHEN {_existing_row(table)}"
    else:
        condition = GUARDED_TABLES[table]
        when = f" WHEN {condition}" if condition else ""
    return (
        f"CREATE TRIGGER guard_{table}_{action} BEFORE {action.upper()} ON {table}"
        f"{when} BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
    )


def _sqlite_statements(tables: list[str]) -> list[str]:
    return [
        _sqlite_trigger(table, action).replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1)
        for table in tables
        for action in ACTIONS
    ]


def _postgresql_statements(tables: list[str]) -> list[str]:
    # PostgreSQL has no REPLACE; an upsert fires the UPDATE trigger. The INSERT trigger still refuses a
    # repeated key first, so the same guards exist (and `missing_guards` means the same) on both.
    statements = [
        "CREATE OR REPLACE FUNCTION callnotes_refuse_change() RETURNS trigger AS $$ "
        f"BEGIN RAISE EXCEPTION '{LOCKED_MESSAGE}'; END; $$ LANGUAGE plpgsql"
    ]
    for table in tables:
        condition = GUARDED_TABLES[table]
        for action in ACTIONS:
            name = f"guard_{table}_{action}"
            statements.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            if action == "insert":
                # a trigger's WHEN cannot hold a subquery in PostgreSQL: a function of the table tests it
                function = f"callnotes_refuse_existing_{table}"
                statements.append(
                    f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger AS $$ BEGIN "
                    f"IF {_existing_row(table)} THEN RAISE EXCEPTION '{LOCKED_MESSAGE}'; END IF; "
                    "RETURN NEW; END; $$ LANGUAGE plpgsql"
                )
                statements.append(
                    f"CREATE TRIGGER {name} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
                )
            else:
                when = f" WHEN ({condition})" if condition else ""
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
    for action in ACTIONS:
        name = f"guard_{table}_{action}"
        on_table = f" ON {table}" if dialect == "postgresql" else ""
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}{on_table}"))


def _present(connection: Connection) -> dict[str, str | None]:
    """The triggers in the database by name, with their SQL where the database keeps it (SQLite)."""
    if connection.dialect.name == "sqlite":
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgname, NULL FROM pg_trigger WHERE NOT tgisinternal"
    return {row[0]: row[1] for row in connection.execute(text(query))}


def missing_guards(connection: Connection) -> list[str]:
    """Names of guard triggers that are not in the database."""
    present = _present(connection)
    return [name for name in guard_names() if name not in present]


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().lower()


def altered_guards(connection: Connection) -> list[str]:
    """Names of guard triggers that exist but are not the ones `install_guards` writes (a trigger of
    the same name that refuses nothing). SQLite keeps each trigger's text; on other databases the
    check is not made."""
    if connection.dialect.name != "sqlite":
        return []
    present = _present(connection)
    altered = []
    for table in GUARDED_TABLES:
        for action in ACTIONS:
            name = f"guard_{table}_{action}"
            sql = present.get(name)
            if sql is not None and _normal(sql) != _normal(_sqlite_trigger(table, action)):
                altered.append(name)
    return altered
