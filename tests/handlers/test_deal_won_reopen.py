"""Point 8 of issue 11: a won deal shows when it was won, not its old expected close, and
moving a won or lost deal back to an open stage asks first."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Opportunity


def test_won_deal_shows_its_won_date_not_the_old_expected_close(console, clock):
    console.say("deal add Acme renewal 12k EUR close=2027-03-31")
    clock.advance(days=5)  # won on Tue 1 Dec 2026, long before the expected close
    out = console.say("deal won Acme renewal")
    assert "won: 2026-12-01" in out and "expected close" not in out, out
    assert "2027-03-31" not in console.say("deal show Acme renewal")
    listing = console.say("deal list status=won")
    assert "won 2026-12-01" in listing and "2027-03-31" not in listing, listing
    out = console.say("deal lost Acme renewal because budget")  # from won to lost: no question
    assert "lost: 2026-12-01" in out, out


def test_reopening_a_won_or_lost_deal_asks_first(console, sessions):
    console.say("deal add Acme renewal 12k EUR")
    console.say("deal won Acme renewal")
    out = console.say("deal move Acme renewal to closing")
    assert "Reopen" in out and "won" in out and "Yes" in out, out
    with transaction(sessions) as s:
        assert s.scalar(select(Opportunity.status)) == "won"
    out = console.say("1")  # yes
    assert "Moved to Closing" in out, out
    with transaction(sessions) as s:
        assert s.scalar(select(Opportunity.status)) == "open"
    console.say("deal lost Acme renewal because price")
    out = console.say("move Acme renewal to negotiation")  # in words too
    assert "Reopen" in out and "lost" in out, out
    assert "Moved" in console.say("deal move Acme renewal to closing confirm=yes")
