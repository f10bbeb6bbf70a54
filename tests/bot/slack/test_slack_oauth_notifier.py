"""Slack: OAuth install (bolt's store on our database), the reminder Notifier, `crmbot run`."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_fake import FakeSlack
from slack_harness import Harness, fake_slack_server, free_port  # noqa: F401 (fixture)
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.app import App
from bot.config import load_config
from bot.slack.notifier import SlackNotifier
from bot.slack.service import build_service
from bot.slack.settings import SlackSettings, web_client
from handlers.core import Bot
from handlers.types import Button, Reply
from scheduler.delivery import PermanentError, Target, TransientError
from storage.db import transaction
from storage.models import Identity, User
from storage.models_slack import SlackProfile, SlackTeam
from storage.types import utcnow

# Every test also proves no secret reached the logs (captured at DEBUG).
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]


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


async def install(h: Harness, team: str, name: str, installer: str) -> int:
    """Walk the real OAuth flow: /slack/install, then Slack's redirect with code and state."""
    h.fake.oauth_team, h.fake.installer = (team, name), installer
    assert h.http is not None
    async with h.http.get(h.url + "/slack/install", allow_redirects=False) as resp:
        page = await resp.text()
        assert resp.status in (200, 302)
        state = re.search(r"state=([^&\"']+)", page or resp.headers.get("Location", ""))
        assert state is not None
        # bolt's CSRF cookie is Secure, so a client on plain http would not send it back.
        cookie = resp.cookies["slack-app-oauth-state"]
    async with h.http.get(
        h.url + f"/slack/oauth_redirect?code=c0de&state={state.group(1)}",
        allow_redirects=False,
        headers={"Cookie": f"slack-app-oauth-state={cookie.value}"},
    ) as resp:
        return resp.status


async def test_oauth_install_maps_team_and_installer_is_admin(oauth: Harness, sessions):
    status = await install(oauth, "TAAA", "Team A", "UADMIN")
    assert status == 200
    assert oauth.fake.of("oauth.v2.access")
    with transaction(sessions) as s:
        team = s.scalar(select(SlackTeam).where(SlackTeam.team_id == "TAAA"))
        assert team is not None
        admin = s.scalar(
            select(User)
            .join(Identity, Identity.user_id == User.id)
            .where(Identity.platform_user_id == "UADMIN")
        )
        assert admin is not None and admin.role == "admin"
        assert admin.workspace_id == team.workspace_id
    # A request from that team now runs with the token bolt stored for it.
    await oauth.command("help", team="TAAA", user="U2")
    await oauth.fake.wait_for("response_url")
    info = oauth.fake.of("users.info")[-1]
    assert info.token == "xoxb-TAAA"
    with transaction(sessions) as s:
        u2 = s.scalar(
            select(User)
            .join(Identity, Identity.user_id == User.id)
            .where(Identity.platform_user_id == "U2")
        )
        assert u2.role == "rep"


async def test_oauth_two_teams_stay_apart(oauth: Harness, sessions):
    await install(oauth, "TAAA", "Team A", "UA")
    await install(oauth, "TBBB", "Team B", "UB")
    await oauth.command("contact add Bea Secret", team="TBBB", user="UB")
    await oauth.fake.wait_for("response_url")
    await oauth.command("find Bea", team="TAAA", user="UA")
    posts = await oauth.fake.wait_for("response_url", 2)
    assert "Bea Secret" not in json.dumps(posts[-1].params)
    # Bolt refuses a team it has no installation for (and says so through response_url).
    await oauth.command("help", team="TZZZ", user="UZ")
    posts = await oauth.fake.wait_for("response_url", 3)
    assert "reinstall" in posts[-1].params["text"]
    with transaction(sessions) as s:
        assert s.scalar(select(SlackTeam).where(SlackTeam.team_id == "TZZZ")) is None


async def test_notifier_posts_to_dm_and_channel(oauth: Harness, sessions):
    await install(oauth, "TAAA", "Team A", "UA")
    with transaction(sessions) as s:
        ws_id = s.scalar(select(SlackTeam.workspace_id).where(SlackTeam.team_id == "TAAA"))
    n = oauth.service.notifier
    reply = Reply(sections=["⏰ call Maria"], buttons=[Button("Done", "reminders done 1")])
    await n.send(Target("slack", "UA", ws_id, direct=True), reply)
    await n.send(Target("slack", "C777", ws_id, direct=False), reply)
    opened = oauth.fake.of("conversations.open")
    posts = oauth.fake.of("chat.postMessage")
    assert opened[-1].params["users"] == "UA" and opened[-1].token == "xoxb-TAAA"
    assert [p.params["channel"] for p in posts] == ["DUA", "C777"]
    assert posts[0].params["blocks"][-1]["elements"][0]["value"] == "reminders done 1"
    with pytest.raises(PermanentError):
        await n.send(Target("slack", "UA", 999_999, direct=True), reply)


