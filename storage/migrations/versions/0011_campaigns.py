"""campaigns: segments, campaigns, campaign members (and their send queue), attribution

Revision ID: 0011_campaigns
Revises: 0010_date_order
Create Date: 2026-12-06

contacts.campaign_id / opportunities.campaign_id record the campaign a record came from
(plain indexed integers: SQLite cannot add a foreign key to an existing table without a
rebuild); contacts.email_opt_out_at is set by the one-click unsubscribe link.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0011_campaigns"
down_revision = "0010_date_order"
branch_labels = None
depends_on = None

TS = storage.types.UTCDateTime(timezone=True)


def _fk(table: str, col: str, ref: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [col], [f"{ref}.id"], name=f"fk_{table}_{col}_{ref}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        _fk("segments", "workspace_id", "workspaces", "CASCADE"),
        _fk("segments", "created_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_segments"),
        sa.UniqueConstraint("workspace_id", "name_key", name="uq_segments_workspace_id"),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("budget_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("subject", sa.String(300), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("daily_cap", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", TS, nullable=True),
        sa.Column("started_at", TS, nullable=True),
        sa.Column("ended_at", TS, nullable=True),
        sa.Column("excluded", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        _fk("campaigns", "workspace_id", "workspaces", "CASCADE"),
        _fk("campaigns", "segment_id", "segments", "SET NULL"),
        _fk("campaigns", "owner_id", "users"),
        _fk("campaigns", "approved_by_id", "users"),
        _fk("campaigns", "created_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_campaigns"),
        sa.UniqueConstraint("workspace_id", "name_key", name="uq_campaigns_workspace_id"),
    )
    op.create_index("ix_campaigns_ws_end", "campaigns", ["workspace_id", "end_date"])
    op.create_table(
        "campaign_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("status_at", TS, nullable=True),
        sa.Column("send_status", sa.String(12), nullable=True),
        sa.Column("due_at", TS, nullable=True),
        sa.Column("claimed_by", sa.String(80), nullable=True),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("fail_reason", sa.Text(), nullable=True),
        sa.Column("reminder_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        _fk("campaign_members", "workspace_id", "workspaces", "CASCADE"),
        _fk("campaign_members", "campaign_id", "campaigns", "CASCADE"),
        _fk("campaign_members", "contact_id", "contacts", "CASCADE"),
        _fk("campaign_members", "owner_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_campaign_members"),
        sa.UniqueConstraint("campaign_id", "contact_id", name="uq_campaign_members_campaign_id"),
    )
    op.create_index(
        "ix_campaign_members_ws_contact", "campaign_members", ["workspace_id", "contact_id"]
    )
    op.create_index(
        "ix_campaign_members_ws_campaign",
        "campaign_members",
        ["workspace_id", "campaign_id", "status"],
    )
    op.create_index("ix_campaign_members_send_due", "campaign_members", ["send_status", "due_at"])
    op.add_column("contacts", sa.Column("campaign_id", sa.Integer(), nullable=True))
    op.add_column("contacts", sa.Column("email_opt_out_at", TS, nullable=True))
    op.create_index("ix_contacts_campaign_id", "contacts", ["campaign_id"])
    op.add_column("opportunities", sa.Column("campaign_id", sa.Integer(), nullable=True))
    op.create_index("ix_opportunities_campaign_id", "opportunities", ["campaign_id"])


def downgrade() -> None:
    op.drop_index("ix_opportunities_campaign_id", "opportunities")
    op.drop_index("ix_contacts_campaign_id", "contacts")
    with op.batch_alter_table("opportunities") as b:
        b.drop_column("campaign_id")
    with op.batch_alter_table("contacts") as b:
        b.drop_column("email_opt_out_at")
        b.drop_column("campaign_id")
    op.drop_table("campaign_members")
    op.drop_table("campaigns")
    op.drop_table("segments")
