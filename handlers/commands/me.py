"""me: my profile (time zone, language, name)."""

from __future__ import annotations

from handlers.registry import Call, command
from handlers.types import Reply
from storage.errors import UserError
from storage.text import name_key
from storage.workspaces import check_name_free, check_timezone

LANGUAGES = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "nb": "Norsk bokmål",
    "el": "Ελληνικά",
    "eu": "Euskara",
    "kk": "Қазақ тілі",
}

# Codes people type for a language the bot reads under another code: "no" (Norwegian, the
# ISO 639-1 macrolanguage) is read as bokmål, as are "nob" and "nor".
ALIASES = {"no": "nb", "nob": "nb", "nor": "nb"}


DATE_ORDERS = {
    "dmy": "dmy (3/4 is 3 April)",
    "mdy": "mdy (3/4 is March 4)",
    "": "not set (12/15 is read, 3/4 is asked about; set it with 'me dates dmy|mdy')",
}


def _profile(call: Call) -> str:
    u = call.ctx.user
    return (
        f"👤 {u.display_name} · {u.role}\n"
        f"time zone: {u.timezone or call.ctx.workspace.timezone + ' (workspace default)'}\n"
        f"language: {u.language} ({LANGUAGES.get(u.language, '?')})\n"
        f"dates: {DATE_ORDERS.get(u.date_order or '', DATE_ORDERS[''])}\n"
        f"workspace: {call.ctx.workspace.name}"
    )


@command("me", "me [tz ZONE] [lang CODE] [dates dmy|mdy|off] [name NAME]", aliases=("profile",))
def me(call: Call) -> Reply:
    """Your profile; change your time zone, language (for dates), date order or display name.

    Examples: me tz Europe/Madrid     me lang es     me dates dmy     me name Ana Ruiz
    Languages: en, es, de, fr, nb (or no), el, eu, kk.
    Date order: how 3/4 is read, dmy (3 April) or mdy (March 4); 'me dates off' unsets it,
    and then a date with two readings is asked about.
    'me calendar' gives your calendar's private address (see: help me calendar).
    """
    rest = call.rest.strip()
    if not rest:
        return Reply.say(_profile(call))
    key, sep, value = rest.partition("=")  # "me tz=Europe/Madrid", like every other field
    if not sep or " " in key.strip():
        key, _, value = rest.partition(" ")
    key, value = key.strip().lower(), value.strip()
    user = call.ctx.user
    if not value:
        example = {"lang": "es", "language": "es", "name": "Ana Ruiz", "dates": "dmy"}.get(
            key, "Europe/Madrid"
        )
        raise UserError(f"give a value, e.g. 'me {key} {example}'")
    if key in ("tz", "timezone", "zone"):
        user.timezone = check_timezone(value)
    elif key in ("lang", "language"):
        value = ALIASES.get(value.lower(), value)
        if value.lower() not in LANGUAGES:
            raise UserError(
                f"'{value}' is not a language I read dates in; use one of: " + ", ".join(LANGUAGES)
            )
        user.language = value.lower()
    elif key in ("dates", "date", "date_order"):
        order = value.lower().replace("/", "").replace("-", "")
        if order not in ("dmy", "mdy", "off", "none"):
            raise UserError("me dates takes dmy (3/4 is 3 April), mdy (March 4) or off")
        user.date_order = None if order in ("off", "none") else order
    elif key == "name":
        check_name_free(call.ctx.session, user, value)
        user.display_name, user.name_key = value, name_key(value)
    else:
        raise UserError("me takes tz, lang, dates or name; example: me tz Europe/Madrid")
    return Reply.say("✅ Saved", _profile(call))
