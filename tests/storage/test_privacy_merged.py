"""Data-subject requests follow merges (a merged duplicate is the same person), and an
erased person is not re-added by hand, as the importer already refuses."""

from __future__ import annotations

import json

from sqlalchemy import Text, cast, func, select

from storage.db import transaction
from storage.models import AuditLog, Contact


def _json_of(out: str) -> dict:
    return json.loads(out[out.index("{") :].rsplit("\n  [", 1)[0])


def _merged_pair(console):
    console.say("contact add Zed Zulu email=zed@z.com title=CTO")
    console.say("contact add Zed Zeta email=zed.private@mail.com phone=+34 600 999 888 title=Boss")
    assert "Merged #c2" in console.say("contact merge #c2 into #c1 confirm=yes")


def test_export_includes_merged_duplicates(console):
    _merged_pair(console)
    data = _json_of(console.say("contact export #c1"))
    assert [m["email"] for m in data["merged_contacts"]] == ["zed.private@mail.com"]
    assert {h["contact_id"] for h in data["history"]} == {1, 2}


def test_erase_takes_merged_duplicates_along(console, sessions):
    _merged_pair(console)
    assert "erase #c1, which erases both" in console.say("contact erase #c2 confirm=yes")
    out = console.say("contact erase #c1 confirm=yes")
    assert "Erased #c1" in out and "1 merged contacts" in out
    with transaction(sessions) as s:
        for c in s.scalars(select(Contact)):
            assert (c.name, c.email, c.phone, c.title) == ("Erased person", None, None, None)
        for needle in ("zed@z.com", "zed.private@mail.com", "Zed Zeta", "600 999 888", "Boss"):
            hits = s.scalar(
                select(func.count()).where(
                    cast(AuditLog.before, Text).like(f"%{needle}%")
                    | cast(AuditLog.after, Text).like(f"%{needle}%")
                )
            )
            assert hits == 0, needle
    # Neither address comes back by hand, in a command or in words.
    for cmd in (
        "contact add Zed Zulu email=zed@z.com",
        "contact add Somebody Else email=Zed.Private@mail.com force=yes",
        "contact add Zed Again phone=+34600999888",
        "new contact Zed Zulu zed@z.com",
    ):
        assert "this person asked to be erased; not re-added" in console.say(cmd), cmd
    console.say("contact add Other Person")
    out = console.say("contact edit Other Person email=zed@z.com")
    assert "asked to be erased" in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).where(Contact.email_key.is_not(None))) == 0


def test_name_only_person_and_undone_merges(console, sessions):
    console.say("contact add Nameless Person")
    console.say("contact erase Nameless Person confirm=yes")
    assert "not re-added" in console.say("contact add Nameless Person")
    console.say("contact add Amy One email=amy@x.com")
    console.say("contact add Amy Two email=amy2@x.com")
    console.say("contact merge Amy Two into Amy One confirm=yes")
    assert "Undone" in console.say("undo")  # Amy Two is her own person again
    assert "merged contacts" not in console.say("contact erase Amy One confirm=yes")
    with transaction(sessions) as s:
        amy2 = s.scalar(select(Contact).where(Contact.email_key == "amy2@x.com"))
        assert amy2 is not None and amy2.name == "Amy Two" and amy2.deleted_at is None
    assert "Contact created" in console.say("contact add Amy Three email=amy3@x.com")
