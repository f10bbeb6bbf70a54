"""Units of lead scoring: rule parsing, the decay's next due time, the filter forms."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from storage.errors import UserError
from storage.scoring import engagement_of, factor, next_change
from storage.scoring_filter import normalise, score_fields
from storage.scoring_rules import fit_of, parse_rule, size_number

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def _eng_at(raw: float, unanswered: datetime | None, when: datetime) -> int:
    return engagement_of(raw * factor(when - T0, 30), unanswered, when)


def test_next_change_is_exactly_when_the_whole_number_moves() -> None:
    rng = random.Random(3)
    for _ in range(300):
        raw = rng.uniform(0, 80)
        unanswered = T0 - timedelta(days=rng.randint(0, 40)) if rng.random() < 0.3 else None
        due = next_change(raw, unanswered, T0, 30)
        if due is None:  # nothing will ever move it
            later = T0 + timedelta(days=400)
            assert _eng_at(raw, unanswered, later) == _eng_at(raw, unanswered, T0)
            continue
        before = due - timedelta(minutes=1)
        if before > T0:
            assert _eng_at(raw, unanswered, before) == _eng_at(raw, unanswered, T0), raw
        # decay steps always move it; a penalty day may be a step of 0 (0.4 a day)
        if unanswered is None:
            after = due + timedelta(minutes=1)
            assert _eng_at(raw, unanswered, after) != _eng_at(raw, unanswered, T0), raw


def test_rules_parse_and_match() -> None:
    r = parse_rule("title~VP|vice president +15")
    assert r.text == "title~VP|vice president +15"
    assert fit_of([r], {"title": "VP Sales"}) == (15, [("VP title", 15)])
    assert fit_of([r], {"title": "Director"})[0] == 0
    cto = parse_rule("title~cto +20")
    assert fit_of([cto], {"title": "Director"})[0] == 0  # whole words: not "dire-cto-r"
    ind = parse_rule("industry=Logística,transport +10")
    assert fit_of([ind], {"industry": "logistica"}) == (10, [("logistica", 10)])
    size = parse_rule("size=50..199 +5")
    assert fit_of([size], {"size_n": size_number("51-200")})[0] == 5
    assert size_number("1.5k") == 1500 and size_number("n/a") is None
    assert fit_of([parse_rule("size>=200 +40"), parse_rule("has=email +40")],
                  {"size_n": 300, "has_email": True})[0] == 50  # fmt: skip
    assert fit_of([parse_rule("tag=vip -10")], {"tags": ["VIP"]}) == (0, [("tag VIP", -10)])
    for bad in ("title VP 15", "colour=red +5", "title~VP +0", "size~big +5", "has=fax +3"):
        with pytest.raises(UserError):
            parse_rule(bad)


def test_score_filter_forms() -> None:
    assert score_fields("contact list score>=60 industry=x") == (
        "contact list score=>=60 industry=x"
    )
    assert [normalise(v) for v in (">=60", ">60", "<=40", "<40", "40..80", "60", "60+")] == [
        "60..100", "61..100", "0..40", "0..39", "40..80", "60..60", "60..100",
    ]  # fmt: skip
    for bad in ("warm", "80..40", ">=150"):
        with pytest.raises(UserError):
            normalise(bad)
