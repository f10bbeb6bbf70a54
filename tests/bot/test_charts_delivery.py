"""Charts end to end: each adapter delivers Reply.image the way its platform takes files.

Slack: files_upload_v2 against the fake Web API (getUploadURLExternal, the POST of the
bytes to upload_url, completeUploadExternal). Telegram: sendPhoto as a multipart upload.
Console: a PNG under charts_dir and its path in the printed reply.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from slack_fake import FakeSlack
from slack_harness import Harness
from sqlalchemy.orm import Session, sessionmaker
from telegram_fakeapi import TOKEN, FakeBotAPI, text_update

from bot.app import App
from bot.config import Config
from bot.console import ConsoleAdapter
from bot.telegram.service import TelegramService
from bot.telegram.settings import TelegramSettings
from handlers.core import Bot
from storage.db import transaction
from storage.members import create_invite
from storage.models import Workspace

PNG = b"\x89PNG\r\n\x1a\n"


# -- Slack ----------------------------------------------------------------------------------
@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    f = FakeSlack()
    await f.start()
    yield f
    await f.stop()


@pytest.fixture
async def slack(engine: Any, sessions: sessionmaker[Session], bot: Bot, fake_slack: FakeSlack):  # type: ignore[no-untyped-def]
    h = await Harness.start((engine, sessions, bot), fake_slack, SLACK_BOT_TOKEN="xoxb-single")
    yield h
    await h.stop()


def _upload_flow(fake: FakeSlack) -> tuple[Any, Any, Any]:
    """The three steps of files_upload_v2, checked to belong to the same file id."""
    (url_call,) = fake.of("files.getUploadURLExternal")
    (post,) = fake.of("file.upload")
    (done,) = fake.of("files.completeUploadExternal")
    assert url_call.token == "xoxb-single" and done.token == "xoxb-single"
    assert int(url_call.params["length"]) == len(post.params["data"])
    return url_call, post, done


async def test_slack_slash_pipeline_text_reply_and_chart_in_the_users_dm(slack: Harness):
    await slack.command("deal add Acme renewal 12k EUR stage=closing")  # W111: first user, admin
    await slack.fake.wait_for("response_url")
    await slack.command("pipeline", channel="C111")
    posts = await slack.fake.wait_for("response_url", 2)
    assert posts[-1].params["response_type"] == "ephemeral"
    assert "Pipeline" in posts[-1].params["text"]
    await slack.fake.wait_for("files.completeUploadExternal")
    url_call, post, done = _upload_flow(slack.fake)
    assert url_call.params["filename"] == "pipeline-stage.png"
    assert post.params["data"].startswith(PNG)
    # A private (ephemeral) report is not posted to the whole channel: Slack has no
    # ephemeral files, so the chart goes to the user's DM with the bot.
    assert done.params["channel_id"] == "DW111"
    (shared,) = slack.fake.shared
    assert shared["data"] == post.params["data"] and shared["channel_id"] == "DW111"
    assert slack.fake.files[shared["file"]][2] == "image/png"


async def test_slack_shared_pipeline_chart_goes_to_the_channel(slack: Harness):
    await slack.command("deal add Acme renewal 12k EUR")
    await slack.fake.wait_for("response_url")
    await slack.command("share pipeline", channel="C222")
    posts = await slack.fake.wait_for("response_url", 2)
    assert posts[-1].params["response_type"] == "in_channel"
    (done,) = await slack.fake.wait_for("files.completeUploadExternal")
    assert done.params["channel_id"] == "C222"
    assert slack.fake.shared[0]["data"].startswith(PNG)


async def test_slack_dm_pipeline_chart_goes_to_the_dm(slack: Harness):
    await slack.dm("deal add Acme renewal 12k EUR", event_id="EvC1")
    await slack.fake.wait_for("chat.postMessage")
    await slack.dm("pipeline", event_id="EvC2")
    msgs = await slack.fake.wait_for("chat.postMessage", 2)
    assert msgs[-1].params["channel"] == "D111" and "Pipeline" in msgs[-1].params["text"]
    (done,) = await slack.fake.wait_for("files.completeUploadExternal")
    assert done.params["channel_id"] == "D111"
    assert slack.fake.shared[0]["data"].startswith(PNG)


def _mention(slack: Harness, text: str, event_id: str) -> dict[str, Any]:
    payload = json.loads(slack.event_body("x", event_id=event_id, channel="C111"))
    payload["event"] = {
        "type": "app_mention",
        "user": "W111",
        "text": f"<@UBOT> {text}",
        "ts": "1610261700.000200",
        "thread_ts": "1610261659.001400",
        "channel": "C111",
        "event_ts": "1610261700.000200",
    }
    return payload


async def test_slack_mention_in_a_thread_private_to_dm_shared_to_the_thread(slack: Harness):
    await slack.command("deal add Acme renewal 12k EUR")
    await slack.fake.wait_for("response_url")
    await slack.event(_mention(slack, "pipeline", "EvT1"))
    (eph,) = await slack.fake.wait_for("chat.postEphemeral")
    assert "Pipeline" in eph.params["text"]
    (first,) = await slack.fake.wait_for("files.completeUploadExternal")
    assert first.params["channel_id"] == "DW111" and not first.params.get("thread_ts")
    await slack.event(_mention(slack, "share pipeline", "EvT2"))
    (msg,) = await slack.fake.wait_for("chat.postMessage")
    assert msg.params["thread_ts"] == "1610261659.001400"
    second = (await slack.fake.wait_for("files.completeUploadExternal", 2))[-1]
    assert second.params["channel_id"] == "C111"
    assert second.params["thread_ts"] == "1610261659.001400"  # beside the text, in the thread
    assert all(s["data"].startswith(PNG) for s in slack.fake.shared)


async def test_slack_failed_upload_does_not_lose_the_text(slack: Harness):
    slack.fake.errors["files.getUploadURLExternal"] = "missing_scope"  # no files:write
    await slack.command("deal add Acme renewal 12k EUR")
    await slack.fake.wait_for("response_url")
    await slack.command("pipeline")
    posts = await slack.fake.wait_for("response_url", 2)
    assert "Pipeline" in posts[-1].params["text"]
    await slack.fake.wait_for("files.getUploadURLExternal")
    assert not slack.fake.of("file.upload") and not slack.fake.shared


# -- Telegram -------------------------------------------------------------------------------
@pytest.fixture
async def fake_tg() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI()
    await api.start()
    yield api
    await api.stop()


async def test_telegram_pipeline_sends_text_and_a_photo(
    fake_tg: FakeBotAPI, engine: Any, sessions: sessionmaker[Session], bot: Bot, ws_id: int
) -> None:
    config = Config(env={"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake_tg.base_url})
    settings = TelegramSettings.from_env(config)
    assert settings is not None
    settings.per_chat_interval, settings.poll_timeout = 0, 1  # no 1 s pacing in tests
    service = TelegramService(App(config, engine, sessions, bot), settings)
    await service.start()
    try:

        async def say(text: str, who: int, first: str) -> str:
            before = len(fake_tg.sent())
            fake_tg.push(text_update(text, from_id=who, first=first))
            return str((await fake_tg.wait_for("sendMessage", before + 1))[-1].params["text"])

        with transaction(sessions) as s:
            ws = s.get(Workspace, ws_id)
            assert ws is not None
            admin_code = create_invite(s, ws, "admin").code
            rep_code = create_invite(s, ws, "rep").code
        await say(f"/start {admin_code}", 1001, "Ana")
        assert "joined as rep" in await say(f"/start {rep_code}", 1002, "Bob")
        await say("/deal add Acme renewal 12k EUR", 1002, "Bob")
        assert not fake_tg.sent("sendPhoto")
        text = await say("/pipeline", 1002, "Bob")
        assert text.startswith("📊 Pipeline · you")  # a rep's own deals
        (photo,) = await fake_tg.wait_for("sendPhoto", 1)
        assert str(photo.params["chat_id"]) == "1002"
        name, data = photo.files["photo"]
        assert data.startswith(PNG) and name == "pipeline-stage.png"
        # the text came first, then the chart
        order = [c.method for c in fake_tg.calls if c.method in ("sendMessage", "sendPhoto")]
        assert order[-2:] == ["sendMessage", "sendPhoto"]
    finally:
        await service.stop()


# -- console --------------------------------------------------------------------------------
def test_console_run_saves_the_chart_and_prints_its_path(
    bot: Bot, ws_id: int, tmp_path: Path
) -> None:
    out = io.StringIO()
    charts = tmp_path / "charts"
    console = ConsoleAdapter(bot, ws_id, "ana", "Europe/Madrid", out=out, charts_dir=charts)
    console.run(["deal add Acme renewal 12k EUR stage=closing", "pipeline", "quit"], False)
    printed = out.getvalue()
    assert "Pipeline" in printed
    match = re.search(r"\(chart saved to (.+?)\)", printed)
    assert match, printed
    path = Path(match.group(1))
    assert path == charts / "pipeline-stage.png"
    assert path.read_bytes().startswith(PNG)
    assert list(charts.iterdir()) == [path]
