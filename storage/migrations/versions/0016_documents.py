"""documents: files attached to deals, contacts, accounts and cases (issue 17)

Revision ID: 0016_documents
Revises: 0012_cases
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0016_documents"
down_revision = "0015_sequences"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=10), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("group_key", sa.String(length=255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("mime", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_documents_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["users.id"],
            name=op.f("fk_documents_uploaded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(
        "ix_documents_ws_record",
        "documents",
        ["workspace_id", "record_kind", "record_id", "group_key"],
    )
    op.create_index("ix_documents_ws_sha", "documents", ["workspace_id", "sha256"])
    op.create_index("ix_documents_sha", "documents", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_documents_sha", table_name="documents")
    op.drop_index("ix_documents_ws_sha", table_name="documents")
    op.drop_index("ix_documents_ws_record", table_name="documents")
    op.drop_table("documents")
