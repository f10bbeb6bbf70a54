"""sequences: nurturing sequences, their enrollments (a work queue) and step runs (issue 15)

Revision ID: 0015_sequences
Revises: 0012_cases
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0015_sequences"
down_revision = "0014_scoring"
branch_labels = None
depends_on = None

TS = storage.types.UTCDateTime(timezone=True)


def _fk(table: str, col: str, ref: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [col], [f"{ref}.id"], name=f"fk_{table}_{col}_{ref}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "sequences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("auto_below", sa.Integer(), nullable=True),
        sa.Column("auto_days", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        _fk("sequences", "workspace_id", "workspaces", "CASCADE"),
        _fk("sequences", "created_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_sequences"),
        sa.UniqueConstraint("workspace_id", "name_key", name="uq_sequences_workspace_id"),
    )
    op.create_table(
        "sequence_enrollments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("sequence_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("enrolled_by_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(140), nullable=False),
        sa.Column("enrolled_at", TS, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("exit_reason", sa.String(24), nullable=True),
        sa.Column("ended_at", TS, nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("run_status", sa.String(12), nullable=True),
        sa.Column("due_at", TS, nullable=True),
        sa.Column("claimed_by", sa.String(80), nullable=True),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        _fk("sequence_enrollments", "workspace_id", "workspaces", "CASCADE"),
        _fk("sequence_enrollments", "sequence_id", "sequences", "CASCADE"),
        _fk("sequence_enrollments", "contact_id", "contacts", "CASCADE"),
        _fk("sequence_enrollments", "owner_id", "users"),
        _fk("sequence_enrollments", "enrolled_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_sequence_enrollments"),
        sa.UniqueConstraint(
            "sequence_id", "contact_id", name="uq_sequence_enrollments_sequence_id"
        ),
    )
    op.create_index(
        "ix_seq_enroll_ws_seq_status",
        "sequence_enrollments",
        ["workspace_id", "sequence_id", "status"],
    )
    op.create_index(
        "ix_seq_enroll_ws_contact", "sequence_enrollments", ["workspace_id", "contact_id", "status"]
    )
    op.create_index("ix_seq_enroll_run_due", "sequence_enrollments", ["run_status", "due_at"])
    op.create_table(
        "sequence_step_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("reminder_id", sa.Integer(), nullable=True),
        sa.Column("worker", sa.String(80), nullable=True),
        sa.Column("at", TS, nullable=False),
        _fk("sequence_step_runs", "workspace_id", "workspaces", "CASCADE"),
        _fk("sequence_step_runs", "enrollment_id", "sequence_enrollments", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_sequence_step_runs"),
        sa.UniqueConstraint("enrollment_id", "step", name="uq_sequence_step_runs_enrollment_id"),
    )
    op.create_index("ix_seq_runs_ws_at", "sequence_step_runs", ["workspace_id", "at"])
    op.create_table(
        "sequence_score_watch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("sequence_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("below_since", TS, nullable=False),
        sa.Column("last_score", sa.Integer(), nullable=False),
        _fk("sequence_score_watch", "workspace_id", "workspaces", "CASCADE"),
        _fk("sequence_score_watch", "sequence_id", "sequences", "CASCADE"),
        _fk("sequence_score_watch", "contact_id", "contacts", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_sequence_score_watch"),
        sa.UniqueConstraint(
            "sequence_id", "contact_id", name="uq_sequence_score_watch_sequence_id"
        ),
    )


def downgrade() -> None:
    op.drop_table("sequence_score_watch")
    op.drop_index("ix_seq_runs_ws_at", table_name="sequence_step_runs")
    op.drop_table("sequence_step_runs")
    for name in (
        "ix_seq_enroll_run_due",
        "ix_seq_enroll_ws_contact",
        "ix_seq_enroll_ws_seq_status",
    ):
        op.drop_index(name, table_name="sequence_enrollments")
    op.drop_table("sequence_enrollments")
    op.drop_table("sequences")
