"""The managers' weekly digest names a rep who left and still owns open deals.

Was: after 'remove member bob', Bob's open deals stayed in every total as his, the stale
line read "2 bob", and nothing said that Bob was gone and that nobody was being nudged on
them any more (follow-ups go to active members only). The figures, in three currencies
with no rates, are checked by hand.
"""

from __future__ import annotations

from bot.console import ConsoleAdapter
from scheduler.digests import build_digest
from storage.db import transaction
from storage.models import User


def _weekly(sessions, ws_id, clock, channel=None) -> str:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        ana = s.query(User).filter_by(display_name="ana").one()
        return build_digest(s, "weekly_digest", ws_id, ana.id, channel, clock.now).text


def test_weekly_digest_names_a_departed_owner(
    sessions, ws_id, clock, console: ConsoleAdapter, console_bob: ConsoleAdapter
) -> None:
    console_bob.say("deal add Bob one amount=3000 currency=EUR stage=proposal close=2026-12-10")
    console_bob.say("deal add Bob two amount=1000 currency=USD stage=closing close=2026-12-11")
    console.say("deal add Ana deal amount=2000.50 currency=GBP stage=proposal close=2026-12-12")
    console.say("deal won Ana deal")
    console.say("remove member bob")
    clock.advance(days=10)
    text = _weekly(sessions, ws_id, clock)
    # by hand: proposal 50% of EUR 3,000; closing 75% of USD 1,000; GBP won, nothing open
    assert "Presentation: 1 · EUR 3,000 · weighted EUR 1,500" in text
    assert "Closing: 1 · USD 1,000 · weighted USD 750" in text
    assert "won so far GBP 2,000.50 · win rate 100%" in text
    assert "never summed across" in text
    assert "No longer members, still owning open deals" in text and "bob (2)" in text
    assert "settings reassign NAME to OTHER" in text
    channel = _weekly(sessions, ws_id, clock, channel="slack:C1")
    assert "No longer members" not in channel  # a channel sees totals only


def test_no_departed_line_when_everyone_is_here(
    sessions, ws_id, clock, console: ConsoleAdapter
) -> None:
    console.say("deal add Ana deal amount=2000 stage=proposal close=2026-12-12")
    assert "No longer members" not in _weekly(sessions, ws_id, clock)
