# A table of labelled notes reads best one row a line:
# ruff: noqa: E501
"""Long notes in the ways ``dev_long3`` (and ``dev_long2``) showed the parser reading a date
wrong or missing the note: a time changed in the message ("moved from 2pm to 4pm", "moved it
to tomorrow at 10", "at 4 not 3") read as the follow-up, a day said with no time whose 09:00
had passed ("is the CRM slow today?") set as a reminder, an hour said just before its day
("at 8am my time on Friday") dropped for 09:00, a next step said with no verb ("Quote to
Greta by the 4th") missed, lead-in words ("FYI", "Heads up -") taken for a note or a
reminder, a report of what was done taken for a reminder, and a letter pasted in to someone
else ("Hi Rania, … Kind regards, Tom") read as an order to the bot.

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); console rows prove what the
bot writes or asks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from handlers.language.nlu import parse_message
from handlers.language.result import ParseResult
from storage.db import transaction
from storage.models import Activity, Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def parse(text: str) -> ParseResult:
    return parse_message(text, NOW, TZ, "en", strict=True)


def due(text: str) -> str | None:
    got = parse(text).due
    return got.isoformat() if got is not None else None


# ---- a time changed in the message -----------------------------------------------------------


def test_a_meeting_moved_and_held_is_context_and_the_next_step_is_the_follow_up() -> None:
    text = "Meeting moved from 2pm to 4pm, but we made it: met Oskar Nilsson at Malmo Marin with their tech lead. Oskar wants the API sandbox; I'll set it up by Tuesday."
    got = parse(text)
    assert (got.intent, got.contact, got.account) == (
        "log_activity",
        "Oskar Nilsson",
        "Malmo Marin",
    )
    assert due(text) == "2026-12-01T09:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "The call with Pieter de Vries at Zeeland Dairy moved from 10 to 11:30 tomorrow.",
        "Original meeting with Priscilla Owusu at Volta Energy was 3pm today, she moved it to tomorrow at 10.",
        "Correction to my last note: the call with Mateus Rocha at Minas Steel is at 4 not 3.",
        "Rescheduled: the site visit at Qasr Builders is now on Dec 9 at 1pm instead of Dec 4.",
        "Call with Elif Demir at Bosphorus Textiles: she moved our follow-up from Friday to Monday.",
        "Meeting moved from 2pm to 4pm, sorry all, the boardroom is booked.",
    ],
)  # fmt: skip
def test_a_slot_set_by_a_changed_time_is_asked_never_one_picked(text: str) -> None:
    got = parse(text)
    assert got.due is None
    assert got.unread  # both are shown back


def test_a_time_changed_elsewhere_leaves_a_reminders_own_time() -> None:
    got = parse("My 2pm got moved to 4pm. Remind me at 3:30 to prep the slides for Kestrel Air.")
    assert got.intent == "remind"
    assert (
        due("My 2pm got moved to 4pm. Remind me at 3:30 to prep the slides for Kestrel Air.")
        == "2026-11-26T15:30:00+01:00"
    )


def test_a_time_that_does_not_change_keeps_its_follow_up() -> None:
    text = "Called Ana Ruiz at Iberdrola, she moved to the new office last week. I'll call her back on Monday at 11."
    assert due(text) == "2026-11-30T11:00:00+01:00"


# ---- a due already past, an hour before its day ---------------------------------------------


def test_a_day_said_with_no_time_already_past_is_no_reminder_time() -> None:
    got = parse("Is it just me or is the CRM slow today? Took 30 seconds to load the Globex page.")
    assert got.due is None


def test_a_time_said_today_stays_though_it_has_passed() -> None:
    assert due("remind me today at 9 to call Bob") == "2026-11-26T09:00:00+01:00"


def test_an_hour_said_just_before_its_day_is_that_days_hour() -> None:
    text = "Spoke to Soo-ah Kim at Busan Ports at 9 their time. They're 8 hours ahead, so next call at 8am my time on Friday."
    assert due(text) == "2026-11-27T08:00:00+01:00"


# ---- a next step with no verb ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Stopped at Kaufhaus Brandt on the way home. Greta Brandt showed me the plans for 3 new stores. Quote to Greta by the 4th.", "2026-12-04T09:00:00+01:00"),
        ("Met Agnieszka Kowalczyk at Kowalczyk Meble and 3 of her designers. They liked it. Proposal by Tuesday.", "2026-12-01T09:00:00+01:00"),
        ("Met Rafael Mendoza at Pampas Beef. They process 800 head a week. Second meeting booked for Dec 15 at 10am.", "2026-12-15T10:00:00+01:00"),
        ("Good news! Wang Fang at Golden Dragon Foods confirmed on the phone they're going ahead. Contract to her by Friday.", "2026-11-27T09:00:00+01:00"),
        # a thing with a verb is a fact of the note
        ("Called Ana Ruiz at Iberdrola. Contract expires March 31.", None),
    ],
)  # fmt: skip
def test_a_next_step_said_with_no_verb_is_the_follow_up(text: str, when: str | None) -> None:
    assert parse(text).intent == "log_activity"
    assert due(text) == when


# ---- lead-in words, a report taken for a reminder ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "contact"),
    [
        ("FYI met Ingrid Johansson from Vasa Shipping at the Gothenburg fair. Email her the brochure Monday.", "meeting", "Ingrid Johansson"),
        ("Heads up - Carmen Vidal at Sol Hoteles called, she's leaving the company at the end of December. I'll call Carmen back on Monday to plan the handover.", "call", "Carmen Vidal"),
        ("The CRM was down for an hour this morning, so logging this late: called Ewa Zielinska at Krakow Pharma at 9, she wants 20 more seats. I'll send the quote at 2 today.", "call", "Ewa Zielinska"),
    ],
)  # fmt: skip
def test_words_before_a_report_name_nothing(text: str, kind: str, contact: str) -> None:
    got = parse(text)
    assert (got.intent, got.activity_type, got.contact) == ("log_activity", kind, contact)


def test_news_words_before_a_deal_are_no_deal_name() -> None:
    got = parse(
        "Bad news on the Harbour Foods renewal: they're delaying the decision, close moves to end of March."
    )
    assert (got.intent, got.deal, got.close) == (
        "update_deal",
        "Harbour Foods renewal",
        date(2027, 3, 31),
    )
    # news words before something else keep the whole message's reading
    got = parse(
        "Bad news on Vandelay. Their board decided to build it in-house, so the Vandelay import deal is lost."
    )
    assert (got.intent, got.deal) == ("move_deal", "Vandelay import")


def test_a_dictated_voice_note_is_read_for_what_was_done() -> None:
    got = parse(
        "voice note called juan carlos mejia at cafe del valle he says the container is stuck nothing for us to do call him back next friday at ten"
    )
    assert (got.intent, got.activity_type) == ("log_activity", "call")
    assert (
        due(
            "voice note called juan carlos mejia at cafe del valle, call him back next friday at ten"
        )
        == "2026-11-27T10:00:00+01:00"
    )


def test_a_quick_note_stays_a_note() -> None:
    got = parse(
        "Quick note before I forget: Sergio Bianchi of Bianchi Moto wants 5 demo bikes fitted by March. Follow up Tuesday."
    )
    assert (got.intent, got.activity_type) == ("log_activity", "note")


def test_the_event_a_note_is_written_after_is_no_time() -> None:
    text = "Quick one after the call with Amara Diallo from Sahel Solar: she's approved 25 panels. I'll confirm delivery dates with ops tomorrow at 11."
    got = parse(text)
    assert got.unread == ()
    assert due(text) == "2026-11-27T11:00:00+01:00"
    # a follow-up after an event is still asked about
    assert (
        parse("Called Ana Ruiz at Iberdrola. Follow up after the call with their CFO.").due is None
    )


def test_the_note_keeps_its_lead_in_words() -> None:
    got = parse("FYI met Ingrid Johansson from Vasa Shipping at the Gothenburg fair.")
    assert got.text is not None and got.text.startswith("FYI met Ingrid")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("FYI the office is closed on Monday", "unknown"),
        ("Heads up to self: call Kwame on Tuesday at 2", "remind"),
    ],
)  # fmt: skip
def test_a_lead_in_before_no_report_keeps_its_reading(text: str, intent: str) -> None:
    assert parse(text).intent == intent


# ---- a letter pasted in to someone else ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Fwd: Re: pricing\n\nHi Tom, thanks for the call yesterday. We'd like to go ahead with the 50 seat option. Can you send the contract? Best, Laila Ahmadi | Head of IT | Kabul Fresh | +93 20 123 4567", "unknown"),
        ("Hi Rania, thanks for your time today. As discussed, I'll send the proposal for the 12 clinics by Friday. Kind regards, Tom", "unknown"),
        ("Fwd from Sven: Hi team, Vattenfall Nord wants a call about the outage report before the 10th. Can someone take it?", "unknown"),
        ("Dear Mr. Osei, following our meeting on Tuesday, please find attached our offer for the 4 warehouses. Best regards", "unknown"),
        ("Re: your question about Q3\nHi Lena, yes we can deliver 300 units in Q3. Tom", "unknown"),
        # the rep's own framing of an email is a log; a greeting to the bot is no letter
        ("Logging an email from Mateo Fernández at Andina Mining: \"Hi, thanks, we accept the 3 year term.\" I'll send the contract tomorrow.", "log_activity"),
        ("Hi bot, called Ana Ruiz at Iberdrola, follow up friday", "log_activity"),
    ],
)  # fmt: skip
def test_a_letter_to_someone_else_is_no_order_to_the_bot(text: str, intent: str) -> None:
    assert parse(text).intent == intent


# ---- end to end ------------------------------------------------------------------------------


def test_a_moved_meeting_logs_the_next_step_end_to_end(console, sessions) -> None:
    # the words before the colon are a sentence, not the WHO of "meeting WHO: note"
    console.say("contact add Oskar Nilsson account=Malmo Marin")
    out = console.say(
        "Meeting moved from 2pm to 4pm, but we made it: met Oskar Nilsson at Malmo Marin with "
        "their tech lead. Oskar wants the API sandbox; I'll set it up by Tuesday."
    )
    assert "Logged meeting" in out and "follow-up Tue 1 Dec 09:00" in out
    with transaction(sessions) as s:
        rem = s.scalar(select(Reminder))
        assert rem is not None and rem.due_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_a_changed_time_is_asked_not_written_end_to_end(console, sessions) -> None:
    out = console.say(
        "The call with Pieter de Vries at Zeeland Dairy moved from 10 to 11:30 tomorrow."
    )
    assert "11:30" in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Reminder)) == 0


def test_a_pasted_letter_writes_nothing_end_to_end(console, sessions) -> None:
    console.say(
        "Hi Rania, thanks for your time today. As discussed, I'll send the proposal by Friday. Kind regards, Tom"
    )
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
        assert s.scalar(select(func.count()).select_from(Reminder)) == 0


def test_words_of_a_date_are_never_a_name() -> None:
    got = parse(
        "The Kowalczyk Meble demo was pushed from last Wednesday to today, but it finally happened. Met Agnieszka Kowalczyk and 3 of her designers."
    )
    assert got.account != "last Wednesday" and got.contact == "Agnieszka Kowalczyk"


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("I'm driving, remind me in 30 minutes to call Lucy Grant back.", "call Lucy Grant back"),
        ("I'm at the airport, remind me at 6 to book a taxi", "book a taxi"),
        # a task before the request is the reminder's task
        ("call Bob, remind me at 3", "call Bob"),
    ],
)  # fmt: skip
def test_a_state_before_a_reminder_request_is_no_task(text: str, task: str) -> None:
    got = parse(text)
    assert (got.intent, got.text) == ("remind", task)


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ("New deal from today's meeting: Harbor Cold Storage expansion, 85k EUR, closing in March.", "Harbor Cold Storage expansion"),
        ("New deal after today's meeting: Olympia Ferries onboard wifi, 14 ships, 90k EUR, closing in Q2.", "Olympia Ferries onboard wifi"),
    ],
)  # fmt: skip
def test_where_a_new_deal_came_from_is_no_part_of_its_name(text: str, deal: str) -> None:
    got = parse(text)
    assert (got.intent, got.deal) == ("create_deal", deal)


def test_a_deadline_of_theirs_inside_a_request_is_no_follow_up() -> None:
    text = "Went to see Patrick Byrne at Claddagh Foods today. He needs the quote before their budget meeting on the 12th. I'll send it on Monday."
    assert due(text) == "2026-11-30T09:00:00+01:00"
    # a request with no deadline of theirs is the rep's step
    assert (
        due("Met Jake Moss at Orbit Gyms. He wants a demo on the 9th.")
        == "2026-12-09T09:00:00+01:00"
    )


def test_the_event_a_command_is_written_after_is_no_time() -> None:
    got = parse(
        "After the call with their CFO: log a 250k opportunity with Meridian Bank, close in June."
    )
    assert (got.intent, got.close, got.unread) == ("create_deal", date(2027, 6, 30), ())


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Update: the Hoang Minh Electronics meeting went well. Met Le Thi Mai and two of their engineers. Sending them the API docs Friday.", "Hoang Minh Electronics"),
        ("Quick note after the Harlow Stores meeting: Fiona Grant is leaving in March.", "Harlow Stores"),
        # a review of a quarter, a weekday's or a board's meeting names no company
        ("Met Fiona Grant after the Q3 review, she is leaving in March.", None),
        ("Met Fiona Grant after the Monday meeting, she is leaving in March.", None),
    ],
)  # fmt: skip
def test_the_company_whose_meeting_it_was_is_the_account(text: str, account: str | None) -> None:
    got = parse(text)
    assert (got.intent, got.account) == ("log_activity", account)


def test_the_company_after_the_person_in_a_notes_heading_is_the_account() -> None:
    got = parse("Lunch - Ewan Ross, Loch Ness Distillers\nTalked mostly rugby. Nothing to do yet.")
    assert (got.contact, got.account) == ("Ewan Ross", "Loch Ness Distillers")
    # a greeting after a name in a sentence is no company
    assert parse("Called Ana Ruiz at Iberdrola, Thanks again.").account == "Iberdrola"


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Met Dominika Král at Brno Machinery. Very positive. I'll get back to her after the trade fair.", ("after the trade fair",)),
        ("Called Stavros Papadopoulos at Aegean Ferries. He'll be in the office after the holidays, so follow up then.", ("then",)),
    ],
)  # fmt: skip
def test_a_follow_up_with_no_one_reading_is_asked(text: str, unread: tuple[str, ...]) -> None:
    got = parse(text)
    assert (got.intent, got.due, got.unread) == ("log_activity", None, unread)


def test_getting_back_to_them_is_the_reps_follow_up_and_theirs_is_not() -> None:
    assert (
        due("Called Ana Ruiz at Acme, I'll get back to her on Monday at 10")
        == "2026-11-30T10:00:00+01:00"
    )
    assert due("Called Ana Ruiz at Acme, she will get back to me on Monday") is None


def test_a_heads_up_to_the_team_is_not_for_the_bot() -> None:
    assert (
        parse(
            "Heads up team: the office wifi is down again, IT says 2-3 hours. Use the guest network."
        ).intent
        == "unknown"
    )
