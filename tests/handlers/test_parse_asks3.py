"""Lookups, agenda questions and new contacts and accounts in the styles the ``dev_asks3`` set
showed the parser missing: who a company's people are said through what they do ("who makes
the decisions at X", "who did we talk to at X last time"), "the account for X", "X status", a
bare "todo", a new contact's company among its fields ("…, +234 …, Kora Payments", "tel … Gulf
Ridge Trading", "she works at …"), a pasted e-mail signature, a person met and asked to be
added, and a new customer announced and asked to be added.

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); console rows prove what the
bot writes."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from handlers.language.nlu import parse_message
from storage.db import transaction
from storage.models import Account, Contact

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str) -> dict[str, object]:
    got = parse_message(text, NOW, TZ, "en", strict=True).to_json_dict()
    return {k: v for k, v in got.items() if v is not None and k != "confidence"}


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("who makes the decisions at Lindqvist Bygg", "Lindqvist Bygg"),
        ("who's our point person at Keystone Freight", "Keystone Freight"),
        ("who did we talk to at Fenwick last time?", "Fenwick"),
        ("whos at marlowe & co", "marlowe & co"),
        ("who's our contcat at Brightmoor", "Brightmoor"),
        ("show me the account for northwind traders", "northwind traders"),
    ],
)
def test_a_company_searched_through_its_people_or_its_record(text: str, account: str) -> None:
    assert read(text) == {"intent": "find", "account": account, "text": account}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("tigerline status", {"text": "tigerline"}),
        ("lok up dariusz", {"text": "dariusz"}),
        ("whats teh latest w/ orbis", {"text": "orbis"}),
        ("nbr for aoife?", {"contact": "aoife", "text": "aoife"}),
        ("which account is Yusuf Demir under?", {"contact": "Yusuf Demir", "text": "Yusuf Demir"}),
    ],
)
def test_more_lookups_in_chat(text: str, want: dict[str, str]) -> None:
    assert read(text) == {"intent": "find", **want}


def test_who_holds_a_thing_is_no_lookup() -> None:
    assert read("who's got the projector?")["intent"] != "find"
    assert read("who's at the door?")["intent"] != "find"


@pytest.mark.parametrize("text", ["todo", "todo?", "f/u list pls", "my to-do please"])
def test_a_bare_todo_is_the_list(text: str) -> None:
    assert read(text) == {"intent": "list_reminders"}


def test_todo_with_a_task_stays_a_reminder() -> None:
    assert read("todo: call the bank")["intent"] == "remind"


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("new contact: Olamide Bello, +234 802 555 0111, Kora Payments", "Olamide Bello",
         "Kora Payments"),
        ("new contact Tariq Al-Mansouri tel 050 555 0188 Gulf Ridge Trading",
         "Tariq Al-Mansouri", "Gulf Ridge Trading"),
        ("new contact: diego ferraz / ferraz metais / diego@ferrazmetais.com.br", "diego ferraz",
         "ferraz metais"),
        ("add a new contact called fiona macleod she works at highland distillers",
         "fiona macleod", "highland distillers"),
        ("add him: Yosef Mizrahi, Carmel Data, yosef@carmeldata.co.il", "Yosef Mizrahi",
         "Carmel Data"),
        ("add Matteo Ricci, he's the GM at Ricci Vini, +39 055 555 0172", "Matteo Ricci",
         "Ricci Vini"),
        ("new contact from her sig: Dr. Naledi Khumalo | Head of Clinical Ops | Ubuntu Health | "
         "naledi.k@ubuntuhealth.co.za", "Naledi Khumalo", "Ubuntu Health"),
    ],
)  # fmt: skip
def test_a_new_contacts_company_among_its_fields(text: str, contact: str, account: str) -> None:
    got = read(text)
    assert (got["intent"], got["contact"], got["account"]) == ("create_contact", contact, account)


def test_a_role_field_is_no_company() -> None:
    got = read("new contact: Chen Jing, chen.jing@lotusmed.cn, mobile 138 0013 8000")
    assert got.get("account") is None and got["phone"] == "138 0013 8000"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kind regards,\nMehmet Aksoy\nSales Director | Bosphorus Foods\nm: +90 532 555 0147\n"
         "mehmet.aksoy@bosphorusfoods.com.tr",
         {"contact": "Mehmet Aksoy", "account": "Bosphorus Foods",
          "email": "mehmet.aksoy@bosphorusfoods.com.tr", "phone": "+90 532 555 0147"}),
        ("Best,\nAroha Ngata\nOperations Manager\nKauri Timber Ltd\naroha@kauritimber.co.nz",
         {"contact": "Aroha Ngata", "account": "Kauri Timber Ltd",
          "email": "aroha@kauritimber.co.nz"}),
    ],
)  # fmt: skip
def test_a_pasted_signature_is_a_new_contact(text: str, want: dict[str, str]) -> None:
    assert read(text) == {"intent": "create_contact", **want}


def test_a_note_with_lines_is_no_signature() -> None:
    got = read("Called Ana Ruiz\nshe wants a quote\nana@acme.com")
    assert got["intent"] == "log_activity"


def test_a_person_met_and_asked_to_be_added_is_a_new_contact() -> None:
    got = read("met Mattias Ek at the expo, he runs procurement at Scania - add him as a contact")
    assert got == {"intent": "create_contact", "contact": "Mattias Ek", "account": "Scania"}
    met = read("met Jonas Berglund at the expo, he runs procurement at Volvo")
    assert met["intent"] == "log_activity"


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("we're now working with Tamborine Coffee Roasters, please add them",
         "Tamborine Coffee Roasters"),
        ("we just started working with Kaveri Textiles, add them as an account", "Kaveri Textiles"),
        ("pls set up an account for Ouro Verde Cafés", "Ouro Verde Cafés"),
        ("new org: Baobab Microfinance", "Baobab Microfinance"),
    ],
)  # fmt: skip
def test_a_new_customer_asked_to_be_added(text: str, account: str) -> None:
    assert read(text) == {"intent": "create_account", "account": account}


def test_a_signature_pasted_in_chat_saves_the_contact(console, sessions) -> None:
    console.say("new account Bosphorus Foods")
    console.say(
        "Kind regards,\nMehmet Aksoy\nSales Director | Bosphorus Foods\n"
        "mehmet.aksoy@bosphorusfoods.com.tr"
    )
    with transaction(sessions) as s:
        mehmet = s.scalar(select(Contact))
        firm = s.scalar(select(Account))
    assert mehmet is not None and firm is not None
    assert mehmet.name == "Mehmet Aksoy" and mehmet.account_id == firm.id
    assert mehmet.email == "mehmet.aksoy@bosphorusfoods.com.tr"


def test_a_new_customer_announced_and_asked_for_is_created(console, sessions) -> None:
    console.say("we're now working with Tamborine Coffee Roasters, please add them")
    with transaction(sessions) as s:
        assert s.scalar(select(Account.name)) == "Tamborine Coffee Roasters"


def test_what_to_get_done_is_the_list() -> None:
    assert read("what do I need to get done before the weekend") == {"intent": "list_reminders"}
