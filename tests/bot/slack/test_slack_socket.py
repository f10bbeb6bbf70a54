"""Slack Socket Mode end to end: the real SlackService, bolt's AsyncSocketModeHandler and
slack_sdk's aiohttp SocketModeClient, against tests/slack_fake.py playing Slack.

The app opens the connection as it would in production (apps.connections.open with the
xapp- token, then the websocket URL it returns); the fake pushes envelopes shaped like
Slack's and records the acks. No HTTP route and no signing secret are involved: over the
socket, the envelope and its ack replace the signed request and its 200.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_fake import FakeSlack
from slack_harness import Harness, blocks_text, count, fake_slack_server, free_port  # noqa: F401 (fixture)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import App
from bot.config import load_config
from bot.slack import modals
from bot.slack.service import build_service
from handlers.core import Bot
from storage.db import transaction
from storage.errors import UserError
from storage.models import Contact, Opportunity

# Every test also proves no secret reached the logs (captured at DEBUG).
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]

BOT_TOKEN = "xoxb-single"
APP_TOKEN = "xapp-1-A111-socket-test"


def socket_env(fake: FakeSlack, **more: str) -> dict[str, str]:
    """What docs/slack.md's Socket Mode quick start sets: two tokens, no signing secret."""
    return {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": fake.api_url,
        "CRMBOT_TIMEZONE": "Europe/Madrid",
        **more,
    }


@pytest.fixture
async def slack(engine: Any, sessions: sessionmaker[Session], bot: Bot, fake: FakeSlack):  # type: ignore[no-untyped-def]
    """The Slack service started in Socket Mode; the Harness only builds Slack payloads."""
    app = App(load_config(socket_env(fake), dotenv=False), engine, sessions, bot)
    service = build_service(app)
    assert service is not None and service.settings.mode == "socket"
    assert service.routes() == []  # nothing is served over HTTP in this mode
    await service.start()
    await fake.wait_for_socket()
    yield Harness(app, fake, service)
    await service.stop()


def command_payload(h: Harness, text: str, **kw: str) -> dict[str, Any]:
    """A slash command's fields, as Socket Mode carries them: a JSON object, not a form."""
    return dict(parse_qsl(h.command_body(text, **kw)))


async def wait_for_log(caplog: pytest.LogCaptureFixture, *parts: str, timeout: float = 10.0) -> str:
    """The request line the adapter logs once a listener is done (ack comes before it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for r in caplog.records:
            line = r.getMessage()
            if all(p in line for p in parts):
                return line
        await asyncio.sleep(0.01)
    raise AssertionError(f"no log line with {parts}")


# -- connecting ----------------------------------------------------------------------------
async def test_connects_with_the_app_token(slack: Harness):
    (opened,) = slack.fake.of("apps.connections.open")
    assert opened.token == APP_TOKEN  # the app-level token opens the socket
    assert len(slack.fake.sockets) == 1 and not slack.fake.sockets[0].closed
    client = slack.service._socket.client
    assert await client.is_connected()


# -- slash command -------------------------------------------------------------------------
async def test_slash_command_is_acked_then_answered_via_response_url(slack: Harness, sessions):
    fake = slack.fake
    eid = await fake.push(
        "slash_commands",
        command_payload(slack, "contact add Maria Lopez email=maria@acme.com"),
    )
    ack = await fake.wait_for_ack(eid)
    assert ack == {"envelope_id": eid}  # an empty ack: nothing shows until the reply
    (post,) = await fake.wait_for("response_url")
    order = [c.method for c in fake.calls]
    assert order.index("socket.ack") < order.index("response_url")  # ack first, work after
    assert post.params["response_type"] == "ephemeral"
    assert "Contact created" in blocks_text(post.params["blocks"])
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.email == "maria@acme.com"))
        assert c is not None and c.name == "Maria Lopez"
    assert [c.token for c in fake.of("users.info")] == [BOT_TOKEN]  # Web API: the bot token
    assert len(fake.acks(eid)) == 1


# -- events: DM, then Slack's redelivery of the same event ----------------------------------
async def test_dm_event_and_its_retry_make_one_record(
    slack: Harness, sessions, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO, logger="crmbot.slack")
    fake = slack.fake
    event = json.loads(
        slack.event_body("contact add Jon Snow email=jon@north.org", event_id="EvSock1")
    )
    first = await fake.push("events_api", event)
    assert await fake.wait_for_ack(first) == {"envelope_id": first}
    (msg,) = await fake.wait_for("chat.postMessage")
    assert msg.params["channel"] == "D111" and msg.token == BOT_TOKEN
    assert "Contact created" in blocks_text(msg.params["blocks"])
    assert count(sessions, Contact, Contact.email == "jon@north.org") == 1
    await wait_for_log(caplog, "slack kind=dm", "cmd=contact.add", "retry=0")

    # Slack did not see the ack in time: a new envelope, the same event_id, retry_attempt=1.
    again = await fake.push("events_api", event, retry_attempt=1, retry_reason="timeout")
    assert again != first
    assert await fake.wait_for_ack(again) == {"envelope_id": again}
    line = await wait_for_log(caplog, "slack kind=dm", "cmd=duplicate")
    assert "retry=1" in line  # bolt turned retry_attempt into x-slack-retry-num
    assert count(sessions, Contact) == 1
    assert len(fake.of("chat.postMessage")) == 1


async def test_free_text_dm_over_the_socket(slack: Harness, sessions):
    event = json.loads(
        slack.event_body("new contact Ana Ruiz ana@ruiz.es at Initech", event_id="EvSockFT")
    )
    eid = await slack.fake.push("events_api", event)
    await slack.fake.wait_for_ack(eid)
    (msg,) = await slack.fake.wait_for("chat.postMessage")
    assert msg.params["channel"] == "D111"
    assert count(sessions, Contact, Contact.email == "ana@ruiz.es") == 1


# -- interactivity ---------------------------------------------------------------------------
async def test_stage_button_moves_the_deal_and_updates_the_message(slack: Harness, sessions):
    fake = slack.fake
    await fake.push("slash_commands", command_payload(slack, "deal add Acme renewal 12k EUR"))
    (created,) = await fake.wait_for("response_url")
    with transaction(sessions) as s:
        deal_id = s.scalar(select(Opportunity.id).where(Opportunity.title == "Acme renewal"))
    move = f"deal move #d{deal_id} to closing"
    assert move in blocks_text(created.params["blocks"])  # the card offers it as a button

    eid = await fake.push("interactive", slack.click_payload(move, ts="1700.0001"))
    assert await fake.wait_for_ack(eid) == {"envelope_id": eid}
    (upd,) = await fake.wait_for("chat.update")
    assert upd.params["channel"] == "C111" and upd.params["ts"] == "1700.0001"
    assert "Moved to Closing" in blocks_text(upd.params["blocks"])
    with transaction(sessions) as s:
        assert s.get(Opportunity, deal_id).stage == "closing"


async def test_modal_field_errors_travel_in_the_ack_payload(slack: Harness, sessions):
    """Over HTTP the errors are the response body; over the socket, the ack's payload."""
    fake = slack.fake
    bad = slack.submit_payload(modals.CONTACT, {"name": "Eva Green", "email": "eva@"})
    eid = await fake.push("interactive", bad)
    ack = await fake.wait_for_ack(eid)
    assert ack["payload"]["response_action"] == "errors"
    assert "valid email" in ack["payload"]["errors"]["email"]
    assert count(sessions, Contact) == 0

    good = slack.submit_payload(
        modals.CONTACT,
        {"name": "Eva Green", "email": "eva@green.io"},
        metadata={"channel": "C111", "response_url": fake.response_url("modal")},
    )
    eid = await fake.push("interactive", good)
    assert await fake.wait_for_ack(eid) == {"envelope_id": eid}
    (post,) = await fake.wait_for("response_url")
    assert "Contact created" in blocks_text(post.params["blocks"])
    assert count(sessions, Contact, Contact.email == "eva@green.io") == 1


