"""A new rep's messages about cases, segments, campaigns and lead stages (dogfooding,
2026-12-07): each was wrong, silent about a write, or answered about a record never named."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.db import transaction
from storage.models import Account, Contact
from storage.models_campaigns import Campaign, CampaignMember, Segment
from storage.models_cases import Case


def _count(sessions, model) -> int:
    with transaction(sessions) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _nordfrakt(console) -> None:
    console.say("account add Nordfrakt AS industry=logistics region=Nordics")
    console.say("contact add Lars Lie account=Nordfrakt AS email=lars@nordfrakt.no lifecycle=lead")


def test_a_case_asked_for_an_account_said_short_opens_a_case(console, sessions):
    """Was: "new case for Nordfrakt: …" (the account is Nordfrakt AS) logged a note."""
    _nordfrakt(console)
    out = console.say("new case for Nordfrakt: their invoices show the wrong VAT, urgent")
    assert "Case opened" in out and "P1" in out and "Logged note" not in out
    with transaction(sessions) as s:
        case = s.scalar(select(Case))
        assert case is not None and case.title == "their invoices show the wrong VAT"
        assert s.get(Account, case.account_id).name == "Nordfrakt AS"  # type: ignore[union-attr]


def test_a_known_contact_becoming_a_customer_is_their_lifecycle(console, sessions):
    """Was: "lars lie is now a customer" created an ACCOUNT called "lars lie"."""
    _nordfrakt(console)
    out = console.say("lars lie is now a customer")
    assert "lifecycle: customer" in out and "Account created" not in out
    assert "lifecycle: lead" in console.say("mark Lars as a lead")
    assert "lifecycle: customer" in console.say("Lars became a client")
    assert _count(sessions, Account) == 1
    console.say("undo")
    with transaction(sessions) as s:
        assert s.scalar(select(Contact.lifecycle)) == "lead"


def test_segments_in_words(console, sessions):
    """Was: "save segment X: industry logistics, …" answered with deal hints for a deal
    "Nordic leads"; "rename segment …" with hints about "Acme renewal", a deal that does not
    exist; "delete the X segment" and "who is in the X segment?" were not understood."""
    _nordfrakt(console)
    out = console.say("save segment Nordic leads: industry logistics, region Nordics, leads only")
    assert "I could not read 'industry logistics, region Nordics, leads only' as filters" in out
    assert "nothing was saved" in out and "segment save Nordic leads industry=" in out
    assert _count(sessions, Segment) == 0
    out = console.say("save segment Nordic leads: industry=logistics region=Nordics lifecycle=lead")
    assert "Segment saved: Nordic leads" in out and "1 contact" in out
    assert "Lars Lie" in console.say("who is in the Nordic leads segment?")
    out = console.say("rename segment Nordic leads to Nordics")
    assert "Segment Nordic leads is now Nordics" in out and "Undo" in out
    assert "Acme renewal" not in out
    console.say("undo")
    with transaction(sessions) as s:
        assert s.scalar(select(Segment.name)) == "Nordic leads"
    out = console.say("delete the Nordic leads segment")
    assert "Segment Nordic leads deleted" in out and _count(sessions, Segment) == 0


def test_a_deal_hint_never_names_a_deal_that_was_not_said(console):
    out = console.say("rename list Nordic leads to Nordics")
    assert "Acme renewal" not in out
    assert "(it names no deal)" in out and "move DEAL to negotiation" in out


def test_campaigns_in_words(console, sessions):
    """Was: "add Lars to the Q1 webinar" offered to create a contact "Lars" (he exists),
    and "who is in the Q1 webinar?" was not understood."""
    _nordfrakt(console)
    console.say("segment save Nordic leads industry=logistics lifecycle=lead")
    console.say("new campaign Q1 webinar for Nordic leads, budget 2k EUR")
    out = console.say("add Lars to the Q1 webinar")
    assert "members are the people of its segment" in out and "changed nothing" in out
    assert "campaign met Q1 webinar: Lars" in out
    assert _count(sessions, Contact) == 1 and _count(sessions, CampaignMember) == 0
    out = console.say("rename campaign Q1 webinar to Spring webinar")
    assert "Campaign Q1 webinar is now Spring webinar" in out and "Undo" in out
    console.say("campaign start Spring webinar")
    assert "Lars Lie" in console.say("who is in the Spring webinar?")
    out = console.say("undo")  # the start: refused in words, the rename stays
    assert "cannot be undone" in out
    with transaction(sessions) as s:
        assert s.scalar(select(Campaign.name)) == "Spring webinar"
    out = console.say("delete the Nordic leads segment")
    assert "Started from it, keeping their members: Spring webinar" in out


def test_one_case_by_its_number_in_words(console, sessions):
    """Was: "case note #1: …" refused "'#1:' is not a case number"; "case #1" and "reopen
    case 1" were not understood."""
    console.say("account add Nordfrakt AS")
    console.say("case new Nordfrakt: VAT wrong p2")
    out = console.say("case note #1: Lars sent screenshots")
    assert "Noted on case #1" in out and "note: Lars sent screenshots" in out
    assert "VAT wrong" in console.say("case #1")
    console.say("case solve #1 fixed the VAT table")
    assert "status: open" in console.say("reopen case 1")
    assert "status: closed" in console.say("close case #1")
    assert "no case #7" in console.say("show case 7")


def test_an_undo_refused_for_a_setting_names_it(console):
    console.say("score threshold 70")
    out = console.say("undo")
    assert "Your last change (a workspace setting) cannot be undone" in out


def _send_file(console, name: str, caption: str) -> str:
    from bot.console import render
    from handlers.types import Attachment, Incoming

    reply = console.bot.handle(
        Incoming(
            console.workspace_id,
            console.sender,
            text=caption,
            files=(Attachment(name, b"Mutual NDA between Nordfrakt and us, signed"),),
            channel="console",
        )
    )
    return render(reply)


def test_a_caption_naming_the_record_after_for_asks_about_it(console, sessions):
    """Was: "signed NDA for Nordfrakt" said it found no record named in the caption."""
    console.say("account add Nordfrakt AS")
    out = _send_file(console, "nda.txt", "signed NDA for Nordfrakt")
    assert "Which record should I attach nda.txt to? Pick one" in out
    assert "Nordfrakt AS #a1" in out
    assert "Attached to 🏢 Nordfrakt AS" in console.say("1")


def test_a_file_whose_question_is_dropped_is_said_to_wait(console, sessions):
    """Was: a new message dropped "Which record should I attach notes.txt to?" in one line
    that said nothing of the file: it waited unfiled, unseen, and went a day later."""
    console.say("account add Nordfrakt AS")
    assert "Which record should I attach notes.txt to?" in _send_file(console, "notes.txt", "")
    out = console.say("account show Nordfrakt AS")
    assert "The file is kept for a day: 'file attach #f1 to NAME' files it." in out
    assert "Attached to 🏢 Nordfrakt AS" in console.say("file attach #f1 to Nordfrakt AS")
