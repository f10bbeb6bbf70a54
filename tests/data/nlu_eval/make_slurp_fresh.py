# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``slurp_fresh.jsonl``: a second development sample of SLURP reminder and calendar
requests, written for issue 10 (run by hand; the output is committed).

The rows are SLURP ``devel`` sentences with an **odd** ``slurp_id`` (the dev-eligible half; the
training pool takes the even ids), scenarios ``calendar`` and ``alarm`` (intents
``calendar_set``, ``alarm_set``), that ``dev.jsonl`` does not already hold. Labels are ours,
by hand, by the rules of ``docs/understanding.md``; every date is computed here with plain
``datetime`` arithmetic from the row's ``now`` (the default Thursday 2026-11-26 10:00 Madrid),
never by running crmbot. Left out, as in ``dev.jsonl``: rows naming a person or a place the
contract would have to decide about (contact or account), rows whose time has no documented
reading ("tomorrow morning" alone, "this week"), removals and reschedules (no action in the
contract), and anything unclear. Two rows say two whens for one reminder or a time counted
from an event: the right behaviour is to ask (``expect_ask``).

    python tests/data/nlu_eval/make_slurp_fresh.py [path/to/devel.jsonl]
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from devkit import Clock

NOW = "2026-11-26T10:00"  # a Thursday
TZ = "Europe/Madrid"
_Z = ZoneInfo(TZ)
_NOW = datetime.fromisoformat(NOW).replace(tzinfo=_Z)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
SLURP = Path("/work/shared/data/slurp-devel/devel.jsonl")
OUT = Path(__file__).with_name("slurp_fresh.jsonl")
CLOCK = Clock(NOW, TZ)
at, d, wd, ymd, later = CLOCK.at, CLOCK.d, CLOCK.wd, CLOCK.ymd, CLOCK.later
DEV = Path(__file__).with_name("dev.jsonl")


R = "remind"
# fmt: off
LABELS: dict[int, dict[str, object]] = {
    7305: {"expected": {"intent": R, "due": d(0, 15)}},  # "for this afternoon"
    9023: {"expected": {"intent": R, "due": wd(THU), "text": "visa application"}},  # "on this thursday": never today
    8751: {"expected": {"intent": R, "due": wd(TUE, 12)}},  # "tuesday meeting noon"
    7631: {"expected": {"intent": R, "due": wd(FRI, 12)}},  # "twelve noon ... every friday"
    7169: {"expected": {"intent": R, "due": wd(THU, 14)}},  # "every thursday at two pm"
    8047: {"expected": {"intent": R, "due": ymd(2027, 2, 14), "text": "make dinner reservations at the restaurant"}},
    7401: {"expected": {"intent": R, "due": d(1)}},  # "add valentine's day with her tomorrow"
    8753: {"expected": {"intent": R, "due": wd(FRI, 14)}},  # "on friday at two pm"
    7727: {"expected": {"intent": R, "due": wd(MON)}},  # "i have a birthday on monday set the event"
    6741: {"expected": {"intent": R, "due": d(1, 10)}},  # "daily standup to ten am": 10:00 today is now, not to come
    7729: {"expected": {"intent": R, "due": ymd(2026, 12, 15)}},  # "on the fifteenth"
    7101: {"expected": {"intent": R, "due": ymd(2026, 12, 12)}},  # "the morning of ... on the twelfth"
    8953: {"expected": {"intent": R, "due": wd(TUE)}},  # "let me know of the meeting on tuesday"
    7595: {"expected": {"intent": R, "due": later(minutes=5)}},  # "a timer for five minutes"
    7769: {"expected": {"intent": R, "due": ymd(2027, 2, 4, 14)}},  # "on feb four at two pm"
    # two whens for one reminder, and a time counted from an event: asked, never picked
    8263: {"expected": {"intent": R}, "expect_ask": True},  # "about tomorrow's meeting tonight"
    6963: {"expected": {"intent": R}, "expect_ask": True},  # "one hour before the meeting i have tomorrow morning"
}
# fmt: on


def build(slurp_path: Path) -> list[dict[str, object]]:
    sentences = {
        (o := json.loads(line))["slurp_id"]: o
        for line in slurp_path.read_text(encoding="utf-8").splitlines()
    }
    in_dev = {
        json.loads(line).get("slurp_id") for line in DEV.read_text(encoding="utf-8").splitlines()
    }
    out: list[dict[str, object]] = []
    for sid, label in LABELS.items():
        src = sentences[sid]
        assert sid % 2 == 1 and sid not in in_dev, sid
        assert src["intent"] in ("calendar_set", "alarm_set"), (sid, src["intent"])
        row: dict[str, object] = {
            "id": f"s{len(out) + 1:04d}",
            "message": src["sentence"],
            "now": NOW,
            "tz": TZ,
            "lang": "en",
            "style": "slurp",
            "expected": label["expected"],
        }
        if label.get("expect_ask"):
            row["expect_ask"] = True
        row["slurp_id"] = sid
        out.append(row)
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SLURP
    rows = build(path)
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
