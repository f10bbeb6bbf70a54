"""Telegram's settings, from the environment (through bot.config.Config)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.errors import UserError

if TYPE_CHECKING:
    from bot.config import Config

DEFAULT_API = "https://api.telegram.org/bot"


@dataclass
class TelegramSettings:
    token: str
    base_url: str = DEFAULT_API
    base_file_url: str | None = None  # None: derived from base_url (.../bot -> .../file/bot)
    webhook_url: str | None = None
    webhook_secret: str | None = None
    admin_ids: frozenset[str] = frozenset()
    username: str | None = None
    default_workspace: str = "default"
    per_chat_interval: float = 1.0
    overall_max_rate: float = 30
    group_max_rate: float = 20
    max_retries: int = 3
    poll_timeout: int = 30
    connect_timeout: float = 10.0
    read_timeout: float = 15.0

    @classmethod
    def from_env(cls, config: Config) -> TelegramSettings | None:
        """From the app's settings; None without TELEGRAM_BOT_TOKEN."""
        s = config.settings
        token = s.telegram_bot_token
        if not token:
            return None
        webhook_url = s.telegram_webhook_url
        secret = s.telegram_webhook_secret
        if webhook_url and not secret:
            raise UserError(
                "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: set a secret "
                "(1-256 characters of A-Z a-z 0-9 _ -) so forged webhook calls are rejected"
            )
        return cls(
            token=token,
            base_url=s.telegram_api_url,
            base_file_url=s.telegram_file_url,
            webhook_url=webhook_url,
            webhook_secret=secret,
            admin_ids=s.telegram_admin_ids,
            username=s.telegram_bot_username,
        )
