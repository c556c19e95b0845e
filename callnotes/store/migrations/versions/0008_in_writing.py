"""in writing: statutory late-payment interest per debtor, days to wait for a reply, references issued

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29

A business-to-business debtor in the EU can be charged the statutory late-payment interest and the
fixed compensation per late invoice; the user switches it on per debtor. The business chooses how
many days a summary may wait for the debtor's reply before the agenda asks about it. Every summary
and letter cites the record as it stood (a debtor's entry count and chain head); callnotes keeps
each head it cited, so a copy in the debtor's hands can later be checked against the record.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place: dropping the server default would make SQLite rebuild the table, which others
    # reference and whose guards (triggers) a rebuild would lose.
    with op.batch_alter_table("debtor") as batch:
        batch.add_column(sa.Column("statutory_interest", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("creditor") as batch:
        batch.add_column(sa.Column("reply_wait_days", sa.Integer(), nullable=False, server_default="7"))
    with op.batch_alter_table("creditor") as batch:
        batch.alter_column("reply_wait_days", existing_type=sa.Integer(), server_default=None)
    op.create_table(
        "citedhead",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(), nullable=False),
        sa.Column("document", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["debtor_id"], ["debtor.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_citedhead_debtor_id", "citedhead", ["debtor_id"])


def downgrade() -> None:
    op.drop_index("ix_citedhead_debtor_id", table_name="citedhead")
    op.drop_table("citedhead")
    with op.batch_alter_table("creditor") as batch:
        batch.drop_column("reply_wait_days")
    with op.batch_alter_table("debtor") as batch:
        batch.drop_column("statutory_interest")
