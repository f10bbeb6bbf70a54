"""The SLA clock in working hours, with a frozen clock: nights, weekends, the Europe/Madrid
DST change of 2027-03-28; and the warning and escalation through the reminder loop."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.models import Reminder
from storage.models_cases import Case
from storage.sla_clock import add_working_minutes, working_minutes_between
from tests.scheduler_helpers import FakeNotifier, dispatcher

MAD = "Europe/Madrid"
WH = {"start": "08:00", "end": "19:00", "days": [0, 1, 2, 3, 4]}


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(MAD)).astimezone(UTC)  # type: ignore[misc]


def test_inside_one_day() -> None:
    assert add_working_minutes(local(2026, 11, 24, 9, 0), 60, WH, MAD) == local(2026, 11, 24, 10)


def test_overnight() -> None:
    # Tue 18:00 + 4 working hours: 1 h on Tuesday, 3 h on Wednesday morning.
    due = add_working_minutes(local(2026, 11, 24, 18, 0), 240, WH, MAD)
    assert due == local(2026, 11, 25, 11, 0)


def test_over_the_weekend() -> None:
    # Fri 17:00 + 8 working hours: 2 h on Friday, 6 h on Monday.
    due = add_working_minutes(local(2026, 11, 27, 17, 0), 480, WH, MAD)
    assert due == local(2026, 11, 30, 14, 0)


def test_started_at_night_or_on_a_weekend_counts_from_the_next_opening() -> None:
    assert add_working_minutes(local(2026, 11, 30, 6, 0), 30, WH, MAD) == local(2026, 11, 30, 8, 30)
    assert add_working_minutes(local(2026, 11, 28, 12, 0), 60, WH, MAD) == local(2026, 11, 30, 9)


def test_a_target_ending_at_closing_time_ends_then() -> None:
    assert add_working_minutes(local(2026, 11, 30, 18, 0), 60, WH, MAD) == local(2026, 11, 30, 19)


def test_across_the_dst_change() -> None:
    # Madrid goes from UTC+1 to UTC+2 on Sunday 2027-03-28. Friday 18:30 + 1 working hour
    # is Monday 08:30 local: 06:30 UTC (on Friday 08:30 was 07:30 UTC).
    due = add_working_minutes(local(2027, 3, 26, 18, 30), 60, WH, MAD)
    assert due == local(2027, 3, 29, 8, 30)
    assert due == datetime(2027, 3, 29, 6, 30, tzinfo=UTC)
    assert working_minutes_between(local(2027, 3, 26, 18, 30), due, WH, MAD) == 60


def test_the_dst_day_itself_counts_real_time() -> None:
    # A 7-day window 01:00-04:00: on the night the clocks jump 02:00 -> 03:00 it holds
    # two real hours, not three.
    wh = {"start": "01:00", "end": "04:00", "days": [0, 1, 2, 3, 4, 5, 6]}
    day = local(2027, 3, 28, 0, 0)
    assert working_minutes_between(day, local(2027, 3, 28, 23, 0), wh, MAD) == 120
    assert add_working_minutes(day, 150, wh, MAD) == local(2027, 3, 29, 1, 30)


def test_working_minutes_between_skips_nights_and_weekends() -> None:
    a, b = local(2026, 11, 27, 18, 0), local(2026, 11, 30, 9, 0)
    assert working_minutes_between(a, b, WH, MAD) == 120
    assert working_minutes_between(b, a, WH, MAD) == 0


def test_admin_sets_targets_in_working_time(
    console: ConsoleAdapter, console_bob: ConsoleAdapter
) -> None:
    out = console.say("settings sla")
    assert "P1: first response 1h, resolution 8h" in out
    out = console.say("settings sla p1 response=30m resolution=1d")
    assert "P1: first response 30m, resolution 11h" in out  # a day is 08:00-19:00 here
    assert "warn=" in console.say("settings sla warn=150")
    out = console.say("settings sla warn=80")
    assert "warning at 80%" in out
    assert "not a duration" in console.say("settings sla p2 response=soon")
    console_bob.say("me")
    assert "admin" in console_bob.say("settings sla p1 response=1m").lower()


def _team(console: ConsoleAdapter, bot, ws_id) -> ConsoleAdapter:  # type: ignore[no-untyped-def]
    console.say("me")
    sam = ConsoleAdapter(bot, ws_id, "sam", MAD)
    mia = ConsoleAdapter(bot, ws_id, "mia", MAD)
    sam.say("me")
    mia.say("me")
    console.say("settings role sam support")
    console.say("team add Support manager=mia")
    console.say("team assign sam to Support")
    console.say("account add Acme")
    return sam


def test_card_shows_due_times_across_the_weekend_and_dst(
    console: ConsoleAdapter, clock, sessions
) -> None:  # type: ignore[no-untyped-def]
    clock.now = local(2027, 3, 26, 18, 30)
    console.say("account add Acme")
    out = console.say("case new Acme: invoices export fails p1")
    assert "first response: due Mon 29 Mar 08:30" in out
    with sessions() as s:
        c = s.scalars(select(Case)).one()
        assert c.response_due_at == datetime(2027, 3, 29, 6, 30, tzinfo=UTC)
        # 8 working hours: 30 min on Friday, then Monday 08:00-15:30.
        assert c.resolution_due_at == local(2027, 3, 29, 15, 30)


@pytest.mark.parametrize("kind", ["response"])
def test_warning_then_escalation_each_once(
    console: ConsoleAdapter, bot, ws_id, clock, sessions, kind: str
) -> None:  # type: ignore[no-untyped-def]
    _team(console, bot, ws_id)
    clock.now = local(2027, 3, 26, 18, 30)  # Friday evening, before the DST weekend
    console.say("case new Acme: cannot log in p1 assignee=sam")
    notifier = FakeNotifier()
    d = dispatcher(sessions, notifier, clock)

    def run_at(when: datetime) -> list[str]:
        clock.now = when
        before = len(notifier.sent)
        asyncio.run(d.run_once())
        return [f"{t.chat_id} | {r.text}" for t, r in notifier.sent[before:]]

    assert run_at(local(2027, 3, 27, 12, 0)) == []  # Saturday: the clock is stopped
    assert run_at(local(2027, 3, 29, 8, 10)) == []  # 40 of 60 working minutes
    sent = run_at(local(2027, 3, 29, 8, 16))  # 75% of the first-response target
    assert len(sent) == 1 and sent[0].startswith("sam |")
    assert "first-response target ending" in sent[0] and "Mon 29 Mar 08:30" in sent[0]
    sent = run_at(local(2027, 3, 29, 8, 31))  # the breach: to sam's manager
    assert len(sent) == 1 and sent[0].startswith("mia |")
    assert "SLA breached (first response)" in sent[0] and "assigned to sam" in sent[0]
    opens = [b.action for b in notifier.sent[-1][1].buttons if b.label == "Open"]
    assert opens and opens[0].startswith("case show id=")
    assert "🎫 Case #1" in console.say(opens[0])  # the button opens the case card
    assert run_at(local(2027, 3, 29, 9, 0)) == []  # once each
    # Answering the case now stops nothing already sent, and re-planning sends nothing again.
    console.say("case note #1 on it")
    console.say("case assign #1 to ana")
    assert run_at(local(2027, 3, 29, 9, 30)) == []
    with sessions() as s:
        sent_kinds = sorted(
            r.kind for r in s.scalars(select(Reminder).where(Reminder.status == "sent"))
        )
    assert sent_kinds == ["case_response_breach", "case_response_warn"]


def test_answered_in_time_nothing_escalates(
    console: ConsoleAdapter, bot, ws_id, clock, sessions
) -> None:  # type: ignore[no-untyped-def]
    _team(console, bot, ws_id)
    clock.now = local(2026, 11, 30, 9, 0)
    console.say("case new Acme: cannot log in p1 assignee=sam")
    notifier = FakeNotifier()
    d = dispatcher(sessions, notifier, clock)
    clock.now = local(2026, 11, 30, 9, 20)
    ConsoleAdapter(bot, ws_id, "sam", MAD).say("case note #1 looking into it")
    clock.now = local(2026, 11, 30, 10, 30)
    asyncio.run(d.run_once())
    assert notifier.sent == []
    clock.now = local(2026, 11, 30, 16, 0)  # resolution warning (75% of 8 h) still comes
    asyncio.run(d.run_once())
    assert [t.chat_id for t, _ in notifier.sent] == ["sam"]
    assert "resolution target ending" in notifier.sent[0][1].text


def test_waiting_on_the_customer_stops_the_resolution_clock(
    console: ConsoleAdapter, clock, sessions
) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    clock.now = local(2026, 11, 30, 9, 0)  # Monday
    console.say("case new Acme: wrong totals p2")  # 24 working hours: due Wed 11:00
    with sessions() as s:
        assert s.scalars(select(Case)).one().resolution_due_at == local(2026, 12, 2, 11, 0)
    clock.now = local(2026, 11, 30, 10, 0)
    out = console.say("case status #1 waiting on customer")
    assert "resolution: clock stopped while waiting on the customer (since Mon 30 Nov 10:00)" in out
    with sessions() as s:  # no resolution warning or escalation while waiting
        kinds = {r.kind for r in s.scalars(select(Reminder).where(Reminder.status == "pending"))}
    assert not kinds & {"case_resolution_warn", "case_resolution_breach"}
    clock.now = local(2026, 12, 2, 12, 0)  # past the old due time, still waiting
    assert "SLA breached" not in console.say("cases")
    clock.now = local(2026, 12, 3, 10, 0)  # Thursday: the customer answers
    out = console.say("case status #1 open")
    with sessions() as s:
        c = s.scalars(select(Case)).one()
        # Waited Mon 10:00 -> Thu 10:00: 9 + 11 + 11 + 2 = 33 working hours, added back.
        assert c.paused_minutes == 33 * 60
        assert c.resolution_due_at == add_working_minutes(
            local(2026, 11, 30, 9, 0), 24 * 60 + 33 * 60, WH, MAD
        )
        # 23 h were left at the pause: Thu 10-19 (9 h), Fri (11 h), Mon 08-11 (3 h).
        assert c.resolution_due_at == local(2026, 12, 7, 11, 0)
        kinds = {r.kind for r in s.scalars(select(Reminder).where(Reminder.status == "pending"))}
    assert {"case_resolution_warn", "case_resolution_breach"} <= kinds
    assert "resolution: due Mon 7 Dec 11:00" in out
