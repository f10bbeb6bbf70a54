"""Dispatch logic with a controlled clock: claim, send, settle, retry, lease takeover."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from scheduler_helpers import (
    FakeNotifier,
    add_reminder,
    all_rows,
    dispatcher,
    row,
    user,
)

from scheduler.delivery import PermanentError, TransientError
from scheduler.dispatcher import Dispatcher


async def test_due_reminder_delivered_once_with_buttons(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now + timedelta(minutes=5), now=clock.now)
    n = FakeNotifier()
    d = dispatcher(sessions, n, clock)

    assert (await d.run_once()).delivered == 0  # not due yet
    clock.advance(minutes=5)
    stats = await d.run_once()
    assert stats.delivered == 1 and stats.late == 0
    assert (await d.run_once()).delivered == 0  # never twice

    target, reply = n.sent[0]
    assert target.platform == "console" and target.chat_id == "ana" and target.direct
    assert "call Maria" in reply.text and "late" not in reply.text
    actions = [b.action for b in reply.buttons]
    assert actions[:4] == [
        f"reminders done {rid}",
        f"reminders snooze {rid} 1h",
        f"reminders snooze {rid} tomorrow",
        f"reminders snooze {rid} monday",
    ]
    r = row(sessions, rid)
    assert r.status == "sent" and r.sent_at == clock.now and r.claimed_by is None


async def test_open_button_for_linked_record(sessions, ws_id, clock, console) -> None:
    console.say("contact add Maria Lopez email=maria@example.com")
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now, now=clock.now, linked=("contact", 1))
    n = FakeNotifier()
    await dispatcher(sessions, n, clock).run_once()
    actions = [b.action for b in n.sent[0][1].buttons]
    assert "contact show #c1" in actions
    assert f"reminders done {rid}" in actions


async def test_done_and_snooze_buttons(sessions, ws_id, clock, console) -> None:
    ana = user(sessions, ws_id)
    r1 = add_reminder(sessions, ws_id, ana, clock.now, "first", now=clock.now)
    r2 = add_reminder(sessions, ws_id, ana, clock.now, "second", now=clock.now)
    n = FakeNotifier()
    d = dispatcher(sessions, n, clock)
    await d.run_once()
    assert len(n.sent) == 2

    # Pressing a button is typing its action.
    by_text = {reply.text.split("\n\n")[1]: reply for _, reply in n.sent}
    done = next(b.action for b in by_text["first"].buttons if b.label == "Done")
    assert "Done" in console.say(done)
    assert row(sessions, r1).status == "done"

    snooze = next(b.action for b in by_text["second"].buttons if b.label == "Snooze 1h")
    assert "Snoozed" in console.say(snooze)
    assert row(sessions, r2).status == "snoozed"

    clock.advance(minutes=59)
    assert (await d.run_once()).delivered == 0
    clock.advance(minutes=2)
    assert (await d.run_once()).delivered == 1
    assert n.sent[-1][1].text.split("\n\n")[1] == "second"
    assert row(sessions, r2).status == "sent"


async def test_restart_with_overdue_delivers_late_and_says_so(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    # Due 08:00 Madrid (07:00 UTC); the bot comes back at 08:41 Madrid.
    due = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    rid = add_reminder(sessions, ws_id, ana, due, "send the offer", now=clock.now)
    clock.now = datetime(2026, 11, 27, 7, 41, tzinfo=UTC)
    n = FakeNotifier()
    stats = await dispatcher(sessions, n, clock).run_once()
    assert stats.delivered == 1 and stats.late == 1
    assert "due 08:00, delivered 08:41" in n.sent[0][1].text
    assert row(sessions, rid).status == "sent"


async def test_crash_after_claim_is_taken_over_after_the_lease(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now, now=clock.now)
    crashed = Dispatcher(sessions, {}, clock=clock, worker="crashed", lease=timedelta(minutes=2))
    claimed = crashed.claim(clock.now)  # ...and the process dies before sending
    assert [c.id for c in claimed] == [rid]

    n = FakeNotifier()
    other = dispatcher(sessions, n, clock, worker="other", lease=timedelta(minutes=2))
    assert (await other.run_once()).delivered == 0  # lease still held
    clock.advance(minutes=1)
    assert (await other.run_once()).delivered == 0
    clock.advance(minutes=1, seconds=1)
    assert (await other.run_once()).delivered == 1
    assert (await other.run_once()).delivered == 0
    assert len(n.sent) == 1
    # The crashed worker (if it were only slow) can no longer settle the row.
    from storage import reminder_queue as q
    from storage.db import transaction

    with transaction(sessions) as s:
        assert not q.mark_sent(s, claimed[0], "crashed", clock.now, None)
    assert row(sessions, rid).status == "sent"


async def test_transient_failure_is_retried_with_backoff(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now, now=clock.now)
    n = FakeNotifier(fail=[TransientError("HTTP 503"), TransientError("429", retry_after=30)])
    d = dispatcher(sessions, n, clock)
    assert (await d.run_once()).retried == 1
    r = row(sessions, rid)
    assert r.status == "pending" and r.attempts == 1 and "503" in (r.fail_reason or "")
    assert (await d.run_once()).retried == 0  # waiting for the backoff
    clock.advance(seconds=20)  # base 15 s, +-20 % jitter
    assert (await d.run_once()).retried == 1  # the 429
    clock.advance(seconds=29)
    assert (await d.run_once()).delivered == 0  # Retry-After is honoured
    clock.advance(seconds=2)
    assert (await d.run_once()).delivered == 1
    r = row(sessions, rid)
    assert r.status == "sent" and r.attempts == 2 and r.fail_reason is None
    assert len(n.sent) == 1


async def test_transient_failures_give_up_after_max_attempts(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now, now=clock.now)
    n = FakeNotifier(fail=[TransientError("timeout")] * 3)
    d = dispatcher(sessions, n, clock, max_attempts=3)
    for _ in range(3):
        await d.run_once()
        clock.advance(hours=1)
    r = row(sessions, rid)
    assert r.status == "failed" and "gave up after 3 attempts" in (r.fail_reason or "")


async def test_permanent_failure_marks_failed_visible_in_reminders(
    sessions, ws_id, clock, console
) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now, "call Bob", now=clock.now)
    n = FakeNotifier(fail=[PermanentError("bot was blocked by the user")])
    d = dispatcher(sessions, n, clock)
    assert (await d.run_once()).failed == 1
    clock.advance(hours=2)
    assert (await d.run_once()).failed == 0  # not retried
    r = row(sessions, rid)
    assert r.status == "failed" and r.fail_reason == "bot was blocked by the user"
    out = console.say("reminders")
    assert "Failed" in out and "bot was blocked by the user" in out


async def test_channel_reminder_goes_to_the_channel(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    add_reminder(sessions, ws_id, ana, clock.now, "pipeline review", now=clock.now,
                 channel="console:#sales")  # fmt: skip
    n = FakeNotifier()
    await dispatcher(sessions, n, clock).run_once()
    target = n.sent[0][0]
    assert target.chat_id == "#sales" and not target.direct


async def test_dm_prefers_a_platform_with_a_notifier(sessions, ws_id, clock) -> None:
    from storage.db import transaction
    from storage.models import Identity

    ana = user(sessions, ws_id)
    with transaction(sessions) as s:
        s.add(Identity(workspace_id=ws_id, user_id=ana, platform="telegram", platform_user_id="77"))
    add_reminder(sessions, ws_id, ana, clock.now, now=clock.now)
    tg = FakeNotifier(platform="telegram")
    await Dispatcher(sessions, {"telegram": tg}, clock=clock).run_once()
    assert tg.sent[0][0].chat_id == "77" and tg.sent[0][0].platform == "telegram"


async def test_no_route_is_a_permanent_failure(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now, now=clock.now)
    tg = FakeNotifier(platform="telegram")
    stats = await Dispatcher(sessions, {"telegram": tg}, clock=clock).run_once()
    assert stats.failed == 1
    assert "no account on a connected platform" in (row(sessions, rid).fail_reason or "")


async def test_many_due_drain_in_batches(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    for i in range(25):
        add_reminder(sessions, ws_id, ana, clock.now - timedelta(seconds=i), f"r{i}",
                     now=clock.now)  # fmt: skip
    n = FakeNotifier()
    stats = await dispatcher(sessions, n, clock, batch=7).run_once()
    assert stats.delivered == 25 and len(n.sent) == 25
    assert {r.status for r in all_rows(sessions)} == {"sent"}


async def test_shutdown_mid_batch_releases_unsent_rows(sessions, ws_id, clock) -> None:
    import asyncio

    ana = user(sessions, ws_id)
    for i in range(5):
        add_reminder(sessions, ws_id, ana, clock.now, f"r{i}", now=clock.now)
    sending = asyncio.Event()

    class Slow(FakeNotifier):
        async def send(self, target, reply) -> None:  # type: ignore[no-untyped-def]
            sending.set()
            await asyncio.sleep(10)

    d = dispatcher(sessions, Slow(), clock, concurrency=1)
    task = asyncio.create_task(d.run_once())
    await asyncio.wait_for(sending.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    statuses = sorted(r.status for r in all_rows(sessions))
    # The one being sent keeps its lease (it may have gone out); the rest are back.
    assert statuses == ["claimed", "pending", "pending", "pending", "pending"]


@pytest.mark.parametrize("step", ["claim", "_prepare"])
async def test_shutdown_while_claiming_gives_the_rows_back(sessions, ws_id, clock, step) -> None:
    """A cancel that lands while the claim (or the preparation) runs in its thread.

    The thread still commits its claim; the rows must come back at once, not after
    the lease (this is what a slow CI machine once caught).
    """
    import asyncio
    import threading

    ana = user(sessions, ws_id)
    for i in range(3):
        add_reminder(sessions, ws_id, ana, clock.now, f"r{i}", now=clock.now)
    d = dispatcher(sessions, FakeNotifier(), clock)
    inside, go_on = threading.Event(), threading.Event()
    real = getattr(d, step)

    def held_up(*args):  # type: ignore[no-untyped-def]
        result = real(*args)
        inside.set()
        go_on.wait(10)
        return result

    setattr(d, step, held_up)
    task = asyncio.create_task(d.run_once())
    assert await asyncio.to_thread(inside.wait, 10)
    task.cancel()
    await asyncio.sleep(0.05)
    go_on.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert {r.status for r in all_rows(sessions)} == {"pending"}
    assert {r.claimed_by for r in all_rows(sessions)} == {None}
