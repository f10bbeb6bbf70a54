"""Issue 12, item 5 (Telegram): hostile webhook bodies get a 400, never a 500.

The webhook runs for real (PTB Application against the fake Bot API, the aiohttp route of
bot/telegram/service.py); the secret token is right, the body is not an update.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from log_scan import Capture, capture_all_logs  # noqa: F401 (fixture)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from telegram_fakeapi import TOKEN, FakeBotAPI, text_update

from bot.app import App
from bot.config import Config
from bot.telegram.service import SECRET_HEADER, WEBHOOK_PATH, TelegramService
from bot.telegram.settings import TelegramSettings
from handlers.core import Bot
from storage.db import transaction
from storage.members import create_invite
from storage.models import Contact, User, Workspace

pytestmark = pytest.mark.slow

SECRET = "s3cret_token-1"
HOSTILE = [
    ("nested 50,000 deep", b"[" * 50_000 + b"]" * 50_000),
    ("nested objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    ("null", b"null"),
    ("a list", b"[1, 2]"),
    ("a number", b"42"),
    ("invalid utf-8", b'{"update_id": 1, "x": "\xff\xfe"}'),
    ("truncated", b'{"update_id": 1, '),
]


@pytest.fixture
async def webhook(engine: Any, sessions: Any, bot: Bot, ws_id: int) -> AsyncIterator[TestClient]:
    fake = FakeBotAPI()
    await fake.start()
    config = Config(
        env={
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": fake.base_url,
            "TELEGRAM_WEBHOOK_URL": "https://crm.example.com/telegram/webhook",
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
        }
    )
    settings = TelegramSettings.from_env(config)
    assert settings is not None
    service = TelegramService(App(config, engine, sessions, bot), settings)
    await service.start()
    web_app = web.Application()
    web_app.add_routes(service.routes())
    client = TestClient(TestServer(web_app))
    await client.start_server()
    yield client
    await client.close()
    await service.stop()
    await fake.stop()


async def test_item5_telegram_hostile_bodies_get_400(
    webhook: TestClient, log_capture: Capture
) -> None:
    for label, body in HOSTILE:
        before = len(log_capture.lines)
        resp = await webhook.post(WEBHOOK_PATH, data=body, headers={SECRET_HEADER: SECRET})
        assert resp.status == 400, label
        new = log_capture.lines[before:]
        assert not [line for line in new if line.startswith("ERROR")], label
        assert "Traceback" not in "\n".join(new), label


async def test_item5_telegram_wrong_secret_is_refused_before_the_body_is_read(
    webhook: TestClient,
) -> None:
    resp = await webhook.post(WEBHOOK_PATH, data=HOSTILE[0][1], headers={SECRET_HEADER: "x"})
    assert resp.status == 403


async def test_item8_nul_bytes_from_telegram_are_stripped(
    webhook: TestClient, sessions: sessionmaker[Session], ws_id: int
) -> None:
    """A NUL in the text and in the sender's name (PostgreSQL refuses both in text)."""
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        code = create_invite(s, ws, "admin").code
    headers = {SECRET_HEADER: SECRET}
    for text in (f"/start {code}", "/contact add Ma\x00ria Lo\x00pez"):
        update = text_update(text, from_id=1001, first="A\x00na")
        resp = await webhook.post(WEBHOOK_PATH, json=update, headers=headers)
        assert resp.status == 200, text
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.name)).all() == ["Maria Lopez"]
        assert "\x00" not in (s.scalar(select(User.display_name)) or "")
