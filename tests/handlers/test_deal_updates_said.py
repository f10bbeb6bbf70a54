"""A deal's change said in a rep's own words is written to the deal (with Undo) or asked
about; never written somewhere else (a reminder on the close day, a new deal worth the sum
added) and never with a value the words did not say (``dev_updates.jsonl``, issue 10).

The clock is Thu 26 Nov 2026 10:00 UTC; Ana is in Europe/Madrid.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from storage.db import transaction
from storage.models import Opportunity, Reminder


def _deal(sessions, title: str) -> Opportunity:
    with transaction(sessions) as s:
        return s.scalar(select(Opportunity).where(Opportunity.title == title))


def _counts(sessions) -> tuple[int, int]:
    with transaction(sessions) as s:
        deals = s.scalar(select(func.count()).select_from(Opportunity))
        reminders = s.scalar(select(func.count()).select_from(Reminder))
        return deals or 0, reminders or 0


def test_a_close_moved_said_like_a_to_do_moves_the_close_and_sets_no_reminder(console, sessions):
    console.say("deal add Vesper Hotels 30k close=2026-12-20")
    before = _counts(sessions)
    out = console.say("We're now targeting Jan 8 for the Vesper Hotels deal")
    assert _deal(sessions, "Vesper Hotels").close_date == date(2027, 1, 8), out
    assert _counts(sessions) == before  # no reminder on the close day, no new deal
    console.say("undo")
    assert _deal(sessions, "Vesper Hotels").close_date == date(2026, 12, 20)


def test_a_sum_added_to_a_deal_is_shown_back_and_changes_nothing(console, sessions):
    console.say("deal add Radley Optics renewal 40k")
    before = _counts(sessions)
    for said in ("add 5k to the Radley Optics renewal", "Radley Optics renewal +5k"):
        out = console.say(said)
        assert "could not read" in out and "nothing changed" in out, out
        assert _deal(sessions, "Radley Optics renewal").amount_minor == 40_000_00
        assert _counts(sessions) == before  # never a new deal worth 5k


def test_a_push_by_a_span_without_by_moves_a_known_deals_close(console, sessions):
    console.say("deal add Initech rollout 20k close=2027-01-15")
    out = console.say("push Initech rollout out 2 weeks")
    assert _deal(sessions, "Initech rollout").close_date == date(2027, 1, 29), out
    console.say("slip Initech rollout a month")
    assert _deal(sessions, "Initech rollout").close_date == date(2027, 2, 28)
    console.say("undo")
    assert _deal(sessions, "Initech rollout").close_date == date(2027, 1, 29)


def test_a_cut_with_a_count_after_it_changes_the_amount_and_not_the_close(console, sessions):
    console.say("deal add Ivybridge Ortho 30k close=2027-01-31")
    console.say("Ivybridge Ortho deal cut to 20k, they dropped the second clinic")
    d = _deal(sessions, "Ivybridge Ortho")
    assert (d.amount_minor, d.close_date) == (20_000_00, date(2027, 1, 31))


def test_lost_on_price_moves_the_deal_and_keeps_the_reason(console, sessions):
    console.say("deal add Ambrose Pharma 25k")
    out = console.say("Ambrose Pharma lost on price, they went with Veeva")
    d = _deal(sessions, "Ambrose Pharma")
    assert d.stage == "lost" and "on price" in out, out
    console.say("undo")
    assert _deal(sessions, "Ambrose Pharma").stage != "lost"
