"""A lifecycle said in words ("maria lopez is a customer now", "mark acme as customer"):
a contact's is set with Undo; an account, which has none of its own, asks whether its people
become that (``account lifecycle``). They used to be read as a new account: "an account named
'Acme' already exists", or an account "acme as" created (handlers/record_words.py)."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.db import transaction
from storage.models import Account, Contact


def _lifecycles(sessions) -> dict[str, str]:
    with transaction(sessions) as s:
        return {c.name: c.lifecycle for c in s.scalars(select(Contact).order_by(Contact.id))}


def _accounts(sessions) -> int:
    with transaction(sessions) as s:
        return s.scalar(select(func.count()).select_from(Account)) or 0


def test_a_contact_said_to_be_a_customer_becomes_one_with_undo(console, sessions):
    console.say("contact add John Smith account=Acme")
    out = console.say("john smith is a customer now")
    assert "Contact updated" in out and "lifecycle: customer" in out
    assert _lifecycles(sessions) == {"John Smith": "customer"}
    console.say("undo")
    assert _lifecycles(sessions) == {"John Smith": "prospect"}
    console.say("mark john as a lead")
    assert _lifecycles(sessions) == {"John Smith": "lead"}
    console.say("john smith became a client")  # a client is a customer
    assert _lifecycles(sessions) == {"John Smith": "customer"}


def test_an_account_asks_before_its_people_change_and_never_makes_an_account(console, sessions):
    console.say("contact add John Smith account=Acme")
    console.say("contact add Ann Lee account=Acme lifecycle=customer")
    console.say("contact add Bo Dahl account=Globex")
    out = console.say("acme is a customer now")
    assert "Mark every contact at Acme as customer?" in out
    assert _lifecycles(sessions)["John Smith"] == "prospect"  # asked, nothing written yet
    out = console.say("1")
    assert "1 contact at Acme is now customer: John Smith" in out
    assert _lifecycles(sessions) == {
        "John Smith": "customer",
        "Ann Lee": "customer",
        "Bo Dahl": "prospect",  # another account's people untouched
    }
    assert "Undone" in console.say("undo")
    assert _lifecycles(sessions)["John Smith"] == "prospect"
    out = console.say("mark acme as customer")
    assert "Mark every contact at Acme as customer?" in out
    assert "nothing was saved" in console.say("no")
    assert _accounts(sessions) == 2  # never "acme as", never a second Acme


def test_account_lifecycle_command_refuses_what_it_cannot_do(console, sessions):
    console.say("account add Initech")
    assert "has no contacts, so nothing changed" in console.say("account lifecycle Initech lead")
    assert "lifecycle" in console.say("account lifecycle Initech vip").lower()
    console.say("contact add Peter Gibbons account=Initech lifecycle=lead")
    assert "already lead; nothing changed" in console.say("account lifecycle Initech lead")


def test_a_name_with_no_record_is_asked_about_never_created(console, sessions):
    out = console.say("Hooli is now a customer")  # it created an account, "customer" unused
    assert "I have no contact or account called 'Hooli'" in out
    assert _accounts(sessions) == 0 and _lifecycles(sessions) == {}
    assert "Contact created" in console.say("1")  # one tap adds it as a customer
    assert _lifecycles(sessions) == {"Hooli": "customer"}
