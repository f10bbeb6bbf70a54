"""Point 6 of issue 11: editing someone else's contact or account follows the rule
deleting follows (owner, their manager, an admin); others are told who may."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import Account, Contact


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
    console_bob.say("contact add Bob Contact account=Bobco")
    return {"bob": console_bob, "carla": carla, "dave": dave, "ana": console}


def test_editing_someone_elses_contact_or_account_is_refused_naming_the_owner(people, sessions):
    bob = people["bob"]
    for cmd, verb in (
        ("contact edit Pilar Ruiz title=CTO", "edit Pilar Ruiz"),
        ("contact edit Pilar Ruiz email+=pilar@gmail.com", "edit Pilar Ruiz"),
        ("account edit Iberdrola industry=Energy", "edit Iberdrola"),
    ):
        out = bob.say(cmd)
        assert f"only carla (the owner) or an admin can {verb}" in out, (cmd, out)
    with transaction(sessions) as s:
        assert s.scalar(select(Contact.title).where(Contact.name == "Pilar Ruiz")) is None
        assert s.scalar(select(Account.industry).where(Account.name == "Iberdrola")) is None
    # the manager of the owner's team may, and so may an admin and the owner
    out = people["carla"].say("contact edit Bob Contact title=CEO")
    assert "only bob (the owner), dave (their manager) or an admin can edit" in out
    assert "Contact updated" in people["dave"].say("contact edit Bob Contact title=CEO")
    assert "Contact updated" in people["ana"].say("contact edit Pilar Ruiz title=CTO")
    assert "Account updated" in people["carla"].say("account edit Iberdrola industry=Energy")
