"""Recurring reminders: local wall-clock arithmetic, DST, and the series after delivery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from scheduler_helpers import FakeNotifier, add_reminder, all_rows, dispatcher, user

from scheduler.hours import in_working_hours, next_working_moment
from storage.recurrence import next_occurrence

MADRID = ZoneInfo("Europe/Madrid")


def test_daily_stays_at_nine_local_across_spring_forward() -> None:
    due = datetime(2027, 3, 27, 9, 0, tzinfo=MADRID)  # CET, 08:00 UTC
    nxt = next_occurrence(due, "daily", "Europe/Madrid", due)
    assert nxt.astimezone(MADRID).replace(tzinfo=None) == datetime(2027, 3, 28, 9, 0)
    assert nxt == datetime(2027, 3, 28, 7, 0, tzinfo=UTC)  # CEST now: one hour less in UTC
    assert nxt - due == timedelta(hours=23)


def test_daily_stays_at_nine_local_across_fall_back() -> None:
    due = datetime(2027, 10, 30, 9, 0, tzinfo=MADRID)
    nxt = next_occurrence(due, "daily", "Europe/Madrid", due)
    assert nxt.astimezone(MADRID).hour == 9 and nxt - due == timedelta(hours=25)


def test_weekly_monthly_yearly() -> None:
    thu = datetime(2026, 11, 26, 9, 0, tzinfo=MADRID)
    assert next_occurrence(thu, "weekly:TH", "Europe/Madrid", thu).astimezone(MADRID).date() == (
        datetime(2026, 12, 3).date()
    )
    mo_fr = next_occurrence(thu, "weekly:MO,FR", "Europe/Madrid", thu).astimezone(MADRID)
    assert mo_fr.date() == datetime(2026, 11, 27).date() and mo_fr.hour == 9
    jan31 = datetime(2027, 1, 31, 9, 0, tzinfo=MADRID)
    feb = next_occurrence(jan31, "monthly", "Europe/Madrid", jan31).astimezone(MADRID)
    assert feb.date() == datetime(2027, 2, 28).date()
    leap = datetime(2028, 2, 29, 9, 0, tzinfo=MADRID)
    assert next_occurrence(leap, "yearly", "Europe/Madrid", leap).astimezone(MADRID).date() == (
        datetime(2029, 2, 28).date()
    )


def test_missed_occurrences_are_skipped_not_replayed() -> None:
    due = datetime(2026, 11, 1, 9, 0, tzinfo=MADRID)
    now = datetime(2026, 11, 26, 12, 0, tzinfo=MADRID)
    nxt = next_occurrence(due, "daily", "Europe/Madrid", now)
    assert nxt.astimezone(MADRID) == datetime(2026, 11, 27, 9, 0, tzinfo=MADRID)


def test_working_hours() -> None:
    wh = {"start": "08:00", "end": "19:00", "days": [0, 1, 2, 3, 4]}
    fri_eve = datetime(2026, 11, 27, 20, 0, tzinfo=MADRID)
    assert not in_working_hours(fri_eve, wh, "Europe/Madrid")
    mon = next_working_moment(fri_eve, wh, "Europe/Madrid").astimezone(MADRID)
    assert (mon.weekday(), mon.hour, mon.minute) == (0, 8, 0)
    tue_noon = datetime(2026, 11, 24, 12, 0, tzinfo=MADRID)
    assert next_working_moment(tue_noon, wh, "Europe/Madrid") == tue_noon.astimezone(UTC)


async def test_recurring_reminder_continues_as_a_new_row_across_dst(sessions, ws_id, clock) -> None:
    ana = user(sessions, ws_id)
    clock.now = datetime(2027, 3, 26, 12, 0, tzinfo=UTC)
    first = datetime(2027, 3, 27, 9, 0, tzinfo=MADRID).astimezone(UTC)
    add_reminder(sessions, ws_id, ana, first, "stand-up", now=clock.now, recurrence="daily")
    n = FakeNotifier()
    d = dispatcher(sessions, n, clock)
    local_times = []
    for _ in range(3):
        nxt = min(r.due_at for r in all_rows(sessions) if r.status == "pending")
        clock.now = nxt
        assert (await d.run_once()).delivered == 1
        local_times.append(nxt.astimezone(MADRID).strftime("%m-%d %H:%M"))
    assert local_times == ["03-27 09:00", "03-28 09:00", "03-29 09:00"]
    rows = all_rows(sessions)
    assert [r.status for r in rows] == ["sent", "sent", "sent", "pending"]
    assert [r.recurrence for r in rows] == [None, None, None, "daily"]
    assert "↻ daily" in n.sent[0][1].text


async def test_done_on_an_occurrence_keeps_the_series(sessions, ws_id, clock, console) -> None:
    ana = user(sessions, ws_id)
    rid = add_reminder(sessions, ws_id, ana, clock.now, "weekly report", now=clock.now,
                       recurrence="weekly:TH")  # fmt: skip
    n = FakeNotifier()
    await dispatcher(sessions, n, clock).run_once()
    console.say(f"reminders done {rid}")
    rows = all_rows(sessions)
    assert [r.status for r in rows] == ["done", "pending"]
    assert rows[1].due_at == clock.now + timedelta(days=7)