@pytest.mark.parametrize(
    "error",
    ["channel_not_found", "not_in_channel", "account_inactive", "user_not_found", "is_archived"],
)
async def test_notifier_permanent_errors(fake: FakeSlack, error: str):
    settings = SlackSettings(bot_token="xoxb-x", api_url=fake.api_url, max_retries=1)
    n = SlackNotifier(lambda _ws: _client(settings))
    fake.errors["chat.postMessage"] = error
    with pytest.raises(PermanentError, match=error):
        await n.send(Target("slack", "C1", 1, direct=False), Reply.say("hi"))


async def test_notifier_rate_limit_and_server_errors_are_transient(fake: FakeSlack):
    settings = SlackSettings(bot_token="xoxb-x", api_url=fake.api_url, max_retries=0)
    n = SlackNotifier(lambda _ws: _client(settings))
    fake.rate_limit["chat.postMessage"] = 1
    with pytest.raises(TransientError) as info:
        await n.send(Target("slack", "C1", 1, direct=False), Reply.say("hi"))
    assert info.value.retry_after == 1.0
    fake.errors["chat.postMessage"] = "internal_error"
    with pytest.raises(TransientError):
        await n.send(Target("slack", "C1", 1, direct=False), Reply.say("hi"))
    dead = SlackSettings(bot_token="xoxb-x", api_url="http://127.0.0.1:9/api/", max_retries=0)
    with pytest.raises(TransientError, match="network"):
        await SlackNotifier(lambda _ws: _client(dead)).send(
            Target("slack", "C1", 1, direct=False), Reply.say("hi")
        )


async def _client(settings: SlackSettings):  # type: ignore[no-untyped-def]
    return web_client(settings, settings.bot_token)


async def test_time_zone_refreshes_daily_unless_set_by_hand(
    engine: Any, sessions: sessionmaker[Session], bot: Bot, fake: FakeSlack
):
    h = await Harness.start((engine, sessions, bot), fake, SLACK_BOT_TOKEN="xoxb-single")
    try:
        await h.command("me")
        await fake.wait_for("response_url")
        fake.timezones["W111"] = "America/New_York"
        with transaction(sessions) as s:  # a day passes
            s.execute(update(SlackProfile).values(fetched_at=utcnow() - timedelta(days=2)))
        h.service.adapter._profiles.clear()
        await h.command("me")
        await fake.wait_for("response_url", 2)
        assert len(fake.of("users.info")) == 2
        with transaction(sessions) as s:
            user = s.scalar(select(User).join(Identity).where(Identity.platform_user_id == "W111"))
            assert user.timezone == "America/New_York"
    finally:
        await h.stop()


def test_build_service_none_without_credentials_and_socket_mode_has_no_routes(
    engine: Any, sessions: sessionmaker[Session], bot: Bot
):
    bare = App(load_config({}, dotenv=False), engine, sessions, bot)
    assert build_service(bare) is None
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}
    sock = build_service(App(load_config(env, dotenv=False), engine, sessions, bot))
    assert sock is not None and sock.settings.mode == "socket" and sock.routes() == []
    assert "xoxb" not in repr(sock.settings) and "xapp" not in repr(sock.settings)
    with pytest.raises(Exception, match="SLACK_SIGNING_SECRET"):
        build_service(
            App(load_config({"SLACK_BOT_TOKEN": "xoxb-1"}, dotenv=False), engine, sessions, bot)
        )


async def test_crmbot_run_serves_slack_and_logs_no_text_or_secrets(
    engine: Any,
    sessions: sessionmaker[Session],
    bot: Bot,
    fake: FakeSlack,
    caplog: pytest.LogCaptureFixture,
):
    """The real `crmbot run` composition (bot/run.py serve) with Slack in HTTP mode."""
    from bot.run import serve

    port = free_port()
    env = {
        "SLACK_BOT_TOKEN": "xoxb-very-secret-token",
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": fake.api_url,
        "CRMBOT_HOST": "127.0.0.1",
        "CRMBOT_PORT": str(port),
    }
    app = App(load_config(env, dotenv=False), engine, sessions, bot)
    stop = asyncio.Event()
    caplog.set_level(logging.INFO)
    task = asyncio.create_task(serve(app, wanted={"slack": True}, scheduler=False, stop_event=stop))
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(200):
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
                        if r.status == 200:
                            break
                await asyncio.sleep(0.02)
            h = Harness(app, fake, None)  # type: ignore[arg-type]
            h.http, h.url = http, f"http://127.0.0.1:{port}"
            status, _ = await h.command("contact add Zed Topsecret email=zed@x.io")
            assert status == 200
            await fake.wait_for("response_url")
            for _ in range(200):  # the request line is logged just after the reply goes out
                if any(r.getMessage().startswith("slack kind=command") for r in caplog.records):
                    break
                await asyncio.sleep(0.02)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("crmbot.slack")]
    handled = [m for m in lines if m.startswith("slack kind=command")]
    assert len(handled) == 1 and "cmd=contact.add" in handled[0]
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert "Topsecret" not in everything and "zed@x.io" not in everything
    assert "xoxb-very-secret-token" not in everything and "test-signing-secret" not in everything
