"""Companies and deal changes in reps' own words (the ``pacct3`` round, ``dev_account2``,
``dev_updates``, ``dev_acctupd3``).

Each test pins one reading with its reason: a one-word company a log names is the account,
not a person; a short word that may be a first name the list lacks is not guessed.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from handlers.language.nlu import ASK_BELOW, ParseResult, parse_message
from storage.db import transaction
from storage.models import Account, Activity

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def _parse(text: str) -> ParseResult:
    return parse_message(text, NOW, TZ, "en", strict=True)


@pytest.mark.parametrize(
    ("said", "account"),
    [
        # read as a person after a verb of contact: one word no first name starts with
        ("called cyberdyne about the overdue invoice", "cyberdyne"),
        ("zoom with inditex tomorrow at 4", "inditex"),
        ("call w/ telmex, opp looks good", "telmex"),
        ("emailed lindt pricing", "lindt"),  # "pricing" is the thing sent
        ("called Vortexa about the renewal terms", "Vortexa"),
        # named by no one else after a log's verb or link word
        ("demo for zalando went well, follow up monday", "zalando"),
        ("mtg w/ schibsted, f/u tmrw", "schibsted"),
        ("sent vipps the updated sla", "vipps"),
    ],
)
def test_a_one_word_company_a_log_names_is_the_account(said: str, account: str) -> None:
    r = _parse(said)
    assert (r.intent, r.contact, r.account) == ("log_activity", None, account)
    assert r.confidence >= ASK_BELOW  # the firm was named: nothing to ask


@pytest.mark.parametrize(
    ("said", "contact"),
    [
        ("met Mr Tanaka today", "Tanaka"),  # a title says a person
        ("called Priya about the renewal", "Priya"),  # a first name
        ("lunch with Wei Ling Tan, good chat", "Wei Ling Tan"),
    ],
)
def test_a_person_stays_the_contact(said: str, contact: str) -> None:
    r = _parse(said)
    assert (r.intent, r.contact, r.account) == ("log_activity", contact, None)


def test_a_short_word_may_be_a_first_name_the_list_lacks_and_is_not_made_a_company() -> None:
    # "dele" (Yoruba) is in no list: four letters are too few to call it a firm
    r = _parse("ph call w/ dele, wants pricing, send tmrw")
    assert r.account is None


def test_a_log_with_a_one_word_company_is_written_to_that_account(console, sessions) -> None:
    console.say("account add Cyberdyne")
    out = console.say("called cyberdyne about the overdue invoice")
    assert "Logged call" in out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        assert act is not None and act.contact_id is None
        assert s.get(Account, act.account_id).name == "Cyberdyne"


@pytest.mark.parametrize(
    ("said", "lang", "intent", "deal"),
    [
        # the name ends at the verb of the change or the copula
        ("El trato de Repsol química sube a 45.000 €", "es", "update_deal", "Repsol química"),
        (
            "L'affaire Danone yaourts est décalée au 15 janvier",
            "fr",
            "update_deal",
            "Danone yaourts",
        ),
        # the reason after "por" is no part of the name
        ("Perdimos el trato de Mapfre por precio", "es", "move_deal", "Mapfre"),
        # words inside a name stay
        ("El trato de Banco de Chile sube a 90.000 euros", "es", "update_deal", "Banco de Chile"),
    ],
)
def test_a_deals_name_in_another_language_ends_before_the_change(
    said: str, lang: str, intent: str, deal: str
) -> None:
    r = parse_message(said, NOW, TZ, lang, strict=True)
    assert (r.intent, r.deal) == (intent, deal)


def test_a_deal_moved_to_a_date_in_french_is_its_close_not_a_reminder() -> None:
    # "l'affaire X est décalée au 15 janvier" says no "clôture": the deal itself moved
    r = parse_message(
        "L'affaire Danone yaourts est décalée au 15 janvier", NOW, TZ, "fr", strict=True
    )
    assert (r.intent, r.deal, r.close, r.due) == (
        "update_deal",
        "Danone yaourts",
        date(2027, 1, 15),
        None,
    )


@pytest.mark.parametrize(
    ("said", "deal", "step"),
    [
        (
            "next action on Halden Steel: get the signed order form back",
            "Halden Steel",
            "get the signed order form back",
        ),
        (
            "next actions for the Morrow Foods pilot - book the tasting",
            "Morrow Foods pilot",
            "book the tasting",
        ),
        ("nxt step corran dairy - pricing call", "corran dairy", "pricing call"),
        ("ns kestrel air: send sow", "kestrel air", "send sow"),
        (
            "Lowther Mills renewal - next: call with their buyer",
            "Lowther Mills renewal",
            "call with their buyer",
        ),
    ],
)
def test_a_next_step_said_as_next_action_nxt_step_or_ns_is_the_deals_update(
    said: str, deal: str, step: str
) -> None:
    r = _parse(said)
    assert (r.intent, r.deal, r.text) == ("update_deal", deal, step)
    assert r.confidence >= ASK_BELOW


def test_a_next_step_with_no_deal_named_is_still_asked_about() -> None:
    r = _parse("next steps: call Bob")
    assert (r.intent, r.deal) == ("update_deal", None) and r.confidence < ASK_BELOW


def test_a_next_step_said_in_words_is_written_as_the_deals_next_step(console, sessions) -> None:
    from storage.models import Opportunity

    console.say("deal add Halden Steel 20k")
    out = console.say("next action on Halden Steel: get the signed order form back")
    assert "get the signed order form back" in out
    with transaction(sessions) as s:
        deal = s.scalar(select(Opportunity).where(Opportunity.title == "Halden Steel"))
        assert deal is not None and deal.next_step == "get the signed order form back"


def test_a_terse_update_names_its_deal_before_the_colon() -> None:
    # the tagger left the deal unnamed; the head before the colon is its name (the read is
    # still asked about when the classifier is unsure, but now with the deal shown)
    r = _parse("harrow mills: 35k eur, q2")
    assert (r.intent, r.deal, r.amount, r.close) == (
        "update_deal",
        "harrow mills",
        Decimal("35000"),
        date(2027, 6, 30),
    )
    # a head that is a word of the message names no deal
    assert _parse("Quick update: 35k, q2").deal is None


@pytest.mark.parametrize(
    ("said", "deal"),
    [
        ("lockwood seeds lost (price)", "lockwood seeds"),  # the head before the stage word
        ("penwith foods lost (timing)", "penwith foods"),  # the stage word is no part of it
    ],
)
def test_a_terse_move_names_its_deal_before_the_stage_word(said: str, deal: str) -> None:
    r = _parse(said)
    assert (r.intent, r.deal, r.stage) == ("move_deal", deal, "lost")


@pytest.mark.parametrize(
    ("said", "intent", "account"),
    [
        # a trade word after a name the reader cut is the end of the company's name
        ("log a 12k opportunity at sunrise bakery", "create_deal", "sunrise bakery"),
        ("visited harbour dental this morning, good chat", "log_activity", "harbour dental"),
        # a company filed first with a colon
        ("shoprite: spoke to Lerato Molefe, she's the new buyer", "log_activity", "shoprite"),
        ("Kessler Foods: spoke to Jana Novak about the PO", "log_activity", "Kessler Foods"),
        # one word before a verb of contact opening the log
        ("northwind rang about the late shipment", "log_activity", "northwind"),
    ],
)
def test_a_company_named_before_a_colon_a_verb_or_a_trade_word_is_the_account(
    said: str, intent: str, account: str
) -> None:
    r = _parse(said)
    assert (r.intent, r.account) == (intent, account)
    assert r.confidence >= ASK_BELOW


@pytest.mark.parametrize(
    ("said", "contact"),
    [
        ("Note: called Ana Ruiz about the quote", "Ana Ruiz"),  # "Note:" files, names no firm
        ("Ana Ruiz: called, wants pricing", "Ana Ruiz"),  # a person filed first
        ("ngozi rang back", "ngozi"),  # a first name before the verb
    ],
)
def test_a_person_or_a_filing_word_at_the_head_is_no_company(said: str, contact: str) -> None:
    r = _parse(said)
    assert (r.contact, r.account) == (contact, None)


@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("where are we at with the castellan rollout", "castellan rollout"),
        ("whats the status on the heron deal", "heron"),
    ],
)
def test_a_lookups_query_is_the_records_name_without_its_link_words(said: str, query: str) -> None:
    r = _parse(said)
    assert (r.intent, r.text) == ("find", query)


@pytest.mark.parametrize(
    ("said", "deal", "amount"),
    [
        ("Harlow Glass renewal went up from 40k to 55k", "Harlow Glass renewal", "55000"),
        (
            "Ebbw Vale Steel LIMS went from 90k to 110k, they added a site",
            "Ebbw Vale Steel LIMS",
            "110000",
        ),
    ],
)
def test_a_deal_whose_value_went_from_one_amount_to_another_is_updated(
    said: str, deal: str, amount: str
) -> None:
    r = _parse(said)
    assert (r.intent, r.deal, r.amount) == ("update_deal", deal, Decimal(amount))


def test_a_figure_that_went_from_one_value_to_another_in_a_call_stays_the_logs() -> None:
    r = _parse("Called Ana, her budget went from 10k to 20k")
    assert (r.intent, r.activity_type, r.deal) == ("log_activity", "call", None)


def test_a_call_reported_with_a_stage_like_word_is_no_stage_move() -> None:
    # "lead" is a stage's word (prospecting), but what the rep did opens the message
    r = _parse("left a vm with klarna's it lead")
    assert (r.intent, r.activity_type, r.account, r.stage) == (
        "log_activity",
        "call",
        "klarna",
        None,
    )
    # a deal's own move is still one
    assert (_parse("Acme renewal lost").intent, _parse("Acme renewal lost").stage) == (
        "move_deal",
        "lost",
    )


@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("is Ormsby Foods still 60k?", "Ormsby Foods"),
        ("is the Orbis pilot deal still at 40k?", "Orbis pilot"),
    ],
)
def test_asking_whether_a_deal_is_still_worth_an_amount_is_a_lookup(said: str, query: str) -> None:
    r = _parse(said)
    assert (r.intent, r.text, r.amount) == ("find", query, None)


@pytest.mark.parametrize(
    ("said", "contact", "account"),
    [
        # a capitalised name before "at <firm>" is the person there, first name known or not
        ("remind me in 2 days to check in with Abebe at ethio telecom", "Abebe", "ethio telecom"),
        ("remind me friday to call Tolu at Paystack", "Tolu", "Paystack"),
    ],
)
def test_a_reminders_person_at_a_company_is_its_contact(
    said: str, contact: str, account: str
) -> None:
    r = _parse(said)
    assert (r.intent, r.contact, r.account) == ("remind", contact, account)


def test_a_reminder_to_send_a_company_something_names_no_person() -> None:
    r = _parse("remind me to send the deck to Globex at 3")
    assert (r.contact, r.account) == (None, "Globex")


@pytest.mark.parametrize(
    ("said", "contact", "account"),
    [
        # "show" someone something names them, as "send initech the quote" does
        ("remind me to show kelda the new dashboard on tuesday", None, "kelda"),
        ("remind me to show maria the deck tomorrow", "maria", None),
    ],
)
def test_a_reminder_to_show_someone_something_names_them(
    said: str, contact: str | None, account: str | None
) -> None:
    r = _parse(said)
    assert (r.intent, r.contact, r.account) == ("remind", contact, account)


@pytest.mark.parametrize(
    ("said", "deal", "stage"),
    [
        (
            "Stanmore Estates moved back to demo, new stakeholders",
            "Stanmore Estates",
            "presentation",
        ),
        ("Harlow Glass went back to qualified - budget review", "Harlow Glass", "pre-approach"),
    ],
)
def test_a_deal_moved_back_to_a_stage_with_a_note_after_is_a_move(
    said: str, deal: str, stage: str
) -> None:
    r = _parse(said)
    assert (r.intent, r.deal, r.stage) == ("move_deal", deal, stage)
