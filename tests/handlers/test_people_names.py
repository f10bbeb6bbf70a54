"""Contact and account names in logs and reminders, read from the words alone (no workspace).

The ways of naming a person and a company that one run of words after the verb misses: a
company's possessive ("Acme's CFO", "Telenor's Kjetil Haugen"), an acronym or a firm read as the
person ("spoke with IBM", "Bank of Ireland called"), a role or a team instead of a person ("w/
cfo @ Tesco"), a person named later in the note ("visited Northwind, met their buyer Ahmed"), a
company after a role ("the founders of Paystack") or in apposition ("Javier Morales, Repsol,
…"), "called back X", "X over at Y", a first name that is also a word ("Will Turner"), names of
origins the first-name list lacked (Indian, Chinese family names first). Messages here are not
rows of any evaluation set.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.language.nlu import parse_message

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str) -> tuple[str, str | None, str | None]:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    return got.intent, got.contact, got.account


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("spoke with Vattenfall's Annika Holm about the tender", "Annika Holm", "Vattenfall"),
        ("met Bosch's plant manager, Karin Vogel, good meeting", "Karin Vogel", "Bosch"),
        ("Globex's procurement lead called about the invoice", None, "Globex"),
        ("emailed Siemens's Petra Lang the new terms", "Petra Lang", "Siemens"),
        ("had lunch with Pfizer's Dr. Omar Nasser", "Omar Nasser", "Pfizer"),
    ],
)
def test_a_company_possessive_names_the_company(
    text: str, contact: str | None, account: str
) -> None:
    assert read(text) == ("log_activity", contact, account)


def test_a_persons_possessive_still_names_the_person() -> None:
    got = parse_message("remind me friday about Ana de la Cruz's contract", NOW, TZ, "en")
    assert (got.contact, got.account) == ("Ana de la Cruz", None)


def test_a_possessive_in_a_reminder() -> None:
    got = parse_message("remind me monday to call Novartis's Dr. Lukas Meier", NOW, TZ, "en")
    assert (got.intent, got.contact, got.account) == ("remind", "Lukas Meier", "Novartis")


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("spoke with SAP today about the licences", None, "SAP"),
        ("call w/ BBVA re renewal, f/u fri", None, "BBVA"),
        (
            "Bank of America called, Laura Kim wants the quote resent",
            "Laura Kim",
            "Bank of America",
        ),
        ("mtg w/ cfo @ Carrefour, f/u fri", None, "Carrefour"),
        ("spoke w/ legal @ Danone, they want changes", None, "Danone"),
    ],
)
def test_a_firm_or_a_team_is_not_the_person(text: str, contact: str | None, account: str) -> None:
    assert read(text) == ("log_activity", contact, account)


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("visited Coca-Cola HBC, met their buyer Yusuf", "Yusuf", "Coca-Cola HBC"),
        ("visited the Volvo plant in Gent and met Sofie Peeters", "Sofie Peeters", "Volvo"),
        (
            "Note on Zalando: Jonas Keller is back from leave and wants a call",
            "Jonas Keller",
            "Zalando",
        ),
        ("visited st mary hospital and met doctor ama mensah", "ama mensah", "st mary hospital"),
    ],
)
def test_a_person_named_later_in_the_note(text: str, contact: str, account: str) -> None:
    assert read(text) == ("log_activity", contact, account)


def test_a_month_after_to_is_no_person() -> None:
    assert read("Danone's CEO called, they want to move it to May") == (
        "log_activity",
        None,
        "Danone",
    )


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("met the founders of Revolut today", None, "Revolut"),
        ("called Laura Pérez, Mapfre, about the claim", "Laura Pérez", "Mapfre"),
        ("coffee w/ Tom Berg, Elkjøp, tmrw 9am", "Tom Berg", "Elkjøp"),
        ("called back Saif bin Ali at Mubadala", "Saif bin Ali", "Mubadala"),
        ("spoke to omar haddad over at aramex", "omar haddad", "aramex"),
        ("called Will Becker at Lufthansa, he'll sign", "Will Becker", "Lufthansa"),
    ],
)
def test_roles_appositions_and_links(text: str, contact: str | None, account: str) -> None:
    assert read(text) == ("log_activity", contact, account)


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("remind me to email Zhao Lei tomorrow at 8am", "Zhao Lei"),
        ("remind me in two days to follow up with sandeep", "sandeep"),
        ("remind me friday to ask Mona Berg at Telia about the PO", "Mona Berg"),
    ],
)
def test_people_of_more_origins_in_reminders(text: str, contact: str) -> None:
    assert read(text)[:2] == ("remind", contact)


def test_a_sentence_start_will_is_no_name() -> None:
    got = parse_message("Emailed Lena Park at Kia the terms. Will call her tomorrow", NOW, TZ, "en")
    assert (got.contact, got.account) == ("Lena Park", "Kia")


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("spoke with chidi from first bank of nigeria today", "chidi", "first bank of nigeria"),
        ("met Ada Obi from Bank of Ireland", "Ada Obi", "Bank of Ireland"),
        ("Note for the Fjellstad account: their CTO is leaving", None, "Fjellstad"),
        (
            "so I met Dr. Ruth Adeyemi at Lagos Medical this morning",
            "Ruth Adeyemi",
            "Lagos Medical",
        ),
    ],
)
def test_firms_with_of_and_named_accounts(text: str, contact: str | None, account: str) -> None:
    assert read(text) == ("log_activity", contact, account)


def test_a_reminder_about_a_company() -> None:
    got = parse_message(
        "remind me at 2 to call Mia Jensen about the Carlsberg renewal", NOW, TZ, "en"
    )
    assert (got.contact, got.account) == ("Mia Jensen", "Carlsberg")
    got = parse_message("remind me to call Mia about Friday's demo", NOW, TZ, "en")
    assert (got.contact, got.account) == ("Mia", None)


def test_a_greeting_before_a_long_note_is_no_name() -> None:
    got = parse_message(
        "Happy Friday all! Quick one: called Ravi Menon at Infosys Ltd, he confirmed 3 sites. "
        "Follow up Monday 11am.",
        NOW,
        TZ,
        "en",
    )
    assert (got.intent, got.contact, got.account) == ("log_activity", "Ravi Menon", "Infosys Ltd")


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("met with Nokia today, Jon Snow was there", "Jon Snow", "Nokia"),
        ("emailed deck to keiko @ mitsui, f/u thu 9am", "keiko", "mitsui"),
        ("visited Valeo's HQ, met their CTO Marc Dubois", "Marc Dubois", "Valeo"),
    ],
)
def test_the_company_and_the_person_sorted_out(text: str, contact: str, account: str) -> None:
    assert read(text) == ("log_activity", contact, account)


def test_a_company_in_apposition_in_a_reminder() -> None:
    got = parse_message("call Ana Ruiz, Ferrovial, tomorrow 3pm", NOW, TZ, "en")
    assert (got.intent, got.contact, got.account) == ("remind", "Ana Ruiz", "Ferrovial")


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("emailed Mads Holm and his boss at Carlsberg A/S", "Mads Holm", "Carlsberg A/S"),
        ("met Rahul at the Wipro booth, he wants a demo", "Rahul", "Wipro"),
    ],
)
def test_a_slash_suffix_and_a_booth(text: str, contact: str, account: str) -> None:
    assert read(text) == ("log_activity", contact, account)


@pytest.mark.parametrize(
    "text",
    [
        "remind me to call Mia about Christmas dinner tomorrow",
        "remind me to text Mia, Happy Birthday tomorrow at 9",
        "remind me to text Mia, Happy Birthday, tomorrow at 9",
    ],
)
def test_a_holiday_or_a_greeting_is_no_company(text: str) -> None:
    assert read(text) == ("remind", "Mia", None)