# -- connection lifecycle ----------------------------------------------------------------------
async def test_disconnect_frame_makes_the_app_reconnect(slack: Harness, sessions):
    fake = slack.fake
    await fake.disconnect("refresh_requested")
    await fake.wait_for_socket(2)  # a fresh URL from apps.connections.open, a new socket
    assert len(fake.of("apps.connections.open")) == 2
    assert all(c.token == APP_TOKEN for c in fake.of("apps.connections.open"))
    await fake.wait_for("socket.close")  # the client dropped the old connection itself
    assert fake.sockets[0].closed and not fake.sockets[1].closed
    eid = await fake.push("slash_commands", command_payload(slack, "contact add Late Comer"))
    await fake.wait_for_ack(eid)
    await fake.wait_for("response_url")
    assert count(sessions, Contact, Contact.name == "Late Comer") == 1


async def test_a_refused_app_token_fails_start_instead_of_hanging(
    engine: Any, sessions: sessionmaker[Session], bot: Bot, fake: FakeSlack
):
    """slack_sdk alone retries apps.connections.open forever; `crmbot run` must say why."""
    fake.errors["apps.connections.open"] = "invalid_auth"
    app = App(load_config(socket_env(fake), dotenv=False), engine, sessions, bot)
    service = build_service(app)
    assert service is not None
    try:
        with pytest.raises(UserError, match=r"SLACK_APP_TOKEN \(invalid_auth\)") as err:
            await asyncio.wait_for(service.start(), 10)
        assert APP_TOKEN not in str(err.value)
        assert len(fake.of("apps.connections.open")) == 1 and not fake.sockets
    finally:
        await service.stop()


async def test_crmbot_run_in_socket_mode_serves_and_stops_cleanly(
    engine: Any,
    sessions: sessionmaker[Session],
    bot: Bot,
    fake: FakeSlack,
    caplog: pytest.LogCaptureFixture,
):
    """The real `crmbot run` composition (bot/run.py serve) with only the two tokens set."""
    from bot.run import serve

    port = free_port()
    env = socket_env(fake, CRMBOT_HOST="127.0.0.1", CRMBOT_PORT=str(port))
    app = App(load_config(env, dotenv=False), engine, sessions, bot)
    stop = asyncio.Event()
    caplog.set_level(logging.INFO)
    task = asyncio.create_task(serve(app, wanted={"slack": True}, scheduler=False, stop_event=stop))
    try:
        await fake.wait_for_socket(timeout=30)  # serve() warms dateparser up first
        h = Harness(app, fake, None)  # type: ignore[arg-type]
        eid = await fake.push("slash_commands", command_payload(h, "contact add Zed Topsecret"))
        await fake.wait_for_ack(eid)
        await fake.wait_for("response_url")
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
                assert r.status == 200
            async with http.post(f"http://127.0.0.1:{port}/slack/events", data=b"{}") as r:
                assert r.status == 404  # Socket Mode mounts no Slack route
        await wait_for_log(caplog, "slack kind=command", "cmd=contact.add")
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    await fake.wait_for("socket.close")  # stop() closed the websocket
    assert all(ws.closed for ws in fake.sockets)
    await asyncio.sleep(0.2)  # a closed client must not reconnect (can only pass more often)
    assert len(fake.sockets) == 1 and len(fake.of("apps.connections.open")) == 1
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert APP_TOKEN not in everything and BOT_TOKEN not in everything
    assert "Topsecret" not in everything
