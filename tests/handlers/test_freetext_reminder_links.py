"""A reminder said in words is linked to the record it names (issue 10, round 2).

End to end through the console bot, on both databases: "remind me to call Maria Lopez friday
at 10" (the ``remind`` command's words) and "ping me friday at 10 about Maria Lopez" (free
text) are linked like ``remind ... about=#c1``: on Maria's card, cancelled when she is erased,
warned about when she is do-not-contact (as the command warns); several of that name are
asked about with choices; a name the CRM does not know leaves the reminder unlinked and the
reply says so, with no record created behind the rep's back; Undo removes the reminder.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from storage.db import transaction
from storage.models import Account, Contact, Reminder


def reminders(sessions) -> list[Reminder]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        rows = list(s.scalars(select(Reminder).order_by(Reminder.id)))
        s.expunge_all()
        return rows


def count(sessions, model) -> int:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def contact_id(sessions, name: str) -> int:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        return s.scalar(select(Contact.id).where(Contact.name == name))  # type: ignore[return-value]


def test_a_named_contact_links_the_reminder_and_shows_on_her_card(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("remind me to call Maria Lopez friday at 10")
    assert "Reminder set" in out and "[1] Undo" in out and "not linked" not in out
    (rem,) = reminders(sessions)
    assert (rem.linked_type, rem.linked_id) == ("contact", contact_id(sessions, "Maria Lopez"))
    assert rem.due_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # Friday 10:00 Madrid
    assert "call Maria Lopez" in rem.text
    card = console.say("contact show Maria Lopez")
    assert "Reminders" in card and "call Maria Lopez" in card


def test_undo_removes_the_linked_reminder(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Jon Berg")
    out = console.say("remind me tomorrow at 3 to send Jon Berg the proposal")
    assert "Reminder set" in out
    assert reminders(sessions)[0].linked_type == "contact"
    assert "Undone" in console.say("1")  # the Undo button
    assert [r.status for r in reminders(sessions)] in ([], ["cancelled"])
    assert "send Jon Berg" not in console.say("contact show Jon Berg")


def test_several_of_that_name_ask_which_then_link_the_chosen_one(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Maria Garcia account=Globex")
    out = console.say("remind me tomorrow at 10 to call Maria")
    assert "matches several contacts" in out and count(sessions, Reminder) == 0
    out = console.say("2")
    assert "Reminder set" in out
    (rem,) = reminders(sessions)
    assert (rem.linked_type, rem.linked_id) == ("contact", contact_id(sessions, "Maria Garcia"))
    assert rem.due_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # the time said, kept


def test_an_unknown_name_leaves_it_unlinked_and_says_so(console, sessions) -> None:  # type: ignore[no-untyped-def]
    out = console.say("remind me friday at 10 to call Olga Petrova")
    assert "Reminder set" in out
    assert "no contact named 'Olga Petrova'" in out and "not linked" in out
    (rem,) = reminders(sessions)
    assert rem.linked_type is None and rem.linked_id is None
    assert count(sessions, Contact) == 0 and count(sessions, Account) == 0  # nothing made up


def test_a_named_account_links_the_reminder_and_shows_on_its_card(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Globex")
    out = console.say("remind me tomorrow at 11 to chase Globex about the invoice")
    assert "Reminder set" in out
    (rem,) = reminders(sessions)
    with transaction(sessions) as s:
        globex = s.scalar(select(Account.id))
    assert (rem.linked_type, rem.linked_id) == ("account", globex)
    assert "chase Globex" in console.say("account show Globex")


def test_a_person_not_yet_known_at_a_known_account_links_the_account(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Decathlon")
    out = console.say("remind me tomorrow to send the deck to Lucas Martin at Decathlon")
    assert "Reminder set" in out and "no contact named 'Lucas Martin'" in out
    (rem,) = reminders(sessions)
    assert rem.linked_type == "account" and count(sessions, Contact) == 0


def test_do_not_contact_warns_like_the_command(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez dnc=yes")
    out = console.say("remind me tomorrow at 10 to call Maria Lopez")
    assert "Maria Lopez is marked do-not-contact" in out
    typed = console.say("remind me tomorrow 10:00: call Maria Lopez about=Maria Lopez")
    assert "Maria Lopez is marked do-not-contact" in typed  # the same as the command path
    said, cmd = reminders(sessions)
    assert (said.linked_type, said.linked_id) == (cmd.linked_type, cmd.linked_id)


def test_erasing_the_person_cancels_the_reminder(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez")
    console.say("remind me friday at 10 to call Maria Lopez")
    out = console.say("contact erase Maria Lopez confirm=yes")
    assert "rased" in out
    (rem,) = reminders(sessions)
    assert rem.status == "cancelled" and "Maria" not in rem.text


def test_no_time_asks_when_and_keeps_the_link(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez")
    out = console.say("remind me to call Maria Lopez")
    assert "When should I remind you" in out and count(sessions, Reminder) == 0
    out = console.say("tomorrow at 9")
    assert "Reminder set" in out
    (rem,) = reminders(sessions)
    assert (rem.linked_type, rem.linked_id) == ("contact", contact_id(sessions, "Maria Lopez"))


def test_no_time_and_an_unknown_name_asks_when_and_sets_it_unlinked(console, sessions) -> None:  # type: ignore[no-untyped-def]
    out = console.say("remind me to call Olga Petrova")
    assert "When should I remind you" in out and "not linked" in out
    assert count(sessions, Reminder) == 0
    assert "Reminder set" in console.say("tomorrow at 9")
    (rem,) = reminders(sessions)
    assert rem.linked_type is None and count(sessions, Contact) == 0


def test_the_command_links_an_account_by_reference(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Initech")
    out = console.say("remind me tomorrow 9:00: renewal call about=#a1")
    assert "Reminder set" in out
    assert reminders(sessions)[0].linked_type == "account"


@pytest.mark.parametrize(
    "said",
    [
        "ping me friday at 10 about the Maria Lopez contract",
        "make sure I remember to call Maria Lopez friday at 10",
        "call Maria Lopez friday at 10",
    ],
)
def test_free_text_reminders_link_too(console, sessions, said: str) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez")
    out = console.say(said)
    assert "Reminder set" in out, out
    (rem,) = reminders(sessions)
    assert (rem.linked_type, rem.linked_id) == ("contact", contact_id(sessions, "Maria Lopez"))
    assert rem.due_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert "Undone" in console.say("1")


def test_free_text_several_ask_and_unknown_says_so(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez")
    console.say("contact add Maria Garcia")
    out = console.say("make sure I remember to call Maria tomorrow at 10")
    assert "matches several contacts" in out and count(sessions, Reminder) == 0
    assert "Reminder set" in console.say("1")
    assert reminders(sessions)[0].linked_id == contact_id(sessions, "Maria Lopez")
    out = console.say("make sure I remember to call Olga Petrova tomorrow at 10")
    assert "Reminder set" in out and out.count("not linked") == 1
    assert reminders(sessions)[1].linked_type is None and count(sessions, Contact) == 2


def test_the_colon_form_links_only_whole_names_the_crm_has(console, sessions) -> None:  # type: ignore[no-untyped-def]
    """ "remind me friday 10:00: Pipeline review" names no account "Pipeline": no link, no
    note (the account Pipeline Partners is not said whole)."""
    console.say("account add Pipeline Partners")
    out = console.say("remind me friday 10:00: Pipeline review")
    assert "Reminder set" in out and "not linked" not in out
    assert reminders(sessions)[0].linked_type is None


def test_a_time_already_past_asks_and_keeps_the_link(console, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez")
    out = console.say("remind me to call Maria Lopez today at 8")  # 10:00 now
    assert count(sessions, Reminder) == 0 and "[1]" in out
    console.say("1")
    rems = reminders(sessions)
    assert len(rems) == 1 and rems[0].linked_type == "contact"


def test_a_reminder_naming_a_deals_whole_title_is_linked_to_the_deal(console, sessions):
    """ "remind me to chase Globex seats on friday" said "I have no account named 'Globex'"
    and linked nothing, with the deal "Globex seats" in the CRM (found by dog1)."""
    from sqlalchemy import select

    from storage.db import transaction
    from storage.models import Reminder

    console.say("deal add Globex seats 48k")
    assert "no account named" not in console.say("remind me to chase Globex seats on friday")
    console.say("remind me about the Globex seats deal tomorrow 10am")
    assert "no account named 'Globex'" in console.say("remind me to call Globex on monday")
    with transaction(sessions) as s:
        links = [
            (r.linked_type, r.linked_id) for r in s.scalars(select(Reminder).order_by(Reminder.id))
        ]
    assert links == [("deal", 1), ("deal", 1), (None, None)]  # a near match is never linked
    assert "chase Globex seats" in console.say("deal show Globex seats")


def test_the_colon_form_links_a_contact_it_names(console, sessions) -> None:  # type: ignore[no-untyped-def]
    """'tmrw 9: call Maria Lopez' linked nothing: only about= linked the colon form."""
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Dina Berg account=Acme dnc=yes")
    console.say("tmrw 9: call Maria Lopez")
    console.say("remind tomorrow 10: call maria about the quote")
    out = console.say("remind tomorrow 11: chase Dina Berg about the contract")
    assert "Dina Berg is marked do-not-contact" in out
    console.say("remind tomorrow 12: Pipeline review")
    maria, dina = contact_id(sessions, "Maria Lopez"), contact_id(sessions, "Dina Berg")
    assert [(r.linked_type, r.linked_id) for r in reminders(sessions)] == [
        ("contact", maria),
        ("contact", maria),
        ("contact", dina),
        (None, None),
    ]
    assert "call Maria Lopez" in console.say("contact show Maria Lopez")
