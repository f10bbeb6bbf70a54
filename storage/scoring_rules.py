"""Fit rules of lead scoring: who a contact is, as points a workspace sets.

A rule is one line an admin types, ``FIELD OP VALUE POINTS``:

* ``title~VP|vice president +15``: the field contains one of the words (whole words, any
  case); the explanation names the word found ("VP title +15");
* ``industry=logistics,transport +10``: the field is one of the values (any case);
* ``size>=200 +10``, ``size<50 -5``, ``size=50..199 +5``: numeric comparisons and ranges
  (the account's size; "51-200" counts as 51, its first number);
* ``source=referral +10``, ``region=Nordics +5``, ``lifecycle=lead +5``, ``tag=vip +5``,
  ``account=Acme +20``, ``has=email +3``.

Rules add up; fit is then held to 0..50 (the other half of the score is engagement).
The rules are stored as their text in the workspace settings, so ``score rule list`` shows
exactly what was typed, and the defaults below apply until an admin changes them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from storage.errors import UserError

FIELDS = ("title", "industry", "region", "size", "source", "lifecycle", "tag", "account", "has")
ALIASES = {"lead_source": "source", "country": "region", "seniority": "title", "tags": "tag"}
FIT_MAX = 50
DEFAULT_RULES: tuple[str, ...] = (
    "title~chief|ceo|cfo|cto|coo|cmo|cio|founder|owner|president|partner +20",
    "title~vp|vice president|head|director +15",
    "title~manager|lead|principal +8",
    "size>=1000 +12",
    "size=200..999 +10",
    "size=50..199 +5",
    "source=referral +10",
    "source=event,personal contact +6",
    "source=web search,mailing campaign +3",
    "has=email +3",
)

_RULE = re.compile(
    r"^\s*(?P<field>[a-z_]+)\s*(?P<op>~|>=|<=|>|<|=)\s*(?P<value>.+?)\s+(?P<points>[+-]?\d{1,3})\s*$",
    re.I,
)
_RANGE = re.compile(r"^(\d+)\s*\.\.\s*(\d+)$")
_NUM = re.compile(r"(\d+(?:[.,]\d+)?)\s*([kK])?")


def fold(text: str) -> str:
    """Case and accents folded, so 'Logística' matches 'logistica'."""
    nfkd = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Rule:
    text: str
    field: str
    op: str
    values: tuple[str, ...]
    points: int
    low: int | None = None
    high: int | None = None

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """Whole-word patterns of the values (compiled once per rule: rules are cached)."""
        cached = self.__dict__.get("_patterns")
        if cached is None:
            cached = tuple(re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in self.values)
            object.__setattr__(self, "_patterns", cached)
        return cached

    def match(self, facts: dict[str, object]) -> str | None:
        """The label of this rule for a contact's facts, or None when it does not apply."""
        if self.field == "size":
            n = facts.get("size_n")
            if not isinstance(n, int):
                return None
            lo = self.low if self.low is not None else -(10**12)
            hi = self.high if self.high is not None else 10**12
            return f"company size {n}" if lo <= n <= hi else None
        if self.field == "has":
            have = [v for v in self.values if facts.get(f"has_{v}")]
            return f"has {have[0]}" if have else None
        if self.field == "tag":
            tags = {fold(t): t for t in facts.get("tags") or []}  # type: ignore[attr-defined]
            hit = next((tags[v] for v in self.values if v in tags), None)
            return f"tag {hit}" if hit else None
        raw = facts.get(self.field)
        if not isinstance(raw, str) or not raw.strip():
            return None
        value = fold(raw)
        if self.op == "~":
            for word, pattern in zip(self.values, self.patterns, strict=True):
                m = pattern.search(value)
                if m:
                    found = raw[m.start() : m.end()] if len(raw) == len(value) else word
                    return f"{found} {self.field}" if self.field == "title" else found
            return None
        if value.strip() in self.values:
            label = raw.strip()
            return {
                "source": f"source {label}",
                "region": f"region {label}",
                "lifecycle": f"lifecycle {label}",
                "account": f"account {label}",
            }.get(self.field, label)
        return None


def parse_rule(text: str) -> Rule:
    """A rule from its typed form; a clear error (with an example) when it is not one."""
    text = " ".join(text.split())
    m = _RULE.match(text)
    if not m:
        raise UserError(
            f"'{text}' is not a rule I can read. Examples: score rule add title~VP +15 · "
            "score rule add industry=logistics +10 · score rule add size>=200 +10"
        )
    field = ALIASES.get(m.group("field").lower(), m.group("field").lower())
    if field not in FIELDS:
        raise UserError(f"a rule's field is one of {', '.join(FIELDS)}; not '{field}'")
    op, value, points = m.group("op"), m.group("value").strip(), int(m.group("points"))
    if not -50 <= points <= 50:
        raise UserError("a rule gives between -50 and +50 points")
    if points == 0:
        raise UserError("a rule of 0 points changes nothing; give it + or - points")
    if field == "size":
        return _size_rule(text, op, value, points)
    if op not in ("~", "="):
        raise UserError(f"{field} takes ~ (contains a word) or = (is one of); not {op}")
    values = tuple(fold(v).strip() for v in re.split(r"[|,]", value) if v.strip())
    if not values:
        raise UserError("a rule needs a value, e.g. title~VP +15")
    if field == "has":
        bad = [v for v in values if v not in ("email", "phone")]
        if bad:
            raise UserError("has= takes email or phone")
    canonical = f"{field}{op}{value} {points:+d}"
    return Rule(canonical, field, op, values, points)


def _size_rule(text: str, op: str, value: str, points: int) -> Rule:
    r = _RANGE.match(value)
    canonical = f"size{op}{value} {points:+d}"
    if op == "=" and r:
        lo, hi = int(r.group(1)), int(r.group(2))
        if lo > hi:
            raise UserError(f"in {value} the first number must be the smaller")
        return Rule(canonical, "size", op, (), points, lo, hi)
    if not value.isdigit():
        raise UserError("size takes a number: size>=200 +10, size<50 -5, size=50..199 +5")
    n = int(value)
    low: int | None
    high: int | None
    low, high = {
        ">=": (n, None),
        ">": (n + 1, None),
        "<=": (None, n),
        "<": (None, n - 1),
        "=": (n, n),
    }.get(op, (None, None))
    if op == "~":
        raise UserError("size takes >=, >, <=, < or = (a number or a range 50..199)")
    return Rule(canonical, "size", op, (), points, low, high)


def size_number(size: str | None) -> int | None:
    """An account's size as a number of people: '200' 200, '51-200' 51, '1.5k' 1500."""
    if not size:
        return None
    m = _NUM.search(size)
    if not m:
        return None
    n = float(m.group(1).replace(",", "."))
    return int(n * 1000) if m.group(2) else int(n)


def fit_of(rules: list[Rule], facts: dict[str, object]) -> tuple[int, list[tuple[str, int]]]:
    """(fit 0..50, [(label, points)]) for one contact's facts."""
    parts = []
    for rule in rules:
        label = rule.match(facts)
        if label is not None:
            parts.append((label, rule.points))
    total = max(0, min(FIT_MAX, sum(p for _, p in parts)))
    return total, parts
