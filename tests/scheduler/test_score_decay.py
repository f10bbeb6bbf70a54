"""Scores over time (issue 15): engagement decays with the frozen clock through the
periodic job, and a lead crossing the threshold tells its owner once a week at most,
through the reminder loop (working hours, do-not-contact)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from scheduler_helpers import FakeNotifier, dispatcher
from sqlalchemy import select

from scheduler.score_decay import ScoreDecayJob
from storage.db import transaction
from storage.models import Contact, Reminder
from storage.scoring_models import ContactScore

MADRID = ZoneInfo("Europe/Madrid")


def _row(sessions, name: str) -> ContactScore:
    with sessions() as s:
        cid = s.scalar(select(Contact.id).where(Contact.name == name))
        row = s.get(ContactScore, cid)
        assert row is not None
        s.expunge(row)
        return row


def _alerts(sessions) -> list[Reminder]:
    with sessions() as s:
        rows = list(s.scalars(select(Reminder).where(Reminder.kind == "score_alert")))
        for r in rows:
            s.expunge(r)
        return rows


def _half(x: float) -> int:
    return math.floor(x + 0.5)


def test_engagement_decays_with_the_clock(sessions, clock, console) -> None:
    console.say("contact add Kari Berg title=CEO lifecycle=lead")  # fit 20
    console.say("contact add Per Plain lifecycle=lead")  # nothing to decay
    console.say("log meeting Kari Berg: demo")
    console.say("log call Kari Berg: follow-up")
    assert (_row(sessions, "Kari Berg").score, _row(sessions, "Kari Berg").engagement) == (36, 16)
    # No weekly re-read here: this is the decay alone, which reads no activity.
    job = ScoreDecayJob(sessions, clock=clock, heal_after=timedelta(days=3650))
    clock.advance(days=30)  # one half-life
    stats = job.run()
    assert stats.decayed == 1 and stats.read == 1  # Per has nothing that decays: never due
    row = _row(sessions, "Kari Berg")
    assert (row.engagement, row.score) == (8, 28)
    # The stored figure agrees with the explanation recomputed from the activities.
    assert "28: fit 20" in console.say("score Kari Berg")
    assert "engagement 8 (1 touch in 30 days +3, 1 meeting in 30 days +5)" in console.say(
        "score Kari Berg"
    )
    clock.advance(days=1)
    assert job.run().decayed == 0  # 16 * 2**(-31/30) is still 8: nothing written
    clock.advance(days=59)  # 90 days: 16/8 = 2
    job.run()
    assert _row(sessions, "Kari Berg").engagement == _half(16 * 2**-3)
    clock.advance(days=200)
    job.run()
    row = _row(sessions, "Kari Berg")
    assert row.engagement == 0 and row.next_change_at is None  # faded out: never due again
    assert job.run().read == 0
    # The weekly re-read of the events finds the same figure the decay arrived at.
    healed = ScoreDecayJob(sessions, clock=clock).run()
    assert healed.healed == 2 and _row(sessions, "Kari Berg").score == 20


def test_job_scores_contacts_written_in_bulk(sessions, clock, console, ws_id) -> None:
    console.say("me")
    with transaction(sessions) as s:
        s.execute(
            Contact.__table__.insert(),
            [
                {"workspace_id": ws_id, "name": "Bulk One", "name_key": "bulk one",
                 "first_key": "bulk", "last_key": "one", "title": "CFO", "lifecycle": "lead",
                 "tags": [], "do_not_contact": False, "created_at": clock.now,
                 "updated_at": clock.now},
            ],
        )  # fmt: skip
    assert "Bulk One" not in console.say("contact list score>=0")
    stats = ScoreDecayJob(sessions, clock=clock).run()
    assert stats.missing == 1
    assert "Bulk One · score 20" in console.say("contact list score>=0")


async def test_threshold_alert_once_a_week_in_working_hours(sessions, clock, console) -> None:
    console.say("score threshold 60")
    console.say("account add Nordfrakt industry=logistics size=300")
    console.say(
        "contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt title=VP Sales "
        "source=referral lifecycle=lead"
    )  # fit 38
    console.say("log meeting Maria Lopez: demo")  # 48: below
    assert _alerts(sessions) == []
    console.say("log call Maria Lopez: pricing")  # 54
    console.say("log call Maria Lopez: contract")  # 60: crosses
    alerts = _alerts(sessions)
    assert len(alerts) == 1 and alerts[0].linked_id == _row(sessions, "Maria Lopez").contact_id
    console.say("log call Maria Lopez: again")  # still above: no second alert
    assert len(_alerts(sessions)) == 1
    # Falls below (threshold raised) and rises again within the week: still one alert.
    console.say("score threshold 70")
    console.say("score threshold 67")
    console.say("log meeting Maria Lopez: second demo")
    assert _row(sessions, "Maria Lopez").score >= 67 and len(_alerts(sessions)) == 1

    n = FakeNotifier()
    clock.now = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)  # Saturday: outside working hours
    stats = await dispatcher(sessions, n, clock).run_once()
    assert stats.deferred == 1 and not n.sent
    monday = datetime(2026, 11, 30, 8, 0, tzinfo=MADRID).astimezone(UTC)
    assert _alerts(sessions)[0].due_at == monday
    clock.now = monday
    assert (await dispatcher(sessions, n, clock).run_once()).delivered == 1
    text = n.sent[0][1].text
    assert "🔥 Hot lead" in text and "Maria Lopez" in text and "is now a hot lead: score 60" in text
    assert "'score threshold'" in text

    # A week after the first alert a new crossing alerts again.
    clock.now = monday + timedelta(days=5)
    ScoreDecayJob(sessions, clock=clock).run()  # the hourly job keeps the stored score current
    now_score = _row(sessions, "Maria Lopez").score
    console.say(f"score threshold {now_score + 5}")  # below it again, silently
    assert _row(sessions, "Maria Lopez").above is False and len(_alerts(sessions)) == 1
    console.say("log meeting Maria Lopez: third demo")  # +10: crosses
    assert _row(sessions, "Maria Lopez").score >= now_score + 5
    assert len(_alerts(sessions)) == 2


async def test_no_alert_for_do_not_contact_leads(sessions, clock, console) -> None:
    console.say("score threshold 30")
    console.say("contact add Dan Dnc title=CEO lifecycle=lead dnc=yes")
    console.say("log meeting Dan Dnc: met at a fair")  # 30, but do-not-contact
    assert _alerts(sessions) == []
    console.say("contact add Eva Late title=CEO lifecycle=lead")
    console.say("log meeting Eva Late: demo")  # alert queued
    assert len(_alerts(sessions)) == 1
    console.say("contact edit Eva Late dnc=yes")  # marked before it went out
    n = FakeNotifier()
    stats = await dispatcher(sessions, n, clock).run_once()
    assert stats.cancelled == 1 and not n.sent
    assert "do-not-contact" in (_alerts(sessions)[0].fail_reason or "")


def test_large_workspace_settings_change_is_rescored_by_the_job(
    sessions, clock, console, monkeypatch
) -> None:
    from storage import scoring_admin

    monkeypatch.setattr(scoring_admin, "SYNC_LIMIT", 1)  # as if it had 100,000 contacts
    console.say("contact add Kari Berg title=CEO lifecycle=lead")
    console.say("contact add Per Plain lifecycle=lead")
    out = console.say("score rule add lifecycle=lead +5")
    assert "in the background" in out
    assert "score 20" in console.say("contact show Kari Berg")  # not yet
    assert "25: fit 25" in console.say("score Kari Berg")  # the explanation already is
    clock.advance(minutes=10)
    stats = ScoreDecayJob(sessions, clock=clock, heal_after=timedelta(days=3650)).run()
    assert stats.healed >= 1
    assert "score 25" in console.say("contact show Kari Berg")
    assert "score 5" in console.say("contact show Per Plain")
    assert "in the background" in console.say("score decay 10d")
