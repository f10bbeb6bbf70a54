"""A date and an hour said apart make one time; ordinals that count things are no dates.

Found while merging the learned parser with the number-word date rules: "next saturday … at
five o'clock" was saved for 09:00 (the first date phrase won, its default hour with it), and
"the 3rd quarter numbers" became the 3rd of next month. Both are dates read wrong, the worst
outcome, so each shape is pinned here on both paths (rules and learned).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.language.nlu import parse_message

THU = datetime(2026, 11, 26, 10, 0)  # Thursday, Europe/Madrid wall time
MAD = "Europe/Madrid"
LIB = "go to the library"


@pytest.mark.parametrize(
    ("message", "due", "text"),
    [
        # the rules path ("remind me …")
        ("remind me next saturday to go to the library at five", "2026-11-28T17:00", LIB),
        ("remind me at 5 on friday to call Ana", "2026-11-27T17:00", "call Ana"),
        ("remind me tomorrow at 9 to call Ana", "2026-11-27T09:00", "call Ana"),
        # the learned path (no "remind me")
        ("set a reminder for next saturday go to the library at five o'clock", "2026-11-28T17:00",
         LIB),
        ("add an event at three pm on may fifth for dan's graduation", "2027-05-05T15:00", None),
        ("set a reminder for wednesdays at two pm", "2026-12-02T14:00", None),
    ],
)  # fmt: skip
def test_a_day_and_an_hour_said_apart_are_one_time(
    message: str, due: str, text: str | None
) -> None:
    p = parse_message(message, THU, MAD, strict=True)
    assert p.intent == "remind"
    assert p.due is not None and p.due.strftime("%Y-%m-%dT%H:%M") == due, p
    if text is not None:
        assert p.text == text


@pytest.mark.parametrize(
    "message",
    [
        "remind me to review the 3rd quarter numbers tomorrow",
        "remind me tomorrow to book the 2nd floor meeting room",
        "remind me tomorrow about the 5th payment",
    ],
)
def test_an_ordinal_that_counts_something_is_no_date(message: str) -> None:
    p = parse_message(message, THU, MAD, strict=True)
    assert p.intent == "remind" and not p.unread
    assert p.due is not None and p.due.strftime("%Y-%m-%dT%H:%M") == "2026-11-27T09:00"


def test_the_day_alone_is_still_a_date() -> None:
    p = parse_message("remind me on the 3rd to call Ana", THU, MAD, strict=True)
    assert p.due is not None and p.due.strftime("%Y-%m-%d") == "2026-12-03"


@pytest.mark.parametrize("message", ["tomorrow at 9", "next friday at 10am"])
def test_a_date_alone_is_no_reminder(message: str) -> None:
    """It says when but not what: nothing to set (the bot asks what was meant)."""
    assert parse_message(message, THU, MAD, strict=True).intent == "unknown"


@pytest.mark.parametrize(
    "message",
    ["3/4 remind me to call Ana", "ping me 3/4 about call Ana", "3/4 at 10 remind me to call Ana"],
)
def test_the_learned_path_asks_about_an_unread_date_too(message: str) -> None:
    p = parse_message(message, THU, MAD, strict=True)
    assert p.intent == "remind" and p.due is None and p.unread
    assert p.text == "call Ana"


def test_a_user_date_order_reaches_the_learned_path() -> None:
    p = parse_message("ping me 3/4 about call Ana", THU, MAD, strict=True, date_order="dmy")
    assert p.due is not None and p.due.strftime("%Y-%m-%d") == "2027-04-03" and not p.unread
