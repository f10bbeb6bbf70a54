"""Logs and reminders in the styles the ``dev_logrem4`` set showed the parser missing: to-dos
said as obligations, a report after "note to self", dictated run-ons after a lower-case
company, chat shorthand ("2"/"4"), calendar removals and questions, "wake me up", counts
said before their number, ordinals that count floors, and activities by other names.

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); a console row proves what
the bot does with a removal."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from handlers.language.nlu import parse_message
from storage.db import transaction
from storage.models import Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str, lang: str = "en") -> dict[str, object]:
    got = parse_message(text, NOW, TZ, lang, strict=True).to_json_dict()
    return {k: v for k, v in got.items() if v is not None and k != "confidence"}


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("I need to ring Ola Nordmann tomorrow at 10", "ring Ola Nordmann"),
        ("gotta chase Initech for the PO on friday", "chase Initech for the PO"),
        ("must chase Grace Obi about the bill on Tuesday at 2", "chase Grace Obi about the bill"),
        ("have to call Lena back at 3", "call Lena back"),
        ("must not forget to renew the domain on Jan 15", "renew the domain"),
        ("I'm supposed to send the Lidl order on Friday at 10", "send the Lidl order"),
        ("need to remember to book the room on the 1st", "book the room"),
    ],
)  # fmt: skip
def test_an_obligation_is_no_part_of_the_task(text: str, task: str) -> None:
    """ "I need to", "gotta", "must", "have to" say that it is a to-do, not what to do; the
    verb after "must" stays with the task even where the tagger started after it."""
    got = read(text)
    assert got["intent"] == "remind"
    assert got["text"] == task
    assert "due" in got


def test_a_report_after_note_to_self_is_a_log() -> None:
    got = read("note to self i called lars nielsen at maersk he's on holiday until the fourteenth")
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == "call"
    assert got["contact"] == "lars nielsen"
    assert got["account"] == "maersk"  # not "maersk he"
    assert "due" not in got  # the customer's holiday is no follow-up


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("called yerlan at kaspi bank twice no answer will try again at three", "kaspi bank"),
        ("left a voicemail for fatima at emirates nbd gonna try again tomorrow", "emirates nbd"),
    ],
)
def test_a_dictated_company_ends_before_the_run_on(text: str, account: str) -> None:
    assert read(text)["account"] == account


def test_chat_2_and_4_are_to_and_for() -> None:
    got = read("emailed deck 2 lars @ maersk")
    assert got["contact"] == "lars"
    assert got["account"] == "maersk"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Had a video call with Javier Morales from Iberia, liked the roadmap", "meeting"),
        ("saw erik @ volvo at the expo, f/u mon", "meeting"),
        ("txt from amara: ok to proceed", "call"),
        ("just left the acme office met with john, sending specs monday", "visit"),
    ],
)
def test_activities_by_other_names(text: str, kind: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("please delete the meeting i have with john tonight", "unknown"),
        ("olly cancel my alarm for tomorrow", "unknown"),
        ("have you added a meeting with tom tomorrow at nine pm", "list_reminders"),
        ("did you set an alarm for six am", "list_reminders"),
    ],
)
def test_calendar_removals_and_questions_set_nothing(text: str, intent: str) -> None:
    got = read(text)
    assert got == {"intent": intent}


def test_a_removal_sets_no_reminder_end_to_end(console, sessions) -> None:
    console.say("please delete the meeting i have with john tonight")
    with transaction(sessions) as s:
        assert s.scalar(select(Reminder)) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("wake me up at six thirty tomorrow", "2026-11-27T06:30:00+01:00"),
        ("olly wake me at seven", "2026-11-27T07:00:00+01:00"),  # today's seven has passed
        ("wake me up at 7pm", "2026-11-26T19:00:00+01:00"),  # the clock says the evening
    ],
)
def test_being_woken_is_the_morning(text: str, due: str) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("put yoga on my calendar every monday at six pm", "yoga"),
        ("schedule lunch at tomo in arcata tomorrow at noon", "lunch at tomo in arcata"),
    ],
)
def test_calendar_request_words_are_no_part_of_the_task(text: str, task: str) -> None:
    assert read(text)["text"] == task


def test_a_count_said_before_its_number_is_no_amount() -> None:
    got = read("Lunch with Kwabena Asante from MTN Ghana. Their subscriber base is 28 million.")
    assert got["intent"] == "log_activity"
    assert "amount" not in got


def test_a_floor_is_no_date_beside_the_follow_up() -> None:
    got = read(
        "Visited Bosch and met Lukas Becker. We were on the 12th floor, great views. "
        "Follow up on December 9 at 2pm."
    )
    assert got["due"] == "2026-12-09T14:00:00+01:00"


def test_a_season_as_follow_up_is_asked_about() -> None:
    r = parse_message(
        "Lunch with Pierre Lambert from AXA, good chat, follow up after New Year", NOW, TZ
    )
    assert r.intent == "log_activity" and r.due is None
    assert r.unread  # the bot asks when


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("chase initech PO mon", "initech"),
        ("please alert me tomorrow at nine about the car insurance renewal", None),
    ],
)
def test_a_firm_in_a_terse_to_do(text: str, account: str | None) -> None:
    assert read(text).get("account") == account


def test_a_french_voicemail_is_a_logged_call() -> None:
    got = read("laissé un message à Luc Bernard (AXA), je réessaie demain", "fr")
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == "call"


@pytest.mark.parametrize(
    ("text", "lang", "contact"),
    [
        ("lvm for mr okafor @ dangote", "en", "okafor"),
        ("lvm 4 dr. osei @ ecobank", "en", "osei"),
        ("Kunde Müller GmbH besucht, Frau Klein war dabei, Termin Dienstag 10 Uhr", "de", "Klein"),
    ],
)  # fmt: skip
def test_a_title_marks_the_person(text: str, lang: str, contact: str) -> None:
    got = read(text, lang)
    assert got["contact"] == contact
    assert got.get("account") != contact


def test_terse_chat_verbs_name_the_firm_after_at() -> None:
    got = read("spoke 2 cfo @ tesco, no budget til q2")
    assert got.get("contact") is None  # a role, and "til" is no one
    assert got["account"] == "tesco"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mtg acme 2morrow 10", {"account": "acme", "due": "2026-11-27T10:00:00+01:00"}),
        ("lunch w/ ana fri 1", {"contact": "ana", "due": "2026-11-27T13:00:00+01:00"}),
    ],
)
def test_a_terse_meeting_still_to_come_is_logged_with_its_time(
    text: str, expected: dict[str, str]
) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == "meeting"
    for key, value in expected.items():
        assert got[key] == value


def test_a_known_first_name_in_lower_case_after_a_to_do_verb_is_the_person() -> None:
    got = read("in 2h: call back maria")
    assert got["intent"] == "remind"
    assert got["contact"] == "maria"
    assert read("remind me in 3 days to chase the PO").get("contact") is None  # "chase"


@pytest.mark.parametrize(
    ("text", "task", "due"),
    [
        ("mark my calendar for parents evening on tuesday at six thirty pm", "parents evening",
         "2026-12-01T18:30:00+01:00"),
        ("olly add an event called quiz night on friday at eight pm", "quiz night",
         "2026-11-27T20:00:00+01:00"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_before_on_a_day_names_the_event(text: str, task: str, due: str) -> None:
    got = read(text)
    assert (got["text"], got["due"]) == (task, due)


def test_in_the_evening_on_a_day_stays_the_when() -> None:
    assert read("remind me to call bob in the evening on friday")["due"] == (
        "2026-11-27T18:00:00+01:00"
    )


@pytest.mark.parametrize(
    ("text", "lang", "task"),
    [
        ("Je dois relancer Capgemini mardi", "fr", "relancer Capgemini"),
        ("tengo que enviar la oferta a Iberdrola el martes", "es", "enviar la oferta a Iberdrola"),
    ],
)  # fmt: skip
def test_an_obligation_in_other_languages_is_no_part_of_the_task(
    text: str, lang: str, task: str
) -> None:
    got = read(text, lang)
    assert got["intent"] == "remind"
    assert got["text"] == task


def test_an_order_to_schedule_an_entry_is_a_reminder() -> None:
    got = read("olly schedule a doctor's appointment for next tuesday at ten thirty am")
    assert got["intent"] == "remind"
    assert got["due"] == "2026-12-01T10:30:00+01:00"
    assert got["text"] == "a doctor's appointment"


def test_whom_one_met_is_a_person_even_with_an_unlisted_first_name() -> None:
    got = read("Visited Paystack's office in Yaba and met Shola Akinlade. Follow up tomorrow at 5.")
    assert (got["contact"], got["account"]) == ("Shola Akinlade", "Paystack")


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("i need to chase the signed contract from naftogaz tomorrow morning", "naftogaz"),
        ("remind me in ten days to check the payment from oando", "oando"),
        ("remind me to get the keys from home tomorrow", None),
    ],
)
def test_the_firm_a_to_do_gets_something_from(text: str, account: str | None) -> None:
    assert read(text).get("account") == account


@pytest.mark.parametrize(
    "text", ["had a ms teams call with Acme", "call with sr management at Acme"]
)
def test_an_abbreviation_like_a_title_names_no_one(text: str) -> None:
    assert read(text).get("contact") is None


def test_w_slash_ends_a_lower_case_name() -> None:
    got = read("visited nokia w/ pekka, f/u wed 3pm")
    assert "nokia w" not in (got.get("contact"), got.get("account"))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("set an alarm for quarter to seven tomorrow morning", "2026-11-27T06:45:00+01:00"),
        ("remind me at half past six tomorrow morning to stretch", "2026-11-27T06:30:00+01:00"),
        ("remind me at half past nine tonight to lock up", "2026-11-26T21:30:00+01:00"),
        ("remind me at quarter to five to call ana", "2026-11-26T16:45:00+01:00"),
    ],
)
def test_a_part_of_the_day_settles_a_worded_time(text: str, due: str) -> None:
    """ "quarter to seven" alone is 18:45 by the bare-hour rules; "tomorrow morning" beside it
    says the morning (it was read 18:45: a reminder twelve hours late)."""
    assert read(text)["due"] == due


def test_retry_is_the_reps_follow_up() -> None:
    assert read("vm for mensah, will retry 4pm")["due"] == "2026-11-26T16:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "lang", "task"),
    [
        ("Il faut que je relance Orange demain matin", "fr", "relance Orange"),
        ("tengo que llamar a Iberdrola el martes a las 10", "es", "llamar a Iberdrola"),
        ("Jeg må ringe Ola Nordmann i morgen kl 10", "nb", "ringe Ola Nordmann"),
    ],
)
def test_an_obligation_in_other_languages_is_a_reminder(text: str, lang: str, task: str) -> None:
    r = parse_message(text, NOW, TZ, lang)
    assert r.intent == "remind" and r.due is not None
    assert r.text == task
    assert r.confidence >= 0.6  # not asked about: the language's own words said it


def test_a_titled_person_beside_a_firm_read_as_the_person() -> None:
    got = read("Termin bei Bosch mit Frau Maier am Montag um 10 Uhr", "de")
    assert (got["contact"], got["account"]) == ("Maier", "Bosch")
