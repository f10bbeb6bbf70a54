"""Messages with more than one date phrase, or a time said loosely: the follow-up or the
reminder keeps the hour the user typed, and what has no one reading is asked about
(``docs/understanding.md``: never a time silently replaced by the day's 09:00)."""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.language.nlu import ASK_BELOW, parse_message

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"
TODAY, FRI, MON, TUE, WED = "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02"


def due_of(text: str) -> str | None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    return got.due.isoformat() if got.due is not None else None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an hour said after the follow-up day, a link word or a sentence end between
        (
            "met Omar at Keelson, next step send the proposal friday by noon",
            f"{FRI}T12:00:00+01:00",
        ),
        (
            "met Tara Gill at Helix Bio. next meeting on the 7th. 11am her office",
            "2026-12-07T11:00:00+01:00",
        ),
        ("met Clara at Ostra, follow up friday. 3pm is best for her", f"{FRI}T15:00:00+01:00"),
        ("called Bob, call him back monday. 2:30 works", f"{MON}T14:30:00+01:00"),
        # a weekday said as small talk is no second date
        (
            "Thursday already! called Bob Marsh at Lumen, call him back tomorrow at 3pm",
            f"{FRI}T15:00:00+01:00",
        ),
        (
            "long week, feels like friday already. emailed Priya the SOW, follow up monday at 3",
            f"{MON}T15:00:00+01:00",
        ),
        ("monday was a write-off. called Pia at Tessel, f/u monday 2pm", f"{MON}T14:00:00+01:00"),
        ("happy friday! follow up with Bob monday", f"{MON}T09:00:00+01:00"),
        # the report's own bare weekday is the day it happened, the later date the next step
        (
            "visited Castell Foods on monday with Joe Ward, next visit december 14 at 10am",
            "2026-12-14T10:00:00+01:00",
        ),
        (
            "emailed Zoe the contract on tuesday, she'll sign by friday. chase her monday at 10",
            f"{MON}T10:00:00+01:00",
        ),
        # loose times that have one reading
        ("remind me at 1500 hrs to check the bids", f"{TODAY}T15:00:00+01:00"),
        ("remind me tmrw @ 3 to call Vera", f"{FRI}T15:00:00+01:00"),
        ("remind me half 3 tomorrow to call the landlord", f"{FRI}T15:30:00+01:00"),
        ("remind me the day after tomorrow at 10 to call the auditor", "2026-11-28T10:00:00+01:00"),
        ("remind me next week thursday at 10 to prep the QBR", "2026-12-03T10:00:00+01:00"),
    ],
)
def test_the_hour_typed_is_kept(text: str, due: str) -> None:
    assert due_of(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "remind me tomorrow at 15h to call the Lisbon office",  # "15h" in English: a doubt
        "remind me at 15h to call the Lisbon office",
        "remind me a week from tomorrow to call the broker",  # counted from another day
        "remind me two weeks from monday to renew the lease",
        "remind me wednesday at 3. actually make it 4",  # a time changed: which one?
        "remind me the week after next to chase the renewal",  # a week, no one day
        "called Eva at Sorb, she's on leave till the 7th, follow up the week after",
        "remind me tuesday the 3rd to pay the rent",  # the 3rd is a Thursday
        "remind me in a fortnight to review the churn numbers",
    ],
)
def test_a_when_with_no_one_reading_is_asked(text: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.due is None and got.unread


def test_an_hour_far_from_its_day_is_asked_not_dropped() -> None:
    got = parse_message(
        "met Jon at Acme, follow up tuesday, she has a board meeting at 2",
        NOW,
        TZ,
        "en",
        strict=True,
    )
    assert got.due is None and got.confidence < ASK_BELOW


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("call me friday!", f"{FRI}T09:00:00+01:00"),  # a real when, "!" after a lead word
        ("remind me friday to call Ana", f"{FRI}T09:00:00+01:00"),
        (
            "called Ana at Acme, the launch is 3 days from the plan, follow up monday",
            f"{MON}T09:00:00+01:00",
        ),
    ],
)
def test_a_real_day_is_not_taken_for_small_talk(text: str, due: str) -> None:
    assert due_of(text) == due


def test_a_day_that_names_a_thing_stays_in_the_text_shown_back() -> None:
    got = parse_message(
        "remind me tomorrow at 5 to prep for monday's board meeting", NOW, TZ, "en", strict=True
    )
    assert got.due is None and got.text == "prep for monday's board meeting"
