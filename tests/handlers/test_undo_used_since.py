"""Undo of a record's creation never leaves what was written on it since on nobody.

Was: "contact add Jon Doe", then "log call Jon: …, follow up friday 10am", then the first
message's Undo: the contact (and its new account) went, the call stayed with no contact,
its follow-up pointed at a record gone, and the reply said only "created contact".
"""

from __future__ import annotations

from bot.console import ConsoleAdapter


def _undo_of(reply) -> str:  # type: ignore[no-untyped-def]
    return next(b.action for b in reply.buttons if b.label == "Undo")


def test_undo_of_a_contact_with_a_call_since_is_refused(console: ConsoleAdapter) -> None:
    created = console.send("contact add Jon Doe account=Acme")
    console.say("log call Jon: talked pricing, follow up friday 10am")
    out = console.say(_undo_of(created))
    assert "I can't undo creating Jon Doe: 1 activity and 1 reminder" in out
    assert "Nothing was undone" in out
    card = console.say("contact show Jon Doe")
    assert "talked pricing" in card and "Follow up Jon Doe" in card

    assert "Undone" in console.say("undo")  # the call and its follow-up first …
    assert "created contact Jon Doe" in console.say(_undo_of(created))  # … then the contact
    assert "no contact matching" in console.say("contact show Jon Doe")


def test_undo_of_a_deal_with_a_note_since_is_refused(console: ConsoleAdapter) -> None:
    console.say("contact add Jon Doe account=Acme")
    deal = console.send("deal add Acme renewal amount=5000 contact=Jon Doe")
    console.say("log note #d1: budget approved")
    out = console.say(_undo_of(deal))
    assert "I can't undo creating Acme renewal: 1 activity" in out
    assert "Acme renewal" in console.say("deal show #d1")


def test_undo_of_a_contact_made_with_its_log_still_works(console: ConsoleAdapter) -> None:
    # "Create contact 'Peter Parker' and log": the call hangs on a contact of the same
    # change, so one Undo takes both back
    logged = console.send("log call Peter Parker: intro call create=yes")
    out = console.say(_undo_of(logged))
    assert "Undone (2 changes reverted)" in out and "created contact Peter Parker" in out
    assert "no contact" in console.say("contact show Peter Parker")
