"""Reminders to Telegram: the scheduler's Notifier, with Telegram's errors classified.

Retry later: 429 (``RetryAfter``, after the rate limiter's own retries), 5xx and network
errors (PTB raises ``NetworkError``/``TimedOut``). Give up: the user blocked the bot,
the chat is gone, the user is deactivated (``Forbidden``/``BadRequest``); a bad request
never succeeds by trying again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.telegram.ratelimit import retry_seconds
from handlers.types import Reply
from scheduler.delivery import PermanentError, Target, TransientError

if TYPE_CHECKING:
    from bot.telegram.adapter import TelegramAdapter


class TelegramNotifier:
    platform = "telegram"

    def __init__(self, adapter: TelegramAdapter, *, standalone: bool = False) -> None:
        self.adapter = adapter
        # Alone (``crmbot scheduler``) nobody starts the Application: initialise the bot
        # (and its rate limiter) on first use; a second call is a no-op.
        self.standalone = standalone

    async def send(self, target: Target, reply: Reply) -> None:
        if self.standalone:
            await self.adapter.application.bot.initialize()
        # A private chat's id is the user's id, so a DM target needs no lookup.
        try:
            await self.adapter.send_reply(target.chat_id, target.workspace_id, reply)
        except RetryAfter as exc:
            raise TransientError(f"telegram flood limit: {exc}", retry_seconds(exc)) from exc
        except Forbidden as exc:  # "bot was blocked by the user", "user is deactivated"
            raise PermanentError(f"telegram: {exc.message}") from exc
        except BadRequest as exc:  # "chat not found", malformed message: retrying won't help
            raise PermanentError(f"telegram: {exc.message}") from exc
        except NetworkError as exc:  # 5xx, timeouts, connection errors
            raise TransientError(f"telegram: {exc.message}") from exc
        except TelegramError as exc:
            raise TransientError(f"telegram: {exc.message}") from exc
