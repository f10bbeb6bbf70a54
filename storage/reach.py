"""Where a contact is and how else to reach them: country, time zone, Telegram username.

Countries are ISO 3166-1 alpha-2 codes, read from the ``iso3166.tab`` table that the
``tzdata`` package ships (the same IANA database as the time zones), so "Germany", "de"
and "DE" are one country everywhere: a contact, a segment's ``country=``, an import.
Time zones are IANA names, matched without regard to case ("europe/berlin").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from zoneinfo import available_timezones

from storage.errors import UserError
from storage.text import name_key

# Everyday names the IANA table words otherwise ("Britain (UK)", "United States").
_SYNONYMS = {
    "uk": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "usa": "US",
    "united states of america": "US",
    "america": "US",
    "holland": "NL",
    "the netherlands": "NL",
    "south korea": "KR",
    "north korea": "KP",
    "czech republic": "CZ",
}
_TELEGRAM = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")  # 5-32 characters: Telegram's rule


@cache
def countries() -> dict[str, str]:
    """ISO code -> English name, from tzdata's ``iso3166.tab``."""
    text = resources.files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            out[code.strip().upper()] = name.strip()
    return out


@cache
def _by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, name in countries().items():
        names[name_key(name)] = code
        names.setdefault(name_key(re.sub(r"\s*\(.*\)", "", name)), code)  # "Britain (UK)"
    names.update({name_key(k): v for k, v in _SYNONYMS.items()})
    return names


def country_code(text: str) -> str:
    """The ISO code of a country typed as a code or a name; unknown ones are said."""
    value = " ".join(text.split())
    if len(value) == 2 and value.upper() in countries():
        return value.upper()
    code = _by_name().get(name_key(value))
    if code is not None:
        return code
    from rapidfuzz import process

    near = process.extractOne(name_key(value), list(_by_name()), score_cutoff=80)
    hint = f"; did you mean {countries()[_by_name()[near[0]]]}?" if near else ""
    raise UserError(f"'{text}' is not a country I know (a name or a code like DE){hint}")


def country_name(code: str | None) -> str:
    return countries().get(code or "", code or "")


@cache
def _zones() -> dict[str, str]:
    return {z.lower(): z for z in available_timezones()}


def timezone_name(text: str) -> str:
    """An IANA time zone, written as IANA spells it ("europe/berlin" -> "Europe/Berlin")."""
    zone = _zones().get(text.strip().lower())
    if zone is None:
        raise UserError(f"'{text}' is not a time zone; use an IANA name such as Europe/Berlin")
    return zone


def telegram_username(text: str) -> str:
    """A Telegram username as stored (no @): "@maria_l" or "https://t.me/maria_l"."""
    value = text.strip()
    value = re.sub(r"^(https?://)?(t\.me|telegram\.me)/", "", value, flags=re.IGNORECASE)
    value = value.lstrip("@")
    if not _TELEGRAM.match(value):
        raise UserError(
            f"'{text}' is not a Telegram username (5-32 letters, digits or _, e.g. @maria_l)"
        )
    return value
