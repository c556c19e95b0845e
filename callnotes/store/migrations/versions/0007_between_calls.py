"""between calls: structured draft lines, the agenda's marks, the interval between conversations

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

A draft line may carry structured data (an offer made during the call, a contact warning overridden),
which becomes its entry's data when the call ends. The agenda keeps the rows the user snoozed or marked
done; they are working state, not part of the record. The business chooses how many days must pass
between two conversations with the same debtor.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draftline") as batch:
        batch.add_column(sa.Column("data", sa.String(), nullable=False, server_default="{}"))
    with op.batch_alter_table("draftline") as batch:
        batch.alter_column("data", existing_type=sa.String(), server_default=None)
    with op.batch_alter_table("creditor") as batch:
        batch.add_column(sa.Column("contact_gap_days", sa.Integer(), nullable=False, server_default="7"))
    with op.batch_alter_table("creditor") as batch:
        batch.alter_column("contact_gap_days", existing_type=sa.Integer(), server_default=None)
    op.create_table(
        "agendamark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["debtor_id"], ["debtor.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agendamark_debtor_id", "agendamark", ["debtor_id"])


def downgrade() -> None:
    op.drop_index("ix_agendamark_debtor_id", table_name="agendamark")
    op.drop_table("agendamark")
    with op.batch_alter_table("creditor") as batch:
        batch.drop_column("contact_gap_days")
    with op.batch_alter_table("draftline") as batch:
        batch.drop_column("data")
