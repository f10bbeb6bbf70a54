"""A new rep working deals and reminders: nothing typed is dropped or read as something else."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Opportunity


def _deal(sessions) -> Opportunity:
    with transaction(sessions) as s:
        return s.scalar(select(Opportunity).order_by(Opportunity.id.desc()).limit(1))


def _notes(sessions) -> list[str]:
    with transaction(sessions) as s:
        return list(s.scalars(select(Activity.body).order_by(Activity.id)))


def test_move_with_a_reason_moves_and_keeps_the_reason(console, sessions):
    console.say("deal add Globex seats 48k")
    out = console.say("move Globex seats to negotiation because they asked for a discount")
    assert "Moved to Closing" in out and "not a stage" not in out
    assert _deal(sessions).stage == "closing"
    assert _notes(sessions) == ["Moved to Closing: they asked for a discount"]
    out = console.say("deal move Globex seats to proposal reason=demo booked")
    assert _deal(sessions).stage == "presentation"
    assert "Moved to Presentation: demo booked" in _notes(sessions)
    console.say("undo")  # one message, one undo: the move and its note go together
    assert _deal(sessions).stage == "closing"
    assert "Moved to Presentation: demo booked" not in _notes(sessions)


def test_move_to_lost_with_a_reason_keeps_it_as_the_lost_reason(console, sessions):
    console.say("deal add Initech renewal 20k")
    console.say("move Initech renewal to lost because budget was cut")
    d = _deal(sessions)
    assert d.status == "lost" and d.lost_reason == "budget was cut"


def test_move_to_a_word_that_is_no_stage_still_refuses(console, sessions):
    console.say("deal add Globex seats 48k")
    out = console.say("move Globex seats to heaven because why not")
    assert "not a stage" in out and _deal(sessions).stage == "prospecting"


def test_a_bare_new_amount_keeps_the_deals_currency(console, sessions):
    console.say("deal add Globex seats $48k")
    assert _deal(sessions).currency == "USD"
    out = console.say("Globex seats is now 50k")
    d = _deal(sessions)
    assert (d.currency, d.amount_minor) == ("USD", 5_000_000) and "USD 50,000" in out
    console.say("deal edit Globex seats amount=52000")
    assert (_deal(sessions).currency, _deal(sessions).amount_minor) == ("USD", 5_200_000)
    console.say("deal edit Globex seats amount=40000 EUR")  # a currency said still wins
    assert (_deal(sessions).currency, _deal(sessions).amount_minor) == ("EUR", 4_000_000)


def test_snooze_without_a_number_asks_with_a_snooze_example(console):
    console.say("remind me tomorrow 10am to call Priya")
    console.say("remind me friday to chase Globex")
    # right after setting one, "it" is the reminder just set, named in the reply (dog8)
    assert "Snoozed until Mon 30 Nov" in (out := console.say("snooze it to monday"))
    assert "chase Globex" in out
    console.say("contact add Priya Shah")  # the last change is no longer a reminder's
    out = console.say("snooze it to monday")
    assert "Which reminder?" in out and "reminders snooze 12" in out
    assert "reminders done" not in out
