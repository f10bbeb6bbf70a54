"""Who a Slack request comes from: the team's CRM workspace and the person's profile.

A Slack team maps to one crmbot workspace (made on first contact, or adopted with
CRMBOT_SLACK_WORKSPACE); a person's display name and time zone come from
``users.info``, cached in memory and in the database and refreshed daily. With OAuth,
each team has its own bot token, found through the installation store.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from slack_sdk.oauth.installation_store import Installation
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.edge import Edge
from bot.slack.settings import SlackSettings, web_client
from handlers import access
from handlers.types import Sender
from storage import slack_store
from storage.db import transaction
from storage.types import utcnow

log = logging.getLogger("crmbot.slack")

PROFILE_TTL = timedelta(days=1)


@dataclass
class Where:
    """Which CRM workspace and person a Slack request belongs to."""

    workspace_id: int
    team_id: str
    user_id: str
    name: str
    timezone: str | None


class Directory:
    """Teams to workspaces, people to names and time zones, workspaces to bot tokens."""

    def __init__(
        self, app: App, settings: SlackSettings, edge: Edge, client: AsyncWebClient
    ) -> None:
        self.app = app
        self.client = client  # the single-workspace client (no OAuth)
        self.settings = settings
        self.edge = edge
        self.teams: dict[str, int] = {}
        self.profiles: dict[tuple[str, str], tuple[str, str | None, float]] = {}
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self.installation_store: Any = None  # set by the adapter with OAuth

    async def run(self, fn: Any, *args: Any) -> Any:
        return await self.edge.run(fn, *args)

    async def where(
        self,
        client: AsyncWebClient,
        team_id: str | None,
        user_id: str,
        *,
        team_name: str | None = None,
        enterprise_id: str | None = None,
    ) -> Where:
        team = team_id or enterprise_id or ""
        ws_id = self.teams.get(team)
        if ws_id is None:
            ws_id = await self.run(self._map_team, team, team_name, enterprise_id)
            self.teams[team] = ws_id
        name, tz = await self.profile(client, ws_id, team, user_id)
        return Where(ws_id, team, user_id, name, tz)

    def _map_team(self, team: str, team_name: str | None, enterprise_id: str | None) -> int:
        return slack_store.workspace_for_team(
            self.app.sessions,
            team,
            team_name=team_name,
            enterprise_id=enterprise_id,
            adopt=self.settings.adopt_workspace,
            timezone=self.settings.timezone,
            currency=self.settings.currency,
        )

    async def profile(
        self, client: AsyncWebClient, ws_id: int, team: str, user_id: str
    ) -> tuple[str, str | None]:
        """Display name and time zone from users.info: cached, refreshed daily."""
        key = (team, user_id)
        hit = self.profiles.get(key)
        if hit is not None and time.monotonic() - hit[2] < PROFILE_TTL.total_seconds():
            return hit[0], hit[1]
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:  # a burst from one person makes one users.info call
            return await self._fetch_profile(client, ws_id, team, user_id)

    async def _fetch_profile(
        self, client: AsyncWebClient, ws_id: int, team: str, user_id: str
    ) -> tuple[str, str | None]:
        key = (team, user_id)
        hit = self.profiles.get(key)
        if hit is not None and time.monotonic() - hit[2] < PROFILE_TTL.total_seconds():
            return hit[0], hit[1]
        cached = await self.run(self._cached_profile, team, user_id)
        if cached is not None and utcnow() - cached.fetched_at < PROFILE_TTL:
            age = (utcnow() - cached.fetched_at).total_seconds()
            self.profiles[key] = (
                cached.display_name or user_id,
                cached.timezone,
                time.monotonic() - age,
            )
            return cached.display_name or user_id, cached.timezone
        try:
            info = await client.users_info(user=user_id)
            user = info.get("user") or {}
            prof = user.get("profile") or {}
            name = prof.get("display_name") or prof.get("real_name") or user.get("name") or user_id
            name = str(name).replace("\x00", "") or user_id  # PostgreSQL refuses NUL
            tz = user.get("tz")
        except Exception as exc:  # the profile is a nicety: never fail the request on it
            log.warning("slack users.info failed team=%s error=%s", team, type(exc).__name__)
            return (cached.display_name or user_id, cached.timezone) if cached else (user_id, None)
        await self.run(slack_store.save_profile, self.app.sessions, ws_id, team, user_id, name, tz)
        self.profiles[key] = (name, tz, time.monotonic())
        return name, tz

    def _cached_profile(self, team: str, user_id: str) -> slack_store.Profile | None:
        with transaction(self.app.sessions) as s:
            return slack_store.cached_profile(s, team, user_id)

    async def client_for_workspace(self, workspace_id: int) -> AsyncWebClient | None:
        """A Web API client with the right bot token for a crmbot workspace (Notifier)."""
        if not self.settings.oauth:
            return self.client
        assert self.installation_store is not None

        def team() -> str | None:
            with transaction(self.app.sessions) as s:
                return slack_store.team_of_workspace(s, workspace_id)

        team_id = await self.run(team)
        if team_id is None:
            return None
        bot = await self.installation_store.async_find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or not bot.bot_token:
            return None
        return web_client(self.settings, bot.bot_token)

    async def on_install(self, installation: Installation) -> None:
        """OAuth finished: bind the team to a workspace; its first installer is its admin.

        A later install (by anyone in the team) changes no role: see access.register_installer.
        """
        team = installation.team_id or installation.enterprise_id or ""
        ws_id = await self.run(
            self._map_team, team, installation.team_name, installation.enterprise_id
        )
        self.teams[team] = ws_id
        name, tz = installation.user_id, None
        if installation.bot_token:  # profile() never raises: it falls back to the id
            client = web_client(self.settings, installation.bot_token)
            name, tz = await self.profile(client, ws_id, team, installation.user_id)
        role = await self.run(
            access.register_installer,
            self.app.sessions,
            ws_id,
            self.app.bot.policy("slack"),
            Sender("slack", installation.user_id, name, tz),
        )
        log.info("slack installed team=%s workspace=%s installer_role=%s", team, ws_id, role)
