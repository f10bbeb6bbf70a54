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
