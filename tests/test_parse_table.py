"""Table-driven contract test for ``crmbot parse`` (issue 3).

Each row of ``tests/data/parse_cases.json`` lists a message, the clock
(``now``, naive = wall time in ``tz``), the zone, the language and the
non-null fields of the expected JSON; every other field must be null.  The
whole dict is compared, so a parser change that adds or loses a field fails.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from handlers.language.nlu import parse_message

CASES = json.loads((Path(__file__).parent / "data" / "parse_cases.json").read_text("utf-8"))
KEYS = ("intent", "activity_type", "contact", "account", "deal", "stage", "amount", "currency",
        "email", "phone", "due", "text", "close")  # fmt: skip


def _id(case: dict) -> str:
    return f"{case['lang']}:{case['message'][:50]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_parse_case(case: dict) -> None:
    now = datetime.fromisoformat(case["now"])
    got = parse_message(case["message"], now, case["tz"], case["lang"], strict=True)
    expected = {k: case["expected"].get(k) for k in KEYS}
    d = got.to_json_dict()
    assert 0.0 <= d.pop("confidence") <= 1.0
    assert d == expected


def test_table_is_big_and_covers_everything() -> None:
    assert len(CASES) >= 220
    intents = {c["expected"]["intent"] for c in CASES}
    assert intents == {
        "log_activity", "create_contact", "create_account", "create_deal", "move_deal", "remind",
        "find", "pipeline_summary", "list_reminders", "help", "unknown",
    }  # fmt: skip
    per_lang: dict[str, int] = {}
    for c in CASES:
        if c["expected"].get("due"):
            per_lang[c["lang"]] = per_lang.get(c["lang"], 0) + 1
    for lang in ("en", "es", "de", "fr", "nb", "el", "eu", "kk"):
        assert per_lang.get(lang, 0) >= 5, lang


def test_json_keys_always_present() -> None:
    d = parse_message("", datetime(2026, 11, 26, 10), "Europe/Madrid").to_json_dict()
    assert tuple(d) == (*KEYS, "confidence")
    assert d["intent"] == "unknown"
    assert all(d[k] is None for k in KEYS[1:])
