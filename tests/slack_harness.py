"""Run the real bolt app behind the real aiohttp server and talk to it like Slack does.

Requests are shaped like /work/shared/fixtures/slack (slack-bolt's own test payloads)
and signed with slack_sdk's SignatureVerifier algorithm (v0:timestamp:body, HMAC-SHA256).
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp
import pytest
from aiohttp import web
from slack_fake import FakeSlack
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import App
from bot.config import load_config
from bot.run import healthz
from bot.slack.service import SlackService, build_service
from storage.db import transaction

SECRET = "test-signing-secret"
FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "slack"
if not FIXTURES.exists():  # the checkout may live elsewhere; the shared folder is /work/shared
    FIXTURES = Path("/work/shared/fixtures/slack")


@pytest.fixture(name="fake")
async def fake_slack_server() -> AsyncIterator[FakeSlack]:
    """The local fake of Slack (Web API and Socket Mode), one per test; import it by name."""
    f = FakeSlack()
    await f.start()
    yield f
    await f.stop()


def blocks_text(blocks: list[dict[str, Any]]) -> str:
    """What a Block Kit message shows: section texts and "label => value" per button."""
    out = []
    for b in blocks:
        if b.get("type") == "section":
            out.append(b["text"]["text"])
        if b.get("type") == "actions":
            out += [e["text"]["text"] + " => " + e.get("value", "") for e in b["elements"]]
    return "\n".join(out)


def count(sessions: sessionmaker[Session], model: Any, *where: Any) -> int:
    with transaction(sessions) as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fixture_json(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text())


def slash_fields() -> dict[str, str]:
    raw = (FIXTURES / "slash_command.form-urlencoded.txt").read_text().strip()
    return dict(parse_qsl(raw))


class Harness:
    """The crmbot web server with the Slack service mounted, plus a signed-request client."""

    def __init__(self, app: App, fake: FakeSlack, service: SlackService) -> None:
        self.app = app
        self.fake = fake
        self.service = service
        self.runner: web.AppRunner | None = None
        self.url = ""
        self.http: aiohttp.ClientSession | None = None
        self.verifier = SignatureVerifier(SECRET)
        self._n = 0

    @classmethod
    async def start(cls, app_parts: tuple[Any, Any, Any], fake: FakeSlack, **env: str) -> Harness:
        engine, sessions, bot = app_parts
        config = load_config(
            {
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": fake.api_url,
                "CRMBOT_TIMEZONE": "Europe/Madrid",
                **env,
            },
            dotenv=False,
        )
        app = App(config, engine, sessions, bot)
        service = build_service(app)
        assert service is not None
        h = cls(app, fake, service)
        web_app = web.Application()  # composed as bot/run.py composes it
        web_app.router.add_get("/healthz", healthz)
        web_app.add_routes(service.routes())
        h.runner = web.AppRunner(web_app, access_log=None)
        await h.runner.setup()
        await web.TCPSite(h.runner, "127.0.0.1", 0).start()
        h.url = f"http://127.0.0.1:{h.runner.addresses[0][1]}"
        await service.start()
        h.http = aiohttp.ClientSession()
        return h

    async def stop(self) -> None:
        if self.http is not None:
            await self.http.close()
        await self.service.stop()
        if self.runner is not None:
            await self.runner.cleanup()

    # -- raw ------------------------------------------------------------------------------
    def headers(self, body: str, ctype: str, ts: int | None = None) -> dict[str, str]:
        ts = int(time.time()) if ts is None else ts
        return {
            "Content-Type": ctype,
            "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": self.verifier.generate_signature(timestamp=str(ts), body=body),
        }

    async def post(
        self, body: str, ctype: str, headers: dict[str, str] | None = None, path: str = ""
    ) -> tuple[int, str]:
        assert self.http is not None
        h = headers if headers is not None else self.headers(body, ctype)
        async with self.http.post(
            self.url + (path or "/slack/events"), data=body.encode(), headers=h
        ) as resp:
            return resp.status, await resp.text()

    # -- shaped like Slack ------------------------------------------------------------------
    def rid(self) -> str:
        self._n += 1
        return f"r{self._n}"

    def command_body(
        self, text: str, user: str = "W111", team: str = "T111", channel: str = "C111"
    ) -> str:
        fields = slash_fields()
        for key in ("enterprise_id", "enterprise_name"):  # a plain (non-Grid) workspace
            fields.pop(key, None)
        fields.update(
            command="/crm",
            text=text,
            user_id=user,
            team_id=team,
            channel_id=channel,
            response_url=self.fake.response_url(self.rid()),
            trigger_id=f"trig-{self._n}",
        )
        return urlencode(fields)

    async def command(self, text: str, **kw: str) -> tuple[int, str]:
        return await self.post(self.command_body(text, **kw), "application/x-www-form-urlencoded")

    def event_body(
        self,
        text: str,
        *,
        event_id: str = "Ev1",
        user: str = "W111",
        team: str = "T111",
        channel: str = "D111",
        **extra: Any,
    ) -> str:
        body = fixture_json("event_callback_message_with_authorizations.json")
        body["team_id"] = team
        body.pop("enterprise_id", None)
        body["authorizations"][0]["enterprise_id"] = None
        body["event_id"] = event_id
        ev = body["event"]
        ev.update(text=text, user=user, team=team, channel=channel, channel_type="im")
        ev.pop("blocks", None)
        ev.update(extra)
        body["authorizations"][0]["team_id"] = team
        body["authorizations"][0]["user_id"] = "UBOT"
        return json.dumps(body)

    async def dm(self, text: str, retry: int | None = None, **kw: Any) -> tuple[int, str]:
        body = self.event_body(text, **kw)
        headers = self.headers(body, "application/json")
        if retry is not None:
            headers["X-Slack-Retry-Num"] = str(retry)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        return await self.post(body, "application/json", headers)

    async def event(self, payload: dict[str, Any]) -> tuple[int, str]:
        body = json.dumps(payload)
        return await self.post(body, "application/json")

    async def interactive(self, payload: dict[str, Any]) -> tuple[int, str]:
        body = urlencode({"payload": json.dumps(payload)})
        return await self.post(body, "application/x-www-form-urlencoded")

    def click_payload(
        self,
        value: str,
        *,
        user: str = "W111",
        team: str = "T111",
        ephemeral: bool = False,
        channel: str = "C111",
        ts: str | None = None,
    ) -> dict[str, Any]:
        """A button press on a message posted ``ts`` (default: just now, as a real press
        comes soon after its message; the adapter reads the button's words as of then)."""
        if ts is None:
            ts = f"{time.time():.6f}"
        p = fixture_json("interactivity_block_actions.json")
        p["user"].update(id=user, team_id=team)
        p["team"] = {"id": team, "domain": "workspace-domain"}
        p["container"] = {
            "type": "message",
            "message_ts": ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        }
        p["response_url"] = self.fake.response_url(self.rid())
        p["trigger_id"] = f"trig-{self._n}"  # Slack gives every interaction its own
        p["actions"][0].update(action_id="crm:0", value=value)
        return p

    async def click(self, value: str, **kw: Any) -> tuple[int, str]:
        return await self.interactive(self.click_payload(value, **kw))

    async def submit(self, callback_id: str, values: dict[str, str], **kw: Any) -> tuple[int, str]:
        return await self.interactive(self.submit_payload(callback_id, values, **kw))

    def submit_payload(
        self,
        callback_id: str,
        values: dict[str, str],
        *,
        user: str = "W111",
        team: str = "T111",
        metadata: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        p = fixture_json("interactivity_view_submission.json")
        p["user"].update(id=user, team_id=team)
        p["team"] = {"id": team, "domain": "workspace-domain"}
        p["trigger_id"] = f"trig-{self.rid()}"  # Slack gives every interaction its own
        p["view"]["callback_id"] = callback_id
        p["view"]["private_metadata"] = json.dumps(metadata or {})
        state: dict[str, Any] = {}
        for key, value in values.items():
            if key in ("lifecycle", "source", "stage"):
                entry = {"type": "static_select", "selected_option": {"value": value}}
            elif key in ("birthday", "close"):
                entry = {"type": "datepicker", "selected_date": value}
            else:
                entry = {"type": "plain_text_input", "value": value}
            state[key] = {"v": entry}
        p["view"]["state"] = {"values": state}
        return p


@pytest.fixture(name="slack")
async def single_workspace_slack(
    engine: Any, sessions: sessionmaker[Session], bot: Any, fake: FakeSlack
) -> AsyncIterator[Harness]:
    """crmbot's Slack service (HTTP mode, one workspace by its bot token) against ``fake``;
    import it by name, beside ``fake_slack_server``."""
    h = await Harness.start((engine, sessions, bot), fake, SLACK_BOT_TOKEN="xoxb-single")
    yield h
    await h.stop()
