"""Focused tests of the date rules of issue 3 (``handlers.language.dates``).

The table test covers whole messages; these pin each rule on its own: the
bare-hour rule, time alone today-vs-tomorrow, every weekday from every day of
the week, "in N units", year-less dates, DST changes in Europe/Madrid, spans
and ``strip_when``, and the phrases raw dateparser 1.5 gets wrong.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.language.dates import WhenMatch, find_whens, fold, parse_when, strip_when

MAD = "Europe/Madrid"
THU = datetime(2026, 11, 26, 10, 0)  # a Thursday, 10:00 wall time in Madrid


def when(text: str, now: datetime = THU, tz: str = MAD, lang: str = "en") -> WhenMatch:
    m = parse_when(text, now, tz, lang)
    assert m is not None, text
    return m


def local(s: str, tz: str = MAD) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


# ---------------------------------------------------------------- what raw dateparser gets wrong


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("follow up next tuesday at 9", "en", "2026-12-01T09:00"),
        ("i morgen kl 10", "nb", "2026-11-27T10:00"),
        ("nächsten Freitag", "de", "2026-11-27T09:00"),
        ("el próximo viernes a las 10", "es", "2026-11-27T10:00"),
        ("αύριο στις 10", "el", "2026-11-27T10:00"),
        ("bihar 10etan", "eu", "2026-11-27T10:00"),
        ("in 2 weeks", "en", "2026-12-10T09:00"),
    ],
)
def test_phrases_dateparser_gets_wrong(text: str, lang: str, expected: str) -> None:
    assert when(text, lang=lang).due == local(expected)


# ---------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("hour", "expected"),
    [(1, 13), (2, 14), (3, 15), (4, 16), (5, 17), (6, 18), (7, 19), (8, 8), (9, 9), (10, 10),
     (11, 11), (12, 12), (13, 13), (18, 18), (23, 23), (0, 0)],
)  # fmt: skip
def test_bare_hour_rule(hour: int, expected: int) -> None:
    m = when(f"tomorrow at {hour}")
    assert (m.due.hour, m.due.minute) == (expected, 0)
    assert m.due.date() == date(2026, 11, 27)
    assert m.has_time


@pytest.mark.parametrize(
    ("text", "hm"),
    [("9am", (9, 0)), ("9 am", (9, 0)), ("9:30pm", (21, 30)), ("12am", (0, 0)),
     ("12pm", (12, 0)), ("7 a.m.", (7, 0)), ("14:00", (14, 0)), ("07:30", (7, 30)),
     ("7:30", (19, 30)), ("noon", (12, 0)), ("at noon", (12, 0)), ("midday", (12, 0)),
     ("at 3 in the afternoon", (15, 0)), ("at 7 in the morning", (7, 0))],
)  # fmt: skip
def test_clock_forms(text: str, hm: tuple[int, int]) -> None:
    m = when(f"tomorrow {text}")
    assert (m.due.hour, m.due.minute) == hm
    assert m.due.date() == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "tomorrow morning at 7", "2026-11-27T07:00"),
        ("en", "friday evening at 8", "2026-11-27T20:00"),
        ("en", "tomorrow afternoon at 2:30", "2026-11-27T14:30"),
        ("en", "tomorrow evening at 19:00", "2026-11-27T19:00"),  # a 24-hour time stays
        ("en", "tomorrow morning at 10", "2026-11-27T10:00"),
        ("en", "tonight at 8", "2026-11-26T20:00"),
        ("en", "this evening at 9", "2026-11-26T21:00"),
        ("en", "at 9 tonight", "2026-11-26T21:00"),
        ("en", "this morning at 11", "2026-11-26T11:00"),
        ("es", "mañana por la tarde a las 5", "2026-11-27T17:00"),
        ("es", "mañana a las 8 por la noche", "2026-11-27T20:00"),
        ("es", "esta tarde a las 5", "2026-11-26T17:00"),
        ("de", "morgen abend um 8", "2026-11-27T20:00"),
        ("de", "heute abend um 8", "2026-11-26T20:00"),
        ("fr", "demain soir à 8h", "2026-11-27T20:00"),
        ("nb", "i morgen kveld kl 8", "2026-11-27T20:00"),
    ],
)
def test_part_of_day_settles_a_bare_hour(lang: str, text: str, expected: str) -> None:
    """'morning at 7' is 07:00 although a bare 7 is 19:00; 'evening at 8' is 20:00."""
    m = when(text, lang=lang)
    assert m.due == local(expected)
    assert (m.start, m.end) == (0, len(text))  # the whole phrase leaves the note


def test_time_alone_is_today_when_still_ahead() -> None:
    m = when("at 3")
    assert m.due == local("2026-11-26T15:00")
    assert not m.has_date
    assert when("14:00").due == local("2026-11-26T14:00")
    assert when("10:01").due == local("2026-11-26T10:01")


def test_time_alone_is_tomorrow_when_passed_or_now() -> None:
    assert when("at 9").due == local("2026-11-27T09:00")
    assert when("10:00").due == local("2026-11-27T10:00")  # not strictly ahead
    assert when("at 9:59").due == local("2026-11-27T09:59")
    late = datetime(2026, 11, 26, 23, 30)
    assert when("at 3", now=late).due == local("2026-11-27T15:00")


def test_date_without_time_is_nine() -> None:
    m = when("tomorrow")
    assert m.due == local("2026-11-27T09:00")
    assert not m.has_time
    assert m.has_date


# ---------------------------------------------------------------- relative days and weeks


@pytest.mark.parametrize(
    ("text", "expected"),
    [("today", "2026-11-26T09:00"), ("tomorrow", "2026-11-27T09:00"),
     ("the day after tomorrow", "2026-11-28T09:00"), ("day after tomorrow", "2026-11-28T09:00"),
     ("next week", "2026-11-30T09:00"), ("next month", "2026-12-26T09:00"),
     ("tonight", "2026-11-26T20:00"), ("tomorrow afternoon", "2026-11-27T15:00")],
)  # fmt: skip
def test_relative_words(text: str, expected: str) -> None:
    assert when(text).due == local(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("in 10 minutes", "2026-11-26T10:10"), ("in 2 hours", "2026-11-26T12:00"),
     ("in an hour", "2026-11-26T11:00"), ("in half an hour", "2026-11-26T10:30"),
     ("in 3 days", "2026-11-29T09:00"), ("in 2 weeks", "2026-12-10T09:00"),
     ("in a week", "2026-12-03T09:00"), ("in 1 month", "2026-12-26T09:00"),
     ("in 3 months", "2027-02-26T09:00"), ("in two days", "2026-11-28T09:00"),
     ("in 3 days at 4pm", "2026-11-29T16:00"), ("2 days from now", "2026-11-28T09:00")],
)  # fmt: skip
def test_in_n_units(text: str, expected: str) -> None:
    assert when(text).due == local(expected)


def test_in_n_minutes_keeps_seconds_exact() -> None:
    now = datetime(2026, 11, 26, 10, 0, 42)
    assert when("in 5 minutes", now=now).due == local("2026-11-26T10:05:42")


def test_in_months_clamps_to_month_end() -> None:
    now = datetime(2027, 1, 31, 10, 0)
    assert when("in 1 month", now=now).due == local("2027-02-28T09:00")


# ---------------------------------------------------------------- weekdays

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@pytest.mark.parametrize("today_offset", range(7))
@pytest.mark.parametrize("wd", range(7))
def test_weekday_is_next_occurrence_after_today(today_offset: int, wd: int) -> None:
    now = datetime(2026, 11, 23, 10, 0) + timedelta(days=today_offset)  # Mon 23 .. Sun 29
    ahead = (wd - now.weekday()) % 7 or 7
    expected = datetime.combine(now.date() + timedelta(days=ahead), datetime.min.time())
    expected = expected.replace(hour=9, tzinfo=ZoneInfo(MAD))
    assert when(WEEKDAYS[wd], now=now).due == expected
    assert when(f"next {WEEKDAYS[wd]}", now=now).due == expected
    assert when(f"on {WEEKDAYS[wd].capitalize()}", now=now).due == expected


@pytest.mark.parametrize("today_offset", range(7))
@pytest.mark.parametrize("wd", range(7))
def test_weekday_next_week_is_in_the_following_monday_to_sunday_week(
    today_offset: int, wd: int
) -> None:
    now = datetime(2026, 11, 23, 10, 0) + timedelta(days=today_offset)
    monday = date(2026, 11, 30)
    expected = local(f"{monday + timedelta(days=wd)}T09:00")
    assert when(f"{WEEKDAYS[wd]} next week", now=now).due == expected
    assert when(f"next week {WEEKDAYS[wd]}", now=now).due == expected


def test_thursday_examples_from_the_issue() -> None:
    assert when("friday").due == local("2026-11-27T09:00")
    assert when("next friday").due == local("2026-11-27T09:00")
    assert when("thursday").due == local("2026-12-03T09:00")


# ---------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Dec 3", "2026-12-03T09:00"), ("3 December", "2026-12-03T09:00"),
     ("December 15 at 14:00", "2026-12-15T14:00"), ("2026-12-21 10:00", "2026-12-21T10:00"),
     ("2026-12-21T10:00", "2026-12-21T10:00"), ("2026-12-21", "2026-12-21T09:00"),
     ("Dec 3rd, 2027", "2027-12-03T09:00"), ("the 3rd of December", "2026-12-03T09:00"),
     ("21.12.", "2026-12-21T09:00"), ("21.12.2026", "2026-12-21T09:00"),
     ("13/12", "2026-12-13T09:00"), ("Tuesday, December 8 at 3pm", "2026-12-08T15:00")],
)  # fmt: skip
def test_explicit_dates(text: str, expected: str) -> None:
    assert when(text).due == local(expected)


def test_year_less_date_next_occurrence() -> None:
    assert when("Nov 20").due == local("2027-11-20T09:00")  # passed this year
    assert when("Nov 27").due == local("2026-11-27T09:00")  # still ahead
    assert when("Nov 26").due == local("2026-11-26T09:00")  # today is still this year's
    assert when("January 5").due == local("2027-01-05T09:00")
    assert when("Feb 29").due == local("2028-02-29T09:00")  # next year that has one
    assert when("Dec 31", now=datetime(2026, 12, 31, 23, 0)).due == local("2026-12-31T09:00")


def test_slash_dates_follow_the_date_order_and_two_readings_are_asked() -> None:
    """docs/understanding.md: 12/15 has one reading; 12/3 has two and needs `me dates`."""
    ny = "America/New_York"
    assert parse_when("12/3", THU, ny) is None  # no order set: not guessed from the zone
    assert parse_when("12/3", THU, MAD, date_order="mdy").due == local("2026-12-03T09:00")
    assert parse_when("12/3", THU, MAD, date_order="dmy").due == local("2027-03-12T09:00")
    assert when("12/15").due == local("2026-12-15T09:00")  # one reading
    assert when("15/12", tz=ny).due == local("2026-12-15T09:00", ny)


def test_invalid_dates_are_not_dates() -> None:
    for text in ("Feb 30", "31/11", "2026-13-01", "at 25", "at 9:75"):
        assert parse_when(text, THU, MAD) is None, text


# ---------------------------------------------------------------- every language


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "mañana a las 10", "2026-11-27T10:00"),
        ("es", "pasado mañana", "2026-11-28T09:00"),
        ("es", "el viernes de la semana que viene", "2026-12-04T09:00"),
        ("es", "en 3 días", "2026-11-29T09:00"),
        ("es", "3 de diciembre a las 5 de la tarde", "2026-12-03T17:00"),
        ("es", "proximo viernes", "2026-11-27T09:00"),
        ("de", "morgen um 10 Uhr", "2026-11-27T10:00"),
        ("de", "übermorgen", "2026-11-28T09:00"),
        ("de", "nächste Woche", "2026-11-30T09:00"),
        ("de", "in 2 Wochen", "2026-12-10T09:00"),
        ("de", "am 3. Dezember um 14:30", "2026-12-03T14:30"),
        ("de", "Freitag nächster Woche", "2026-12-04T09:00"),
        ("fr", "demain à 14h30", "2026-11-27T14:30"),
        ("fr", "après-demain à midi", "2026-11-28T12:00"),
        ("fr", "vendredi prochain", "2026-11-27T09:00"),
        ("fr", "dans 2 semaines", "2026-12-10T09:00"),
        ("fr", "le 3 décembre à 10h", "2026-12-03T10:00"),
        ("fr", "la semaine prochaine", "2026-11-30T09:00"),
        ("nb", "i morgen kl 10", "2026-11-27T10:00"),
        ("nb", "på fredag", "2026-11-27T09:00"),
        ("nb", "om 3 dager", "2026-11-29T09:00"),
        ("nb", "fredag neste uke", "2026-12-04T09:00"),
        ("nb", "3. desember kl. 14.30", "2026-12-03T14:30"),
        ("nb", "imorgen klokka 8", "2026-11-27T08:00"),
        ("el", "αύριο στις 10", "2026-11-27T10:00"),
        ("el", "μεθαύριο", "2026-11-28T09:00"),
        ("el", "την επόμενη Παρασκευή", "2026-11-27T09:00"),
        ("el", "σε 2 εβδομάδες", "2026-12-10T09:00"),
        ("el", "3 Δεκεμβρίου στις 14:00", "2026-12-03T14:00"),
        ("el", "αυριο στις 5 το απογευμα", "2026-11-27T17:00"),
        ("eu", "bihar 10etan", "2026-11-27T10:00"),
        ("eu", "etzi", "2026-11-28T09:00"),
        ("eu", "datorren ostiralean", "2026-11-27T09:00"),
        ("eu", "3 egun barru", "2026-11-29T09:00"),
        ("eu", "abenduaren 3an", "2026-12-03T09:00"),
        ("eu", "bihar arratsaldeko 5etan", "2026-11-27T17:00"),
        ("kk", "ертең сағат 10-да", "2026-11-27T10:00"),
        ("kk", "бүрсігүні", "2026-11-28T09:00"),
        ("kk", "келесі жұмада", "2026-11-27T09:00"),
        ("kk", "2 күннен кейін", "2026-11-28T09:00"),
        ("kk", "3 желтоқсан", "2026-12-03T09:00"),
        ("kk", "кешкі 7-де", "2026-11-26T19:00"),
    ],
)
def test_languages(lang: str, text: str, expected: str) -> None:
    assert when(text, lang=lang).due == local(expected)


def test_language_codes_are_normalised() -> None:
    assert when("i morgen kl 10", lang="no").due == local("2026-11-27T10:00")
    assert when("mañana", lang="es-ES").due == local("2026-11-27T09:00")
    assert when("tomorrow", lang="pt").due == local("2026-11-27T09:00")  # unknown -> en
    assert when("tomorrow at 3", lang="de").due == local("2026-11-27T15:00")  # en as second


# ---------------------------------------------------------------- DST in Europe/Madrid


def test_dst_spring_forward_gap_moves_forward() -> None:
    now = datetime(2026, 3, 29, 1, 0)  # Sunday; 02:00 jumps to 03:00 that night
    m = when("at 02:30", now=now)
    assert m.due.isoformat() == "2026-03-29T03:30:00+02:00"


def test_dst_spring_offsets() -> None:
    sat = datetime(2026, 3, 28, 10, 0)
    assert when("tomorrow at 9", now=sat).due.isoformat() == "2026-03-29T09:00:00+02:00"
    assert when("in 2 hours", now=datetime(2026, 3, 29, 1, 30)).due.isoformat() == (
        "2026-03-29T04:30:00+02:00"
    )
    assert when("in 1 day", now=sat).due.isoformat() == "2026-03-29T09:00:00+02:00"


def test_dst_autumn() -> None:
    sat = datetime(2026, 10, 24, 10, 0)
    assert when("tomorrow", now=sat).due.isoformat() == "2026-10-25T09:00:00+01:00"
    # 24 real hours, not the same wall-clock time
    assert when("in 24 hours", now=sat).due.isoformat() == "2026-10-25T09:00:00+01:00"
    # an ambiguous wall time takes its first occurrence (summer time)
    night = datetime(2026, 10, 25, 0, 30)
    assert when("at 02:30", now=night).due.isoformat() == "2026-10-25T02:30:00+02:00"
    early = datetime(2026, 10, 25, 1, 30, tzinfo=ZoneInfo(MAD))  # CEST
    due = when("in 2 hours", now=early).due
    assert due.astimezone(UTC) - early.astimezone(UTC) == timedelta(hours=2)
    assert due.isoformat() == "2026-10-25T02:30:00+01:00"


def test_aware_now_in_another_zone() -> None:
    now = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # already Friday in Tokyo
    m = when("tomorrow at 9", now=now, tz="Asia/Tokyo")
    assert m.due.isoformat() == "2026-11-28T09:00:00+09:00"


# ---------------------------------------------------------------- spans and strip_when


@pytest.mark.parametrize(
    ("text", "phrase", "stripped"),
    [
        ("Called Ana Ruiz at Acme, 3.5k EUR, follow up Friday", "Friday",
         "Called Ana Ruiz at Acme, 3.5k EUR"),
        ("Called Maria Lopez at Acme, she wants a quote, follow up next Tuesday 9am",
         "next Tuesday 9am", "Called Maria Lopez at Acme, she wants a quote"),
        ("remind me tomorrow at 3 to send the contract", "tomorrow at 3",
         "remind me to send the contract"),
        ("send the proposal by Friday", "Friday", "send the proposal"),
        ("call Bob on Monday at 10:30 about pricing", "on Monday at 10:30",
         "call Bob about pricing"),
        ("Met Jon, follow-up: in 2 weeks.", "in 2 weeks", "Met Jon."),
        ("llamar a Ana el próximo viernes a las 10", "el próximo viernes a las 10",
         "llamar a Ana"),
    ],
)  # fmt: skip
def test_span_and_strip(text: str, phrase: str, stripped: str) -> None:
    m = parse_when(text, THU, MAD, "es" if "llamar" in text else "en")
    assert m is not None
    assert text[m.start : m.end] == phrase
    assert strip_when(text, m) == stripped


def test_find_whens_returns_every_phrase_in_order() -> None:
    found = find_whens("call Bob tomorrow at 3, then Ana on Dec 3", THU, MAD)
    assert [f.due for f in found] == [local("2026-11-27T15:00"), local("2026-12-03T09:00")]


# ---------------------------------------------------------------- no false dates


@pytest.mark.parametrize(
    ("text", "lang"),
    [("sat down with Bob", "en"), ("3.5k EUR", "en"), ("12.50 EUR", "en"),
     ("+45 1234 5678", "en"), ("version 2.1 is out", "en"), ("we have 3 people in 5 sites", "en"),
     ("Guten Morgen Bob", "de"), ("de la mañana", "es"), ("j'ai vu 3 clients à 3 endroits", "fr"),
     ("met 10 people", "en"), ("call me", "en"), ("", "en"), ("about 3 people", "en"),
     ("no date here at all", "en"), ("Route 66", "en"), ("I may 2x the order", "en")],
)  # fmt: skip
def test_no_false_positives(text: str, lang: str) -> None:
    found = find_whens(text, THU, MAD, lang)
    assert found == [], (text, found)


def test_dateparser_fallback_for_spellings_outside_our_tables() -> None:
    # abbreviated Greek and Kazakh months are not in our tables; dateparser knows them
    for text, lang in (("3 Δεκ", "el"), ("3 жел", "kk")):
        assert find_whens(text, THU, MAD, lang, fallback=False) == []
        assert when(text, lang=lang).due == local("2026-12-03T09:00")


def test_fold_keeps_length() -> None:
    for text in ("Παρασκευή", "İstanbul", "ﬁne", "Søren Ørsted", "ǅemal", "émoji 👍🏽", "ß"):
        assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "met Jon last friday"),
        ("en", "call with Ana previous monday"),
        ("de", "Treffen mit Jon letzten Freitag"),
        ("es", "reunión con Ana el viernes pasado"),
        ("fr", "réunion avec Ana vendredi dernier"),
        ("nb", "møte med Ola forrige fredag"),
    ],
)
def test_a_past_weekday_is_no_due_date(lang, text):
    now = datetime(2026, 11, 26, 10, 0)
    assert parse_when(text, now, "Europe/Madrid", lang) is None
