"""Phrasings the dev2 set showed the parser missing (terse, dictated, long notes, legal
suffixes, other languages): each read as the contract says, and a few acted on end to end.

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); the console rows prove the
bot writes what was read."""

from __future__ import annotations

import importlib.util
import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from handlers.language.nlu import ASK_BELOW, parse_message
from storage.db import transaction
from storage.models import Account, Activity, Contact

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"
EVAL_DIR = Path(__file__).parents[1] / "data" / "nlu_eval"


def read(text: str, lang: str = "en") -> dict[str, object]:
    got = parse_message(text, NOW, TZ, lang, strict=True).to_json_dict()
    return {k: v for k, v in got.items() if v is not None and k != "confidence"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # legal suffixes with dots, after "&"/"and", in lower case
        (
            "new acct brennan & sons ltd",
            {"intent": "create_account", "account": "brennan & sons ltd"},
        ),
        ("Create a company called Kone Oyj", {"intent": "create_account", "account": "Kone Oyj"}),
        ("nueva cuenta Construcciones Iberia S.L.", {"account": "Construcciones Iberia S.L."}),
        ("ny konto Fjellheim Bygg AS", {"account": "Fjellheim Bygg AS"}),
        (
            "add a new account called bergstrom and partners ab",
            {"account": "bergstrom and partners ab"},
        ),
        # an opportunity named by its company only
        (
            "new opp w/ bergstrom ab 45k",
            {"intent": "create_deal", "account": "bergstrom ab", "amount": "45000"},
        ),
        # find: other ways to ask, and when the query names a contact or an account
        (
            "anything on zenith bank plc?",
            {"intent": "find", "account": "zenith bank plc", "text": "zenith bank plc"},
        ),
        ("Find me the Cemex account", {"intent": "find", "account": "Cemex", "text": "Cemex"}),
        (
            "What's Aiko Suzuki's phone number?",
            {"intent": "find", "contact": "Aiko Suzuki", "text": "Aiko Suzuki"},
        ),
        (
            "whats the email for oluwaseun",
            {"intent": "find", "contact": "oluwaseun", "text": "oluwaseun"},
        ),
        (
            "who's our contact at Equinor",
            {"intent": "find", "account": "Equinor", "text": "Equinor"},
        ),
        ("Can you look up Henrik Larsen for me", {"intent": "find", "text": "Henrik Larsen"}),
        # reminders: lower-case first names, the asking left out of the text
        (
            "rmd me tmrw 10am cb ola nordmann",
            {"contact": "ola nordmann", "text": "cb ola nordmann"},
        ),
        ("remind me in 2h re invoice", {"intent": "remind", "text": "invoice"}),
        ("wake me up at six am tomorrow", {"text": "wake up", "due": "2026-11-27T06:00:00+01:00"}),
        ("put the team offsite on my calendar for december twelfth", {"text": "the team offsite"}),
        ("i need a reminder to pick up my daughter at four", {"text": "pick up my daughter"}),
        # logs: dictated companies after "from", the recipient of what was sent
        (
            "i just spoke with emeka obi from first bank",
            {"contact": "emeka obi", "account": "first bank"},
        ),
        (
            "Emailed pricing to Lukas Becker at Bosch GmbH",
            {"contact": "Lukas Becker", "account": "Bosch GmbH"},
        ),
        # a planned meeting on the calendar is a log with its time
        (
            "put a meeting with john on my calendar for tuesday at ten",
            {
                "intent": "log_activity",
                "activity_type": "meeting",
                "contact": "john",
                "due": "2026-12-01T10:00:00+01:00",
            },
        ),
        # long notes: a greeting first, a deadline of theirs is no follow-up
        (
            "Great news everyone!! The Kaspi onboarding deal is won",
            {"intent": "move_deal", "deal": "Kaspi onboarding", "stage": "won"},
        ),
    ],
)
def test_phrasing(text: str, expected: dict[str, object]) -> None:
    got = read(text)
    assert {k: got.get(k) for k in expected} == expected


