"""Done on a repeating reminder marks this time done; the series goes on, and says so.

Was: "Done #r2" in the list (or "done 2") on "every monday 9am: weekly review" ended the
whole weekly series, answering only "✅ Done: weekly review": the next Monday's reminder
never came and nothing had said it would not.
"""

from __future__ import annotations

from bot.console import ConsoleAdapter


def test_done_on_a_weekly_reminder_moves_it_to_next_week(console: ConsoleAdapter) -> None:
    console.say("remind me every monday 9am: weekly review")  # Mon 30 Nov 09:00
    out = console.say("reminders done 1")
    assert "✅ Done: weekly review" in out
    assert "It repeats: next Mon 7 Dec 09:00" in out and "reminders cancel 1" in out
    assert "#r1 Mon 7 Dec 09:00 weekly review ↻ weekly on Mon" in console.say("reminders")
    console.say("undo")
    assert "#r1 Mon 30 Nov 09:00 weekly review" in console.say("reminders")
    assert "Cancelled: weekly review" in console.say("reminders cancel 1")
    assert "No open reminders" in console.say("reminders")


def test_done_on_a_one_off_reminder_is_done(console: ConsoleAdapter) -> None:
    console.say("remind me tomorrow 9am: call Jon")
    out = console.say("reminders done 1")
    assert "✅ Done: call Jon" in out and "repeats" not in out
    assert "No open reminders" in console.say("reminders")
