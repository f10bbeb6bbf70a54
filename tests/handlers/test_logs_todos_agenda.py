"""Logs that carry a to-do, logs with no verb of contact, and more agenda asks (issue 10,
dev_logs2).

A report of what happened stays a log when it names the rep's next step ("need to send her
the deck", "nxt steps: sow by wed"): a next step with a day is its follow-up, one with no day
is part of the note. A report with no word of contact before a colon ("Priya Raman:
interested, send deck") is a note; "f2f", "demoed", "walked the site" say a meeting or a
visit. "the people at ørsted", "the Carlsberg buyers" and "Tata Steel's Jamshedpur office"
name the company. Whole-message asks for what is due or open ("which follow-ups are still
open?", "anything I owe people?", "remind me what I have today") list the reminders.
"""

from __future__ import annotations

import pytest
from parse_read import read

from handlers.language.features import intent_features, tokenize


@pytest.mark.parametrize(
    "text",
    [
        "which follow-ups are still open?",
        "anything I owe people?",
        "do i owe anyone a call",
        "who do I need to call back?",
        "show me what's due",
        "remind me what I have today",
        "read me my reminders for today",
        "my open follow-ups please",
        "any callbacks pending?",
        "what am I forgetting?",
        "what's left for today",
        "what's on the calendar for monday",
        "what have I got coming up",
        "how does my day look",
        "what should I be working on today",
        "what was I supposed to do this week",
        "what did I say I'd do friday",
        "what calls do I have lined up for friday",
        "do I have anything scheduled this afternoon",
        "todos?",
        "due today?",
    ],
)
def test_asking_what_is_due_or_open_lists_reminders(text: str) -> None:
    assert read(text) == {"intent": "list_reminders"}


@pytest.mark.parametrize(
    "text",
    [
        "remind me what I have to tell Ana friday",
        "what's due on a library book if it's late",
        "I owe you a beer",
    ],
)
def test_a_task_or_small_talk_is_no_agenda_ask(text: str) -> None:
    assert read(text)["intent"] != "list_reminders"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Priya Raman: interested, send deck", "note"),
        ("quick update on Equinor: the vendor decision slipped", "note"),
        ("f2f w/ jakub @ allegro, went well", "meeting"),
        ("walked the Kone site in Espoo with their facilities lead", "visit"),
        ("Drove out to see Bruno Carvalho at Petrobras, good talk", "visit"),
        ("pitched the add-on to Grupo Bimbo, they want a trial", "meeting"),
    ],
)
def test_the_kind_of_a_log_without_a_verb_of_contact(text: str, kind: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity" and got["activity_type"] == kind, got


def test_a_next_step_label_before_a_colon_is_the_follow_up() -> None:
    got = read("mtg w/ olga done. nxt steps: sow by wed")
    assert got["intent"] == "log_activity"
    assert got["due"] == "2026-12-02T09:00:00+01:00"


def test_a_to_do_with_no_day_after_a_call_is_part_of_the_log() -> None:
    got = read("called Sanjay Gupta at Infosys, need to send him the deck")
    assert got["intent"] == "log_activity" and "due" not in got
    assert got["contact"] == "Sanjay Gupta" and got["account"] == "Infosys"


def test_a_dictated_report_after_a_filler_is_a_log_with_the_reps_follow_up() -> None:
    got = read(
        "so i spoke to leila mansour at aramex this morning and she said the ops director is "
        "away until the 9th so nothing moves before then and i said i would check back with "
        "her on the 10th"
    )
    assert got["intent"] == "log_activity" and got["activity_type"] == "call"
    assert got["contact"] == "leila mansour" and got["account"] == "aramex"
    assert got["due"] == "2026-12-10T09:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("talked to the people at ørsted they want a second demo", "ørsted"),
        ("met the Carlsberg buyers, their tender closes on the 18th", "Carlsberg"),
        ("visited the danone warehouse in lyon the renewal comes up in march", "danone"),
        ("Visited Tata Steel's Jamshedpur office. Met 4 people from procurement", "Tata Steel"),
    ],
)
def test_the_company_behind_its_people_or_its_place(text: str, account: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity" and got["account"] == account, got
    assert "due" not in got


def test_a_thing_sent_then_its_recipient_at_a_company() -> None:
    got = read("emailed quote to nikos @ cosmote")
    assert got["contact"] == "nikos" and got["account"] == "cosmote", got


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("walked the Kone site with their lead", True),
        ("spoke w/ amira re pricing, cb next wk", True),
        ("demo done w/ telstra, f/u fri", True),
        ("need to send Sofia the deck on monday", False),
        ("try kofi again thursday at 4", False),
    ],
)
def test_the_classifier_sees_a_past_form_in_the_first_clause(text: str, cue: bool) -> None:
    feats = intent_features(tokenize(text))
    assert (("h=past" in feats) or ("h=done" in feats)) is cue


def test_an_order_with_a_day_is_a_to_do_not_a_stage_move() -> None:
    got = read("ping sara @ klarna tmrw re contract")
    assert got["intent"] == "remind" and got["due"] == "2026-11-27T09:00:00+01:00"
    assert read("move acme renewal to contract")["intent"] == "move_deal"


def test_a_call_reported_done_is_no_order() -> None:
    got = read("follow-up call w/ maria done. she's signing thursday")
    assert got["intent"] == "log_activity" and "due" not in got


def test_chat_shorthand_in_logs_and_asks() -> None:
    assert read("f/us this wk?") == {"intent": "list_reminders"}
    got = read("emailed deck → kofi @ ecobank")
    assert got["contact"] == "kofi" and got["account"] == "ecobank", got
    got = read("Kenji from Sony pinged, wants a call tomorrow at 4")
    assert got["intent"] == "log_activity" and got["account"] == "Sony", got
    assert got["due"] == "2026-11-27T16:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("met with the finance director at heineken this morning, not convinced", "heineken"),
        ("Dropped in on Bimbo's Mexico City office, nobody from IT was around", "Bimbo"),
        ("productive meeting with the Globex team, follow up friday", "Globex"),
    ],
)
def test_a_role_or_a_place_of_the_company_in_a_log(text: str, account: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity" and got["account"] == account, got


def test_a_personal_entry_with_an_article_is_not_read_as_a_log_by_the_rules() -> None:
    """Only a judged activity ("productive meeting with …") is a report by the rule; "a
    meeting with the dentist tomorrow at 3" is left to the learned reader."""
    assert read("a meeting with the dentist tomorrow at 3")["intent"] != "log_activity"
