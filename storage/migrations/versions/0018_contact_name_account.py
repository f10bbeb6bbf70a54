"""contacts: the name index also holds the account ("Maria Lopez at Acme", issue 18)

The exact-name lookup narrowed by account (every free-text "called X at Y") had two
two-column indexes to choose from, (workspace, name key) and (workspace, account), and
SQLite's planner took the account's: it read every contact of the account to find one name
(2,552 rows for a big account of the 100k benchmark). One three-column index replaces the
name index (same number of indexes, so a contact insert costs the same): an equality search
on all three columns, and its first two still serve every lookup by name alone.

Revision ID: 0018_contact_name_account
Revises: 0017_capture
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0018_contact_name_account"
down_revision = "0017_capture"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contacts_ws_name_key_account",
            ["workspace_id", "name_key", "account_id"],
            unique=False,
        )
        batch_op.drop_index("ix_contacts_ws_name_key")


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_ws_name_key", ["workspace_id", "name_key"], unique=False)
        batch_op.drop_index("ix_contacts_ws_name_key_account")
