"""telegram: invites, link codes, chat bindings, inline-button actions

Revision ID: 0003_telegram
Revises: 0001_base
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0003_telegram"
down_revision = "0001_base"
branch_labels = None
depends_on = None

_TS = storage.types.UTCDateTime(timezone=True)


def _ws_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["workspace_id"],
        ["workspaces.id"],
        name=op.f(f"fk_{table}_workspace_id_workspaces"),
        ondelete="CASCADE",
    )


def _user_fk(table: str, column: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "invites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("max_uses", sa.Integer(), nullable=True),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("expires_at", _TS, nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("used_by_id", sa.Integer(), nullable=True),
        sa.Column("used_at", _TS, nullable=True),
        sa.Column("revoked_at", _TS, nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        _ws_fk("invites"),
        _user_fk("invites", "created_by_id", "SET NULL"),
        _user_fk("invites", "used_by_id", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invites")),
        sa.UniqueConstraint("code", name=op.f("uq_invites_code")),
    )
    op.create_index("ix_invites_ws", "invites", ["workspace_id", "created_at"])

    op.create_table(
        "link_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("used_at", _TS, nullable=True),
        sa.Column("used_by", sa.String(length=120), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        _ws_fk("link_codes"),
        _user_fk("link_codes", "user_id", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_codes")),
        sa.UniqueConstraint("code", name=op.f("uq_link_codes_code")),
    )

    op.create_table(
        "chat_bindings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("bound_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        _ws_fk("chat_bindings"),
        _user_fk("chat_bindings", "bound_by_id", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_bindings")),
        sa.UniqueConstraint("platform", "chat_id", name=op.f("uq_chat_bindings_platform")),
    )
    op.create_index(
        op.f("ix_chat_bindings_workspace_id"), "chat_bindings", ["workspace_id"], unique=False
    )

    op.create_table(
        "button_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=24), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        _ws_fk("button_actions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_button_actions")),
        sa.UniqueConstraint("token", name=op.f("uq_button_actions_token")),
    )
    op.create_index("ix_button_actions_created", "button_actions", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_button_actions_created", table_name="button_actions")
    op.drop_table("button_actions")
    op.drop_index(op.f("ix_chat_bindings_workspace_id"), table_name="chat_bindings")
    op.drop_table("chat_bindings")
    op.drop_table("link_codes")
    op.drop_index("ix_invites_ws", table_name="invites")
    op.drop_table("invites")
