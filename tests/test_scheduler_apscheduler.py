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
        assert row(sessions, rid).status == "sent"
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


def test_pacer_spaces_sends_per_chat_and_overall() -> None:
    t = [0.0]
    pacer = Pacer(
        Limits(overall=10, overall_burst=1, per_chat=1, per_chat_burst=1), clock=lambda: t[0]
    )
    # Three messages to one chat: one per second.
    assert [pacer.reserve("a") for _ in range(3)] == [0.0, 1.0, 2.0]
    # Other chats are limited by the overall rate only (10/s after the 3 reserved above).
    waits = [pacer.reserve(f"c{i}") for i in range(5)]
    assert waits == sorted(waits) and all(b - a >= 0.1 - 1e-9 for a, b in itertools.pairwise(waits))
    pacer.pause(5)
    assert pacer.reserve("z") >= 5


def test_pacer_group_limit() -> None:
    t = [0.0]
    pacer = Pacer(Limits(per_chat=1, per_group=20 / 60, per_group_burst=1), clock=lambda: t[0])
    assert pacer.reserve("g", direct=False) == 0
    assert abs(pacer.reserve("g", direct=False) - 3.0) < 1e-9
