"""cases: support cases and their timeline (issue 16)

Revision ID: 0012_cases
Revises: 0011_campaigns
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0012_cases"
down_revision = "0011_campaigns"
branch_labels = None
depends_on = None


def _dt() -> storage.types.UTCDateTime:
    return storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=160), nullable=True),
        sa.Column("first_response_at", _dt(), nullable=True),
        sa.Column("solved_at", _dt(), nullable=True),
        sa.Column("closed_at", _dt(), nullable=True),
        sa.Column("response_due_at", _dt(), nullable=True),
        sa.Column("resolution_due_at", _dt(), nullable=True),
        sa.Column("waiting_since", _dt(), nullable=True),
        sa.Column("paused_minutes", sa.Integer(), nullable=False),
        sa.Column("deleted_at", _dt(), nullable=True),
        sa.Column("created_at", _dt(), nullable=False),
        sa.Column("updated_at", _dt(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"],
            name=op.f("fk_cases_workspace_id_workspaces"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"],
            name=op.f("fk_cases_account_id_accounts"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"],
            name=op.f("fk_cases_contact_id_contacts"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_cases_assignee_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_cases_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_cases_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("workspace_id", "number", name=op.f("uq_cases_workspace_id")),
    )  # fmt: skip
    op.create_index("ix_cases_ws_status_prio", "cases", ["workspace_id", "status", "priority"])
    op.create_index("ix_cases_ws_account_status", "cases", ["workspace_id", "account_id", "status"])
    op.create_index(
        "ix_cases_ws_assignee_status", "cases", ["workspace_id", "assignee_id", "status"]
    )
    op.create_index("ix_cases_ws_created", "cases", ["workspace_id", "created_at"])
    op.create_index("ix_cases_ws_source", "cases", ["workspace_id", "source"])
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", _dt(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=160), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"],
            name=op.f("fk_case_events_workspace_id_workspaces"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"],
            name=op.f("fk_case_events_case_id_cases"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_case_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )  # fmt: skip
    op.create_index("ix_case_events_ws_case", "case_events", ["workspace_id", "case_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_case_events_ws_case", table_name="case_events")
    op.drop_table("case_events")
    for name in (
        "ix_cases_ws_source",
        "ix_cases_ws_created",
        "ix_cases_ws_assignee_status",
        "ix_cases_ws_account_status",
        "ix_cases_ws_status_prio",
    ):
        op.drop_index(name, table_name="cases")
    op.drop_table("cases")
