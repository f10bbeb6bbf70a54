"""Lookups, reminders and new contacts in the styles the ``dev_asks`` set showed the parser
missing: a company searched through a role ("who is the decision maker at X"), a field asked
for in other words ("do we have an email for X"), a company's people ("Tessaro contacts?"), a
reminder for someone else ("remind Bob to …"), a day counted from the rep's arrival ("when I
get in tomorrow"), a clock time typed without its colon after a day ("tomorrow 0900"), and a
new contact typed as a list of fields.

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); console rows prove what the
bot writes or asks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from handlers.language.nlu import ASK_BELOW, parse_message
from storage.db import transaction
from storage.models import Account, Contact, Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"
DAY0, DAY1, TZO = "2026-11-26T", "2026-11-27T", ":00+01:00"


def parsed(text: str):  # type: ignore[no-untyped-def]
    return parse_message(text, NOW, TZ, "en", strict=True)


def read(text: str) -> dict[str, object]:
    got = parsed(text).to_json_dict()
    return {k: v for k, v in got.items() if v is not None and k != "confidence"}


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("who is the decision maker at Pallister?", "Pallister"),
        ("who's the account manager on Westbrook Foods?", "Westbrook Foods"),
        ("can you look up who we have at northgate", "northgate"),
        ("show me contacts at Stellar Freight", "Stellar Freight"),
        ("any contacts at vireo?", "vireo"),
        ("Tessaro contacts?", "Tessaro"),
        ("the hooli people", "hooli"),
    ],
)
def test_a_company_searched_through_its_people(text: str, account: str) -> None:
    """A role, "contacts" or "people" at a company is no person: the company is searched."""
    assert read(text) == {"intent": "find", "account": account, "text": account}


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("do we have an email for Hannelore Vogt", "Hannelore Vogt"),
        ("have we got a phone number for Mateus?", "Mateus"),
        ("email addr for jana novak", "jana novak"),
        ("contact details for Brooke Adler please", "Brooke Adler"),
        ("is there a contact called Yusuf Okoye?", "Yusuf Okoye"),
    ],
)
def test_a_field_asked_for_names_the_contact(text: str, contact: str) -> None:
    assert read(text) == {"intent": "find", "contact": contact, "text": contact}


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("find me the number for Ayo at Crestline", "Ayo", "Crestline"),
        ("whats the number for eamon at corrib oil", "eamon", "corrib oil"),
    ],
)
def test_a_looked_for_person_at_a_company_is_split(text: str, contact: str, account: str) -> None:
    got = read(text)
    assert (got["intent"], got["contact"], got["account"]) == ("find", contact, account)


def test_words_that_name_no_company_before_contacts_are_no_search() -> None:
    assert read("how many contacts?").get("account") is None


@pytest.mark.parametrize(
    "text",
    [
        "remind Bob to send the deck friday",
        "can you remind Priya to chase the PO tomorrow",
        "remind the team about the offsite on monday",
    ],
)
def test_a_reminder_for_someone_else_is_asked_about(text: str) -> None:
    """The bot reminds its user: the request's own words are kept and shown back."""
    got = parsed(text)
    assert got.intent == "remind"
    assert got.confidence < ASK_BELOW
    assert (got.text or "").startswith("remind ")


def test_the_users_own_reminder_is_not_asked_about() -> None:
    got = parsed("remind me to call Bob friday")
    assert got.confidence >= ASK_BELOW and got.text == "call Bob"


@pytest.mark.parametrize(
    "text",
    [
        "remind me when I get in tomorrow to call Ana",
        "remind me tomorrow when I get in to call Ana",
        "once I'm back on monday remind me to call Ana",
    ],
)
def test_a_day_counted_from_the_reps_arrival_is_asked_about(text: str) -> None:
    got = parsed(text)
    assert got.due is None and got.unread
    assert got.text == "call Ana"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("remind me tomorrow 0900 to send the report", "2026-11-27T09:00:00+01:00"),
        ("remind me tomorrow 1100 to send the report", "2026-11-27T11:00:00+01:00"),
        ("fri 1530: call Ana", "2026-11-27T15:30:00+01:00"),
    ],
)
def test_a_clock_time_without_its_colon_after_a_day(text: str, due: str) -> None:
    got = read(text)
    assert got["due"] == due
    assert "0900" not in str(got["text"]) and "1100" not in str(got["text"])


def test_a_number_after_a_day_that_could_be_a_year_is_asked_about() -> None:
    got = parsed("remind me friday 2030 to call Bo")
    assert got.due is None and got.unread


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "contact: Kenta Mori / Shiroyama Trading / kenta.mori@shiroyama.jp / +81 3 5555 0198",
            "Shiroyama Trading",
        ),
        ("new contact - Soraya Haddad - VP Marketing - Cedar Foods", "Cedar Foods"),
        ("create contact: Hamid Rahimi, tel 020 7946 0321, Kingsway Partners", "Kingsway Partners"),
        ("new lead: Beatrix Hale, purchasing manager, Hale & Moss, 07700 900456", "Hale & Moss"),
        ("add Raj Patel (raj.patel@ventura.io, +1 415 555 0176) - Ventura", "Ventura"),
    ],
)
def test_a_new_contacts_company_among_its_fields(text: str, account: str) -> None:
    got = read(text)
    assert got["intent"] == "create_contact" and got["account"] == account


