"""core indexes: composite indexes the planner cannot mistake (measured at 100k contacts)

Revision ID: 0006_core_indexes
Revises: 0001_base
Create Date: 2026-11-26

Without statistics SQLite breaks ties between two-column indexes arbitrarily, and
an index on (workspace_id, at) was chosen for a deal's stage history, scanning the
whole workspace. Each lookup now has an index with more equality columns than any
rival, and the pipeline summary has a covering index.
"""

from __future__ import annotations

from alembic import op

revision = "0006_core_indexes"
down_revision = "0001_base"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stage_changes") as b:
        b.drop_index("ix_stage_changes_opp")
        b.create_index("ix_stage_changes_ws_opp", ["workspace_id", "opportunity_id", "at"])
    with op.batch_alter_table("opportunities") as b:
        b.drop_index("ix_opps_ws_contact")
        b.drop_index("ix_opps_ws_status_stage")
        b.create_index("ix_opps_ws_contact_status", ["workspace_id", "contact_id", "status"])
        b.create_index(
            "ix_opps_ws_pipeline",
            [
                "workspace_id",
                "status",
                "stage",
                "currency",
                "probability",
                "amount_minor",
                "deleted_at",
                "owner_id",
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("opportunities") as b:
        b.drop_index("ix_opps_ws_pipeline")
        b.drop_index("ix_opps_ws_contact_status")
        b.create_index("ix_opps_ws_status_stage", ["workspace_id", "status", "stage"])
        b.create_index("ix_opps_ws_contact", ["workspace_id", "contact_id"])
    with op.batch_alter_table("stage_changes") as b:
        b.drop_index("ix_stage_changes_ws_opp")
        b.create_index("ix_stage_changes_opp", ["opportunity_id", "at"])
