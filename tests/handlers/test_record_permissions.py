"""Shared contacts and accounts: anyone reads them, but editing, deleting, merging and
re-owning someone else's record is for the owner, their manager and admins; deleting a
contact keeps colleagues' reminders about it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage import followup_queries as fq
from storage.db import transaction
from storage.models import Account, Contact, Opportunity, Reminder, User


@pytest.fixture
def people(bot, ws_id, console, console_bob):
    """Ana admin; Bob (team North, managed by Dave) and Carla (team South) reps."""
    carla = ConsoleAdapter(bot, ws_id, "carla", "Europe/Madrid")
    dave = ConsoleAdapter(bot, ws_id, "dave", "Europe/Madrid")
    for who in (console_bob, carla, dave):
        who.say("me")
    console.say("team add North manager=dave")
    console.say("team assign bob to North")
    console.say("team add South")
    console.say("team assign carla to South")
    carla.say("contact add Pilar Ruiz email=pilar@iberdrola.es account=Iberdrola")
    carla.say("deal add Carla wind farm 5000 EUR contact=Pilar Ruiz account=Iberdrola")
    console_bob.say("contact add Bob Contact account=Bobco")
    return {"bob": console_bob, "carla": carla, "dave": dave, "ana": console}


def _contact(sessions, name):
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.name == name))
        owner = s.get(User, c.owner_id).display_name
        return c, owner


def test_rep_cannot_delete_merge_or_reown_another_reps_records(people, sessions):
    bob = people["bob"]
    for cmd, verb in (
        ("contact edit Pilar Ruiz owner=bob", "change the owner of Pilar Ruiz"),
        ("contact delete Pilar Ruiz", "delete Pilar Ruiz"),
        ("contact delete Pilar Ruiz confirm=yes", "delete Pilar Ruiz"),
        ("contact merge Pilar Ruiz into Bob Contact", "merge Pilar Ruiz"),
        ("contact merge Bob Contact into Pilar Ruiz", "merge into Pilar Ruiz"),
        ("account merge Iberdrola into Bobco", "merge Iberdrola"),
        ("account edit Iberdrola owner=bob", "change the owner of Iberdrola"),
    ):
        out = bob.say(cmd)
        assert f"only carla (the owner) or an admin can {verb}" in out, (cmd, out)
    pilar, owner = _contact(sessions, "Pilar Ruiz")
    assert owner == "carla" and pilar.deleted_at is None
    with transaction(sessions) as s:
        deal = s.scalar(select(Opportunity).where(Opportunity.title == "Carla wind farm"))
        ibe = s.scalar(select(Account).where(Account.name == "Iberdrola"))
        assert deal.contact_id == pilar.id and deal.account_id == ibe.id
        assert ibe.deleted_at is None and s.get(User, ibe.owner_id).display_name == "carla"
        assert s.scalar(select(Contact).where(Contact.name == "Bob Contact")).deleted_at is None
    # Editing follows the same rule (issue 11, point 6): tests/handlers/test_edit_permissions.py.


def test_owner_manager_and_admin_may(people, sessions):
    bob, carla, dave, ana = people["bob"], people["carla"], people["dave"], people["ana"]
    out = carla.say("contact delete Bob Contact confirm=yes")
    assert "only bob (the owner), dave (their manager) or an admin can delete" in out
    assert "Contact updated" in dave.say("contact edit Bob Contact owner=dave")
    assert _contact(sessions, "Bob Contact")[1] == "dave"
    assert "only carla (the owner) or an admin" in dave.say("contact delete Pilar Ruiz")
    assert "Contact updated" in carla.say("contact edit Pilar Ruiz owner=bob")  # giving it away
    assert "Contact updated" in bob.say("contact edit Pilar Ruiz owner=carla")  # and back
    assert "Merged" in ana.say("account merge Iberdrola into Bobco confirm=yes")
    assert "Deleted" in ana.say("contact delete Pilar Ruiz confirm=yes")


def test_deleting_a_contact_keeps_colleagues_reminders(people, sessions):
    bob, carla = people["bob"], people["carla"]
    bob.say("contact add Hank Hill")
    carla.say("remind me tomorrow 9am: call Hank about=Hank Hill")
    bob.say("remind me tomorrow 10am: email Hank about=Hank Hill")
    assert "Deleted" in bob.say("contact delete Hank Hill confirm=yes")
    with transaction(sessions) as s:
        hank = s.scalar(select(Contact).where(Contact.name == "Hank Hill"))
        status = {
            s.get(User, r.user_id).display_name: r.status
            for r in s.scalars(select(Reminder).where(Reminder.linked_id == hank.id))
        }
        assert status == {"carla": "pending", "bob": "cancelled"}
        today = hank.deleted_at.date()
        # Carla's reminder still goes out; automatic nudges about a deleted contact do not.
        assert fq.obstacle(s, "manual", "contact", hank.id, today) is None
        assert fq.obstacle(s, "birthday", "contact", hank.id, today) == "the contact was deleted"
