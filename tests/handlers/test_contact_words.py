"""A contact's details changed in plain words (handlers/contact_words.py): they were
misread before ("set priya as do not contact" created a contact "priya as", "birthday of
priya is 12 march" set a reminder), now they change the contact, with Undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from storage.db import transaction
from storage.models import Contact, Reminder


def _priya(sessions) -> Contact:
    with transaction(sessions) as s:
        c = s.scalars(select(Contact).where(Contact.name == "Priya Raman")).one()
        s.expunge(c)
        return c


@pytest.mark.parametrize(
    ("said", "field", "value"),
    [
        ("Priya's phone is +44 20 7946 0958", "phone", "+44 20 7946 0958"),
        ("priya raman's mobile number is now +44 7700 900123", "phone", "+44 7700 900123"),
        ("the email of Priya is priya.r@globex.com", "email", "priya.r@globex.com"),
        ("update priya's email to p.raman@globex.com", "email", "p.raman@globex.com"),
        ("Priya has a new email: pr@globex.io", "email", "pr@globex.io"),
        ("new phone for priya: +34 600 123 456", "phone", "+34 600 123 456"),
        ("Priya's title is VP of Sales", "title", "VP of Sales"),
        ("set the role of priya raman to Head of Procurement", "title", "Head of Procurement"),
        ("priya's birthday is march 12, 1991", "birthday", date(1991, 3, 12)),
        ("the date of birth of priya is 12th of March 1991", "birthday", date(1991, 3, 12)),
    ],
)
def test_a_field_said_in_words_is_set(console, sessions, said, field, value):
    console.say("contact add Priya Raman account=Globex")
    out = console.say(said)
    assert "Understood: " in out and "Contact updated" in out and "Undo" in out
    assert getattr(_priya(sessions), field) == value


def test_do_not_contact_in_words_and_lifted(console, sessions):
    console.say("contact add Priya Raman")
    for said in (
        "set priya as do not contact",
        "do not contact Priya Raman anymore",
        "priya is dnc",
        "add priya to the do not contact list",
    ):
        assert "do-not-contact" in console.say(said), said
        assert _priya(sessions).do_not_contact is True
        console.say("priya can be contacted again")
        assert _priya(sessions).do_not_contact is False
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.name)).all() == ["Priya Raman"]  # no "priya as"


def test_a_birthday_without_a_year_is_asked_never_given_one(console, sessions):
    console.say("contact add Priya Raman")
    out = console.say("birthday of priya is 12 march")
    assert "Which year was priya born?" in out and "birthday=1990-03-12" in out
    assert _priya(sessions).birthday is None
    with transaction(sessions) as s:
        assert s.scalars(select(Reminder)).all() == []  # no reminder "birthday of priya is"


def test_a_bad_value_is_refused_in_words_and_nothing_changes(console, sessions):
    console.say("contact add Priya Raman")
    assert "'soon' is not a phone number" in console.say("priya's phone is soon")
    assert "I found no contact matching 'zed'" in console.say("zed's phone is +1 555 0100 22")
    assert _priya(sessions).phone is None


def test_undo_puts_the_old_value_back(console, sessions):
    console.say("contact add Priya Raman title=CFO")
    console.say("Priya's title is CEO")
    assert _priya(sessions).title == "CEO"
    assert "Undone" in console.say("undo")
    assert _priya(sessions).title == "CFO"


@pytest.mark.parametrize(
    "said",
    [
        "called priya about her new phone, she likes it",  # a log
        "remind me to ask priya for her email tomorrow 9am",  # a reminder
        "don't contact priya before friday",  # not a name: "priya before friday"
    ],
)
def test_other_sentences_are_left_to_the_parser(console, sessions, said):
    console.say("contact add Priya Raman")
    out = console.say(said)
    assert "Contact updated" not in out
    c = _priya(sessions)
    assert (c.phone, c.email, c.do_not_contact) == (None, None, False)


def test_looser_wordings_change_a_known_contact_only(console, sessions):
    # "sarah connor dnc" only showed the card (the flag silently not set), and
    # "change priya raman title to VP Sales" was not understood.
    console.say("contact add Priya Raman")
    out = console.say("priya raman dnc")
    assert "do-not-contact" in out and "Undo" in out
    assert _priya(sessions).do_not_contact is True
    console.say("undo")
    assert _priya(sessions).do_not_contact is False
    assert "do-not-contact" in console.say("priya raman: do not contact")
    assert "Contact updated" in console.say("change priya raman title to VP Sales")
    assert _priya(sessions).title == "VP Sales"
    assert "Contact updated" in console.say("update priya email address to pr@globex.com")
    assert _priya(sessions).email == "pr@globex.com"
    # Not a known contact: left to the general reading, never a contact "called priya".
    console.say("called priya do not contact")
    console.say("change nobody here title to boss")
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.name)).all() == ["Priya Raman"]


def test_a_field_after_a_known_name_and_a_comma_changes_it(console, sessions):
    # "priya raman, new phone …" created a second contact "priya raman" with the phone.
    console.say("contact add Priya Raman account=Globex")
    out = console.say("priya raman, new phone +44 20 7946 0958")
    assert "Contact updated" in out and "Undo" in out
    assert "Understood: " in console.say("priya: email pr@globex.com")
    priya = _priya(sessions)
    assert (priya.phone, priya.email) == ("+44 20 7946 0958", "pr@globex.com")
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.name)).all() == ["Priya Raman"]


def test_a_known_accounts_field_said_in_words(console, sessions):
    # "initech's website is initech.com" was asked about as "move a deal?".
    from storage.models import Account

    console.say("account add Initech")
    out = console.say("initech's website is initech.com")
    assert "Account updated" in out and "Undo" in out
    assert "Account updated" in console.say("Initech's industry is software")
    with transaction(sessions) as s:
        initech = s.scalars(select(Account)).one()
        assert (initech.website, initech.industry) == ("initech.com", "software")


def test_a_known_contacts_field_is_value_without_an_apostrophe(console, sessions):
    # "maria lopez birthday is march 3" set a reminder "maria lopez birthday is" on 3 March.
    console.say("contact add Priya Raman account=Globex")
    out = console.say("priya raman birthday is 12 march 1991")
    assert "Contact updated" in out and "Undo" in out
    assert _priya(sessions).birthday == date(1991, 3, 12)
    out = console.say("priya birthday is march 3")  # no year: asked, never given one
    assert "year" in out
    assert "Contact updated" in console.say("priya phone is +44 20 7946 0958")
    assert _priya(sessions).phone == "+44 20 7946 0958"
    with transaction(sessions) as s:
        assert s.scalars(select(Reminder)).all() == []
    # A name nobody knows is left to the general reading.
    console.say("jon snow birthday is march 3 1990")
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.name)).all() == ["Priya Raman"]


def test_her_field_right_after_the_contact_is_theirs(console, sessions):
    # "oops her email is …" right after "new contact Sara Kim" was not understood
    console.say("contact add Priya Raman account=Globex email=priya@globex.com")
    out = console.say("oops her email is p.raman@globex.com")
    assert "Understood: Priya Raman — email p.raman@globex.com" in out and "Undo" in out
    assert _priya(sessions).email == "p.raman@globex.com"
    console.say("log call Priya Raman: pricing")
    assert "Contact updated" in console.say("and her title is CFO")
    assert _priya(sessions).title == "CFO"


def test_her_field_with_nobody_just_changed_is_asked(console, sessions, clock):
    console.say("contact add Priya Raman")
    clock.advance(minutes=30)  # past the undo window: no "last contact"
    out = console.say("her phone is +44 20 7946 0958")
    assert "Whose phone? Say the name" in out
    assert _priya(sessions).phone is None


def test_tags_said_in_words_are_added(console, sessions):
    # "tag maria as vip" was not understood
    console.say("contact add Priya Raman tags=nordics")
    out = console.say("tag priya as vip")
    assert "tagged vip" in out and "Undo" in out
    console.say("add the tag champion to priya raman")
    assert sorted(_priya(sessions).tags) == ["champion", "nordics", "vip"]
    console.say("undo")
    assert sorted(_priya(sessions).tags) == ["nordics", "vip"]
    out = console.say("tag nobody here as vip")  # no such contact: not a tag change
    assert "tagged" not in out


def test_a_detail_with_no_field_is_offered_as_a_note(console, sessions):
    # "john doe's linkedin is …" showed the card and dropped the words
    from storage.models import Activity

    console.say("contact add Priya Raman")
    out = console.say("priya raman's linkedin is linkedin.com/in/praman")
    assert "no 'linkedin' field" in out and "Save as a note" in out
    console.say("1")
    with transaction(sessions) as s:
        (note,) = s.scalars(select(Activity)).all()
        assert (note.type, note.body) == ("note", "linkedin: linkedin.com/in/praman")


def test_a_phone_like_number_not_read_is_shown_back(console, sessions):
    # "add John Doe, CTO at Initech, john@initech.com, 555-0100": the number was dropped
    out = console.say("add John Doe, CTO at Initech, john@initech.com, 555-0100")
    assert "Contact created" in out and "Not used: '555-0100'" in out and "Save as phone" in out
    console.say("2")
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.phone)).one() == "555-0100"


def test_an_opt_out_reported_in_words_marks_the_contact_and_never_creates_one(console, sessions):
    """ "maria asked us not to contact her anymore" created a contact called "maria" and
    marked nobody: the opt-out was lost, and her reminders still went out."""
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Tom Baker account=Acme")
    console.say("contact add Ana Ruiz")
    console.say("contact add Li Wei")
    for said in (
        "maria asked us not to contact her anymore",
        "tom doesn't want any more calls",
        "ana ruiz unsubscribed",
        "li wei has asked to be removed from our mailing list",
    ):
        assert "do not contact" in console.say(said), said
    out = console.say("bob asked not to be called again")
    assert "I have no contact called 'bob', so nobody was marked do-not-contact" in out
    with transaction(sessions) as s:
        rows = {c.name: c.do_not_contact for c in s.scalars(select(Contact))}
    assert rows == {"Maria Lopez": True, "Tom Baker": True, "Ana Ruiz": True, "Li Wei": True}
