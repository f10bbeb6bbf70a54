"""Automatic follow-ups: once, no nagging, paused/do-not-contact silence, working hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from scheduler_helpers import FakeNotifier, all_rows, dispatcher, user

from scheduler.followups import FollowupPlanner
from storage.db import transaction
from storage.models import Workspace
from storage.workspaces import update_settings

MADRID = ZoneInfo("Europe/Madrid")


def _only(sessions, ws_id, patch) -> None:  # type: ignore[no-untyped-def]
    """Switch every rule off except those in ``patch`` (keeps each test focused)."""
    rules = {
        k: {"enabled": False}
        for k in (
            "stale_deal",
            "overdue_close",
            "birthday",
            "anniversary",
            "keep_in_touch",
            "daily_digest",
            "weekly_digest",
        )
    }
    for k, v in patch.items():
        rules[k] = {"enabled": True, **v}
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        update_settings(ws, {"followups": rules})


def _nudges(sessions, kind: str) -> list:  # type: ignore[type-arg]
    return [r for r in all_rows(sessions) if r.kind == kind]


async def test_stale_deal_nudge_once_not_while_open_silent_when_paused(
    sessions, ws_id, clock, console
) -> None:
    _only(sessions, ws_id, {"stale_deal": {"days": 7}})
    console.say("contact add Maria Lopez")
    assert "#d1" in console.say("deal add Acme renewal 12000 EUR contact=Maria Lopez")
    planner = FollowupPlanner(sessions, clock=clock)
    n = FakeNotifier()
    d = dispatcher(sessions, n, clock)

    clock.advance(days=6)
    assert planner.run().total == 0  # not stale yet
    clock.advance(days=2)  # Fri 4 Dec, 11:00 Madrid: inside working hours
    assert planner.run().created == {"stale_deal": 1}
    assert planner.run().total == 0  # one open nudge per deal
    await d.run_once()
    assert len(n.sent) == 1
    text = n.sent[0][1].text
    assert "Acme renewal" in text and "no activity for 8 days" in text
    assert "deal show #d1" in [b.action for b in n.sent[0][1].buttons]

    # Snoozed: still open, so nothing new is queued meanwhile.
    nudge = _nudges(sessions, "stale_deal")[0]
    console.say(f"reminders snooze {nudge.id} tomorrow")
    clock.advance(hours=3)
    assert planner.run().total == 0

    # Paused: the snoozed nudge is dropped at send time and nothing new is queued.
    assert "No automatic follow-ups" in console.say("deal pause #d1 until 2027-01-31")
    clock.advance(days=1)
    await d.run_once()
    assert len(n.sent) == 1
    assert _nudges(sessions, "stale_deal")[0].status == "cancelled"
    clock.advance(days=10)
    assert planner.run().total == 0

    # After the pause and the cooldown, a still-stale deal is nudged again.
    console.say("deal resume #d1")
    assert planner.run().created == {"stale_deal": 1}


async def test_activity_resets_staleness(sessions, ws_id, clock, console) -> None:
    _only(sessions, ws_id, {"stale_deal": {"days": 7}})
    console.say("contact add Maria Lopez")
    console.say("deal add Acme renewal 12000 EUR contact=Maria Lopez")
    planner = FollowupPlanner(sessions, clock=clock)
    clock.advance(days=5)
    console.say("log call Maria Lopez: talked about the renewal deal=#d1")
    clock.advance(days=5)
    assert planner.run().total == 0


async def test_do_not_contact_gets_no_automatic_followups(sessions, ws_id, clock, console) -> None:
    _only(
        sessions,
        ws_id,
        {"stale_deal": {"days": 7}, "birthday": {}, "keep_in_touch": {}, "overdue_close": {}},
    )
    console.say("contact add Maria Lopez birthday=1990-12-04 keep_in_touch=2 dnc=yes")
    console.say("deal add Acme renewal 12000 EUR contact=Maria Lopez close=2026-11-30")
    planner = FollowupPlanner(sessions, clock=clock)
    clock.advance(days=8)  # Fri 4 Dec: her birthday, deal stale and overdue, 3 weeks quiet
    assert planner.run().total == 0

    # The same contact without the flag gets them (so the test above is meaningful).
    console.say("contact edit Maria Lopez dnc=no")
    created = planner.run().created
    assert created.get("birthday") == 1 and created.get("keep_in_touch") is None
    assert created.get("stale_deal", 0) + created.get("overdue_close", 0) == 1


async def test_manual_reminder_about_dnc_contact_warns(console) -> None:
    console.say("contact add Maria Lopez dnc=yes")
    out = console.say("remind me tomorrow 9am: call her about=Maria Lopez")
    assert "do-not-contact" in out


async def test_own_reminder_after_do_not_contact_is_delivered_with_the_flag(
    sessions, clock, console
) -> None:
    """A rep's own reminder is not dropped (nothing typed is lost) but says do-not-contact."""
    console.say("contact add Maria Lopez")
    console.say("deal add Acme renewal 12000 EUR contact=Maria Lopez")
    console.say("contact add Ole Hansen")
    console.say("remind me tomorrow 11am: call her about=Maria Lopez")
    console.say("log call #d1: send the renewal quote follow=tomorrow 11am")
    console.say("remind me tomorrow 11am: call Ole about=Ole Hansen")
    console.say("contact edit Maria Lopez dnc=yes")
    clock.advance(days=2)
    n = FakeNotifier()
    await dispatcher(sessions, n, clock).run_once()
    texts = sorted("\n".join(reply.sections) for _target, reply in n.sent)
    assert len(texts) == 3
    flagged = [t for t in texts if "Maria Lopez is marked do-not-contact" in t]
    assert len(flagged) == 2 and any("call her" in t for t in flagged)
    assert any("renewal quote" in t for t in flagged)  # through the deal's contact
    assert not any("do-not-contact" in t for t in texts if "call Ole" in t)
    assert {r.status for r in all_rows(sessions)} == {"sent"}


