"""Scoring the free-text parser against labelled messages (``crmbot eval-parser``).

The parser is a heuristic that learns from data, so it is measured on messages it did not tune
on: ``tests/data/nlu_eval/dev.jsonl`` (looked at while developing) and ``test.jsonl`` (never
looked at). Each row carries a message, the clock and zone to read it against, and the values
``crmbot parse`` should print (see ``docs/understanding.md`` and ``tests/data/nlu_eval/README.md``).

Every message gets exactly one outcome, ordered by how much harm it does:

- ``read wrong``: a value came out that is not the one meant (a wrong date, a wrong amount, a
  name that is not there, another real intent). The worst: the bot would write it.
- ``not understood``: something meant was not read (intent ``unknown``, a value missing), and
  nothing was read wrong. The bot shows that back and asks; annoying, not harmful.
- ``asked``: the parser flagged itself unsure (confidence below its ask threshold, or a piece of
  the message it could not read) and nothing was read wrong. The bot asks before writing.
- ``right``: every compared value is the one meant, and the parser did not need to ask. On
  rows marked ``expect_ask`` (an ambiguous ``3/4`` date) right means it asked and read no date or
  amount wrong.

The functions here are pure (apart from :func:`predict`, which runs the parser) so the rules are
unit-tested on hand-made predictions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from storage.known_names import KnownNames

__all__ = [
    "COMPARED_KEYS",
    "CONTRACT_INTENTS",
    "OUTCOMES",
    "EvalRow",
    "Prediction",
    "RowError",
    "Scored",
    "load_rows",
    "normalise",
    "predict",
    "render_errors",
    "render_text",
    "score_row",
    "summarise",
    "validate_row",
    "values_equal",
]

# The contract of docs/understanding.md (a superset of what the parser may know today).
CONTRACT_INTENTS = (
    "log_activity",
    "create_contact",
    "create_account",
    "create_deal",
    "move_deal",
    "update_deal",
    "remind",
    "find",
    "pipeline_summary",
    "list_reminders",
    "help",
    "unknown",
)
STAGES = ("prospecting", "pre-approach", "presentation", "closing", "won", "lost")
ACTIVITY_TYPES = ("call", "meeting", "visit", "email", "note")
LANGS = ("en", "es", "de", "fr", "nb", "el", "eu", "kk")

# Always compared (a key missing from ``expected`` must be null); ``text`` only when expected.
COMPARED_KEYS = (
    "intent",
    "activity_type",
    "contact",
    "account",
    "deal",
    "stage",
    "amount",
    "currency",
    "email",
    "phone",
    "due",
    "close",
)
EXPECTED_KEYS = (*COMPARED_KEYS, "text")
DATE_KEYS = frozenset({"due", "close"})
AMOUNT_KEYS = frozenset({"amount", "currency"})
OUTCOMES = ("right", "read wrong", "asked", "not understood")
# Voice-assistant requests: SLURP's own sentences and ones written in its manner.
SLURP_STYLES = frozenset({"slurp", "slurp-style"})

_ROW_KEYS = frozenset({"id", "message", "now", "tz", "lang", "style", "expected"})
_OPTIONAL_ROW_KEYS = frozenset({"expect_ask", "slurp_id", "note"})


class RowError(ValueError):
    """A row of an evaluation file does not follow the documented format."""


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One labelled message. ``expected`` holds only the keys that must be non-null."""

    id: str
    message: str
    now: datetime  # naive: wall time in ``tz``
    tz: str
    lang: str
    style: str
    expected: Mapping[str, str]
    expect_ask: bool = False
    slurp_id: int | None = None


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the parser said: the ``crmbot parse`` JSON plus how sure it was."""

    values: Mapping[str, str | None]
    confidence: float = 1.0
    unread: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scored:
    """One row's verdict: the outcome, and which keys were wrong or missing."""

    row: EvalRow
    prediction: Prediction
    outcome: str
    asked: bool
    wrong: tuple[str, ...] = ()  # keys read with a value other than the one meant
    missing: tuple[str, ...] = ()  # keys meant but not read
    compared: tuple[str, ...] = field(default=COMPARED_KEYS)

    @property
    def date_wrong(self) -> bool:
        return any(k in DATE_KEYS for k in self.wrong)

    @property
    def amount_wrong(self) -> bool:
        return any(k in AMOUNT_KEYS for k in self.wrong)


