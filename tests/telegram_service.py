"""Fixtures for adapter tests: a fake Telegram Bot API and a real ``TelegramService`` polling it.

Shared by every test module that drives the Telegram adapter end to end (documents, capture,
chat imports); a module that needs other settings (admins, webhooks) defines its own ``tg``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker
from telegram_fakeapi import TOKEN, FakeBotAPI

from bot.app import App
from bot.config import Config
from bot.telegram.service import TelegramService
from bot.telegram.settings import TelegramSettings


@pytest.fixture
async def tgfake() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def tg(
    tgfake: FakeBotAPI, engine: Any, sessions: sessionmaker[Session], bot: Any, ws_id: int
) -> AsyncIterator[TelegramService]:
    """The service polling ``tgfake`` with no per-chat pacing and a short poll."""
    config = Config(env={"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": tgfake.base_url})
    settings = TelegramSettings.from_env(config)
    assert settings is not None
    settings.per_chat_interval = 0
    settings.poll_timeout = 1
    service = TelegramService(App(config, engine, sessions, bot), settings)
    await service.start()
    yield service
    await service.stop()
