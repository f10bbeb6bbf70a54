"""Telegram's settings, from the environment (through bot.config.Config)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.errors import UserError

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
    def from_env(cls, env: Any) -> TelegramSettings | None:
        """From a Config (``.get``); None without TELEGRAM_BOT_TOKEN."""
        token = env.get("TELEGRAM_BOT_TOKEN")
        if not token:
            return None
        admins = env.get("TELEGRAM_ADMIN_IDS") or ""
        webhook_url = env.get("TELEGRAM_WEBHOOK_URL")
        secret = env.get("TELEGRAM_WEBHOOK_SECRET")
        if webhook_url and not secret:
            raise UserError(
                "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: set a secret "
                "(1-256 characters of A-Z a-z 0-9 _ -) so forged webhook calls are rejected"
            )
        return cls(
            token=token,
            base_url=env.get("TELEGRAM_API_URL") or DEFAULT_API,
            base_file_url=env.get("TELEGRAM_FILE_URL") or None,
            webhook_url=webhook_url,
            webhook_secret=secret,
            admin_ids=frozenset(a.strip() for a in admins.split(",") if a.strip()),
            username=(env.get("TELEGRAM_BOT_USERNAME") or "").lstrip("@") or None,
        )
