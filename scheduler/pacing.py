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
import time
from collections import OrderedDict
from collections.abc import Callable
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


class Pacer:
    """Global and per-chat token buckets; ``wait(key, direct)`` sleeps for a slot.

    Reservations are taken in call order, so concurrent senders queue fairly; idle
    per-chat buckets are dropped so memory stays bounded by active chats.
    """

    def __init__(
        self,
        limits: Limits,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = asyncio.sleep,
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
        self.chats: OrderedDict[str, TokenBucket] = OrderedDict()
        self.paused_until = 0.0

    def _chat_bucket(self, key: str, direct: bool, now: float) -> TokenBucket | None:
        lim = self.limits
        rate, burst = lim.per_chat, lim.per_chat_burst
        if not direct and lim.per_group is not None:
            rate, burst = lim.per_group, lim.per_group_burst
        if rate is None:
            return None
        bucket = self.chats.get(key)
        if bucket is None:
            if len(self.chats) >= self.max_chats:
                self._prune(now)
            bucket = self.chats[key] = TokenBucket(rate, burst, now)
        else:
            self.chats.move_to_end(key)
        return bucket

    def _prune(self, now: float) -> None:
        for k in [k for k, b in self.chats.items() if b.idle_full(now)]:
            del self.chats[k]
        while len(self.chats) >= self.max_chats:
            self.chats.popitem(last=False)

    def reserve(self, key: str, direct: bool = True) -> float:
        """Reserve a slot; the seconds the caller must wait before sending."""
        now = self.clock()
        bucket = self._chat_bucket(key, direct, now)
        buckets = [b for b in (bucket, self.overall) if b is not None]
        t = max(now, self.paused_until)
        # The first moment every bucket allows (a slot taken now but used later
        # would let delayed sends bunch up and break the limit).
        while True:
            t2 = t
            for b in buckets:
                t2 = b.earliest(t2)
            if t2 == t:
                break
            t = t2
        for b in buckets:
            b.commit(t)
        return t - now

    async def wait(self, key: str, direct: bool = True) -> None:
        delay = self.reserve(key, direct)
        if delay > 0:
            await self.sleep(delay)  # type: ignore[misc]

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self.clock() + seconds)


class PacedNotifier:
    """Wraps a platform notifier so every send waits for its slot first."""

    def __init__(self, inner: Notifier, pacer: Pacer) -> None:
        self.inner = inner
        self.pacer = pacer
        self.platform = inner.platform

    async def send(self, target: Target, reply: Reply) -> None:
        await self.pacer.wait(target.chat_id, target.direct)
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
