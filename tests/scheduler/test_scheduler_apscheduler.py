"""The real APScheduler loop: wakes at the due second, re-plans for earlier reminders."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta

from scheduler_helpers import FakeNotifier, add_reminder, row, user

from scheduler.dispatcher import Dispatcher
from scheduler.loop import JOB_DEFAULTS, ReminderLoop
from scheduler.pacing import Limits, Pacer
from storage.types import utcnow


async def _wait_for(pred, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.05)):
        if pred():
            return True
        await asyncio.sleep(0.05)
    return pred()


def test_job_defaults_never_skip_late_runs() -> None:
    assert JOB_DEFAULTS["misfire_grace_time"] is None and JOB_DEFAULTS["coalesce"] is True


async def test_loop_fires_new_reminder_without_waiting_for_the_sweep(sessions, ws_id) -> None:
    ana = user(sessions, ws_id)
    n = FakeNotifier()
    # A 60 s sweep: only the precise wake-up can deliver within the test's few seconds.
    loop = ReminderLoop(Dispatcher(sessions, {"console": n}), sweep_seconds=60)
    await loop.start()
    try:
        await asyncio.sleep(0.2)
        later = add_reminder(sessions, ws_id, ana, utcnow() + timedelta(seconds=30), "later",
                             now=utcnow())  # fmt: skip
        await asyncio.sleep(0.2)
        rid = add_reminder(sessions, ws_id, ana, utcnow() + timedelta(seconds=1), "soon",
                           now=utcnow())  # fmt: skip
        assert await _wait_for(lambda: len(n.sent) == 1)
        assert n.sent[0][1].text.split("\n\n")[1] == "soon"
        # the notifier saw it before the settle commit: wait for that commit, not a race
        assert await _wait_for(lambda: row(sessions, rid).status == "sent")
        assert row(sessions, later).status == "pending"
        assert loop.planned is not None  # re-planned for the 30 s one
    finally:
        await loop.stop()


async def test_loop_delivers_overdue_at_start_marked_late(sessions, ws_id) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, utcnow() - timedelta(minutes=41), "while down",
                       now=utcnow())  # fmt: skip
    n = FakeNotifier()
    loop = ReminderLoop(Dispatcher(sessions, {"console": n}), sweep_seconds=60)
    await loop.start()
    try:
        assert await _wait_for(lambda: len(n.sent) == 1)
        assert "⏱ late: due" in n.sent[0][1].text
        assert row(sessions, rid).status == "sent"
    finally:
        await loop.stop()


async def test_sweep_catches_rows_written_by_another_process(sessions, ws_id) -> None:
    """No in-process hook fires for this row (as if another process wrote it)."""
    from storage import reminders as rem

    ana = user(sessions, ws_id)
    n = FakeNotifier()
    loop = ReminderLoop(Dispatcher(sessions, {"console": n}), sweep_seconds=0.5)
    await loop.start()
    hooks = list(rem._wake_hooks)
    rem._wake_hooks.clear()
    try:
        add_reminder(sessions, ws_id, ana, utcnow(), "from elsewhere", now=utcnow())
        assert await _wait_for(lambda: len(n.sent) == 1)
    finally:
        rem._wake_hooks.extend(hooks)
        await loop.stop()


class FakeTime:
    """A virtual clock: sleeping advances it (tasks interleave as with real time)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        target = self.now + seconds
        while self.now < target - 1e-9:
            await asyncio.sleep(0)
            # Advance to the earliest sleeper's deadline (here: this one's, in order).
            self.now = max(self.now, min(target, self.now + 0.001))


async def _send_times(pacer: Pacer, clock: FakeTime, keys: list[tuple[str, bool]]) -> dict:  # type: ignore[type-arg]
    out: dict[str, list[float]] = {}

    async def one(key: str, direct: bool) -> None:
        async with pacer.slot(key, direct):
            out.setdefault(key, []).append(round(clock.now, 2))

    await asyncio.gather(*(one(k, d) for k, d in keys))
    return out


async def test_pacer_spaces_sends_per_chat_and_overall() -> None:
    clock = FakeTime()
    limits = Limits(overall=10, overall_burst=1, per_chat=1, per_chat_burst=1)
    pacer = Pacer(limits, clock=clock, sleep=clock.sleep)
    keys = [("a", True)] * 3 + [(f"c{i}", True) for i in range(5)]
    times = await _send_times(pacer, clock, keys)
    assert times["a"] == [0.0, 1.0, 2.0]  # one per second in one chat
    others = sorted(t for k, v in times.items() if k != "a" for t in v)
    # Waiting chat "a" does not hold back the others: they go at the overall rate now.
    assert others[-1] < 1.0
    every = sorted(t for v in times.values() for t in v)
    assert all(b - a >= 0.1 - 1e-6 for a, b in itertools.pairwise(every))


async def test_pacer_group_limit_and_pause() -> None:
    clock = FakeTime()
    pacer = Pacer(Limits(per_chat=1, per_group=20 / 60, per_group_burst=1), clock, clock.sleep)
    times = await _send_times(pacer, clock, [("g", False)] * 2)
    assert times["g"] == [0.0, 3.0]  # 20 per minute in a group
    pacer.pause(5)
    times = await _send_times(pacer, clock, [("z", True)])
    assert times["z"][0] >= 8.0 - 1e-6
