"""Slack-specific tables: which crmbot workspace a Slack team is, and cached profiles.

bolt's own OAuth tables (slack_installations, slack_bots, slack_oauth_states) are
created by the same migration (0002_slack) but are defined by slack_sdk, not here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class SlackTeam(Base):
    """One Slack team (``team_id``) is exactly one crmbot workspace."""

    __tablename__ = "slack_teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32), unique=True)
    enterprise_id: Mapped[str | None] = mapped_column(String(32))
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), unique=True
    )
    installed_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SlackProfile(Base):
    """The last time zone Slack reported for a member, and when (refreshed daily).

    Kept apart from ``users.timezone`` so a zone the user set by hand ('me tz ...')
    is not overwritten, while a change made in Slack still flows through.
    """

    __tablename__ = "slack_profiles"
    __table_args__ = (UniqueConstraint("team_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    timezone: Mapped[str | None] = mapped_column(String(64))
    display_name: Mapped[str | None] = mapped_column(String(200))
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
