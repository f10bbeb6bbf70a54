"""Issue 12, items 2 and 4: the OAuth install grants no role and cannot flood the state table.

The real OAuth flow of tests/bot/slack/test_slack_oauth_notifier.py: GET /slack/install, then
Slack's redirect with code and state, against the fake oauth.v2.access.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from slack_fake import FakeSlack
from slack_harness import Harness, fake_slack_server  # noqa: F401 (fixture)
from sqlalchemy import column, delete, func, insert, select, table
from sqlalchemy.orm import Session, sessionmaker
from test_slack_oauth_notifier import install

from handlers.core import Bot
from storage.db import transaction
from storage.housekeeping import prune
from storage.models import Identity, User
from storage.models_slack import SlackTeam

pytestmark = pytest.mark.slow

STATES = table("slack_oauth_states", column("state"), column("expire_at"))


@pytest.fixture
async def oauth(engine: Any, sessions: sessionmaker[Session], bot: Bot, fake: FakeSlack):  # type: ignore[no-untyped-def]
    h = await Harness.start(
        (engine, sessions, bot),
        fake,
        SLACK_CLIENT_ID="111.222",
        SLACK_CLIENT_SECRET="oauth-client-secret",
        SLACK_STATE_SECRET="state-secret",
    )
    yield h
    await h.stop()


def role_of(sessions: sessionmaker[Session], slack_user: str) -> str | None:
    with transaction(sessions) as s:
        return s.scalar(
            select(User.role)
            .join(Identity, Identity.user_id == User.id)
            .where(Identity.platform_user_id == slack_user)
        )


def states(sessions: sessionmaker[Session]) -> int:
    with transaction(sessions) as s:
        return s.scalar(select(func.count()).select_from(STATES)) or 0


# ---- item 2 -----------------------------------------------------------------------------------


async def test_item2_reinstall_by_a_rep_does_not_make_them_admin(
    oauth: Harness, sessions: sessionmaker[Session]
) -> None:
    assert await install(oauth, "TAAA", "Team A", "UADMIN") == 200
    assert role_of(sessions, "UADMIN") == "admin"  # the first installer of a new workspace
    await oauth.command("help", team="TAAA", user="UREP")
    await oauth.fake.wait_for("response_url")
    assert role_of(sessions, "UREP") == "rep"
    # The rep walks through /slack/install and the OAuth redirect themselves.
    assert await install(oauth, "TAAA", "Team A", "UREP") == 200
    assert role_of(sessions, "UREP") == "rep"
    # A person the CRM has never seen installs again: a rep, not an admin.
    assert await install(oauth, "TAAA", "Team A", "UNEW") == 200
    assert role_of(sessions, "UNEW") == "rep"
    with transaction(sessions) as s:
        teams = s.scalars(select(SlackTeam).where(SlackTeam.team_id == "TAAA")).all()
        assert len(teams) == 1  # still bound to the same workspace
        admins = s.scalar(
            select(func.count())
            .select_from(User)
            .where(User.workspace_id == teams[0].workspace_id, User.role == "admin")
        )
        assert admins == 1


async def test_item2_reinstall_never_changes_an_existing_role(
    oauth: Harness, sessions: sessionmaker[Session]
) -> None:
    assert await install(oauth, "TAAA", "Team A", "UADMIN") == 200
    with transaction(sessions) as s:
        admin = s.scalar(
            select(User)
            .join(Identity, Identity.user_id == User.id)
            .where(Identity.platform_user_id == "UADMIN")
        )
        assert admin is not None
        admin.role = "manager"  # as `settings role` would; another admin exists
        ws = admin.workspace_id
        s.add(User(workspace_id=ws, display_name="Boss", name_key="boss", role="admin"))
    assert await install(oauth, "TAAA", "Team A", "UADMIN") == 200
    assert role_of(sessions, "UADMIN") == "manager"


# ---- item 4 -----------------------------------------------------------------------------------


async def test_item4_install_page_is_rate_limited_per_client(
    oauth: Harness, sessions: sessionmaker[Session]
) -> None:
    assert oauth.http is not None
    before = states(sessions)  # bolt's table is not emptied between PostgreSQL tests
    statuses = []
    for _ in range(40):
        async with oauth.http.get(oauth.url + "/slack/install", allow_redirects=False) as resp:
            statuses.append(resp.status)
    assert statuses[0] == 200 and statuses.count(429) >= 20
    assert states(sessions) - before == statuses.count(200) <= 20


def test_item4_housekeeping_prunes_expired_oauth_states(sessions: sessionmaker[Session]) -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    naive = now.replace(tzinfo=None)  # slack_sdk stores naive UTC
    with transaction(sessions) as s:
        # bolt's table is not in crmbot's metadata: the PostgreSQL fixture does not empty it.
        s.execute(delete(STATES))
        s.execute(
            insert(STATES),
            [
                {"state": "old", "expire_at": naive - timedelta(minutes=1)},
                {"state": "fresh", "expire_at": naive + timedelta(minutes=5)},
            ],
        )
    with transaction(sessions) as s:
        assert prune(s, now)["slack_oauth_states"] == 1
    with transaction(sessions) as s:
        assert s.scalars(select(STATES.c.state)).all() == ["fresh"]
