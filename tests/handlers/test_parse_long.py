# A table of labelled notes reads best one row a line:
# ruff: noqa: E501
"""Activities logged as long notes, in the ways the ``dev_long`` set showed the parser missing:
the company named as a later sentence's subject, the kind taken from the rep's next step, a
report whose dated next step read as a to-do, a colleague or two people read as the contact,
a pasted list's numbers and line breaks, and dates read wrong around them (a Spanish count read
as a day, a day offered after a comma, "sometime after the 10th", "almost friday.").

Unit rows call ``parse_message`` (the ``crmbot parse`` contract); console rows prove what the
bot writes or asks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from handlers.language.dates import read_whens
from handlers.language.nlu import ASK_BELOW, parse_message
from storage.db import transaction
from storage.models import Activity, Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"
MON, TUE, WED, FRI = "2026-11-30", "2026-12-01", "2026-12-02", "2026-11-27"


def read(text: str, lang: str = "en") -> dict[str, object]:
    got = parse_message(text, NOW, TZ, lang, strict=True).to_json_dict()
    return {k: v for k, v in got.items() if v is not None and k != "confidence"}


@pytest.mark.parametrize(
    ("text", "contact", "account"),
    [
        ("Emailed the onboarding checklist to Bianca Rossi. Vela Cosmetics start on the 1st with 35 users. I'll check in with her on Tuesday.", "Bianca Rossi", "Vela Cosmetics"),
        ("Ines Carvalho called me back about the renewal. Amaro Cork want to stay but the price has to come down.", "Ines Carvalho", "Amaro Cork"),
        ("Spent an hour on the phone with Harriet Cole. Cole Architects are unhappy with the last release.", "Harriet Cole", "Cole Architects"),
        ("Spoke to Hana Novakova. Bohemia Crystal is happy with the trial. She wants to go to 50 users.", "Hana Novakova", "Bohemia Crystal"),
        ("Diego Herrera rang from Andes Coffee. They want to double the order for January.", "Diego Herrera", "Andes Coffee"),
        ("I met Kaveh Rahimi at the Saturn Retail HQ. He's a tough negotiator.", "Kaveh Rahimi", "Saturn Retail"),
    ],
)  # fmt: skip
def test_the_company_said_later_in_the_note_is_the_account(
    text: str, contact: str, account: str
) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert (got.get("contact"), got.get("account")) == (contact, account)


@pytest.mark.parametrize(
    "text",
    [
        "Called Kofi Boateng. Kofi is the only one who can sign. Insurance will cover it.",
        "Quick note after the meeting: Fiona Grant is leaving in March and Tom takes over.",
    ],
)
def test_a_person_or_a_word_starting_a_sentence_is_no_account(text: str) -> None:
    assert "account" not in read(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Stopped at Greenleaf Garden Centre. Linda Moss wasn't in. I'll phone Linda on Tuesday.", "visit"),
        ("Had a walk round the Eastgate site with Mohammed Ali. Sending the quote Friday.", "visit"),
        ("Finally reached Thabo Nkosi at Karoo Mining. Thabo will set up a meeting with her.", "call"),
        ("Caught Marco Bellini on the phone between flights. Ferro Marine are happy.", "call"),
        ("Video call with Hamza Qureshi at Indus Freight. I'm sending Hamza two references.", "meeting"),
        ("Showed the mobile app to Gemma Price at Kite Fashion. Gemma wants a quote.", "meeting"),
    ],
)  # fmt: skip
def test_the_kind_is_what_happened_not_the_next_step(text: str, kind: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert got["activity_type"] == kind


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Dinner last night with Stefan Horn and the Horn Automotive sales team. 7 of us. I'll send it on the 2nd.", "2026-12-02"),
        ("Had a good chat with Lucy Chen about Pinebrook Schools. She'll talk to the board and I'll follow up on the 11th.", "2026-12-11"),
        ("Good call this morning. Over at Brightwater Logistics, Helen Marsh says the board liked it. I'll send her the plan on Tuesday.", TUE),
    ],
)  # fmt: skip
def test_a_report_with_a_dated_next_step_is_a_log(text: str, due: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert str(got["due"]).startswith(due)


def test_a_request_for_a_reminder_stays_a_reminder() -> None:
    got = read("Traffic was awful. I need to call Siobhan Walsh tomorrow at 11. Remind me please.")
    assert got["intent"] == "remind"
    got = read("olly add an event called quiz night on friday at eight pm")
    assert got["intent"] == "remind"  # "called" names the event, no call was made


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("Our engineer Tom went with me to see Hans Larsen at Nordhavn Energy. I'll send Hans the offer on Monday.", "Hans Larsen"),
        ("My manager Julie and I met Ricardo Silva at Porto Ceramics. Follow up on the 7th.", "Ricardo Silva"),
        ("Peter from our finance team joined my call with Kemal Yildiz at Bosphorus Tiles. Next call on the 9th.", "Kemal Yildiz"),
        ("Note: Telstra is restructuring. Our champion Sophie Nguyen survived.", "Sophie Nguyen"),
    ],
)  # fmt: skip
def test_a_colleague_is_never_the_contact(text: str, contact: str) -> None:
    assert read(text)["contact"] == contact


def test_two_people_met_alike_have_no_one_contact_and_are_asked_about() -> None:
    got = parse_message(
        "Had a call with Amy Ross and Kate Bell at Thistle Finance. Both were positive.",
        NOW,
        TZ,
        "en",
        strict=True,
    )
    assert got.intent == "log_activity" and got.account == "Thistle Finance"
    assert got.contact is None and got.confidence < ASK_BELOW


def test_a_pasted_list_keeps_its_numbers_out_of_the_name() -> None:
    got = read(
        "Call: Gulf Star Shipping / Khalid Al Mansoori\n1. happy with phase 1\n"
        "2. wants phase 2 pricing\n3. me: send pricing Thursday"
    )
    assert got["contact"] == "Khalid Al Mansoori"


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("got a call from jessica park at silverline media wanting to renew", "silverline media"),
        ("voicemail for grant mitchell at highland whisky second one this week", "highland whisky"),
    ],
)
def test_a_dictated_company_ends_before_the_next_words(text: str, account: str) -> None:
    assert read(text)["account"] == account


# ---- dates around long notes: asked about, never read wrong ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tienen 14 almazaras y quieren el módulo.",
        "Hay 9 personas en el equipo.",
        "Subieron un 14% este año.",
    ],
)
def test_a_spanish_count_is_no_day(text: str) -> None:
    assert read_whens(text, NOW, TZ, "es").whens == []


def test_a_spanish_day_keeps_its_lead_word() -> None:
    for text in ("la llamo el 14", "la llamo el día 14", "no está hasta el 14"):
        (w,) = read_whens(text, NOW, TZ, "es").whens
        assert w.due.date().isoformat() == "2026-12-14"


@pytest.mark.parametrize(
    "text",
    [
        "Rang Hugo Martins at Lisboa Tiles. I'll call him friday, or monday at the latest.",
        "Called Kwesi Mensah at Ashanti Gold. Follow up tomorrow at 3 or 4, whichever suits him.",
        "Met Declan Hayes at Burren Stone. I'll follow up sometime after the 10th.",
    ],
)
def test_a_follow_up_with_no_one_reading_is_asked_about(text: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.intent == "log_activity"
    assert got.due is None and got.unread


def test_a_condition_ends_where_the_reps_step_begins() -> None:
    got = read("Emailed Kofi Boateng the terms. If I hear nothing I'll chase him on Monday at 10.")
    assert got["due"] == f"{MON}T10:00:00+01:00"


def test_a_duration_after_after_still_counts_from_now() -> None:
    assert read("called Bo, follow up after 20 minutes")["due"] == "2026-11-26T10:20:00+01:00"


def test_almost_friday_is_small_talk() -> None:
    got = read("Long day. 4 calls, 2 meetings and a flat tyre. Glad it's almost friday.")
    assert got["intent"] == "unknown" and "due" not in got


def test_a_question_first_is_the_find_asked() -> None:
    got = read("Who's our contact at Halden Marine again? I have a call with them in an hour.")
    assert got == {"intent": "find", "account": "Halden Marine", "text": "Halden Marine"}


# ---- end to end ------------------------------------------------------------------------------


def test_a_long_note_logs_its_company_and_follow_up_end_to_end(console, sessions) -> None:
    console.say("contact add Bianca Rossi account=Vela Cosmetics")
    out = console.say(
        "Emailed the onboarding checklist to Bianca Rossi. Vela Cosmetics start on the 1st "
        "with 35 users. I'll check in with her on Tuesday."
    )
    assert "Logged email" in out and "follow-up Tue 1 Dec 09:00" in out
    with transaction(sessions) as s:
        rem = s.scalar(select(Reminder))
        assert rem is not None and rem.kind == "follow-up"
        assert rem.due_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # 09:00 Madrid


def test_two_people_alike_are_asked_about_end_to_end(console, sessions) -> None:
    out = console.say(
        "Had a call with Amy Ross and Kate Bell at Thistle Finance. Both were positive."
    )
    assert "Shall I log a call" in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0


def test_a_day_offered_after_a_comma_is_asked_about_end_to_end(console, sessions) -> None:
    console.say("contact add Hugo Martins account=Lisboa Tiles")
    out = console.say("Rang Hugo Martins at Lisboa Tiles. I'll call him friday, or monday.")
    assert "'friday', 'monday" in out and "Log it, no follow-up" in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Reminder)) == 0