def test_a_deadline_in_a_note_is_not_a_follow_up() -> None:
    got = read("so I met Anjali Mehta at Apollo Hospitals, she wants a proposal by the 10th")
    assert got["intent"] == "log_activity" and "due" not in got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "recuérdame mañana a las 5 enviar el presupuesto a Telefónica",
            "es",
            {"account": "Telefónica"},
        ),
        ("erinnere mich morgen um 9 Uhr, Herrn Becker anzurufen", "de", {"contact": "Becker"}),
        (
            "erinnere mich am Montag um 14 Uhr an das Angebot für Siemens AG",
            "de",
            {"account": "Siemens AG"},
        ),
        ("minn meg på torsdag kl 13 å sende tilbudet til Telenor", "nb", {"account": "Telenor"}),
        ("gogorarazi bihar 10etan Mikeli deitzea", "eu", {"contact": "Mikel"}),
        (
            "ертең сағат 10-да Ерланға қоңырау шалуды еске сал",
            "kk",
            {"contact": "Ерлан", "text": "Ерланға қоңырау шалуды"},
        ),
        ("еске сал 2 күннен кейін Kaspi-ге хат жазу", "kk", {"account": "Kaspi"}),
    ],
)
def test_reminders_in_other_languages_name_who(
    text: str, lang: str, expected: dict[str, object]
) -> None:
    got = read(text, lang)
    assert got["intent"] == "remind"
    assert {k: got.get(k) for k in expected} == expected


def test_unsure_learned_write_is_below_the_ask_threshold() -> None:
    # a learned read that lacks what its intent needs is never written silently
    got = parse_message("bump the hooli rollout to twenty five thousand", NOW, TZ, "en")
    assert got.intent in ("update_deal", "unknown")
    if got.intent == "update_deal" and got.amount != 25000:
        # the amount in words not read: the bot asks rather than writing a guess
        assert got.confidence < ASK_BELOW
    # the amount reader reads it in words (handlers/language/amounts.py), so it is whole
    assert got.amount == 25000 and got.deal == "hooli rollout"


def test_dev2_is_what_its_script_builds() -> None:
    spec = importlib.util.spec_from_file_location("make_dev2", EVAL_DIR / "make_dev2.py")
    assert spec and spec.loader
    make_dev2 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_dev2)
    built = [json.dumps(r, ensure_ascii=False) for r in make_dev2.build()]
    assert (EVAL_DIR / "dev2.jsonl").read_text("utf-8").splitlines() == built


def test_lower_case_names_and_suffixes_end_to_end(console, sessions) -> None:
    out = console.say("add tomás o'sullivan from kerry group plc")
    assert "tomás o'sullivan" in out.lower()
    with transaction(sessions) as s:
        person = s.scalar(select(Contact))
        assert person is not None and person.name.lower() == "tomás o'sullivan"
        assert s.get(Account, person.account_id).name.lower() == "kerry group plc"
    out = console.say("Emailed pricing to Lukas Becker at Bosch GmbH")
    assert "Create 'Lukas Becker' at 'Bosch GmbH'" in out  # unknown names: asked first
    console.say("1")
    with transaction(sessions) as s:
        names = {c.name for c in s.scalars(select(Contact))}
        assert "Lukas Becker" in names
        assert s.scalar(select(Activity)) is not None


def test_find_by_field_end_to_end(console) -> None:
    console.say("contact add Aiko Suzuki account=Rakuten")
    assert "Aiko Suzuki" in console.say("What's Aiko Suzuki's phone number?")
    assert "Rakuten" in console.say("who's our contact at Rakuten")


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("i want you to remind me to take my rain coat because it may rain",
         "take my rain coat because it may rain"),
        ("olly remind me to call mom at six pm", "call mom"),
        ("could you please remind me to call Bob", "call Bob"),
        ("hey siri, can you remind me to water the plants", "water the plants"),
    ],
)  # fmt: skip
def test_a_requests_head_is_not_the_task(text: str, task: str) -> None:
    """ "olly", "i want you to", "could you please" ask; what follows "remind me" is the task."""
    got = read(text)
    assert (got["intent"], got["text"]) == ("remind", task)


@pytest.mark.parametrize(
    ("said", "text"),
    [
        (
            "hey, can you remind me tomorrow at 2 to send Gulnara the revised quote? she asked "
            "twice already and I keep forgetting, thanks!",
            "send Gulnara the revised quote",
        ),
        (
            "remind me friday at 10 to send Acme S.A. the deck. they liked it",
            "send Acme S.A. the deck",
        ),
    ],
)
def test_a_reminders_text_ends_with_its_sentence(said: str, text: str) -> None:
    """Two branches each defined the sentence-end pattern; the one written for text as typed
    (a capital after the stop) replaced the one for folded text, so a reminder kept the small
    talk after its question mark."""
    got = parse_message(said, datetime(2026, 11, 26, 10, 0), "Europe/Madrid", "en")
    assert (got.intent, got.text) == ("remind", text)
