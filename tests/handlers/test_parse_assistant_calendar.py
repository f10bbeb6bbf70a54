"""Assistant-style calendar and alarm requests (the SLURP style: lower case, numbers as
words, "olly"): the reminder's text is what the person must remember, without the request
words ("mark my calendar for", "add … to my calendar", "in the calendar put that", "new
notification for", "we are", "set a timer for"); a question about one's calendar is no
reminder; "remind me to add …" keeps its verb (the task is adding)."""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.language.nlu import parse_message

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str) -> dict[str, object]:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    return {k: v for k, v in got.to_json_dict().items() if v is not None and k != "confidence"}


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        (
            "mark my calendar for my aunt's visit on december ninth",
            "my aunt's visit",
            "2026-12-09T09:00:00+01:00",
        ),
        (
            "olly please add hockey practice to my calendar on saturday at nine am",
            "hockey practice",
            "2026-11-28T09:00:00+01:00",
        ),
        (
            "add tennis club to my calendar on monday at six pm",
            "tennis club",
            "2026-11-30T18:00:00+01:00",
        ),
        (
            "in the calendar put that we are repainting the hall on sunday at ten am",
            "repainting the hall",
            "2026-11-29T10:00:00+01:00",
        ),
        (
            "please put on the calendar that the window cleaner comes on friday at eight am",
            "the window cleaner comes",
            "2026-11-27T08:00:00+01:00",
        ),
        (
            "new notification for the parcel delivery in two hours",
            "the parcel delivery",
            "2026-11-26T12:00:00+01:00",
        ),
        ("set a timer for ten minutes for the eggs", "the eggs", "2026-11-26T10:10:00+01:00"),
        (
            "i need to be reminded about the car insurance on the twentieth",
            "the car insurance",
            "2026-12-20T09:00:00+01:00",
        ),
        (
            "remind me to add the logo to the slides on friday",
            "add the logo to the slides",
            "2026-11-27T09:00:00+01:00",
        ),
        (
            "add the logo to the slides friday",
            "add the logo to the slides",
            "2026-11-27T09:00:00+01:00",
        ),
    ],
)
def test_a_calendar_request_keeps_only_what_to_remember(text: str, what: str, due: str) -> None:
    got = read(text)
    assert got["intent"] == "remind" and got["text"] == what and got["due"] == due, got


@pytest.mark.parametrize(
    "text",
    [
        "does my calendar say i'm free on the tenth",
        "did you add the school concert to my calendar",
        "olly what's on the calendar for sunday",
    ],
)
def test_a_question_about_the_calendar_is_no_reminder(text: str) -> None:
    assert read(text)["intent"] == "list_reminders"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("i have a flight to catch on the eleventh", "2026-12-11T09:00:00+01:00"),
        ("olly start a timer for three minutes", "2026-11-26T10:03:00+01:00"),
    ],
)
def test_what_is_coming_said_as_a_fact_is_a_reminder(text: str, due: str) -> None:
    got = read(text)
    assert got["intent"] == "remind" and got["due"] == due, got
