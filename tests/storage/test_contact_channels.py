"""Point 2 of issue 11: a contact has several emails and phones; a merge keeps them all,
lookups find the secondary ones, and privacy requests cover them."""

from __future__ import annotations

import json

from sqlalchemy import Text, cast, func, select

from storage.db import transaction
from storage.models import AuditLog, Contact
from storage.models_channels import ContactChannel


def _pair(console):
    console.say("contact add Maria Lopez email=maria@acme.com phone=+34 600 111 222")
    console.say("contact add Maria L email=m.lopez@gmail.com phone=+34 699 000 111")
    assert "Merged" in console.say("contact merge #c2 into #c1 confirm=yes")


def test_merge_keeps_every_email_and_phone(console):
    _pair(console)
    card = console.say("contact show #c1")
    for value in ("maria@acme.com", "m.lopez@gmail.com", "+34 600 111 222", "+34 699 000 111"):
        assert value in card, card
    # every lookup finds the kept contact by the duplicate's details
    assert "Maria Lopez" in console.say("find m.lopez@gmail.com")
    assert "Maria Lopez  #c1" in console.say("contact show m.lopez@gmail.com")
    assert "Maria Lopez  #c1" in console.say("contact show +34699000111")
    assert "Maria Lopez" in console.say("find 000111")  # the phone-suffix lookup
    assert "Logged" in console.say("log call m.lopez@gmail.com: asked for a quote")


def test_contact_edit_adds_and_removes_secondary_email_and_phone(console):
    console.say("contact add Jon Snow email=jon@wall.org")
    out = console.say("contact edit Jon Snow email+=jon.snow@gmail.com phone+=+44 7700 900123")
    assert "jon.snow@gmail.com" in out and "+44 7700 900123" in out, out
    assert "Jon Snow" in console.say("find jon.snow@gmail.com")
    assert "Jon Snow" in console.say("find 900123")
    out = console.say("contact edit Jon Snow email+=not-an-address")
    assert "not-an-address" in out and "✅" not in out
    out = console.say("contact edit Jon Snow email-=jon.snow@gmail.com")
    assert "jon.snow@gmail.com" not in out, out
    assert "Nothing matches" in console.say("find jon.snow@gmail.com")
    assert "email+=" in console.say("help contact edit")
    # another contact cannot take an address someone already has as a secondary one
    console.say("contact edit Jon Snow email+=shared@x.org")
    out = console.say("contact add Arya Stark email=shared@x.org")
    assert "already exists" in out and "Jon Snow" in out, out


def test_privacy_covers_secondary_channels(console, sessions):
    _pair(console)
    data = json.loads(
        (out := console.say("contact export #c1"))[out.index("{") :].rsplit("\n  [", 1)[0]
    )
    assert {ch["value"] for ch in data["channels"]} >= {"m.lopez@gmail.com", "+34 699 000 111"}
    assert "Erased" in console.say("contact erase #c1 confirm=yes")
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(ContactChannel)) == 0
        for needle in ("m.lopez@gmail.com", "699 000 111"):
            hits = s.scalar(
                select(func.count()).where(
                    cast(AuditLog.before, Text).like(f"%{needle}%")
                    | cast(AuditLog.after, Text).like(f"%{needle}%")
                )
            )
            assert hits == 0, needle
        assert s.scalar(select(func.count()).where(Contact.email_key.is_not(None))) == 0
    assert "asked to be erased" in console.say("contact add Someone email=m.lopez@gmail.com")
    console.say("contact add Other Person")
    assert "asked to be erased" in console.say("contact edit Other Person phone+=+34699000111")


def test_undo_takes_back_an_added_or_removed_secondary_email(console):
    console.say("contact add Jon Snow email=jon@wall.org")
    console.say("contact edit Jon Snow email+=jon.snow@gmail.com")
    assert "ndone" in console.say("undo")
    assert "Nothing matches" in console.say("find jon.snow@gmail.com")
    console.say("contact edit Jon Snow email+=jon.snow@gmail.com")
    console.say("contact edit Jon Snow email-=jon.snow@gmail.com")
    assert "Nothing matches" in console.say("find jon.snow@gmail.com")
    assert "ndone" in console.say("undo")
    assert "Jon Snow" in console.say("find jon.snow@gmail.com")
    # removing the main address promotes the second one
    console.say("contact edit Jon Snow email-=jon@wall.org")
    card = console.say("contact show Jon Snow")
    assert "email: jon.snow@gmail.com" in card and "jon@wall.org" not in card, card
