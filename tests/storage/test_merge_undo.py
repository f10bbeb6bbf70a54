"""Point 1 of issue 11: undoing a merge puts everything back on the duplicate, and an
account merge asks first, as a contact merge does."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Contact, Opportunity, Reminder

NOW_OPT_OUT = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


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


def test_contact_merge_moves_every_link_and_keeps_consent_and_undo_puts_them_back(
    console, sessions
):
    """Cases, files, chat handles, campaign memberships and the opt-out follow a merge (they
    were once left on the deleted duplicate), and an undo moves exactly those back."""
    from storage.models_campaigns import Campaign, CampaignMember
    from storage.models_capture import ContactHandle
    from storage.models_cases import Case
    from storage.models_documents import Document

    console.say("account add Acme")
    console.say("contact add Maria Lopez email=maria@acme.com")
    console.say("contact add Maria L email=m.lopez@gmail.com country=ES telegram=marial")
    assert "Case" in console.say("case new Acme: cannot export invoices contact=#c2")
    console.say('campaign new "Spring calls" type=call')
    console.say('campaign new "Autumn calls" type=call')
    with transaction(sessions) as s:
        dup = s.get(Contact, 2)
        assert dup is not None
        dup.email_opt_out_at = NOW_OPT_OUT
        ws = dup.workspace_id
        spring, autumn = s.scalars(select(Campaign.id).order_by(Campaign.id)).all()
        s.add_all(
            [
                ContactHandle(workspace_id=ws, contact_id=2, platform="telegram", handle="777"),
                Document(
                    workspace_id=ws,
                    record_kind="contact",
                    record_id=2,
                    name="nda.pdf",
                    group_key="nda.pdf",
                    sha256="0" * 64,
                    size=3,
                    kind="pdf",
                    mime="application/pdf",
                ),
                CampaignMember(workspace_id=ws, campaign_id=spring, contact_id=2),
                CampaignMember(workspace_id=ws, campaign_id=autumn, contact_id=2),
                CampaignMember(workspace_id=ws, campaign_id=autumn, contact_id=1),
            ]
        )

    def links():
        with transaction(sessions) as s:
            keep = s.get(Contact, 1)
            assert keep is not None
            return (
                sorted(s.scalars(select(Case.contact_id))),
                sorted(s.scalars(select(Document.record_id))),
                sorted(s.scalars(select(ContactHandle.contact_id))),
                sorted((m.campaign_id, m.contact_id) for m in s.scalars(select(CampaignMember))),
                (keep.country, keep.telegram, keep.email_opt_out_at is not None),
            )

    before = links()
    assert before[4] == (None, None, False)
    assert "Merged" in console.say("contact merge #c2 into #c1 confirm=yes")
    cases, docs, handles, members, keep_fields = links()
    assert cases == [1] and docs == [1] and handles == [1]
    # Spring moved; Autumn already had the kept contact, so the duplicate's row stays put.
    assert members == sorted([(spring, 1), (autumn, 2), (autumn, 1)])
    assert keep_fields == ("ES", "marial", True)  # the opt-out holds for the merged person
    assert "ndone" in console.say("undo")
    assert links() == before
