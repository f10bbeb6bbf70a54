"""A "yes" with no question open says so; it is never read as a message.

Was: "Shall I remind you …?", then another message (the question dropped), then "yes":
"I'm not sure what you mean. Did you mean 'understood yes'?", an inner command shown as a
suggestion, and nothing said of the question that was gone.
"""

from __future__ import annotations

from bot.console import ConsoleAdapter

NOTHING = "Nothing is waiting for a yes: I have no open question, and nothing was done."


def test_yes_after_the_question_was_dropped(console: ConsoleAdapter) -> None:
    assert "Shall I remind you" in console.say("remind the team to submit expenses tomorrow")
    console.say("reminders")  # a message of its own: the question is dropped
    out = console.say("yes")
    assert NOTHING in out and "understood" not in out
    assert "No open reminders" in console.say("reminders")


def test_yes_answers_an_open_question_and_then_nothing(console: ConsoleAdapter) -> None:
    console.say("remind the team to submit expenses tomorrow")
    assert "Reminder set" in console.say("Yes!")
    assert NOTHING in console.say("yes")
    assert "1 open reminder" in console.say("reminders")
