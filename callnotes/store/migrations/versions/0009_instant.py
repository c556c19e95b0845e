"""instant: a search index over a folded copy of the text, and each chain's last full check

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30

`searchtext` holds one row per searchable thing with its text folded (no accents, no case, one sigma);
on SQLite the FTS5 table `searchindex` indexes it as external content, kept in step by triggers, so a
row written in a transaction is searchable when that transaction commits. An existing database's
entries, debtors, people and invoices are indexed here, before the FTS5 table is made, which then
reads them all at once (faster than a trigger a row). `chaincheck` remembers how
far each debtor's chain was last checked in full, so opening a debtor checks only what came after.
An index on (debtor_id, started_at) of `interaction` gives the debtor list each last contact by one seek.
"""

import sqlalchemy as sa
from alembic import op

from callnotes.store.search_index import fill_index

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# FTS5's own diacritic removal leaves Greek accents: the text arrives folded, the tokenizer only splits.
FTS_TRIGGERS = (
    """CREATE TRIGGER searchtext_ai AFTER INSERT ON searchtext BEGIN
        INSERT INTO searchindex(rowid, folded) VALUES (new.id, new.folded); END""",
    """CREATE TRIGGER searchtext_ad AFTER DELETE ON searchtext BEGIN
        INSERT INTO searchindex(searchindex, rowid, folded) VALUES ('delete', old.id, old.folded); END""",
    """CREATE TRIGGER searchtext_au AFTER UPDATE ON searchtext BEGIN
        INSERT INTO searchindex(searchindex, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO searchindex(rowid, folded) VALUES (new.id, new.folded); END""",
)


def upgrade() -> None:
    op.create_table(
        "searchtext",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("folded", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "ref_id", name="uq_searchtext_kind_ref"),
    )
    op.create_index("ix_searchtext_debtor_id", "searchtext", ["debtor_id"])
    fill_index(op.get_bind())
    # the debtor list's last contact: one index seek per debtor instead of reading every interaction
    op.create_index("ix_interaction_debtor_started", "interaction", ["debtor_id", "started_at"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE searchindex USING fts5("
            "folded, content='searchtext', content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        )
        op.execute("INSERT INTO searchindex(searchindex) VALUES ('rebuild')")
        for trigger in FTS_TRIGGERS:
            op.execute(trigger)
    op.create_table(
        "chaincheck",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["debtor_id"], ["debtor.id"]),
        sa.PrimaryKeyConstraint("debtor_id"),
    )


def downgrade() -> None:
    op.drop_table("chaincheck")
    if op.get_bind().dialect.name == "sqlite":
        for name in ("searchtext_ai", "searchtext_ad", "searchtext_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS searchindex")
    op.drop_index("ix_searchtext_debtor_id", table_name="searchtext")
    op.drop_index("ix_interaction_debtor_started", table_name="interaction")
    op.drop_table("searchtext")
