"""Which words are a name, and of which kind (issue 10, round 2: dev3's name leftovers).

A reminder said in words is linked to the record it names, so a word read as a name that is
none ("chase legal", "the VAT return", "2 NDAs") would link a reminder to a made-up record,
and a person read as a company would link it to the wrong card. These are the rules'
answers, without any workspace's names (the known names are tested in test_known_names).
Messages here are not rows of any evaluation set.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.language.nlu import parse_message

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def names(text: str) -> tuple[str | None, str | None, str | None]:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    return got.contact, got.account, got.deal


@pytest.mark.parametrize(
    "text",
    [
        "remind me monday to chase legal about the redlines",
        "remind me at 5 to chase Legal for the DPA",
        "remind me tomorrow to ask Procurement about the PO",
        "remind me on the 30th to pay the VAT bill",
        "remind me friday to sign 3 NDAs",
        "remind me tomorrow at 9 to review the KPIs",
        "remind me monday to send the SOWs",
    ],
)
def test_a_team_or_an_acronym_is_no_record(text: str) -> None:
    assert names(text) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("remind me friday to email the MSAs to Vodafone", None, "Vodafone"),
        (
            "remind me tuesday to ring Saeed Rahman of Etihad Airways",
            "Saeed Rahman",
            "Etihad Airways",
        ),
        ("remind me tomorrow to send the slides to Marta Gil at Inditex", "Marta Gil", "Inditex"),
        ("remind me at 3 to call back Lena Vogt from Zeiss", "Lena Vogt", "Zeiss"),
        ("remind me monday to call back fatima zahra", "fatima zahra", None),
        ("remind me tomorrow to call wayne enterprises", None, "wayne enterprises"),
        ("remind me friday to send the invoice to elisa oyj", None, "elisa oyj"),
    ],
)
def test_who_a_reminder_names(text: str, contact: str | None, account: str | None) -> None:
    assert names(text)[:2] == (contact, account)


def test_a_person_of_a_company_read_by_the_model_keeps_the_company() -> None:
    got = parse_message("dinner meeting with Omar Nasser of Saudi Aramco on Sunday at 8", NOW, TZ)
    assert (got.contact, got.account) == ("Omar Nasser", "Saudi Aramco")


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("new deal for Nokia worth 90k EUR", "Nokia"),
        ("create a deal for Posti Group Oyj valued at 40 000 EUR", "Posti Group Oyj"),
        ("new deal with carrefour for 20k euros", "carrefour"),
    ],
)
def test_a_deal_for_a_company_worth_an_amount_is_not_named_after_it(
    text: str, account: str
) -> None:
    assert names(text) == (None, account, None)


def test_a_deal_with_a_company_and_no_worth_keeps_its_name() -> None:
    assert names("new deal with Fortum 15k EUR") == (None, "Fortum", "Fortum")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("new contact Niamh Doyle 01 222 3344", "01 222 3344"),
        ("new contact Owen Price 029 2018 0000 at Admiral", "029 2018 0000"),
        ("called Sean Ryan, mobile 085 765 4321, wants a demo", "085 765 4321"),
        ("new contact Ruth Hall, 07911-123456", "07911-123456"),
        ("new contact Jo Lee +44 20 7946 0000", "+44 20 7946 0000"),
    ],
)
def test_national_phone_forms_are_the_phone(text: str, phone: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.phone == phone
    assert got.contact is not None and not any(c.isdigit() for c in got.contact)


@pytest.mark.parametrize(
    "text", ["remind me 05 12 2026 at 10 to call Bob", "new deal Acme 2026 renewal 12k"]
)
def test_a_date_or_a_year_is_no_phone(text: str) -> None:
    assert parse_message(text, NOW, TZ, "en", strict=True).phone is None


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("had lunch with Kari Nord of Equinor ASA. Great chat, follow up friday", "Equinor ASA"),
        ("Spoke to Jan Novak from Tatra a.s. — they need 20 seats", "Tatra a.s."),
        ("called Li Wei at BYD Co. Ltd. about buses", "BYD Co. Ltd"),  # the last dot: punctuation
        ("note on Vestas Wind: budget approved", "Vestas Wind"),
    ],
)
def test_where_a_company_name_ends(text: str, account: str) -> None:
    assert names(text)[1] == account


def test_a_contraction_is_no_account() -> None:
    assert names("Heads up: I'd like a reminder on Friday at 10 to chase the PO") == (
        None,
        None,
        None,
    )