def test_a_role_field_is_no_company() -> None:
    assert "account" not in read("new contact Ana Ruiz, Head of Sales")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("set up an account for Tidewater Marine", "create_account"),
        ("give me today's list", "list_reminders"),
        ("tomorrow's agenda", "list_reminders"),
        ("sarah can you pull up the acme file", "unknown"),
    ],
)
def test_other_asking_forms(text: str, intent: str) -> None:
    assert read(text)["intent"] == intent


# ------------------------------------------------------------------ end to end


def test_remind_bob_sets_nothing_until_the_user_agrees(console, sessions) -> None:
    out = console.say("remind Bob to send the deck friday")
    assert "Shall I remind you to remind Bob to send the deck friday?" in out
    with transaction(sessions) as s:
        assert s.scalar(select(Reminder)) is None
    console.say("1")  # Yes, remind me
    with transaction(sessions) as s:
        rem = s.scalar(select(Reminder))
    assert rem is not None and rem.text == "remind Bob to send the deck"
    assert rem.due_at == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)  # Friday 09:00 Madrid


def test_remind_bob_no_sets_nothing(console, sessions) -> None:
    console.say("remind Bob to send the deck friday")
    out = console.say("2")  # No
    assert "nothing was saved" in out
    with transaction(sessions) as s:
        assert s.scalar(select(Reminder)) is None


def test_an_arrival_said_as_the_when_is_asked_about_end_to_end(console, sessions) -> None:
    console.say("remind me when I get in tomorrow to call Ana")
    with transaction(sessions) as s:
        assert s.scalar(select(Reminder)) is None  # asked when, nothing set at 09:00


def test_set_up_an_account_creates_it(console, sessions) -> None:
    console.say("set up an account for Tidewater Marine")
    with transaction(sessions) as s:
        assert s.scalar(select(Account.name)) == "Tidewater Marine"


def test_a_new_contact_typed_as_fields_is_saved_at_its_company(console, sessions) -> None:
    console.say("new account Shiroyama Trading")
    console.say("contact: Kenta Mori / Shiroyama Trading / kenta.mori@shiroyama.jp")
    with transaction(sessions) as s:
        kenta = s.scalar(select(Contact))
        firm = s.scalar(select(Account))
    assert kenta is not None and firm is not None
    assert kenta.account_id == firm.id and kenta.email == "kenta.mori@shiroyama.jp"


def test_who_is_the_role_at_a_company_shows_the_company(console) -> None:
    console.say("new account Pallister Foods")
    console.say("contact add Dana Whitfield account=Pallister Foods")
    out = console.say("who is the decision maker at Pallister Foods?")
    assert "Pallister Foods" in out and "Dana Whitfield" in out


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("add Wen Li to contacts, wen.li@jadeport.cn", "Wen Li"),
        ("add Joon-ho Park (CFO, Hanbit Steel) joonho@hanbit.kr", "Joon-ho Park"),
        ("Add Okafor to contacts", "Okafor"),
    ],
)
def test_a_new_contacts_name_has_its_whole_extent(text: str, contact: str) -> None:
    """The first name the tagger left out is kept; the command word it took is dropped."""
    assert read(text)["contact"] == contact


@pytest.mark.parametrize(
    ("text", "due", "task"),
    [
        ("remind me tomorrow to book the 7am flight", f"{DAY1}09:00{TZO}", "book the 7am flight"),
        ("remind me to prep for the 3pm call at 2", f"{DAY0}14:00{TZO}", "prep for the 3pm call"),
        ("remind me to buy 2 tickets for the 8pm show", None, "buy 2 tickets for the 8pm show"),
    ],
)  # fmt: skip
def test_a_time_that_names_a_thing_is_no_when(text: str, due: str | None, task: str | None) -> None:
    """ "the 7am flight": the flight's hour is the task's words, never the reminder's time."""
    got = read(text)
    assert got.get("due") == due
    if task is not None:
        assert got["text"] == task


@pytest.mark.parametrize(
    "text", ["who is the president of France", "remind me what the capital of Peru is"]
)
def test_a_fact_of_the_world_is_no_search(text: str) -> None:
    assert read(text)["intent"] == "unknown"


def test_a_business_role_of_a_company_searches_the_company() -> None:
    assert read("who is the CEO of Globex") == {
        "intent": "find",
        "account": "Globex",
        "text": "Globex",
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("whats the latest with acme", {"intent": "find", "text": "acme"}),
        ("give me the rundown on Hooli", {"intent": "find", "text": "Hooli"}),
        ("tell me about Globex", {"intent": "find", "text": "Globex"}),
        ("got anyone at Oscorp?", {"intent": "find", "account": "Oscorp", "text": "Oscorp"}),
        ("is Acme a customer?", {"intent": "find", "text": "Acme"}),  # never created
        ("when did I last speak to Ana Ruiz", {"intent": "find", "text": "Ana Ruiz"}),
    ],
)
def test_more_ways_to_ask_about_a_record(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


def test_tell_me_about_an_agenda_item_is_no_search() -> None:
    assert read("tell me about the meeting i have this week")["intent"] != "find"


@pytest.mark.parametrize(
    "text", ["show me this week", "what's happening tomorrow", "show me monday"]
)
def test_a_day_asked_alone_is_the_agenda(text: str) -> None:
    assert read(text) == {"intent": "list_reminders"}


def test_a_labelled_company_field_names_the_company() -> None:
    got = read("new contact: Sara Lind, title: Head of Procurement, company: Volvo")
    assert (got["contact"], got["account"]) == ("Sara Lind", "Volvo")
