"""`crmbot scheduler` alone: the adapters' send-only notifiers reach the platforms."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from slack_fake import FakeSlack
from telegram_fakeapi import TOKEN, FakeBotAPI

from bot.app import App
from bot.config import Config
from bot.slack.service import build_notifier as slack_notifier
from bot.telegram.service import build_notifier as telegram_notifier
from handlers.types import Reply
from scheduler.delivery import Target


@pytest.fixture
async def tg_api() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def slack_api() -> AsyncIterator[FakeSlack]:
    api = FakeSlack()
    await api.start()
    yield api
    await api.stop()


def _app(env: dict[str, str], sessions, bot) -> App:  # type: ignore[no-untyped-def]
    return App(Config(env=env), sessions.kw["bind"], sessions, bot)


async def test_no_credentials_no_notifier(sessions, bot) -> None:
    app = _app({}, sessions, bot)
    assert slack_notifier(app) is None and telegram_notifier(app) is None


async def test_telegram_notifier_sends_without_a_running_application(
    tg_api: FakeBotAPI, sessions, bot, ws_id
) -> None:
    app = _app({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": tg_api.base_url}, sessions, bot)
    notifier = telegram_notifier(app)
    assert notifier is not None
    await notifier.send(Target("telegram", "777", ws_id), Reply.say("⏰ call Maria"))
    sent = tg_api.sent(chat_id=777)
    assert len(sent) == 1 and "call Maria" in sent[0].params["text"]


async def test_slack_notifier_sends_without_the_bolt_app_running(
    slack_api: FakeSlack, sessions, bot, ws_id
) -> None:
    app = _app(
        {
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_SIGNING_SECRET": "s",
            "SLACK_API_URL": slack_api.api_url,
        },
        sessions,
        bot,
    )
    notifier = slack_notifier(app)
    assert notifier is not None
    await notifier.send(Target("slack", "C123", ws_id, direct=False), Reply.say("pipeline review"))
    posts = [c for c in slack_api.calls if c.method == "chat.postMessage"]
    assert posts and "pipeline review" in str(posts[-1].params)
