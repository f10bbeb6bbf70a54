"""Reports as reps type them, from the ``dev_logs5`` round: news about the customer said first
is a note though a kind's word follows it, no-shows and mail said other ways, and dates in a
report that are not its follow-up (a weekday said first before what the rep did, a breakfast's
hour, what the customer said of a thing, a thing coming back).

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); a console row proves that a
note that names the rep's next meeting keeps its time as the follow-up."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from handlers.language.nlu import parse_message
from storage.db import transaction
from storage.models import Activity, Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str) -> dict[str, object]:
    got = parse_message(text, NOW, TZ, "en", strict=True).to_json_dict()
    return {k: v for k, v in got.items() if v is not None and k != "confidence"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the kind's word is what they confirmed or want, not what the rep did
        ("jon confirmed the demo for tomorrow 2pm", "note"),
        ("Tupac Quispe from Alicorp wants a call back at 4", "note"),
        ("Valeria Torres from Bancolombia accepted the invite for wednesday 4pm", "note"),
        ("Tata Motors - Ravi says budget is frozen till April", "note"),
        ("okay so kofi from cocobod says they are happy with the samples", "note"),
        # the rep did it: the kind stays
        ("Rebecca Stone at Falcon Security asked for a call, so I rang her at lunch", "call"),
        ("Long day. Finally got Tunde Bakare on the phone after three tries", "call"),
        # other words for a kind
        ("no show from Carla Benedetti @ Luxottica, will try her again monday", "meeting"),
        ("Ana Folau from Fonterra stood me up at the café, third time", "meeting"),
        ("fwd'd the case study to Gabriela Rojas at Falabella", "email"),
        ("popped into the Tesco office in Dublin, saw Niamh Byrne", "visit"),
        ("caled Svetlana Morozova at Rosatom, wants a qoute", "call"),
    ],
)  # fmt: skip
def test_the_kind_of_a_report(text: str, kind: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Monday I visited the Bosch plant in Stuttgart with Klaus Richter",
        "breakfast meeting with Adaeze Okafor from Flutterwave at 7:30, good start to the day",
        "sent Hiroko at Shiseido the contract for signature, should be back by tuesday",
        "note ahmed at qatar airways says the tender closes on december fifteenth",
    ],
)
def test_a_date_of_the_report_is_no_follow_up(text: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert "due" not in got


def test_a_breakfast_to_come_is_in_the_morning() -> None:
    got = read("breakfast with Jon Berg tomorrow at 7")
    assert got["due"] == "2026-11-27T07:00:00+01:00"


def test_a_follow_up_after_a_weekday_said_first_is_kept() -> None:
    got = read("Monday I called Ana Ruiz, follow up friday at 3")
    assert got["due"] == "2026-11-27T15:00:00+01:00"


def test_a_name_ends_before_what_they_did() -> None:
    assert read("Kone: visit went well, Mikko showed us the lab")["contact"] == "Mikko"


def test_a_note_naming_the_next_meeting_keeps_its_time_end_to_end(console, sessions) -> None:
    """ "jon confirmed the demo for tomorrow 2pm": logged as a note, and the demo's time is
    kept as the follow-up, never lost."""
    reply = console.say("Valeria Torres from Bancolombia accepted the invite for wednesday 4pm")
    assert "[1] Create 'Valeria Torres' at 'Bancolombia' and log" in reply
    console.say("1")
    with transaction(sessions) as s:
        activity = s.scalar(select(Activity))
        assert activity is not None and activity.type == "note"
        assert "accepted the invite" in activity.body
        reminder = s.scalar(select(Reminder))
        assert reminder is not None
        assert reminder.due_at.isoformat().startswith("2026-12-02T15:00")  # 16:00 Madrid, UTC