# ---------------------------------------------------------------- reading rows


def _is_iso_datetime(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def validate_row(obj: Any, where: str = "row") -> EvalRow:
    """Check one decoded JSON object against the row format; raise :class:`RowError` if off."""
    if not isinstance(obj, dict):
        raise RowError(f"{where}: not a JSON object")
    missing = _ROW_KEYS - obj.keys()
    if missing:
        raise RowError(f"{where}: missing {', '.join(sorted(missing))}")
    extra = obj.keys() - _ROW_KEYS - _OPTIONAL_ROW_KEYS
    if extra:
        raise RowError(f"{where}: unknown keys {', '.join(sorted(extra))}")
    for key in ("id", "message", "now", "tz", "lang", "style"):
        if not isinstance(obj[key], str) or not obj[key].strip():
            raise RowError(f"{where}: {key} must be a non-empty string")
    try:
        now = datetime.fromisoformat(obj["now"])
    except ValueError as exc:
        raise RowError(f"{where}: now {obj['now']!r} is not ISO 8601") from exc
    try:
        zone = ZoneInfo(obj["tz"])
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RowError(f"{where}: tz {obj['tz']!r} is not an IANA zone") from exc
    if now.tzinfo is not None:
        now = now.astimezone(zone).replace(tzinfo=None)
    if obj["lang"] not in LANGS:
        raise RowError(f"{where}: lang {obj['lang']!r} is not one of {', '.join(LANGS)}")
    expected = obj["expected"]
    if not isinstance(expected, dict):
        raise RowError(f"{where}: expected must be an object")
    bad = expected.keys() - set(EXPECTED_KEYS)
    if bad:
        raise RowError(f"{where}: expected has unknown keys {', '.join(sorted(bad))}")
    for key, value in expected.items():
        if not isinstance(value, str) or not value.strip():
            raise RowError(f"{where}: expected.{key} must be a non-empty string (leave nulls out)")
    intent = expected.get("intent")
    if intent not in CONTRACT_INTENTS:
        raise RowError(f"{where}: expected.intent {intent!r} is not a contract intent")
    if "stage" in expected and expected["stage"] not in STAGES:
        raise RowError(f"{where}: stage {expected['stage']!r} is not a stage key")
    if "activity_type" in expected and expected["activity_type"] not in ACTIVITY_TYPES:
        raise RowError(f"{where}: activity_type {expected['activity_type']!r} is unknown")
    if "amount" in expected:
        try:
            amount = Decimal(expected["amount"])
        except InvalidOperation as exc:
            raise RowError(f"{where}: amount {expected['amount']!r} is not a decimal") from exc
        if not amount.is_finite() or not re.fullmatch(r"\d+(?:\.\d+)?", expected["amount"]):
            raise RowError(f"{where}: amount {expected['amount']!r} is not a plain decimal")
    if "currency" in expected and not re.fullmatch(r"[A-Z]{3}", expected["currency"]):
        raise RowError(f"{where}: currency {expected['currency']!r} is not an ISO 4217 code")
    if "due" in expected:
        due = expected["due"]
        if not _is_iso_datetime(due) or datetime.fromisoformat(due).tzinfo is None:
            raise RowError(f"{where}: due {due!r} is not ISO 8601 with an offset")
    if "close" in expected:
        try:
            date.fromisoformat(expected["close"])
        except ValueError as exc:
            raise RowError(f"{where}: close {expected['close']!r} is not an ISO date") from exc
    expect_ask = obj.get("expect_ask", False)
    if not isinstance(expect_ask, bool):
        raise RowError(f"{where}: expect_ask must be true or false")
    slurp_id = obj.get("slurp_id")
    if slurp_id is not None and (not isinstance(slurp_id, int) or isinstance(slurp_id, bool)):
        raise RowError(f"{where}: slurp_id must be an integer")
    return EvalRow(
        id=obj["id"],
        message=obj["message"],
        now=now,
        tz=obj["tz"],
        lang=obj["lang"],
        style=obj["style"],
        expected=dict(expected),
        expect_ask=expect_ask,
        slurp_id=slurp_id,
    )


def load_rows(path: Path) -> list[EvalRow]:
    """Read a JSON Lines evaluation file; blank lines are skipped, ids must be unique."""
    rows: list[EvalRow] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RowError(f"{where}: not JSON ({exc.msg})") from exc
            row = validate_row(obj, where)
            if row.id in seen:
                raise RowError(f"{where}: id {row.id!r} used twice")
            seen.add(row.id)
            rows.append(row)
    return rows


# ---------------------------------------------------------------- comparing values

_QUOTES = "\"'`«»“”„‘’‚‹›"
_TEXT_LEAD = re.compile(r"^(?:to|that|about)\s+")


def _edge_char(ch: str) -> bool:
    return ch in _QUOTES or unicodedata.category(ch).startswith("P") or ch.isspace()


def normalise(value: str, *, text: bool = False) -> str:
    """NFC, casefold, one space between words, no surrounding punctuation or quotes.

    For ``text`` a leading "to ", "that " or "about " goes too ("remind me to call Bob" and
    "remind me about calling Bob" both mean the text after it).
    """
    s = " ".join(unicodedata.normalize("NFC", value).casefold().split())
    start, end = 0, len(s)
    while start < end and _edge_char(s[start]):
        start += 1
    while end > start and _edge_char(s[end - 1]):
        end -= 1
    s = s[start:end]
    if text:
        s = _TEXT_LEAD.sub("", s, count=1).strip()
    return s


def _instant(value: str, tz: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if dt.tzinfo is None:  # a naive time is read as wall time in the row's zone
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    return dt.replace(second=0, microsecond=0)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def _decimal(value: str) -> Decimal | None:
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return d if d.is_finite() else None


def _phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return ("+" if value.strip().startswith("+") else "") + digits


def values_equal(key: str, expected: str, got: str, tz: str) -> bool:
    """Whether a predicted non-null value means the expected one, by the key's own rules."""
    if key == "due":
        a, b = _instant(expected, tz), _instant(got, tz)
        return a is not None and b is not None and a == b
    if key == "close":
        a_day, b_day = _day(expected), _day(got)
        return a_day is not None and a_day == b_day
    if key == "amount":
        a_dec, b_dec = _decimal(expected), _decimal(got)
        return a_dec is not None and a_dec == b_dec
    if key == "currency":
        return expected.strip().upper() == got.strip().upper()
    if key == "phone":
        return _phone(expected) == _phone(got)
    return normalise(expected, text=key == "text") == normalise(got, text=key == "text")


# ---------------------------------------------------------------- scoring


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value)
    return s if s.strip() else None


def score_row(row: EvalRow, pred: Prediction, ask_below: float = 0.0) -> Scored:
    """Compare one prediction with its row and give it exactly one outcome."""
    keys = (*COMPARED_KEYS, "text") if "text" in row.expected else COMPARED_KEYS
    wrong: list[str] = []
    missing: list[str] = []
    for key in keys:
        exp = row.expected.get(key)
        got = _as_text(pred.values.get(key))
        if key == "intent":
            got = got or "unknown"
            if got == exp:
                continue
            # "unknown" for a real request is not understood; a real intent for another one
            # (or for small talk) would act on something the user did not ask for.
            (missing if got == "unknown" else wrong).append(key)
            continue
        if exp is None and got is None:
            continue
        if exp is None:
            wrong.append(key)
        elif got is None:
            missing.append(key)
        elif not values_equal(key, exp, got, row.tz):
            wrong.append(key)
    asked = (ask_below > 0 and pred.confidence < ask_below) or bool(pred.unread)
    if row.expect_ask:
        harmful = [k for k in wrong if k in DATE_KEYS or k in AMOUNT_KEYS]
        if harmful:
            outcome = "read wrong"
        elif asked:
            outcome = "right"
        elif wrong:
            outcome = "read wrong"
        else:
            outcome = "not understood"  # it should have asked and did not
    elif wrong:
        outcome = "read wrong"
    elif asked:
        outcome = "asked"
    elif missing:
        outcome = "not understood"
    else:
        outcome = "right"
    return Scored(
        row=row,
        prediction=pred,
        outcome=outcome,
        asked=asked,
        wrong=tuple(wrong),
        missing=tuple(missing),
        compared=tuple(keys),
    )


def predict(row: EvalRow, known: KnownNames | None = None) -> Prediction:
    """Run the real parser on one row (``now`` naive = wall time in the row's zone), with
    a workspace's ``known`` names when given."""
    from handlers.language.nlu import parse_message

    if known is None:  # the words alone (a stand-in parser may not take ``known``)
        result = parse_message(row.message, row.now, row.tz, row.lang)
    else:
        result = parse_message(row.message, row.now, row.tz, row.lang, known=known)
    values: dict[str, Any] = dict(result.to_json_dict())
    values.setdefault("close", None)  # older parsers had no close in their JSON
    confidence = getattr(result, "confidence", None)
    if confidence is None:
        confidence = values.get("confidence")
    unread = getattr(result, "unread", None) or ()
    if isinstance(unread, str):  # one piece, not its characters
        unread = (unread,)
    return Prediction(
        values=values,
        confidence=1.0 if confidence is None else float(confidence),
        unread=tuple(str(u) for u in unread),
    )


def ask_threshold() -> float:
    """The parser's own ask threshold (``nlu.ASK_BELOW``), 0 when it has none."""
    from handlers.language import nlu

    return float(getattr(nlu, "ASK_BELOW", 0.0) or 0.0)


def score_rows(
    rows: Iterable[EvalRow],
    predictor: Callable[[EvalRow], Prediction] = predict,
    ask_below: float = 0.0,
) -> list[Scored]:
    return [score_row(row, predictor(row), ask_below) for row in rows]


# ---------------------------------------------------------------- summaries


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _group(scored: Sequence[Scored], key: Callable[[Scored], str]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[Scored]] = {}
    for s in scored:
        groups.setdefault(key(s), []).append(s)
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(groups):
        items = groups[name]
        counts = Counter(s.outcome for s in items)
        out[name] = {
            "n": len(items),
            "right": _share(counts["right"], len(items)),
            "outcomes": {o: counts[o] for o in OUTCOMES},
        }
    return out


def summarise(scored: Sequence[Scored]) -> dict[str, Any]:
    """Figures for one evaluation file: overall, per intent, per field, per style, outcomes."""
    n = len(scored)
    counts = Counter(s.outcome for s in scored)
    fields: dict[str, dict[str, Any]] = {}
    for key in (*COMPARED_KEYS, "text"):
        applicable = [s for s in scored if key in s.compared]
        wrong = sum(key in s.wrong for s in applicable)
        missing = sum(key in s.missing for s in applicable)
        # Rows that mean a value for this key: how many of them got it exactly.
        meant = [s for s in applicable if key in s.row.expected]
        fields[key] = {
            "n": len(applicable),
            "exact": _share(len(applicable) - wrong - missing, len(applicable)),
            "meant": len(meant),
            "exact_when_meant": _share(
                sum(key not in s.wrong and key not in s.missing for s in meant), len(meant)
            ),
            "wrong": wrong,
            "missing": missing,
        }
    confusions = Counter(
        f"{s.row.expected['intent']} -> {s.prediction.values.get('intent') or 'unknown'}"
        for s in scored
        if "intent" in s.wrong or "intent" in s.missing
    )
    slurp_reminders = [
        s for s in scored if s.row.style in SLURP_STYLES and s.row.expected["intent"] == "remind"
    ]
    slurp_right = _share(sum(s.outcome == "right" for s in slurp_reminders), len(slurp_reminders))
    dates_wrong = sum(s.date_wrong for s in scored)
    amounts_wrong = sum(s.amount_wrong for s in scored)
    fully_right = _share(counts["right"], n)
    return {
        "messages": n,
        "fully_right": fully_right,
        "outcomes": {o: counts[o] for o in OUTCOMES},
        "dates_read_wrong": dates_wrong,
        "amounts_read_wrong": amounts_wrong,
        "slurp_reminders": {"n": len(slurp_reminders), "right": slurp_right},
        # Issue 10's goals (they are set for the test set; shown for every file)
        "goals": {
            "fully_right_95": fully_right is not None and fully_right >= 0.95,
            "no_date_or_amount_read_wrong": dates_wrong == 0 and amounts_wrong == 0,
            "slurp_reminders_right_90": None if slurp_right is None else slurp_right >= 0.90,
        },
        "per_intent": _group(scored, lambda s: s.row.expected["intent"]),
        "per_field": fields,
        "per_style": _group(scored, lambda s: s.row.style),
        # expected -> got, most frequent first: where the intent goes wrong
        "intent_confusions": dict(confusions.most_common()),
    }


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def _yes(flag: bool | None) -> str:
    return "n/a" if flag is None else ("met" if flag else "not met")


def render_text(name: str, summary: Mapping[str, Any]) -> str:
    """A plain-text table of one file's figures."""
    o = summary["outcomes"]
    lines = [
        f"== {name}: {summary['messages']} messages",
        f"fully right: {_pct(summary['fully_right']).strip()} ({o['right']})",
        "outcomes: " + " · ".join(f"{k} {o[k]}" for k in OUTCOMES),
        f"dates read wrong: {summary['dates_read_wrong']} · "
        f"amounts read wrong: {summary['amounts_read_wrong']}",
        f"SLURP-style reminder requests: {_pct(summary['slurp_reminders']['right']).strip()} "
        f"right of {summary['slurp_reminders']['n']}",
        "goals (issue 10, for the test set): "
        + " · ".join(
            f"{label} {_yes(summary['goals'][key])}"
            for key, label in (
                ("fully_right_95", ">=95% fully right"),
                ("no_date_or_amount_read_wrong", "0 dates/amounts read wrong"),
                ("slurp_reminders_right_90", ">=90% SLURP-style reminders right"),
            )
        ),
    ]
    head = f"{'':<20}{'n':>5}  {'right':>6}  {'wrong':>5} {'asked':>5} {'n/u':>5}"
    for title, table in (
        ("per intent", summary["per_intent"]),
        ("per style", summary["per_style"]),
    ):
        lines += ["", head.replace(" " * 20, f"{title:<20}", 1)]
        for group, g in table.items():
            go = g["outcomes"]
            lines.append(
                f"{group:<20}{g['n']:>5}  {_pct(g['right'])}  {go['read wrong']:>5} "
                f"{go['asked']:>5} {go['not understood']:>5}"
            )
    lines += [
        "",
        f"{'per field':<20}{'n':>5}  {'exact':>6}  {'wrong':>5} {'miss':>5}"
        f"  {'meant':>5} {'exact':>6}",
    ]
    for key, f in summary["per_field"].items():
        lines.append(
            f"{key:<20}{f['n']:>5}  {_pct(f['exact'])}  {f['wrong']:>5} {f['missing']:>5}"
            f"  {f['meant']:>5} {_pct(f['exact_when_meant'])}"
        )
    lines.append("(n/u = not understood; meant/exact = rows where a value is expected)")
    confusions = list(summary["intent_confusions"].items())
    if confusions:
        lines += ["", "intent confusions (expected -> got):"]
        lines += [f"  {pair:<40}{count:>5}" for pair, count in confusions[:10]]
    return "\n".join(lines)


def _fmt(values: Mapping[str, Any], keys: Iterable[str]) -> str:
    return ", ".join(f"{k}={values.get(k)!r}" for k in keys if values.get(k) is not None)


def render_errors(scored: Sequence[Scored], limit: int) -> str:
    """The first ``limit`` messages that were not right, with expected against got."""
    lines: list[str] = []
    for s in [s for s in scored if s.outcome != "right"][:limit]:
        pred = s.prediction
        flags = f" confidence={pred.confidence:.2f}" if pred.confidence < 1 else ""
        if pred.unread:
            flags += f" unread={list(pred.unread)!r}"
        lines += [
            f"[{s.outcome}] {s.row.id} ({s.row.style}): {s.row.message}",
            f"    expected: {_fmt(s.row.expected, s.compared)}"
            + (" (should ask)" if s.row.expect_ask else ""),
            f"    got:      {_fmt(pred.values, s.compared)}{flags}",
        ]
        detail = []
        if s.wrong:
            detail.append("wrong: " + ", ".join(s.wrong))
        if s.missing:
            detail.append("missing: " + ", ".join(s.missing))
        if detail:
            lines.append("    " + "; ".join(detail))
    return "\n".join(lines)
