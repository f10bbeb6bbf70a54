"""/metrics, /readyz and JSON-lines logs of `crmbot run` (bot/run.py serve, bot/metrics.py)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from slack_fake import FakeSlack
from slack_harness import Harness, fake_slack_server, free_port  # noqa: F401 (fixture)
from sqlalchemy import text, update
from sqlalchemy.orm import Session, sessionmaker

from bot import logsafe
from bot.app import App
from bot.config import load_config
from bot.run import readiness, serve
from handlers.core import Bot
from handlers.types import Incoming, Sender
from storage.db import transaction
from storage.models import Reminder
from storage.types import utcnow

pytestmark = pytest.mark.slow


def samples(body: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape: (name, sorted labels) -> value (parsed by prometheus-client)."""
    out = {}
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def value(scrape: dict[Any, float], name: str, **labels: str) -> float:
    return scrape.get((name, tuple(sorted(labels.items()))), 0.0)


async def wait_up(http: aiohttp.ClientSession, url: str) -> None:
    for _ in range(300):
        with contextlib.suppress(aiohttp.ClientError):
            async with http.get(url + "/healthz") as r:
                if r.status == 200:
                    return
        await asyncio.sleep(0.02)
    raise AssertionError("server did not start")


async def scrape(http: aiohttp.ClientSession, url: str) -> dict[Any, float]:
    async with http.get(url + "/metrics") as r:
        assert r.status == 200
        assert r.headers["Content-Type"].startswith("text/plain")
        return samples(await r.text())


async def test_metrics_count_messages_and_reminders_through_crmbot_run(
    engine: Any, sessions: sessionmaker[Session], bot: Bot, ws_id: int, fake: FakeSlack
):
    """Slack commands, console messages and a due reminder show up in /metrics."""
    port = free_port()
    env = {
        "SLACK_BOT_TOKEN": "xoxb-metrics-token",
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": fake.api_url,
        "CRMBOT_HOST": "127.0.0.1",
        "CRMBOT_PORT": str(port),
        "CRMBOT_SCHEDULER_SWEEP": "0.2",
        "CRMBOT_FOLLOWUPS": "off",
    }
    app = App(load_config(env, dotenv=False), engine, sessions, bot)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, wanted={"slack": True}, stop_event=stop))
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            await wait_up(http, url)
            before = await scrape(http, url)
            h = Harness(app, fake, None)  # type: ignore[arg-type]
            h.http, h.url = http, url
            assert (await h.command("contact add Ann Lee email=ann@x.io"))[0] == 200
            await fake.wait_for("response_url")  # the Slack user exists before the next two
            assert (await h.command("remind me tomorrow at 9am to call Ann"))[0] == 200
            assert (await h.command("deal show Zzqqxx Nowhere"))[0] == 200  # an error
            await fake.wait_for("response_url", count=3)
            console = Sender("console", "local", "Local Admin")
            reply = await asyncio.to_thread(
                bot.handle, Incoming(workspace_id=ws_id, sender=console, text="pipeline")
            )
            assert reply.ok
            with transaction(sessions) as s:  # the reminder is due now
                s.execute(update(Reminder).values(due_at=utcnow()))
            for _ in range(200):
                after = await scrape(http, url)
                if value(after, "crmbot_reminders_total", event="sent") > value(
                    before, "crmbot_reminders_total", event="sent"
                ):
                    break
                await asyncio.sleep(0.05)
            after = await scrape(http, url)
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    ok = {"platform": "slack", "outcome": "ok"}
    assert delta("crmbot_messages_total", intent="contact.add", **ok) == 1
    assert delta("crmbot_messages_total", intent="remind", **ok) == 1
    refused = delta(
        "crmbot_messages_total", platform="slack", intent="deal.show", outcome="refused"
    )
    assert refused == 1
    assert delta("crmbot_messages_total", platform="console", intent="pipeline", outcome="ok") == 1
    assert delta("crmbot_handler_seconds_count", platform="slack") == 3
    assert delta("crmbot_reminders_total", event="due") == 1
    assert delta("crmbot_reminders_total", event="sent") == 1
    assert delta("crmbot_reminders_total", event="failed") == 0
    assert delta("crmbot_reminder_delay_seconds_count") == 1
    assert value(after, "crmbot_reminder_queue", state="due") == 0
    assert value(after, "crmbot_reminder_queue", state="claimed") == 0
    assert ("crmbot_db_pool_connections", (("state", "in_use"),)) in after
    # No user data in any label: names, emails and reminder text stay out of /metrics.
    assert all(n.startswith("crmbot_") for n, _ in after)
    flat = json.dumps([list(k) for k in after])
    assert "Ann" not in flat and "ann@x.io" not in flat


async def test_metrics_and_readyz_without_any_chat_platform(engine: Any, sessions, bot):  # type: ignore[no-untyped-def]
    port = free_port()
    env = {"CRMBOT_HOST": "127.0.0.1", "CRMBOT_PORT": str(port), "CRMBOT_FOLLOWUPS": "off"}
    app = App(load_config(env, dotenv=False), engine, sessions, bot)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, wanted={}, stop_event=stop))
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            await wait_up(http, url)
            got = await scrape(http, url)
            assert ("crmbot_reminders_total", (("event", "takeover"),)) in got
            async with http.get(url + "/readyz") as r:
                assert r.status == 200 and (await r.json())["ready"] is True
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


def test_readyz_refuses_an_outdated_schema_and_a_dead_database(engine: Any, sessions, bot):  # type: ignore[no-untyped-def]
    app = App(load_config({}, dotenv=False), engine, sessions, bot)
    assert readiness(app) == (True, "ready")
    with engine.begin() as conn:
        old = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0001_initial')"))
    try:
        ready, why = readiness(app)
        assert not ready and "out of date" in why
    finally:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version"))
            conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), [{"v": v} for v in old])
    from storage.db import make_engine

    dead = App(app.config, make_engine("postgresql://nobody@127.0.0.1:1/none"), sessions, bot)
    assert readiness(dead) == (False, "database unreachable")
    dead.engine.dispose()


def test_json_lines_logs_are_redacted(caplog: pytest.LogCaptureFixture):
    logsafe.protect(["super-secret-signing-value"])
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logsafe.JsonLines())
    logger = logging.getLogger("crmbot.test.json")
    logger.addHandler(handler)
    try:
        logger.warning("token %s and xoxb-1234567890-abcdefgh", "super-secret-signing-value")
        try:
            raise ValueError("boom")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [x["level"] for x in lines] == ["WARNING", "ERROR"]
    assert lines[0]["message"] == "token [redacted] and [redacted]"
    assert lines[0]["logger"] == "crmbot.test.json" and lines[0]["ts"].endswith("Z")
    assert "ValueError: boom" in lines[1]["exception"]


def test_cli_log_format_json_configures_the_root_handler(monkeypatch: pytest.MonkeyPatch):
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = []
    try:
        logsafe.configure_logging("INFO", "json")
        assert root.handlers and all(
            isinstance(h.formatter, logsafe.JsonLines) for h in root.handlers
        )
    finally:
        root.handlers = saved
