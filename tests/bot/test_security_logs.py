"""Issue 12, items 1 and 9: no secret and no message content in the logs, at any level.

The bots run for real (PTB against the fake Bot API, bolt behind aiohttp against the
fake Slack) while every record of every logger is captured at DEBUG.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from log_scan import SECRETS, Capture, capture_all_logs, leaks  # noqa: F401 (fixture)
from slack_fake import FakeSlack
from slack_harness import Harness, fake_slack_server  # noqa: F401 (fixture)
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from telegram_fakeapi import TOKEN, FakeBotAPI, text_update

from bot import logsafe
from bot.app import App
from bot.config import Config
from bot.telegram.service import SECRET_HEADER, WEBHOOK_PATH, TelegramService, build_notifier
from bot.telegram.settings import TelegramSettings
from handlers.core import Bot
from handlers.types import Reply
from scheduler.delivery import Target
from storage.db import make_engine, transaction
from storage.members import create_invite
from storage.models import Workspace

pytestmark = pytest.mark.slow

WEBHOOK_SECRET = "s3cret_token-1"
ANA = 1001
PRIVATE_WORDS = "Maria's divorce settlement is 2.4M"


@pytest.fixture
async def fake_tg() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI()
    await api.start()
    yield api
    await api.stop()


def _config(fake: FakeBotAPI, **env: str) -> Config:
    return Config(env={"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.base_url, **env})


async def _telegram(
    fake: FakeBotAPI, engine: Any, sessions: Any, bot: Bot, **env: str
) -> TelegramService:
    config = _config(fake, **env)
    settings = TelegramSettings.from_env(config)
    assert settings is not None
    settings.per_chat_interval = 0
    settings.poll_timeout = 1
    service = TelegramService(App(config, engine, sessions, bot), settings)
    await service.start()
    return service


def _invite(sessions: sessionmaker[Session], ws_id: int) -> str:
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        return create_invite(s, ws, "admin").code


async def _chat(fake: FakeBotAPI, sessions: Any, ws_id: int) -> None:
    """A short session: join, a contact, a reminder (polling)."""
    texts = [f"/start {_invite(sessions, ws_id)}", "/contact add Maria Lopez", "/reminders"]
    for i, line in enumerate(texts, start=1):
        fake.push(text_update(line, from_id=ANA))
        await fake.wait_for("sendMessage", i)


# ---- item 1: the Telegram token --------------------------------------------------------------


async def test_item1_telegram_token_is_never_logged(
    fake_tg: FakeBotAPI,
    engine: Any,
    sessions: sessionmaker[Session],
    bot: Bot,
    ws_id: int,
    log_capture: Capture,
) -> None:
    """`crmbot run --telegram` (polling) and `crmbot scheduler`'s notifier, at DEBUG."""
    service = await _telegram(fake_tg, engine, sessions, bot)
    try:
        await _chat(fake_tg, sessions, ws_id)
    finally:
        await service.stop()
    notifier = build_notifier(App(_config(fake_tg), engine, sessions, bot))
    assert notifier is not None
    await notifier.send(Target("telegram", str(ANA), ws_id), Reply.say("⏰ call Maria"))
    assert len(log_capture.lines) > 20  # the capture really saw the bot's DEBUG chatter
    assert leaks(log_capture.lines, (TOKEN,)) == []


async def test_item1_redaction_holds_even_with_httpx_at_debug(
    fake_tg: FakeBotAPI,
    engine: Any,
    sessions: sessionmaker[Session],
    bot: Bot,
    ws_id: int,
    log_capture: Capture,
) -> None:
    """An operator who turns httpx back up still never sees the token: it is redacted."""
    service = await _telegram(fake_tg, engine, sessions, bot)
    quiet = {name: logging.getLogger(name).level for name in logsafe.QUIET}
    try:
        for name in logsafe.QUIET:
            logging.getLogger(name).setLevel(logging.DEBUG)
        await _chat(fake_tg, sessions, ws_id)
    finally:
        for name, level in quiet.items():
            logging.getLogger(name).setLevel(level)
        await service.stop()
    urls = [line for line in log_capture.lines if "HTTP Request" in line]
    assert urls and all(logsafe.REDACTED in line for line in urls)
    assert leaks(log_capture.lines, (TOKEN,)) == []


def test_item1_known_secrets_and_token_shapes_are_redacted() -> None:
    logsafe.protect(["hunter2-signing-secret"])
    log = logging.getLogger("crmbot.test")
    record = log.makeRecord(
        log.name,
        logging.ERROR,
        __file__,
        1,
        "pw=%s slack=%s tg=%s",
        ("hunter2-signing-secret", "xoxb-1234-5678-abcdefgh", "987654:" + "A" * 35),
        None,
    )
    assert record.getMessage() == "pw=[redacted] slack=[redacted] tg=[redacted]"


