"""Which column of an imported file is which field: known export headers, synonyms.

HubSpot, Salesforce, Pipedrive and Maven exports name their columns differently; a
header is normalised and looked up per table, an explicit ``--map`` always wins.
"""

from __future__ import annotations

import re

from storage.errors import UserError

FIELDS: dict[str, tuple[str, ...]] = {
    "accounts": ("name", "industry", "region", "size", "website", "lead_source", "owner", "tags"),
    "contacts": (
        "name", "first_name", "last_name", "email", "phone", "title", "account", "lifecycle",
        "lead_source", "do_not_contact", "birthday", "owner", "tags", "campaign", "country",
        "timezone", "telegram",
    ),
    "deals": (
        "external_id", "title", "account", "contact", "amount", "currency", "stage",
        "probability", "close_date", "owner", "lost_reason", "created",
    ),
    "users": ("name", "email", "role", "manager", "region", "timezone"),
}  # fmt: skip
OBJECT = {"accounts": "account", "contacts": "contact", "deals": "opportunity", "users": "user"}

# Normalised header -> our field, per table (HubSpot, Salesforce, Pipedrive, Maven exports).
GUESSES: dict[str, dict[str, str]] = {
    "accounts": {
        "name": "name", "account": "name", "account name": "name", "company": "name",
        "company name": "name", "organization": "name", "organization name": "name",
        "industry": "industry", "sector": "industry", "region": "region",
        "office location": "region", "country": "region", "billing country": "region",
        "country region": "region", "size": "size", "employees": "size",
        "number of employees": "size", "numberofemployees": "size", "website": "website",
        "website url": "website", "domain": "website", "company domain name": "website",
        "lead source": "lead_source", "account source": "lead_source",
        "original source": "lead_source", "owner": "owner", "account owner": "owner",
        "company owner": "owner", "tags": "tags",
    },
    "contacts": {
        "name": "name", "full name": "name", "contact name": "name", "first name": "first_name",
        "firstname": "first_name", "given name": "first_name", "last name": "last_name",
        "lastname": "last_name", "surname": "last_name", "family name": "last_name",
        "email": "email", "email address": "email", "e mail": "email", "phone": "phone",
        "phone number": "phone", "mobile": "phone", "mobile phone": "phone",
        "mobile phone number": "phone", "title": "title", "job title": "title",
        "account": "account", "account name": "account", "company": "account",
        "company name": "account", "associated company": "account", "organization": "account",
        "lifecycle": "lifecycle", "lifecycle stage": "lifecycle", "lead source": "lead_source",
        "original source": "lead_source", "source": "lead_source",
        "do not contact": "do_not_contact", "email opt out": "do_not_contact",
        "hasoptedoutofemail": "do_not_contact", "dnc": "do_not_contact",
        "birthday": "birthday", "birthdate": "birthday", "date of birth": "birthday",
        "owner": "owner", "contact owner": "owner", "tags": "tags",
        "campaign": "campaign", "campaign name": "campaign", "country": "country",
        "country region": "country", "mailing country": "country", "time zone": "timezone",
        "timezone": "timezone", "tz": "timezone", "telegram": "telegram",
        "telegram username": "telegram",
    },
    "deals": {
        "external id": "external_id", "id": "external_id", "opportunity id": "external_id",
        "deal id": "external_id", "record id": "external_id", "title": "title",
        "name": "title", "deal name": "title", "opportunity name": "title", "deal": "title",
        "account": "account", "account name": "account", "company": "account",
        "company name": "account", "associated company": "account", "contact": "contact",
        "contact name": "contact", "primary contact": "contact",
        "associated contact": "contact", "contact email": "contact", "amount": "amount",
        "value": "amount", "deal value": "amount", "close value": "amount",
        "deal amount": "amount", "currency": "currency", "currency iso code": "currency",
        "currencyisocode": "currency", "deal currency code": "currency", "stage": "stage",
        "deal stage": "stage", "stagename": "stage", "stage name": "stage",
        "pipeline stage": "stage", "probability": "probability",
        "probability percent": "probability", "deal probability": "probability",
        "close date": "close_date", "closedate": "close_date",
        "expected close date": "close_date", "owner": "owner", "deal owner": "owner",
        "opportunity owner": "owner", "sales agent": "owner", "sales rep": "owner",
        "lost reason": "lost_reason", "closed lost reason": "lost_reason",
        "created": "created", "create date": "created", "created date": "created",
        "createddate": "created", "engage date": "created",
    },
    "users": {
        "name": "name", "full name": "name", "user": "name", "sales agent": "name",
        "sales rep": "name", "agent": "name", "email": "email", "email address": "email",
        "role": "role", "manager": "manager", "reports to": "manager",
        "region": "region", "regional office": "region", "office": "region",
        "timezone": "timezone", "time zone": "timezone",
    },
}  # fmt: skip

