"""Pacing under platform limits: token buckets shared by every sender of a platform.

Slack allows about 1 message/s per channel (short bursts tolerated) plus a
workspace-wide cap; Telegram about 30 messages/s overall, 1/s per private chat and
20/min per group (PLATFORM_FACTS 1d, 2a). A burst of due reminders is spread to
stay under those limits instead of collecting 429s; when the platform still says
"retry after N s", the whole platform pauses for N s (Telegram may ban a bot that
keeps hammering).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from handlers.types import Reply
from scheduler.delivery import Notifier, Target, TransientError


class TokenBucket:
    """A token bucket in GCRA form: ``rate`` per second with bursts of ``burst``.

    It stores one number, the theoretical arrival time (``tat``), so it can answer
    "when is the earliest slot at or after t" without mutating, which lets the
    pacer find a moment that suits the per-chat *and* the overall bucket at once.
    """

    __slots__ = ("interval", "tat", "tolerance")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.interval = 1.0 / rate
        self.tolerance = max(0.0, burst - 1.0) * self.interval
        self.tat = now

    def earliest(self, t: float) -> float:
        return max(t, self.tat - self.tolerance)

    def commit(self, t: float) -> None:
        self.tat = max(self.tat, t) + self.interval

    def idle_full(self, now: float) -> bool:
        return self.tat <= now


@dataclass(frozen=True)
class Limits:
    """Rates in messages per second; None means no limit at that level."""

    overall: float | None = None
    overall_burst: float = 1.0
    per_chat: float | None = 1.0
    per_chat_burst: float = 1.0
    per_group: float | None = None  # non-direct targets, when stricter than per_chat
    per_group_burst: float = 1.0


SLACK = Limits(overall=None, per_chat=1.0, per_chat_burst=2.0)
TELEGRAM = Limits(
    overall=25.0, overall_burst=5.0, per_chat=1.0, per_group=20 / 60, per_group_burst=3.0
)
CONSOLE = Limits(overall=None, per_chat=None)
DEFAULT_LIMITS = {"slack": SLACK, "telegram": TELEGRAM, "console": CONSOLE}


class _Chat:
    __slots__ = ("bucket", "lock")

    def __init__(self, bucket: TokenBucket) -> None:
        self.bucket = bucket
        self.lock = asyncio.Lock()


class Pacer:
    """Per-chat and overall token buckets; ``async with pacer.slot(key, direct)`` paces a send.

    Each chat's sends go one at a time, in order (a per-chat lock held across the
    send). The overall slot is taken only once the chat's own slot has come, so a
    chat that must wait does not reserve overall capacity in the future that other,
    ready chats could use now (a single FIFO of reservations would leave such holes).
    Idle chats are dropped so memory stays bounded by active chats.
    """

    def __init__(
        self,
        limits: Limits,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        max_chats: int = 50_000,
    ) -> None:
        self.limits = limits
        self.clock = clock
        self.sleep = sleep
        self.max_chats = max_chats
        now = clock()
        self.overall = (
            TokenBucket(limits.overall, limits.overall_burst, now) if limits.overall else None
        )
        self.chats: OrderedDict[str, _Chat] = OrderedDict()
        self.paused_until = 0.0
        # The sends of the last second, as they actually went: the bucket plans slots 1/rate
        # apart, but tasks woken late by a busy event loop go out together, and a platform
        # counts what it receives in a second (PLATFORM_FACTS 30). Never more than the
        # bucket's own most in any second, however late the wake-ups.
        self.recent: deque[float] = deque()
        self.per_second = (
            max(1, int(limits.overall) + int(limits.overall_burst) - 1) if limits.overall else 0
        )

    def _chat(self, key: str, direct: bool) -> _Chat | None:
        lim = self.limits
        rate, burst = lim.per_chat, lim.per_chat_burst
        if not direct and lim.per_group is not None:
            rate, burst = lim.per_group, lim.per_group_burst
        if rate is None:
            return None
        chat = self.chats.get(key)
        if chat is None:
            if len(self.chats) >= self.max_chats:
                self._prune(self.clock())
            chat = self.chats[key] = _Chat(TokenBucket(rate, burst, self.clock()))
        else:
            self.chats.move_to_end(key)
        return chat

    def _prune(self, now: float) -> None:
        for k in [k for k, c in self.chats.items() if not c.lock.locked() and c.bucket.tat <= now]:
            del self.chats[k]

    async def _until(self, t: float) -> None:
        delay = t - self.clock()
        if delay > 0:
            await self.sleep(delay)

    async def _overall_slot(self) -> float:
        """Wait for (and take) an overall slot; honours a platform-wide pause."""
        while True:
            now = self.clock()
            if self.paused_until > now:
                await self._until(self.paused_until)
                continue
            if self.overall is None:
                return now
            t = self.overall.earliest(now)
            self.overall.commit(t)
            await self._until(t)
            while True:
                now = self.clock()
                while self.recent and self.recent[0] <= now - 1.0:
                    self.recent.popleft()
                if len(self.recent) < self.per_second:
                    break
                await self._until(self.recent[0] + 1.0)
            self.recent.append(now)
            return now

    @contextlib.asynccontextmanager
    async def slot(self, key: str, direct: bool = True) -> AsyncIterator[None]:
        chat = self._chat(key, direct)
        if chat is None:
            await self._overall_slot()
            yield
            return
        async with chat.lock:
            await self._until(chat.bucket.earliest(self.clock()))
            await self._overall_slot()
            chat.bucket.commit(self.clock())  # from the actual send, not the planned one
            try:
                yield
            finally:
                # The request may leave later than planned (a busy event loop, a slow
                # connection): count the chat's interval from when the send ended, so the
                # next send to this chat is never closer than that to the platform.
                chat.bucket.tat = max(chat.bucket.tat, self.clock() + chat.bucket.interval)

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self.clock() + seconds)


class PacedNotifier:
    """Wraps a platform notifier so every send waits for its slot first."""

    def __init__(self, inner: Notifier, pacer: Pacer) -> None:
        self.inner = inner
        self.pacer = pacer
        self.platform = inner.platform

    async def send(self, target: Target, reply: Reply) -> None:
        async with self.pacer.slot(target.chat_id, target.direct):
            try:
                await self.inner.send(target, reply)
            except TransientError as exc:
                if exc.retry_after:
                    self.pacer.pause(exc.retry_after)
                raise


def paced(notifier: Notifier, limits: Limits | None = None) -> Notifier:
    """The notifier behind its platform's pacer (known platforms get known limits)."""
    if isinstance(notifier, PacedNotifier):
        return notifier
    lim = limits or DEFAULT_LIMITS.get(notifier.platform, Limits())
    return PacedNotifier(notifier, Pacer(lim))
