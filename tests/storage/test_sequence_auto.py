"""Automatic enrollment: "score below N for D days", evaluated with a score lookup passed
in (here a fake one; lead scoring plugs its own ``score_for(ctx, contact_id)``)."""

from __future__ import annotations

from sequence_env import mail_settings
from sqlalchemy import select

from bot.console import ConsoleAdapter
from scheduler.sequence_runner import SequenceRunner
from storage.context import Ctx
from storage.db import transaction
from storage.models import Contact
from storage.models_sequences import SequenceEnrollment, SequenceScoreWatch


def test_score_below_threshold_for_days_enrolls_once(
    console: ConsoleAdapter, sessions, clock
) -> None:
    console.say("contact add Maria Lopez lifecycle=lead")  # cold all along
    console.say("contact add Ole Hansen lifecycle=lead")  # warm
    console.say("contact add Pia Up lifecycle=prospect")  # cools, warms up, cools again
    console.say("contact add Dina Dnc lifecycle=lead dnc=yes")  # never
    console.say("contact add Carl Customer lifecycle=customer")  # not a lead
    console.say('sequence new "Cold leads"')
    console.say('sequence step add "Cold leads" call "see if they are still looking"')
    assert "below 30 for 14 days" in console.say('sequence auto "Cold leads" below=30 for=14d')
    with transaction(sessions) as s:
        ids = {n: i for n, i in s.execute(select(Contact.name, Contact.id))}
    scores = {"Maria Lopez": 10, "Ole Hansen": 50, "Pia Up": 20, "Dina Dnc": 5,
              "Carl Customer": 5}  # fmt: skip
    by_id = {i: n for n, i in ids.items()}
    asked: list[str] = []

    def score_for(ctx: Ctx, contact_id: int) -> int:
        assert isinstance(ctx, Ctx) and ctx.ws_id == ctx.workspace.id
        asked.append(by_id[contact_id])
        return scores[by_id[contact_id]]

    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="w", score_for=score_for)

    def enrolled() -> list[str]:
        with transaction(sessions) as s:
            return sorted(
                by_id[c]
                for c in s.scalars(
                    select(SequenceEnrollment.contact_id).where(SequenceEnrollment.source == "auto")
                )
            )

    assert runner.run_auto() == 0  # day 0: below, but not for long enough
    assert sorted(set(asked)) == ["Maria Lopez", "Ole Hansen", "Pia Up"]  # leads, reachable
    clock.advance(days=7)
    scores["Pia Up"] = 40  # warmed up: her clock stops
    assert runner.run_auto() == 0
    clock.advance(days=3)
    scores["Pia Up"] = 20  # cold again from day 10
    assert runner.run_auto() == 0
    clock.advance(days=4, minutes=1)  # day 14: Maria has been below 30 for 14 days
    assert runner.run_auto() == 1
    assert enrolled() == ["Maria Lopez"]
    clock.advance(days=10)  # day 24: Pia for 14 days since day 10
    assert runner.run_auto() == 1
    assert enrolled() == ["Maria Lopez", "Pia Up"]
    asked.clear()
    assert runner.run_auto() == 0  # nobody twice; the enrolled are not even scored again
    assert asked == ["Ole Hansen"]
    with transaction(sessions) as s:
        assert s.scalars(select(SequenceScoreWatch)).all() == []
    assert runner.run_once().calls == 2  # their first step runs like any enrollment
    out = console.say("sequence stats Cold leads")
    assert "enrolled 2 · active 0 · finished 2" in out


def test_no_lookup_means_no_auto_enrollment(console: ConsoleAdapter, sessions, clock) -> None:
    console.say("contact add Maria Lopez lifecycle=lead")
    console.say('sequence new "Cold leads"')
    console.say('sequence step add "Cold leads" call check')
    console.say('sequence auto "Cold leads" below=30 for=0d')
    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="w", score_for=None)
    assert runner.run_auto() == 0
    calls = SequenceRunner(
        sessions, mail_settings(), clock=clock, worker="w", score_for=lambda ctx, cid: 0
    )
    assert calls.run_auto() == 1  # for=0d: at once


def test_auto_enrollment_reads_the_real_lead_scores(
    console: ConsoleAdapter, sessions, clock
) -> None:
    """Wired as in `crmbot run`: the runner's lookup is lead scoring's stored score
    (storage.scoring.score_for), so only the cold lead is enrolled."""
    from scheduler.sequence_runner import default_score_lookup

    console.say("contact add Maria Lopez lifecycle=lead")  # nothing known about her: cold
    console.say(
        "contact add Ole Hansen lifecycle=lead title=VP Sales email=ole@nordfrakt.no "
        "source=referral"
    )
    for topic in ("the pilot", "pricing", "the rollout"):
        console.say(f"log meeting with Ole Hansen about {topic}")
    cold = int(console.say("score Maria Lopez").split(":")[0].split()[-1])
    warm = int(console.say("score Ole Hansen").split(":")[0].split()[-1])
    assert cold < 30 <= warm, (cold, warm)
    console.say('sequence new "Cold leads"')
    console.say('sequence step add "Cold leads" call "see if they are still looking"')
    console.say('sequence auto "Cold leads" below=30 for=0d')
    runner = SequenceRunner(
        sessions, mail_settings(), clock=clock, worker="w", score_for=default_score_lookup()
    )
    runner.run_auto()  # starts the clocks of the leads below 30
    clock.advance(minutes=1)
    runner.run_auto()
    with transaction(sessions) as s:
        names = s.scalars(
            select(Contact.name)
            .join(SequenceEnrollment, SequenceEnrollment.contact_id == Contact.id)
            .where(SequenceEnrollment.source == "auto")
        ).all()
    assert names == ["Maria Lopez"]
