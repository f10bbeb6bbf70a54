"""Field validation shared by every path that writes (chat, forms, imports).

Each error names the problem and shows an example of what works.
"""

from __future__ import annotations

import re
from datetime import date

from storage.errors import UserError
from storage.models import ACTIVITY_TYPES, LEAD_SOURCES, LIFECYCLES, ROLES, STAGES

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s().-]{6,25}$")

STAGE_SYNONYMS: dict[str, str] = {
    "prospect": "prospecting",
    "prospecting": "prospecting",
    "new": "prospecting",
    "pre-approach": "pre-approach",
    "preapproach": "pre-approach",
    "pre approach": "pre-approach",
    "qualification": "pre-approach",
    "qualified": "pre-approach",
    "qualify": "pre-approach",
    "presentation": "presentation",
    "proposal": "presentation",
    "demo": "presentation",
    "quote": "presentation",
    "present": "presentation",
    "closing": "closing",
    "negotiation": "closing",
    "negotiating": "closing",
    "contract": "closing",
    "close": "closing",
    "won": "won",
    "closed won": "won",
    "closed-won": "won",
    "win": "won",
    "lost": "lost",
    "closed lost": "lost",
    "closed-lost": "lost",
    "lose": "lost",
}


def email(value: str) -> str:
    value = value.strip()
    if len(value) > 254 or not _EMAIL.match(value):  # 254: the longest address (RFC 5321)
        raise UserError(f"'{value}' is not a valid email address; example: maria@acme.com")
    return value


def phone(value: str) -> str:
    value = value.strip()
    if not _PHONE.match(value) or sum(map(str.isdigit, value)) < 6:
        raise UserError(f"'{value}' is not a phone number; example: +34 600 123 456")
    return value


def stage(value: str) -> str:
    key = " ".join(value.strip().lower().replace("_", " ").split())
    if key in STAGE_SYNONYMS:
        return STAGE_SYNONYMS[key]
    raise UserError(
        f"'{value}' is not a stage; use one of: {', '.join(STAGES)} "
        "(synonyms such as qualified, proposal, negotiation, closed won work too)"
    )


def one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    key = " ".join(value.strip().lower().replace("_", " ").replace("-", " ").split())
    for item in allowed:
        if key == item.replace("-", " "):
            return item
    raise UserError(f"'{value}' is not a {what}; use one of: {', '.join(allowed)}")


def lifecycle(value: str) -> str:
    return one_of(value, LIFECYCLES, "lifecycle")


def lead_source(value: str) -> str:
    return one_of(value, LEAD_SOURCES, "lead source")


def activity_type(value: str) -> str:
    return one_of(value, ACTIVITY_TYPES, "activity type")


def role(value: str) -> str:
    return one_of(value, ROLES, "role")


def probability(value: str) -> int:
    try:
        number = int(value.strip().rstrip("%"))
    except ValueError as exc:
        raise UserError(f"'{value}' is not a probability; example: 60 or 60%") from exc
    if not 0 <= number <= 100:
        raise UserError("a probability is between 0 and 100")
    return number


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise UserError(f"'{value}' is not a date; example: 2026-12-31") from exc


def boolean(value: str) -> bool:
    key = value.strip().lower()
    if key in ("yes", "y", "true", "1", "on"):
        return True
    if key in ("no", "n", "false", "0", "off"):
        return False
    raise UserError(f"'{value}' is not yes or no")


def tags(value: str) -> list[str]:
    return sorted({t.strip().lower() for t in re.split(r"[,;]", value) if t.strip()})


def max_length(what: str, value: str, limit: int) -> str:
    """Refuse in words what the column cannot hold (PostgreSQL would refuse it with an
    error, SQLite would store it anyway)."""
    if len(value) > limit:
        raise UserError(f"that {what} is longer than {limit} characters")
    return value
