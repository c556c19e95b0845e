"""own data: the user's settings, debtors' main contacts and archive, credit notes, payment reversals

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Whether an invoice is paid now follows from its payments (a reversed payment reopens it), so the
stored status "paid" becomes "open".
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("creditor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_name", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("currency", sa.String(), nullable=False, server_default="EUR"))
        batch_op.add_column(sa.Column("language", sa.String(), nullable=False, server_default="en"))
        batch_op.add_column(sa.Column("calling_hours", sa.String(), nullable=False, server_default="GR"))
    with op.batch_alter_table("creditor", schema=None) as batch_op:
        for column in ("user_name", "currency", "language", "calling_hours"):
            batch_op.alter_column(column, existing_type=sa.String(), server_default=None)
    with op.batch_alter_table("debtor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("email", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("archived_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("archive_reason", sa.String(), nullable=True))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agreement_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_attachment_agreement_id_agreement", "agreement", ["agreement_id"], ["id"])
    op.create_table(
        "creditnote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["debtor_id"], ["debtor.id"]),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_creditnote_debtor_id", "creditnote", ["debtor_id"])
    op.create_index("ix_creditnote_invoice_id", "creditnote", ["invoice_id"])
    op.create_table(
        "paymentreversal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("payment_id"),
    )
    op.execute("UPDATE invoice SET status = 'open' WHERE status = 'paid'")


def downgrade() -> None:
    raise NotImplementedError("callnotes does not downgrade: restore the copy made before the upgrade")