# Stage names of common CRMs; the user's --stage-map wins over these.
STAGE_DEFAULTS: dict[str, str] = {
    "needs analysis": "pre-approach",
    "value proposition": "presentation",
    "id. decision makers": "presentation",
    "perception analysis": "presentation",
    "proposal/price quote": "presentation",
    "negotiation/review": "closing",
    "appointmentscheduled": "pre-approach",
    "qualifiedtobuy": "pre-approach",
    "presentationscheduled": "presentation",
    "decisionmakerboughtin": "presentation",
    "contractsent": "closing",
    "closedwon": "won",
    "closedlost": "lost",
    "appointment scheduled": "pre-approach",
    "qualified to buy": "pre-approach",
    "presentation scheduled": "presentation",
    "decision maker bought-in": "presentation",
    "contract sent": "closing",
}
LEAD_SOURCE_SYNONYMS = {
    "organic search": "web search", "paid search": "web search", "web": "web search",
    "website": "web search", "email marketing": "mailing campaign", "email": "mailing campaign",
    "referrals": "referral", "partner referral": "referral", "employee referral": "referral",
    "external referral": "referral", "phone inquiry": "cold call", "trade show": "event",
    "seminar - internal": "event", "offline sources": "event", "events": "event",
}  # fmt: skip
LIFECYCLE_SYNONYMS = {
    "subscriber": "prospect", "marketingqualifiedlead": "lead", "salesqualifiedlead": "lead",
    "marketing qualified lead": "lead", "sales qualified lead": "lead", "opportunity": "lead",
    "evangelist": "customer", "other": "prospect", "former customer": "inactive",
}  # fmt: skip


def _norm(header: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9/.]+", " ", header.lower()).split())


def guess_mapping(table: str, header: list[str], explicit: dict[str, str]) -> dict[str, str]:
    """our field -> their column: explicit --map first, then known export headers.

    'Object: Field' headers (Salesforce reports) are matched without the object; a
    header of the table's own object beats another object's (Contact: Phone wins over
    Account: Phone in a contacts import).
    """
    fields = FIELDS[table]
    by_norm = {_norm(h): h for h in header}
    out: dict[str, str] = {}
    for ours, theirs in explicit.items():
        if ours not in fields:
            raise UserError(f"unknown {table} field '{ours}'; fields: {', '.join(fields)}")
        for part in theirs.split("+"):
            if part.strip() not in header and _norm(part) not in by_norm:
                raise UserError(
                    f"the file has no column '{part.strip()}'; it has: {', '.join(header)}"
                )
        out[ours] = "+".join(
            part.strip() if part.strip() in header else by_norm[_norm(part)]
            for part in theirs.split("+")
        )
    guesses = GUESSES[table]
    own = OBJECT[table]
    ranked: list[tuple[int, str, str]] = []
    for h in header:
        n = _norm(h)
        prefix, _, rest = h.partition(":")
        if rest:
            obj = _norm(prefix)
            n2 = _norm(rest)
            rank = 0 if obj == own or (obj == "opportunity" and table == "deals") else 1
            if n2 in guesses:
                ranked.append((rank, h, guesses[n2]))
            elif f"{obj} {n2}" in guesses:
                ranked.append((rank, h, guesses[f"{obj} {n2}"]))
            elif rank == 1 and obj in guesses and n2 == "name":
                ranked.append((rank, h, guesses[obj]))
        elif n in guesses:
            ranked.append((0, h, guesses[n]))
    for _rank, h, ours in sorted(ranked, key=lambda t: t[0]):
        if ours not in out and h not in out.values():
            out[ours] = h
    return out
