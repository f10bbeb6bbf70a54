"""Storage for the Slack adapter: team -> workspace, idempotency keys, cached profiles.

Platform-free on purpose (no slack_sdk here): the adapter passes plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from storage.db import transaction
from storage.models import Workspace
from storage.models_slack import SlackProfile, SlackTeam
from storage.types import utcnow
from storage.workspaces import find_identity, get_workspace

SOURCE = "slack"


def _workspace_name(session: Session, team_id: str, team_name: str | None) -> str:
    base = (team_name or "").strip()[:90] or "Slack"
    name = base if base != "Slack" else f"Slack {team_id}"
    if get_workspace(session, name) is not None:
        name = f"{base} ({team_id})"
    return name


def workspace_for_team(
    sessions: sessionmaker[Session],
    team_id: str,
    *,
    team_name: str | None = None,
    enterprise_id: str | None = None,
    installed_by: str | None = None,
    adopt: str | None = None,
    timezone: str = "UTC",
    currency: str = "EUR",
) -> int:
    """The crmbot workspace of a Slack team, created on first use.

    ``adopt`` names an existing workspace to take over (single-workspace installs
    that already used the console); otherwise a new workspace is made. Two first
    requests racing each other both end up with the same row (unique team_id).
    """
    for _ in range(3):
        with transaction(sessions) as s:
            row = s.scalar(select(SlackTeam).where(SlackTeam.team_id == team_id))
            if row is not None:
                return row.workspace_id
        try:
            with transaction(sessions) as s:
                ws = get_workspace(s, adopt) if adopt else None
                if ws is not None and s.scalar(
                    select(SlackTeam.id).where(SlackTeam.workspace_id == ws.id)
                ):
                    ws = None  # already another team's
                if ws is None:
                    ws = Workspace(
                        name=_workspace_name(s, team_id, team_name),
                        timezone=timezone,
                        currency=currency,
                        settings={},
                    )
                    s.add(ws)
                    s.flush()
                s.add(
                    SlackTeam(
                        team_id=team_id,
                        enterprise_id=enterprise_id,
                        workspace_id=ws.id,
                        installed_by=installed_by,
                    )
                )
                s.flush()
                return ws.id
        except IntegrityError:
            continue  # somebody else created it: read it on the next round
    raise RuntimeError(f"could not map Slack team {team_id} to a workspace")


def team_of_workspace(session: Session, workspace_id: int) -> str | None:
    return session.scalar(select(SlackTeam.team_id).where(SlackTeam.workspace_id == workspace_id))


@dataclass(frozen=True)
class Profile:
    display_name: str | None
    timezone: str | None
    fetched_at: datetime


def cached_profile(session: Session, team_id: str, slack_user_id: str) -> Profile | None:
    row = session.scalar(
        select(SlackProfile).where(
            SlackProfile.team_id == team_id, SlackProfile.slack_user_id == slack_user_id
        )
    )
    return Profile(row.display_name, row.timezone, row.fetched_at) if row else None


def save_profile(
    sessions: sessionmaker[Session],
    workspace_id: int,
    team_id: str,
    slack_user_id: str,
    display_name: str | None,
    timezone: str | None,
    now: datetime | None = None,
) -> None:
    """Store what users.info said; carry a Slack time-zone change over to the CRM user.

    The CRM user's zone follows Slack unless the user set another one by hand.
    """
    now = now or utcnow()
    try:
        with transaction(sessions) as s:
            row = s.scalar(
                select(SlackProfile).where(
                    SlackProfile.team_id == team_id, SlackProfile.slack_user_id == slack_user_id
                )
            )
            old_tz = row.timezone if row else None
            if row is None:
                row = SlackProfile(team_id=team_id, slack_user_id=slack_user_id)
                s.add(row)
            row.display_name, row.timezone, row.fetched_at = display_name, timezone, now
            ws = s.get(Workspace, workspace_id)
            user = find_identity(s, ws, SOURCE, slack_user_id) if ws else None
            if user is not None and timezone and user.timezone in (None, old_tz):
                user.timezone = timezone
    except IntegrityError:
        pass  # a concurrent refresh wrote the same thing
