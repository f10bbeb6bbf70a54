# A table of labelled notes reads best one row a line:
# ruff: noqa: E501
"""Long notes in the ways ``dev_long2`` (and ``dev_long``, ``dev_logs3``) showed the parser
missing: a pasted note's heading ("CALL SUMMARY", "Visit report - X", "Notes from my call
with …") read as an order to call, a report's first sentence not seen as done ("Lunch at the
Grand with …", "… review happened"), and the kind taken from a company's name or small talk
("Andes Coffee", "Coffee's terrible today"), and news about the customer with no word of
contact ("Maria Lopez at Acme wants a discount") taken for a call, a street number read as
millions ("14 Mill Lane") and a day owning a thing ("tomorrow's delivery window") read as the
follow-up.

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); console rows prove what the
bot writes or asks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from handlers.language.amounts import find_amount
from handlers.language.nlu import parse_message
from handlers.language.report_head import heading_kind
from storage.db import transaction
from storage.models import Activity, Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str, lang: str = "en") -> dict[str, object]:
    got = parse_message(text, NOW, TZ, lang, strict=True).to_json_dict()
    return {k: v for k, v in got.items() if v is not None and k != "confidence"}


# ---- a pasted note's heading -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("CALL SUMMARY\nClient: Redstone Mining", "call"),
        ("Call notes - Ravenwood Hotels\n- spoke to Martin Cole", "call"),
        ("Visit report - Fenwick Farms\n* met Alice Fenwick", "visit"),
        ("Notes from my call with Omar Haddad (Levant Foods):\n1) prices up", "call"),
        ("Notes from the Siemens Healthineers meeting:\n* 45 min", "meeting"),
        ("Quick recap of my chat with Noah Fischer (Alpenrose Dairy):", "call"),
        ("Call recap, Bogdan Popescu at Dacia: they need 250 tablets", "call"),
        ("Phone call\nEmily Watson - Watson & Co Accountants", "call"),
        ("Lunch - Ewan Ross, Loch Ness Distillers\nTalked mostly rugby.", "meeting"),
    ],
)  # fmt: skip
def test_a_heading_names_the_kind_of_activity(text: str, kind: str) -> None:
    assert heading_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Call Maria tomorrow at 3",  # an order, no heading
        "call notes",  # nothing below it: not a pasted note … but a heading all the same
        "Lunch with Jon tomorrow at 1",
        "Phone call with Ana tomorrow at 10 about the quote",  # one line: no heading line
        "Calls to make\n- Ana\n- Bob",
    ],
)
def test_no_heading_in_a_sentence_or_a_list_of_things_to_do(text: str) -> None:
    expected = "call" if text == "call notes" else None
    assert heading_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CALL SUMMARY\nClient: Redstone Mining\nContact: Peter Okoro\nNotes: wants 2 more sites, 120 sensors each\nFollow-up: Tuesday 3pm",
         {"activity_type": "call", "contact": "Peter Okoro", "account": "Redstone Mining", "due": "2026-12-01T15:00:00+01:00"}),
        ("Call notes - Ravenwood Hotels\n- spoke to Martin Cole (GM)\n- 140 rooms, 2 restaurants\n- next call Tuesday 10am",
         {"activity_type": "call", "contact": "Martin Cole", "account": "Ravenwood Hotels", "due": "2026-12-01T10:00:00+01:00"}),
        ("Visit report - Fenwick Farms\n* met Alice Fenwick in the yard\n* 400 cows, 2 milking parlours\nAction: send brochure Monday",
         {"activity_type": "visit", "contact": "Alice Fenwick", "account": "Fenwick Farms", "due": "2026-11-30T09:00:00+01:00"}),
        ("Call recap, Bogdan Popescu at Dacia: they need 250 tablets for the line. Sending answers tomorrow morning.",
         {"activity_type": "call", "contact": "Bogdan Popescu", "account": "Dacia", "due": "2026-11-27T09:00:00+01:00"}),
    ],
)  # fmt: skip
def test_a_note_under_a_heading_is_logged_not_a_reminder(
    text: str, expected: dict[str, str]
) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert {k: got.get(k) for k in expected} == expected


def test_a_heading_with_a_reminder_asked_for_stays_a_reminder() -> None:
    got = read(
        "Call notes - Ravenwood Hotels\n- wants the booking engine\nremind me friday at 10 to send the deck"
    )
    assert got["intent"] == "remind"


# ---- a report's first sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lunch at the Grand with Rebecca Stone, CFO of Stone & Partners. She won't decide before their year end on March 31. I'll check in on the 15th.",
        "Right, so the Tesco Ireland review happened. Niamh Kelly chaired. She wants the 2027 plan by the 18th; I'll send it on the 15th.",
        "Finally heard back from Malik Johnson at Cityline Buses by email. They've approved the trial starting January 4. I'll confirm the install team tomorrow.",
    ],
)  # fmt: skip
def test_a_report_whose_first_sentence_says_it_was_done_is_a_log(text: str) -> None:
    assert read(text)["intent"] == "log_activity"


# ---- the kind is what was done ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Had a quick chat with Diego Torres from Andes Coffee. Their harvest was down 20% this year. Follow up Friday.", "call"),
        ("Morning! Coffee's terrible today. Anyway, called Ravi Kumar at Indigo Software yesterday, he wants the API docs. I'll email them on Monday.", "call"),
        ("Logging the reply from Jorge Silva at Amazonia Timber: we can go ahead with 25 units. Tel +55 11 4567 8900", "email"),
        ("saw erik @ volvo at the expo, f/u mon", "meeting"),
        ("Priya Raman: interested, send deck", "note"),
    ],
)  # fmt: skip
def test_the_kind_is_never_a_word_of_a_name_or_of_small_talk(text: str, kind: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == kind


# ---- news about the customer with no word of contact: a note --------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Maria Lopez at Acme wants a discount on the renewal, 10% if they sign for 3 years. Follow up Monday.", "note"),
        ("Karen Wu from Pacific Rim Travel is moving to their Singapore office in January.", "note"),
        ("Initech wants a quote for 40 seats", "note"),
        ("Olga Ivanova (ozon) wants to see the roadmap", "note"),
        # someone was reached, said another way: still a call
        ("Takeda got back to me, they need the validation docs", "call"),
        ("Heard back from Jonas Weber. Elbe Logistik want to go ahead with the trial.", "call"),
        ("Eamon Byrne from Liffey Print was on the line for a while.", "call"),
        ("tried Abena Mensah twice, no pickup", "call"),
        ("no answer from yusuf @ turkcell, try again mon 10", "call"),
    ],
)  # fmt: skip
def test_news_about_them_with_no_word_of_contact_is_a_note(text: str, kind: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("bluebird cafe wants to pause their subscription for january and february, the owner is linda. follow up next monday", "log_activity"),
        ("Maria Lopez at Acme wants a discount on the renewal. Follow up Monday.", "log_activity"),
        ("Maria Lopez at Acme wants a discount. Remind me to follow up Monday.", "remind"),
    ],
)  # fmt: skip
def test_news_then_a_follow_up_is_a_note_unless_a_reminder_is_asked(text: str, intent: str) -> None:
    got = read(text)
    assert (got["intent"], got.get("due")) == (intent, "2026-11-30T09:00:00+01:00")


def test_news_about_them_keeps_the_reps_next_step() -> None:
    got = read(
        "Rajesh at Tata Motors wants the quote split into 2 phases. Phase 1 by March. "
        "Sending him the split quote on Tuesday."
    )
    assert (got["activity_type"], got.get("due")) == ("note", "2026-12-01T09:00:00+01:00")


# ---- the company to the end of its name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Eamon Byrne from Liffey Print was on the line for a while. Their press from 1998 finally died.", "Liffey Print"),
        ("Spent the afternoon at Nordwind Windparks with Klaus Richter. They have 48 turbines.", "Nordwind Windparks"),
        ("I met Kaveh Rahimi at the Saturn Retail HQ. He's a tough negotiator.", "Saturn Retail"),
    ],
)  # fmt: skip
def test_the_company_is_its_whole_capitalised_name(text: str, account: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert got["account"] == account


# ---- numbers and days that are no amount and no follow-up ------------------------------------


def test_a_street_address_is_no_amount() -> None:
    got = read(
        "Visited Apex Print at 14 Mill Lane. Met Gary Stone, 2nd generation owner. "
        "He wants a service plan; I'll send it on the 1st."
    )
    assert "amount" not in got and got["due"] == "2026-12-01T09:00:00+01:00"
    assert find_amount("budget is 14 mill") is not None  # "mill" alone is still a million
    assert find_amount("new deal 70k close date next friday") is not None


def test_a_day_owning_a_thing_is_no_follow_up() -> None:
    got = read(
        "Texted Chidi Obi at Lagos Fresh to confirm tomorrow's delivery window. He replied ok."
    )
    assert got["intent"] == "log_activity" and "due" not in got


def test_money_in_a_moves_reason_is_no_amount() -> None:
    got = read(
        "Mark the Liffey Print press deal as lost - they bought a used press for 40k instead."
    )
    assert (got["intent"], got["stage"], got.get("amount")) == ("move_deal", "lost", None)


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("Went to see Patrick Byrne at Claddagh Foods in Galway today. Nice plant.", "Patrick Byrne", "Claddagh Foods"),
        ("went to see olga ivanova at severstal, call her on tuesday at eleven", "olga ivanova", "severstal"),
        ("Went to Claddagh Foods today, met Patrick Byrne.", "Patrick Byrne", "Claddagh Foods"),
    ],
)  # fmt: skip
def test_whom_one_went_to_see_is_the_contact(text: str, contact: str, account: str) -> None:
    got = read(text)
    assert (got["activity_type"], got.get("contact"), got.get("account")) == (
        "visit",
        contact,
        account,
    )


# ---- a message to the team is no order to the bot -------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Team, please update your pipelines before Friday's forecast call, 10am sharp. Thanks!", "unknown"),
        ("Can someone from support call Jorge at Amazonia back? He's been waiting 2 days.", "unknown"),
        ("Reminder to all: the office is closed on December 24 and 25, and the party is on the 18th at 7pm.", "unknown"),
        ("Did anyone see the email from Finance about expense reports?", "unknown"),
        # to the bot: still read
        ("Can you remind me tomorrow at 3 to send Olivia the deck?", "remind"),
        ("Called Jorge at Amazonia, he wants a call back tomorrow at 10", "log_activity"),
    ],
)  # fmt: skip
def test_a_message_to_the_team_is_not_for_the_bot(text: str, intent: str) -> None:
    assert read(text)["intent"] == intent


def test_a_message_to_the_team_writes_nothing_end_to_end(console, sessions) -> None:
    console.say("Can someone from support call Jorge at Amazonia back? He's been waiting 2 days.")
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
        assert s.scalar(select(func.count()).select_from(Reminder)) == 0


# ---- end to end ------------------------------------------------------------------------------


def test_a_call_summary_is_logged_with_its_follow_up_end_to_end(console, sessions) -> None:
    console.say("contact add Peter Okoro account=Redstone Mining")
    out = console.say(
        "CALL SUMMARY\nClient: Redstone Mining\nContact: Peter Okoro\n"
        "Notes: wants 2 more sites, 120 sensors each\nFollow-up: Tuesday 3pm"
    )
    assert "Logged call" in out and "follow-up Tue 1 Dec 15:00" in out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        assert act is not None and act.type == "call" and act.contact_id is not None
        rem = s.scalar(select(Reminder))
        assert rem is not None and rem.kind == "follow-up"
        assert rem.due_at == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 15:00 Madrid
        assert s.scalar(select(func.count()).select_from(Reminder)) == 1


def test_news_about_them_is_logged_as_a_note_end_to_end(console, sessions) -> None:
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("Maria Lopez at Acme wants a discount on the renewal. Follow up Monday.")
    assert "Logged note" in out and "follow-up Mon 30 Nov 09:00" in out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        assert act is not None and act.type == "note"
