"""Telegram's flood limits: PTB's AIORateLimiter plus the per-chat pace it lacks.

AIORateLimiter covers about 30 messages/s overall and 20/min per group, and with
``max_retries`` it waits out a 429's ``retry_after`` (pausing every request) and tries
again. It has no limit for one private chat ("avoid sending more than one message per
second"), so we pace each chat here; a 429 that survives the retries pushes that
chat's next send back by ``retry_after`` as well.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

# Methods that post a message into a chat (answerCallbackQuery has no chat_id).
PACED = frozenset(
    {"sendMessage", "editMessageText", "sendPhoto", "sendDocument", "editMessageReplyMarkup"}
)


class PacedRateLimiter(AIORateLimiter):
    def __init__(self, *, per_chat_interval: float = 1.0, **kwargs: Any) -> None:
        kwargs.setdefault("max_retries", 3)
        super().__init__(**kwargs)
        self._interval = per_chat_interval
        self._next: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def _pace(self, chat: str) -> None:
        lock = self._locks.setdefault(chat, asyncio.Lock())
        async with lock:
            now = time.monotonic()
            wait = self._next.get(chat, 0.0) - now
            if wait > 0:
                await asyncio.sleep(wait)
                now = time.monotonic()
            self._next[chat] = now + self._interval
        if len(self._next) > 10_000:  # forget chats that are long idle
            cutoff = time.monotonic()
            for key in [k for k, t in self._next.items() if t < cutoff]:
                self._next.pop(key, None)
                lock_ = self._locks.get(key)
                if lock_ is not None and not lock_.locked():
                    self._locks.pop(key, None)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat = data.get("chat_id")
        paced = chat is not None and endpoint in PACED and self._interval > 0
        if paced:
            await self._pace(str(chat))
        try:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        except RetryAfter as exc:
            if chat is not None:
                self._next[str(chat)] = time.monotonic() + retry_seconds(exc)
            raise


def retry_seconds(exc: RetryAfter) -> float:
    """``retry_after`` in seconds (PTB 22 returns an int or a timedelta, per its settings)."""
    # The private timedelta avoids PTB 22's deprecation warning on the public int.
    value: Any = getattr(exc, "_retry_after", None) or exc.retry_after
    return float(value.total_seconds()) if hasattr(value, "total_seconds") else float(value)