async def test_item1_slack_secrets_never_logged_through_oauth_install(
    engine: Any, sessions: Any, bot: Bot, fake: FakeSlack, log_capture: Capture
) -> None:
    """OAuth install (client secret, a new bot token in the answer) and signed requests."""
    from test_slack_oauth_notifier import install

    fake.oauth_team = ("TAAA", "Team A")
    h = await Harness.start(
        (engine, sessions, bot),
        fake,
        SLACK_CLIENT_ID="111.222",
        SLACK_CLIENT_SECRET="oauth-client-secret",
        SLACK_STATE_SECRET="state-secret",
    )
    try:
        assert await install(h, "TAAA", "Team A", "UADMIN") == 200
        await h.command("contact add Maria Lopez", team="TAAA", user="UADMIN")
        await fake.wait_for("response_url")
    finally:
        await h.stop()
    assert leaks(log_capture.lines, SECRETS) == []


# ---- item 9: message content --------------------------------------------------------------


@pytest.fixture
async def hook(
    fake_tg: FakeBotAPI, engine: Any, sessions: Any, bot: Bot
) -> AsyncIterator[tuple[TelegramService, TestClient]]:
    service = await _telegram(
        fake_tg,
        engine,
        sessions,
        bot,
        TELEGRAM_WEBHOOK_URL="https://crm.example.com/telegram/webhook",
        TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    web_app = web.Application()
    web_app.add_routes(service.routes())
    client = TestClient(TestServer(web_app))
    await client.start_server()
    yield service, client
    await client.close()
    await service.stop()


async def test_item9_unparsable_update_logs_kind_and_size_not_content(
    hook: tuple[TelegramService, TestClient], log_capture: Capture
) -> None:
    _service, client = hook
    update = text_update(PRIVATE_WORDS, from_id=ANA)
    update["message"]["from"] = {"id": ANA, "first_name": "Ana"}  # no is_bot: unparsable
    resp = await client.post(WEBHOOK_PATH, json=update, headers={SECRET_HEADER: WEBHOOK_SECRET})
    assert resp.status == 200
    notes = [line for line in log_capture.lines if "cannot parse" in line]
    assert notes, log_capture.lines[-5:]
    assert "message" in notes[0] and "bytes" in notes[0]
    assert leaks(log_capture.lines, ("divorce", WEBHOOK_SECRET)) == []


def test_item9_polling_skips_an_unparsable_update_without_its_content(
    log_capture: Capture,
) -> None:
    from bot.telegram.request import sanitize_updates

    bad = text_update(PRIVATE_WORDS, from_id=ANA)
    bad["message"]["from"] = {"id": ANA, "first_name": "Ana"}
    clean, skipped = sanitize_updates({"ok": True, "result": [bad]})
    assert skipped == 1 and clean["result"] == [{"update_id": bad["update_id"]}]
    assert any("cannot parse" in line for line in log_capture.lines)
    assert leaks(log_capture.lines, ("divorce",)) == []


async def test_item9_a_failing_update_is_logged_without_its_text(
    hook: tuple[TelegramService, TestClient],
    log_capture: Capture,
    sessions: Any,
    ws_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service, client = hook

    def boom(*_args: Any) -> Any:
        raise RuntimeError("core failed")

    monkeypatch.setattr(service.adapter, "handle_text", boom)
    update = text_update(PRIVATE_WORDS, from_id=ANA)
    await client.post(WEBHOOK_PATH, json=update, headers={SECRET_HEADER: WEBHOOK_SECRET})
    failed = [line for line in log_capture.lines if "update failed" in line]
    assert failed and "core failed" in failed[0]  # the error and its traceback stay
    assert leaks(log_capture.lines, ("divorce",)) == []


def test_item9_database_errors_never_carry_the_typed_values(engine: Any) -> None:
    """SQLAlchemy puts statement parameters (what users typed) into its error text."""
    eng = make_engine(str(engine.url.render_as_string(hide_password=False)))
    try:
        with pytest.raises(DBAPIError) as info, eng.connect() as conn:
            conn.execute(text("SELECT * FROM no_such_table WHERE x = :v"), {"v": PRIVATE_WORDS})
        assert "divorce" not in str(info.value)
    finally:
        eng.dispose()


def test_item1_a_crash_traceback_on_stderr_holds_no_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """PTB's InvalidToken repeats the token; an uncaught error must not print it."""
    from bot import cli

    token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)

    def rejected(ns: object, config: object) -> int:
        raise RuntimeError(f"The token `{token}` was rejected by the server.")

    monkeypatch.setitem(cli._RUNNERS, "db", rejected)
    assert cli.main(["db", "current"]) == 1
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "rejected by the server" in err
    assert token not in err and "AAHdqTcvCH1vGWJx" not in err
