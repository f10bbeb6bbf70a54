"""The question "what's next for Initech?": each open deal with its next step and the open
reminders about the deal, its contact and its account (handlers/next_words.py). It was not
understood, or read as a deal change with nothing to change."""

from __future__ import annotations


def _setup(console) -> None:
    console.say("contact add Priya Raman account=Initech")
    console.say("deal add Initech expansion 45k account=Initech close=2027-01-31")
    console.say("deal edit Initech expansion next=send the revised quote")
    console.say("remind me friday at 10 to call priya about seats")


def test_whats_next_for_an_account_a_deal_or_a_person(console):
    _setup(console)
    for asked in (
        "what's next for initech?",
        "next steps for the initech expansion",
        "what's next with priya",
    ):
        out = console.say(asked)
        assert "➡️ What's next for" in out, asked
        assert "Initech expansion (#d1) · Prospecting · close 2027-01-31" in out, asked
        assert "next: send the revised quote" in out, asked
        assert "call priya about seats" in out, asked  # her reminder, through the deal's firm


def test_a_deal_without_next_step_says_how_to_set_one(console):
    console.say("deal add Globex pilot 5k")
    out = console.say("what's next for globex pilot")
    assert "no next step set" in out and "deal edit #d1 next=" in out
    assert "No open reminder about it." in out


def test_an_unknown_name_is_said_not_answered_with_something_else(console):
    _setup(console)
    out = console.say("what's next for hooli?")
    assert "I have no open deal, account or contact called 'hooli'" in out
    assert "call priya" not in out  # never every reminder instead


def test_a_time_or_me_is_the_reminders_question(console):
    _setup(console)
    assert "What's next for" not in console.say("what's next for me")
    assert "What's next for" not in console.say("what's next for today?")
