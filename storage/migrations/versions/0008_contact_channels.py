"""contact channels: secondary emails and phones of a contact

Revision ID: 0008_contact_channels
Revises: 0007_deal_rollups
Create Date: 2026-12-06

A merge used to drop the duplicate's email and phone when the kept contact had its own.
``contact_channels`` keeps every extra address and number, with the normalised key the
primary columns have (lower-cased email, reversed phone digits) so lookups stay indexed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0008_contact_channels"
down_revision = "0007_deal_rollups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=254), nullable=False),
        sa.Column("value_key", sa.String(length=254), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_contact_channels_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_channels_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_contact_channels_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_channels")),
    )
    op.create_index(
        "ix_contact_channels_ws_kind_key",
        "contact_channels",
        ["workspace_id", "kind", "value_key"],
    )
    op.create_index(
        "ix_contact_channels_ws_contact", "contact_channels", ["workspace_id", "contact_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_contact_channels_ws_contact", table_name="contact_channels")
    op.drop_index("ix_contact_channels_ws_kind_key", table_name="contact_channels")
    op.drop_table("contact_channels")
