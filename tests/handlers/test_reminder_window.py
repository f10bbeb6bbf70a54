"""'reminders tomorrow' and 'what do I have tomorrow' once listed every open reminder: the
words after 'reminders' were ignored. They now narrow the list to the days asked about, or
are refused in words (clock: Thu 2026-11-26 11:00 in Madrid)."""

from __future__ import annotations


def setup(console):
    console.say("remind me tomorrow 10am to call Bob")
    console.say("remind me monday 9am to send the Globex quote")
    console.say("remind me on 10 december at 9am to renew the Tyrell contract")


def shown(out: str) -> list[str]:
    """The reminders listed, in order."""
    found = [t for t in ("call Bob", "Globex quote", "Tyrell contract") if t in out]
    return sorted(found, key=out.index)


def test_a_day_narrows_the_list(console):
    setup(console)
    out = console.say("reminders tomorrow")
    assert shown(out) == ["call Bob"] and "for Fri 27 Nov" in out
    assert shown(console.say("reminders monday")) == ["Globex quote"]


def test_weeks_and_overdue(console, clock):
    setup(console)
    assert shown(console.say("reminders this week")) == ["call Bob"]
    assert shown(console.say("reminders next week")) == ["Globex quote"]
    assert "No overdue reminders." in console.say("reminders overdue")
    clock.advance(days=2)  # Saturday: Friday's call is overdue
    out = console.say("reminders overdue")
    assert shown(out) == ["call Bob"] and "1 overdue reminder" in out


def test_free_text_asks_for_the_day_it_names(console):
    setup(console)
    assert shown(console.say("what do I have tomorrow?")) == ["call Bob"]
    assert shown(console.say("anything on my agenda next week")) == ["Globex quote"]
    assert len(shown(console.say("what are my reminders"))) == 3  # no day: all of them


def test_words_that_are_no_day_are_refused_not_ignored(console):
    setup(console)
    out = console.say("reminders about globex")
    assert "can't list reminders by" in out and not shown(out)


def test_an_empty_day_says_so(console):
    setup(console)
    assert "No open reminders for Sun 29 Nov." in console.say("reminders sunday")


def test_remind_the_team_asks_who_gets_it(console):
    # it set a reminder for the asker alone, "the team to update the forecast" its text
    out = console.say("remind the team tomorrow 9am to update the forecast")
    assert "Reminder set" not in out and "Who should get 'update the forecast'" in out
    assert "remind #CHANNEL 2026-11-27 09:00: update the forecast" in out
    out = console.say("1")  # Just me
    assert "Reminder set" in out and "27 Nov 09:00 update the forecast" in out
    assert "1 open reminder" in console.say("reminders")
    out = console.say("remind everyone friday 10:00: pipeline review")
    assert "Who should get 'pipeline review'" in out
    assert "Reminder set" in console.say("remind me tomorrow 9am to tell the team about it")


def test_a_reminder_about_a_do_not_contact_person_says_so_in_the_list(console):
    """A call campaign's reminder stayed listed as due after the person asked not to be
    contacted (it is never sent); the list now says so, and marks a rep's own too."""
    console.say("account add Nordfrakt industry=logistics")
    console.say("contact add Maria Lopez account=Nordfrakt lifecycle=lead")
    console.say("contact add Ole Hansen account=Nordfrakt lifecycle=lead")
    console.say("segment save Nordic industry=logistics")
    console.say("campaign new Calls type=call segment=Nordic")
    console.say("campaign start Calls")
    console.say("remind me friday 10:00: send the deck about=Maria Lopez")
    console.say("contact edit Maria Lopez dnc=yes")
    out = console.say("reminders")
    maria = [line for line in out.splitlines() if "Maria Lopez (Calls)" in line]
    ole = [line for line in out.splitlines() if "Ole Hansen (Calls)" in line]
    assert maria and "⛔ do-not-contact: not sent" in maria[0]
    assert ole and "⛔" not in ole[0]
    assert "send the deck ⛔ do-not-contact" in out
