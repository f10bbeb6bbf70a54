"""A merge's question says everything that will move, with counts, and the merge moves it
all; its Undo puts every row back (handlers/merge_question.py, storage/merge_links.py).

Was: "Its activities, deals, reminders, emails and phones move over" while the merge also
moved the duplicate's cases, files, campaign memberships and sequence enrolments: a rep
agreed to more than they were told."""

from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleAdapter
from handlers.types import Attachment, Incoming
from storage.db import transaction
from storage.models import Activity, Contact
from storage.models_campaigns import CampaignMember
from storage.models_cases import Case
from storage.models_documents import Document
from storage.models_sequences import SequenceEnrollment


def _attach(console: ConsoleAdapter, caption: str, name: str) -> str:
    reply = console.bot.handle(
        Incoming(
            console.workspace_id,
            console.sender,
            text=caption,
            files=(Attachment(name, b"signed contract text"),),
            channel="console",
        )
    )
    return reply.text


def _where(sessions) -> dict[str, set[int | None]]:
    """Which contact each kind of row hangs on."""
    with transaction(sessions) as s:
        return {
            "activities": {a.contact_id for a in s.scalars(select(Activity))},
            "cases": {c.contact_id for c in s.scalars(select(Case))},
            "files": {d.record_id for d in s.scalars(select(Document))},
            "campaigns": {m.contact_id for m in s.scalars(select(CampaignMember))},
            "sequences": {e.contact_id for e in s.scalars(select(SequenceEnrollment))},
        }


def _dup_with_everything(console: ConsoleAdapter) -> None:
    console.say("account add Acme")
    console.say("contact add Maria Lopez account=Acme email=maria@acme.com lifecycle=customer")
    console.say("contact add Maria L account=Acme email=m.lopez@gmail.com lifecycle=lead")
    assert "Logged" in console.say("log call #c2: talked budget")
    assert "Case" in console.say("case new Acme: invoices wrong p2 contact=#c2")
    assert "proposal.txt" in _attach(console, "#c2", "proposal.txt")
    console.say("segment save Leads lifecycle=lead")
    console.say("campaign new Spring calls type=call segment=Leads")
    assert "Started" in console.say("campaign start Spring calls")
    console.say("sequence new Trial")
    console.say("sequence step add Trial call check in")
    console.say("enroll Maria L in Trial")


def test_the_question_says_every_kind_that_moves(console, sessions):
    _dup_with_everything(console)
    before = _where(sessions)
    assert before == {k: {2} for k in before}
    out = console.say("contact merge Maria L into Maria Lopez")
    assert "Merge #c2 Maria L" in out and "into #c1 Maria Lopez" in out
    for said in (
        "1 activity",
        "1 case",
        "1 file",
        "1 campaign membership",
        "1 sequence enrolment",
        "Moving to Maria Lopez: 1 activity",
        "1 reminder",
        "it has no deals or chat accounts",
        "Its emails and phones become Maria Lopez's extra ones",
        "segments count the merged contact",
    ):
        assert said in out, (said, out)
    assert _where(sessions) == before  # asked only
    assert "Merged #c2" in console.say("yes")
    assert _where(sessions) == {k: {1} for k in before}
    assert "Undone" in console.say("undo")
    assert _where(sessions) == before
    with transaction(sessions) as s:
        assert s.get(Contact, 2).deleted_at is None  # type: ignore[union-attr]


def test_a_campaign_the_kept_contact_is_in_is_said_to_stay(console, sessions):
    console.say("contact add Maria Lopez email=maria@acme.com lifecycle=lead")
    console.say("contact add Maria L email=m.lopez@gmail.com lifecycle=lead")
    console.say("segment save Leads lifecycle=lead")
    console.say("campaign new Spring calls type=call segment=Leads")
    console.say("campaign start Spring calls")
    out = console.say("contact merge Maria L into Maria Lopez")
    assert "Staying with the duplicate: 1 campaign membership (Maria Lopez is already in" in out


def test_an_answered_merge_is_not_run_again(console, sessions):
    console.say("contact add Maria Lopez")
    console.say("contact add Maria L")
    out = console.say("contact merge Maria L into Maria Lopez")
    assert "Nothing else points at it: its fields fill Maria Lopez's empty ones." in out
    assert "Merged" in console.say("yes")
    again = console.bot.handle(
        Incoming(
            console.workspace_id,
            console.sender,
            action="contact merge #c2 into #c1 confirm=yes",
            channel="console",
        )
    )
    assert "already answered" in again.text


def test_the_account_question_counts_what_moves(console, sessions):
    console.say("account add Acme")
    console.say("account add ACME Inc")
    console.say("contact add Jon Snow account=ACME Inc")
    console.say("case new ACME Inc: login fails p2")
    assert "proposal.txt" in _attach(console, "ACME Inc", "proposal.txt")
    out = console.say("account merge ACME Inc into Acme")
    for said in ("Moving to Acme: 1 contact", "1 case", "1 file", "it has no deals"):
        assert said in out, (said, out)
    assert "Merged" in console.say("yes")
    with transaction(sessions) as s:
        assert {c.account_id for c in s.scalars(select(Case))} == {1}
        assert {d.record_id for d in s.scalars(select(Document))} == {1}
    console.say("undo")
    with transaction(sessions) as s:
        assert {c.account_id for c in s.scalars(select(Case))} == {2}
        assert {d.record_id for d in s.scalars(select(Document))} == {2}
