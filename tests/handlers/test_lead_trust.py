"""Found by using the bot as a rep (2026-12-07): words that were ignored or misread.

The clock is Thu 26 Nov 2026 10:00 UTC; Ana is in Europe/Madrid.
"""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Opportunity, Reminder


def _deal(sessions, title: str) -> Opportunity:
    with transaction(sessions) as s:
        return s.scalars(select(Opportunity).where(Opportunity.title == title)).one()


def test_reopen_a_lost_deal_in_words(console, sessions):
    # "reopen acme fleet" showed the card and left the deal lost
    console.say("deal add Acme fleet 40k")
    console.say("deal lost Acme fleet")
    out = console.say("reopen acme fleet")
    assert "in which stage?" in out and _deal(sessions, "Acme fleet").status == "lost"
    out = console.say("presentation")  # a typed stage answers the question
    assert "Moved to Presentation" in out
    d = _deal(sessions, "Acme fleet")
    assert (d.status, d.stage) == ("open", "presentation")
    out = console.say("reopen the acme fleet deal")
    assert "open already" in out
    console.say("deal won Acme fleet")
    out = console.say("acme fleet reopen in closing")  # the stage said: confirmed first
    assert "Reopen Acme fleet?" in out and _deal(sessions, "Acme fleet").status == "won"
    console.say("1")
    assert _deal(sessions, "Acme fleet").stage == "closing"


def test_reopen_of_an_unknown_deal_is_left_to_the_parser(console, sessions):
    out = console.say("reopen the tyrell deal")
    assert "Moved" not in out and "which stage" not in out
    with transaction(sessions) as s:
        assert s.scalars(select(Opportunity)).all() == []


def test_cancel_a_reminder_by_its_number(console, sessions):
    # "cancel 3" under a reminder list was not understood ("done 3" worked)
    console.say("remind me tomorrow 9am to call the bank")
    rid = console.say("reminders").split("#r", 1)[1].split()[0]
    out = console.say(f"cancel {rid}")
    assert "Cancelled: call the bank" in out
    with transaction(sessions) as s:
        assert s.scalars(select(Reminder.status)).all() == ["cancelled"]
    assert "no reminder #99" in console.say("cancel 99")


def test_a_reminder_named_by_its_words(console, sessions):
    # "delete the reminder about calling maria" was not understood
    console.say("contact add Maria Lopez account=Acme")
    console.say("remind me friday 3pm to call maria about=Maria Lopez")
    console.say("remind me monday 9am to send the quote about=Maria Lopez")
    console.say("remind me tomorrow 10am to book the venue")
    out = console.say("delete the reminder about calling maria")
    assert "Cancelled: call maria" in out and "Undo" in out
    out = console.say("mark the reminder about the quote as done")
    assert "Done: send the quote" in out  # found through its words
    out = console.say("cancel the reminder about the zoo")
    assert "None of your open reminders is about 'the zoo'" in out
    with transaction(sessions) as s:
        assert sorted(s.scalars(select(Reminder.status)).all()) == [
            "cancelled",
            "done",
            "pending",
        ]


def test_several_reminders_match_and_one_is_chosen(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    console.say("remind me friday 3pm to call maria")
    console.say("remind me monday 9am to email maria the deck")
    out = console.say("cancel the reminder for maria")
    assert "2 of your reminders are about 'maria'. Which one?" in out
    out = console.say("deck")  # a word of one choice answers
    assert "Cancelled: email maria the deck" in out
    with transaction(sessions) as s:
        rows = {r.text: r.status for r in s.scalars(select(Reminder))}
    assert rows == {"call maria": "pending", "email maria the deck": "cancelled"}


def test_remind_a_teammate_named_without_the_at(console, console_bob, sessions):
    # "remind bob tomorrow at 10 to call acme" was Ana's reminder "bob to call acme"
    from storage.models import User

    console_bob.say("me")  # Bob has joined
    out = console.say("remind bob tomorrow at 10 to call acme about the renewal")
    assert "Reminder set for bob" in out
    out = console.say("please remind bob on friday at 4 to send the contract")
    assert "Reminder set for bob" in out
    out = console.say("remind ana tomorrow at 8 to stretch")  # the asker's own name
    with transaction(sessions) as s:
        bob = s.scalars(select(User).where(User.display_name == "bob")).one()
        rows = {r.text: r.user_id == bob.id for r in s.scalars(select(Reminder))}
    assert rows == {
        "call acme about the renewal": True,
        "send the contract": True,
        "stretch": False,
    }
    assert "call acme about the renewal" in console_bob.say("reminders")
    # a name that is no member stays the asker's reminder, with the words kept
    out = console.say("remind zed tomorrow at 9 to order pens")
    assert "Reminder set for" not in out and "Reminder set" in out


def test_no_longer_at_a_firm_is_leaving_it_never_joining_it(console, sessions):
    # "maria lopez no longer works for acme" set Acme as her firm ("now at Acme Corp"), and
    # "… is no longer at acme" was not understood
    from storage.models import Contact

    console.say("contact add Maria Lopez account=Acme Corp")
    console.say("account add Globex")
    for said in (
        "maria lopez no longer works for acme",
        "maria lopez is no longer at acme",
        "maria lopez doesn't work at acme corp anymore",
    ):
        out = console.say(said)
        assert "left Acme Corp" in out and "now at" not in out, said
    out = console.say("maria lopez now works at globex")
    assert "now at Globex" in out
    with transaction(sessions) as s:
        maria = s.scalars(select(Contact)).one()
        assert maria.account is not None and maria.account.name == "Globex"


def test_delete_a_record_by_its_name_asks_first(console, sessions):
    # "delete sara kim" was not understood
    from storage.models import Contact

    console.say("contact add Sara Kim")
    console.say("deal add Kim estate 10k")
    out = console.say("delete sara kim")
    assert "Delete #c1 Sara Kim?" in out
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.deleted_at)).one() is None  # asked, nothing yet
    console.say("1")
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.deleted_at)).one() is not None
    out = console.say("delete the kim estate deal")
    assert "Delete #d1 Kim estate" in out
    console.say("2")  # keep
    assert _deal(sessions, "Kim estate").deleted_at is None
    out = console.say("delete the reminder about nothing")
    assert "Delete #" not in out


def test_who_owns_a_record(console, console_bob, sessions):
    # "who owns globex" listed the records found, with no owner
    console_bob.say("me")
    console.say("account add Globex")
    console.say("deal add Globex seats 20k owner=bob")
    out = console.say("who owns globex?")
    assert "account Globex: ana" in out and "deal Globex seats: bob" in out


def test_a_reminder_naming_a_teammate_is_not_called_unlinked(console, console_bob):
    # "remind me to call bob tomorrow at 9" said "I have no contact named 'bob'"
    console_bob.say("me")
    out = console.say("remind me to call bob tomorrow at 9")
    assert "Reminder set" in out and "no contact named" not in out
    out = console.say("remind me to call zed tomorrow at 9")  # no member, no contact: said
    assert "no contact named 'zed'" in out