async def test_followups_fall_in_working_hours(sessions, ws_id, clock, console) -> None:
    _only(sessions, ws_id, {"overdue_close": {}})
    console.say("deal add Acme renewal 12000 EUR close=2026-11-27")
    clock.now = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)  # Saturday
    planner = FollowupPlanner(sessions, clock=clock)
    assert planner.run().created == {"overdue_close": 1}
    due = _nudges(sessions, "overdue_close")[0].due_at.astimezone(MADRID)
    assert (due.weekday(), due.hour, due.minute) == (0, 8, 0)  # Monday 08:00 local

    n = FakeNotifier()
    d = dispatcher(sessions, n, clock)
    assert (await d.run_once()).delivered == 0
    clock.now = due.astimezone(UTC)
    assert (await d.run_once()).delivered == 1
    assert "expected to close on 2026-11-27" in n.sent[0][1].text


async def test_late_nudge_outside_hours_is_deferred(sessions, ws_id, clock, console) -> None:
    _only(sessions, ws_id, {"overdue_close": {}})
    console.say("deal add Acme renewal 12000 EUR close=2026-11-25")
    planner = FollowupPlanner(sessions, clock=clock)
    assert planner.run().total == 1  # due Thu 11:00 local
    clock.now = datetime(2026, 11, 26, 21, 0, tzinfo=UTC)  # the bot was down until 22:00 local
    n = FakeNotifier()
    stats = await dispatcher(sessions, n, clock).run_once()
    assert stats.deferred == 1 and not n.sent
    due = _nudges(sessions, "overdue_close")[0].due_at.astimezone(MADRID)
    assert (due.day, due.hour) == (27, 8)


async def test_anniversary_a_year_after_won(sessions, ws_id, clock, console) -> None:
    _only(sessions, ws_id, {"anniversary": {}})
    console.say("contact add Maria Lopez")
    console.say("deal add Acme renewal 12000 EUR contact=Maria Lopez")
    console.say("deal won #d1")
    planner = FollowupPlanner(sessions, clock=clock)
    clock.advance(days=364)
    assert planner.run().total == 0
    clock.advance(days=1)
    assert planner.run().created == {"anniversary": 1}
    assert planner.run().total == 0
    assert "1 year ago today you won Acme renewal" in _nudges(sessions, "anniversary")[0].text


async def test_daily_digest_at_0830_on_working_days(sessions, ws_id, clock, console) -> None:
    _only(sessions, ws_id, {"daily_digest": {"time": "08:30"}})
    console.say("deal add Acme renewal 12000 EUR")
    console.say("remind me tomorrow 10am: call Maria")
    planner = FollowupPlanner(sessions, clock=clock)
    created = planner.run().created  # Thu 11:00: tomorrow's (Fri) 08:30 slot is queued
    assert created == {"daily_digest": 1}
    assert planner.run().total == 0
    digest = _nudges(sessions, "daily_digest")[0]
    assert digest.due_at.astimezone(MADRID).strftime("%a %H:%M") == "Fri 08:30"
    clock.now = digest.due_at
    n = FakeNotifier()
    await dispatcher(sessions, n, clock).run_once()
    text = n.sent[0][1].text
    assert "Today's reminders" in text and "call Maria" in text
    assert "Deals needing a next step" in text and "Acme renewal" in text
    clock.advance(hours=1)  # Friday 09:30: Saturday is not a working day
    assert planner.run().total == 0


async def test_weekly_digest_to_channel_or_managers(sessions, ws_id, clock, console) -> None:
    console.say("me")  # Ana first: the admin
    user(sessions, ws_id, "bob", role="manager")
    _only(sessions, ws_id, {"weekly_digest": {}})
    console.say("deal add Acme renewal 12000 EUR")
    planner = FollowupPlanner(sessions, clock=clock)
    clock.now = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)  # Monday 07:00 Madrid
    assert planner.run().created == {"weekly_digest": 2}  # Ana (admin) and Bob, by DM
    n = FakeNotifier()
    clock.now = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    await dispatcher(sessions, n, clock).run_once()
    assert sorted(t.chat_id for t, _ in n.sent) == ["ana", "bob"]
    assert "Weekly pipeline" in n.sent[0][1].text and "Acme renewal" in n.sent[0][1].text

    _only(sessions, ws_id, {"weekly_digest": {"channel": "console:#managers"}})
    clock.now = datetime(2026, 12, 7, 6, 0, tzinfo=UTC)
    assert planner.run().created == {"weekly_digest": 1}
    clock.now = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    n2 = FakeNotifier()
    await dispatcher(sessions, n2, clock).run_once()
    target, reply = n2.sent[0]
    assert target.chat_id == "#managers" and not target.direct
    assert "Acme" not in reply.text  # a channel digest shows aggregates only


async def test_two_planners_do_not_duplicate(sessions, ws_id, clock, console) -> None:
    _only(sessions, ws_id, {"overdue_close": {}})
    console.say("deal add Acme renewal 12000 EUR close=2026-11-25")
    a, b = FollowupPlanner(sessions, clock=clock), FollowupPlanner(sessions, clock=clock)
    assert a.run().total + b.run().total == 1
    assert len(_nudges(sessions, "overdue_close")) == 1
    clock.advance(days=1)
    assert a.run().total == 0


def test_timedelta_sanity() -> None:
    assert timedelta(days=7) > timedelta(days=6)
