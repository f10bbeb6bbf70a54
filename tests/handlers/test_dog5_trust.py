"""Things a manager's day tripped on, each once answered wrong or unclear (dog5 session)."""

from __future__ import annotations

from bot.console import ConsoleAdapter


def test_merge_said_with_the_kind_of_record_first(console: ConsoleAdapter) -> None:
    """'merge account Nordfrakt AS into Nordfrakt' asked which of two accounts 'account
    Nordfrakt AS' was: the word 'account' was read as part of the name."""
    console.say("account add Nordfrakt")
    console.say("account add Nordfrakt AS")
    out = console.say("merge account Nordfrakt AS into Nordfrakt")
    assert "Merge #a2 Nordfrakt AS" in out and "into #a1 Nordfrakt" in out
    assert "matches several" not in out
    console.say("contact add Pia Berg account=Nordfrakt")
    console.say("contact add Lars Lie account=Nordfrakt")
    out = console.say("merge the contact Pia Berg into contact Lars Lie")
    assert "Merge #c1 Pia Berg" in out and "into #c2 Lars Lie" in out


def test_ending_a_campaign_that_never_started_asks_first(console: ConsoleAdapter) -> None:
    """'campaign end' on a draft ended it at once; it could never be started after."""
    console.say("campaign new Spring gala type=event")
    out = console.say("campaign end Spring gala")
    assert "never started (draft). End it anyway?" in out and "Ended" not in out
    console.say("no")
    assert "event · draft" in console.say("campaign show Spring gala")
    console.say("campaign end Spring gala")
    assert "🏁 Ended: Spring gala" in console.say("yes")


def test_a_lead_that_came_from_a_campaign_is_attributed_not_logged_as_a_call(
    console: ConsoleAdapter, sessions
) -> None:  # type: ignore[no-untyped-def]
    """'Pia Berg came from the Q1 webinar' logged a call that never happened."""
    from sqlalchemy import func, select

    from storage.db import transaction
    from storage.models import Activity, Contact

    console.say("campaign new Q1 webinar type=webinar")
    console.say("contact add Pia Berg email=pia@nordfrakt.no")
    console.say("contact add Lars Lie email=lars@nf.no")
    out = console.say("Pia Berg came from the Q1 webinar")
    assert "Understood: Pia Berg came from Q1 webinar" in out
    assert "from campaign: Q1 webinar" in out
    console.say("Lars Lie found us through the Q1 webinar")
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
        camps = set(s.scalars(select(Contact.campaign_id)))
    assert len(camps) == 1 and None not in camps
    assert "new leads: 2" in console.say("campaign show Q1 webinar")


def test_a_scoring_rule_that_overlaps_another_says_so(console: ConsoleAdapter) -> None:
    """'score rule add title~VP +15' (the help's own example) was added silently beside
    the default 'title~vp|vice president|…' rule: a VP then counted twice."""
    out = console.say("score rule add title~VP +15")
    assert "Rule 11 added" in out and "Also scored by rule 2. title~vp|" in out
    out = console.say("score rule add size>=500 +5")
    assert "rule 4. size>=1000 +12; 5. size=200..999 +10" in out
    assert "Also scored" not in console.say("score rule add region=Nordics +5")
