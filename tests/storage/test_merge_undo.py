"""Point 1 of issue 11: undoing a merge puts everything back on the duplicate, and an
account merge asks first, as a contact merge does."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Contact, Opportunity, Reminder


def _where(sessions):
    """Which contact each activity, deal and reminder hangs on, and each contact's channels."""
    with transaction(sessions) as s:
        acts = {a.body: a.contact_id for a in s.scalars(select(Activity))}
        deals = {d.title: d.contact_id for d in s.scalars(select(Opportunity))}
        rems = {r.id: r.linked_id for r in s.scalars(select(Reminder))}
        people = {
            c.id: (c.email, c.phone, c.deleted_at is None) for c in s.scalars(select(Contact))
        }
    return acts, deals, rems, people


def _channels(sessions):
    from storage.models_channels import ContactChannel

    with transaction(sessions) as s:
        return {(c.kind, c.value): c.contact_id for c in s.scalars(select(ContactChannel))}


def test_undo_of_contact_merge_restores_everything_exactly(console, sessions):
    console.say("contact add Maria Lopez email=maria@acme.com phone=+34 600 111 222")
    console.say("contact add Maria L email=m.lopez@gmail.com phone=+34 699 000 111")
    assert "Logged" in console.say("log call #c2: talked budget")
    assert "Logged" in console.say("log note #c1: likes golf")
    assert "Deal created" in console.say("deal add Acme renewal 12k EUR contact=#c2")
    assert "⏰" in console.say("remind me tomorrow at 10: call back about=#c2")
    assert "✅" in console.say("contact edit #c2 email+=maria.home@mail.com")
    before = _where(sessions)
    channels_before = _channels(sessions)
    assert channels_before == {("email", "maria.home@mail.com"): 2}
    assert before[1] == {"Acme renewal": 2}
    out = console.say("contact merge #c2 into #c1")
    assert "Merge" in out and "Yes" in out, out
    assert _where(sessions) == before  # asked first: nothing moved yet
    out = console.say("contact merge #c2 into #c1 confirm=yes")
    assert "Merged" in out, out
    acts, deals, rems, _people = _where(sessions)
    assert set(acts.values()) == {1} and deals == {"Acme renewal": 1}
    assert set(rems.values()) == {1}
    # the duplicate's address and number now find the kept contact
    assert "Maria Lopez" in console.say("find m.lopez@gmail.com")
    out = console.say("undo")
    assert "Undone" in out or "undone" in out.lower(), out
    assert _where(sessions) == before
    assert _channels(sessions) == channels_before  # A's own second address is A's again
    assert "Maria L" in console.say("find m.lopez@gmail.com")
    assert "#c1" not in console.say("contact show m.lopez@gmail.com")


def test_account_merge_asks_first_and_undo_restores_everything(console, sessions):
    console.say("account add Acme")
    console.say("account add ACME Inc")
    console.say("contact add Jon Snow account=ACME Inc")
    console.say("deal add Big one 5k EUR account=ACME Inc")
    console.say("log note ACME Inc: visited HQ")
    with transaction(sessions) as s:
        before = (
            {c.name: c.account_id for c in s.scalars(select(Contact))},
            {d.title: d.account_id for d in s.scalars(select(Opportunity))},
            {a.body: a.account_id for a in s.scalars(select(Activity))},
        )
    out = console.say("account merge ACME Inc into Acme")
    assert "Merge" in out and "?" in out and "Yes" in out, out
    with transaction(sessions) as s:  # nothing moved yet
        assert {c.name: c.account_id for c in s.scalars(select(Contact))} == before[0]
    out = console.say("account merge ACME Inc into Acme confirm=yes")
    assert "Merged" in out, out
    with transaction(sessions) as s:
        assert {d.account_id for d in s.scalars(select(Opportunity))} == {1}
    assert "ndone" in console.say("undo")
    with transaction(sessions) as s:
        after = (
            {c.name: c.account_id for c in s.scalars(select(Contact))},
            {d.title: d.account_id for d in s.scalars(select(Opportunity))},
            {a.body: a.account_id for a in s.scalars(select(Activity))},
        )
    assert after == before
    assert "ACME Inc" in console.say("account show ACME Inc")
