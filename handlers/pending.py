"""Open questions: what ends one, and what counts as its answer.

A question the bot asks ("when?", "which deal?") must never swallow the next message.
"cancel" (in any language the bot reads dates in) ends it; a reply that is not of the kind
asked for is handled as a new message and the question is dropped, said in one line.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from storage.context import Ctx
from storage.errors import UserError
from storage.text import name_key

VAGUE = frozenset(
    {
        "the deal",
        "deal",
        "it",
        "this deal",
        "that deal",
        "the opportunity",
        "this",
        "that",
        "my deal",
    }
)


def is_vague(name: str) -> bool:
    return name.strip().lower() in VAGUE


# A whole message that ends the open question. Compared by name_key (case and accents
# folded), so "Olvídalo" and "olvidalo" both count. Per language of `me lang`.
_CANCEL = {
    "en": "cancel|stop|never mind|nevermind|no|nope|forget it|abort|skip|no thanks|"
    "cancel that|drop it|leave it",
    "es": "cancelar|cancela|cancelalo|para|parar|no|olvidalo|dejalo|da igual|nada",
    "de": "abbrechen|abbruch|stopp|stop|nein|vergiss es|egal|lass es",
    "fr": "annuler|annule|arrete|stop|non|laisse tomber|oublie|oublie ca|tant pis",
    "nb": "avbryt|stopp|nei|glem det|bry deg ikke|drit i det",
    "el": "ακυρωση|ακυρο|ακυρωσε|σταματα|σταμάτα|οχι|ασε|ασ' το|ασ το|αστο|ξεχασε το",
    "eu": "utzi|ezeztatu|gelditu|ez|ahaztu|bertan behera",
    "kk": "болдырмау|тоқтат|тоқта|жоқ|бас тарту|қажет емес",
}
CANCEL_WORDS = frozenset(
    name_key(w) for words in _CANCEL.values() for w in words.split("|") if w.strip()
)
_END_PUNCT = re.compile(r"[\s.!?¡¿;,…]+$|^[\s¡¿]+")


def is_cancel(text: str) -> bool:
    """ "cancel", "Never mind.", "olvídalo", "ακύρωση": a whole message that ends a question."""
    return name_key(_END_PUNCT.sub("", text)) in CANCEL_WORDS


def is_no(label: str) -> bool:
    """A "No" button (of a Yes / No question): typed "no" presses it."""
    key = name_key(label)
    return key == "no" or key.startswith(("no,", "no ", "no-"))


# Words that may stand around a time in an answer to "when?": "at 9 please", "on friday".
_FILLER_WORDS = (
    "at on in by the a an please pls then ok okay maybe around about for to , . ! ? - "
    "a las el la le am um à om kl klokka i στις την το -ean -an"
)
_FILLER = frozenset(_FILLER_WORDS.split())


def only_filler(rest: str) -> bool:
    """What is left of an answer once its time is read: nothing that says something else."""
    words = re.findall(r"[^\s,.!?;:]+", rest.lower())
    return all(w in _FILLER for w in words)


def question_text(sections: list[str]) -> str:
    """The question a reply asks, in one short line (no examples), for "I dropped …"."""
    # A status line put before the question ("↩️ I dropped my question …", "↩️ Read your
    # last message again …") is not the question: quoting it nested it, once per message.
    first = next((s for s in sections if s.strip() and not s.startswith("↩️")), "")
    first = re.sub(r"\s*\((?:e\.g\.|for example)[^)]*\)", "", first).strip()
    first = " ".join(first.split())
    return first if len(first) <= 140 else first[:139] + "…"


# Intents of a message that says something on its own (not just a name).
_NEW_MESSAGE_INTENTS = frozenset(
    {
        "log_activity",
        "remind",
        "move_deal",
        "update_deal",
        "create_contact",
        "create_account",
        "create_deal",
        "pipeline_summary",
        "list_reminders",
    }
)


def reads_as_new_message(ctx: Ctx, text: str) -> bool:
    """ "called Maria, she wants a demo" after "which deal?" is a log, not a deal's name."""
    from handlers.language.nlu import parse_message

    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    p = parse_message(text, now_local, ctx.tz, ctx.user.language or "en")
    return p.intent in _NEW_MESSAGE_INTENTS


def holds_a_time(ctx: Ctx, text: str) -> bool:
    """Whether ``text`` has a time phrase anywhere (a refused "25:00" counts)."""
    from handlers.language.when import find_when

    try:
        return find_when(ctx, text) is not None
    except UserError:
        return True


def is_time_answer(ctx: Ctx, text: str) -> bool:
    """ "tomorrow at 9" answers "when?"; "push Acme renewal to next month" does not, though
    it holds a time: the words around the time say something else."""
    from handlers.language.when import find_when

    try:
        found = find_when(ctx, text)
    except UserError:
        return True  # "25:00": a time meant, refused in words by the command
    return found is not None and only_filler(found.rest)
