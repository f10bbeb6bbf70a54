"""'called jon, follow up at lunch tomorrow' set the follow-up at 09:00 tomorrow: the day was
read and the meal was not, so the day's default hour replaced the one said. A meal beside a
day has no one hour; the bot asks when (clock: Thu 2026-11-26 10:00 UTC, Madrid)."""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.language.nlu import parse_message

NOW = datetime(2026, 11, 26, 10)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse_message(text, NOW, "Europe/Madrid")


@pytest.mark.parametrize(
    "text",
    [
        "called jon, follow up at lunch tomorrow",
        "remind me to call bob tomorrow over lunch",
        "remind me tomorrow at lunch to call bob",
        "met Ana, call her back friday after lunch",
    ],
)
def test_a_meal_beside_a_day_is_asked_about(text):
    got = read(text)
    assert got.due is None and any("lunch" in u for u in got.unread)


def test_a_meal_with_its_own_hour_keeps_the_hour():
    got = read("lunch with Jon tomorrow at 1")
    assert got.due is not None and got.due.hour == 13


def test_a_meal_that_is_the_log_itself_asks_nothing():
    got = read("met jon at lunch today, he wants a demo")
    assert got.intent == "log_activity" and not got.unread


def test_the_console_asks_instead_of_writing_nine(console):
    console.say("contact add Jon Snow account=Winterfell")
    out = console.say("called jon, follow up at lunch tomorrow")
    assert "09:00" not in out and "at lunch" in out
