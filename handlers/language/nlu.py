"""Turn one free-text chat message into a :class:`ParseResult` (no database access).

Why rules and not a model: the bot must answer within Slack's 3-second window on
a small box, the ``crmbot parse`` JSON is a stable contract other tools rely
on, and every behaviour has to be pinned by a table test.  So intents are
recognised by ordered, anchored patterns (English first, the other seven user
languages where it is cheap), entities by small extractors, and dates by
:mod:`handlers.language.dates`.  Names are returned exactly as typed; matching them
against the CRM (accents, typos, first names) is the resolver's job.

Heuristics worth knowing (each pinned by tests/data/parse_cases.json):

* a log's ``due`` is its follow-up: a date after "follow up"/"call back"/...,
  else a date on a later day; "visited Globex today" or "met Jon at 5" keep
  their date in ``text`` and have no ``due``;
* the target of "visited X" or "note on X:" is an ``account`` unless it looks
  like a person (two or more capitalised words without a company suffix, or a
  name followed by "at <account>");
* in reminders the capitalised name after call/email/ping/chase/... is reported
  as ``contact`` (the resolver may fall back to accounts);
* ``text`` is the message minus the date phrase for logs, the body after the
  command for notes and reminders, the query for ``find``, else null.

The output of :meth:`ParseResult.to_json_dict` is the ``crmbot parse`` contract
of issue 3: every key always present, ``amount`` a plain decimal string,
``due`` ISO 8601 with the offset of the user's zone.
"""

from __future__ import annotations

import calendar
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handlers.language import followup, langcues
from handlers.language.amounts import (
    Amount,
    about_the_business,
    find_amount,
    find_amounts,
    not_the_value,
    one_amount,
    split_amount,
    unread_amount,
)
from handlers.language.dates import (
    Reading,
    WhenMatch,
    competing,
    find_whens,
    fold,
    local_now,
    month_number,
    read_whens,
    strip_when,
)
from handlers.language.repeat_words import every_before, unit_in
from handlers.language.rxfast import CaseBlind
from handlers.pending import is_vague
from storage.money import MoneyError, read_amount

if TYPE_CHECKING:
    from storage.known_names import KnownNames

__all__ = ["ASK_BELOW", "INTENTS", "STAGES", "ParseResult", "parse_message"]

log = logging.getLogger(__name__)

INTENTS = (
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
_MAX_CHARS = 4096  # Telegram's message limit; longer input is parsed on its head only
_SHORT_COMMAND = 200  # "move X to Y" / "X won" longer than this is a note, not a move


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What the bot understood, before touching any data (the ``crmbot parse`` fields)."""

    intent: str
    activity_type: str | None = None
    contact: str | None = None
    account: str | None = None
    deal: str | None = None
    stage: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    email: str | None = None
    phone: str | None = None
    due: datetime | None = None
    text: str | None = None
    # Not part of the JSON contract: "every monday" on a reminder (daily|weekly|monthly|yearly),
    # and when a logged activity took place ("called Ana yesterday at 4").
    repeat: str | None = None
    happened: datetime | None = None
    close: date | None = None  # a new deal's expected close date ("closing in December")
    planned: bool = False  # "lunch with Jon tomorrow at 1": not happened yet, so no log now
    # Date, time and number fragments that could not be read ("3/4" with no date order,
    # "Friday the 12th" that is a Saturday): a reminder or follow-up with any is asked about.
    unread: tuple[str, ...] = ()
    # How sure the parser is of the intent, 0..1: an exact command form read by a rule is
    # 1.0, the learned parser gives its probability; below ASK_BELOW the bot asks first.
    confidence: float = 1.0

    def to_json_dict(self) -> dict[str, str | float | None]:
        """The stable JSON contract: all keys, nulls kept, amount "3500", due with offset."""
        return {
            "intent": self.intent,
            "activity_type": self.activity_type,
            "contact": self.contact,
            "account": self.account,
            "deal": self.deal,
            "stage": self.stage,
            "amount": _decimal_str(self.amount) if self.amount is not None else None,
            "currency": self.currency,
            "email": self.email,
            "phone": self.phone,
            "due": self.due.isoformat() if self.due is not None else None,
            "text": self.text,
            "close": self.close.isoformat() if self.close is not None else None,
            "confidence": round(self.confidence, 3),
        }


def _decimal_str(d: Decimal) -> str:
    s = format(d.normalize(), "f")
    return "0" if s in {"-0", "0"} else s


# --------------------------------------------------------------------------- helpers


def _words(spec: str) -> list[str]:
    """``"a|b|c"`` -> folded ``["a", "b", "c"]``: word tables stay one screen long.

    Everything is matched against the folded message, so tables are folded too.
    """
    return [" ".join(fold(w).split()) for w in spec.split("|") if w.strip()]


def _table(spec: str) -> dict[str, str]:
    """``"call: called|phoned; email: emailed"`` -> ``{"called": "call", ...}``."""
    out: dict[str, str] = {}
    for part in spec.split(";"):
        value, _, phrases = part.partition(":")
        out |= {w: value.strip() for w in _words(phrases)}
    return out


def _alt(words: str | Iterable[str]) -> str:
    """Alternation of folded phrases, longest first; a space matches any whitespace."""
    if isinstance(words, str):
        words = _words(words)
    uniq = sorted({" ".join(fold(w).split()) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


_CTRL_RX = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def _clean(text: str) -> str:
    """NFC, no control or bidi characters, single spaces: what every rule expects."""
    text = unicodedata.normalize("NFC", text[:_MAX_CHARS])
    return " ".join(_CTRL_RX.sub(" ", text).split())


# ---- emails, phones, amounts ------------------------------------------------------------------

_EMAIL_RX = re.compile(r"(?<![\w.+\-])[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE_RX = re.compile(
    r"(?:(?<![\w+])(?:\+|00)\d[\d \-.()/]{5,18}\d"
    r"|(?:phone|tel|mobile|mob|cell|tlf|telefon|telefono|telephone|τηλ|телефон)\.?:?\s*"
    r"(?P<p>\+?\d[\d \-.()/]{5,18}\d)"
    # a national number, trunk 0 first: "01 886 2222" (Dublin), "087 123 4567", "020 7946
    # 0958" (London), "07700 900123", "086-555-0199" (digits counted in _base_entities)
    r"|(?<![\w+.,/:-])(?P<n>0\d{1,4}(?:[ \-.]\d{2,6}){1,3}))(?![\w:/]|[.,]\d)",
)

# The amount said anywhere in a message is read by the one amount reader (issue 10).
_Amount = Amount
_find_amount = find_amount


# ---- stages -----------------------------------------------------------------------------------

_STAGE_WORDS = _table(
    "prospecting: prospecting|prospect|lead; pre-approach: qualification|qualified|"
    "qualifying|pre-approach|preapproach|pre approach; presentation: proposal|demo|quote|"
    "presentation|propuesta|presentación|angebot|proposition|devis|tilbud; "
    "closing: negotiation|negotiating|contract|closing|negociación|cierre|verhandlung|"
    "abschluss|négociation|forhandling|διαπραγμάτευση; won: closed won|closed-won|won|"
    "win|ganado|ganada|gewonnen|gagné|gagnée|vunnet|κερδήθηκε; lost: closed lost|"
    "closed-lost|lost|perdido|perdida|verloren|perdu|perdue|tapt|χάθηκε"
)
_STAGE_RX = _alt(_STAGE_WORDS)


def _stage_of(word: str) -> str | None:
    return _STAGE_WORDS.get(" ".join(fold(word).split()))


# ---- name runs --------------------------------------------------------------------------------

# "A/S" (a Danish and Norwegian legal suffix) is one word; so "f/u", which stops a name
_TOKEN_RX = re.compile(
    r"[^\W\d_]/[^\W\d_]{1,2}(?![\w/])|[^\W\d_]{1,3}(?:\.[^\W\d_]{1,4})+\.?|[^\W_][\w'’&\-]*\.?|&"
)
_PARTICLES = set(_words("de|del|la|van|von|der|den|da|di|du|le|y|&|of|dos|das|ten|ter|bin|al|el"))
_STOP = set(
    _words(
        "at|from|about|re|regarding|to|and|for|on|in|with|w/|she|he|they|we|i|who|that|today|"
        "yesterday|tomorrow|this|said|says|wants|wanted|needs|need|is|was|will|back|again|"
        "the|a|an|his|her|their|our|my|your|it|its|ok|but|so|after|before|by|via|over|next|"
        "last|then|quick|briefly|just|also|because|since|until|asked|asking|agreed|"
        "interested|re:|fyi|follow|followed|followup|f/u|later|tonight|morning|afternoon|"
        "evening|worth|valued|value|stage|deal|deals|who's|all|some|any|please|pls|thanks|"
        "not|no|yes|has|have|had|are|were|be|been|about|que|con|und|mit|et|avec|og|med|και|"
        "με|eta|жəне|of|if|as|or|like|very|really|there|here|when|what|why|how|where|do|does|"
        "did|can|could|would|should|me|him|them|us|you|new|went|got|sent|call|called|meeting|"
        "email|note|remind|send|ask"
    )
)
_COMPANY_SUFFIX = set(
    _words(
        "inc|corp|corporation|ltd|llc|gmbh|ag|sa|sl|slu|as|asa|ab|bv|nv|oy|aps|plc|co|group|"
        "sarl|sas|spa|srl|company|labs|kg|ae|oü|limited|pvt|pcl|oyj|dac|se|sab|cv|scoop|bhd|"
        "pty|kk|kft|zrt|doo|ooo|tbk|jsc|llp|lp|sarl|sprl|bvba|nv|ab|a/s|as|sons|partners|"
        "holdings|industries|enterprises"
    )
)


def _suffix_key(tok: str) -> str:
    """A legal suffix as the set holds it: "S.A." -> "sa", "Inc." -> "inc"."""
    return fold(tok).replace(".", "")


_TITLES = frozenset(
    [
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "prof",
        "frau",
        "herr",
        "herrn",
        "mme",
        "mlle",
        "madame",
        "monsieur",
        "sr",
        "sra",
        "señor",
        "señora",
    ]
)
_LEGAL_END = frozenset(
    [
        "inc",
        "corp",
        "ltd",
        "llc",
        "gmbh",
        "ag",
        "sa",
        "sl",
        "slu",
        "asa",
        "ab",
        "bv",
        "nv",
        "oy",
        "oyj",
        "aps",
        "plc",
        "sarl",
        "sas",
        "spa",
        "srl",
        "kg",
        "se",
        "pcl",
        "dac",
        "limited",
        "sab",
        "scoop",
        "bhd",
        "pty",
        "llp",
    ]
)


# lower-case articles before a name, never part of it (Greek, German)
_ARTICLES = frozenset(
    ["τον", "την", "τη", "το", "του", "της", "στον", "στην", "στη", "der", "die", "dem", "den"]
)
# legal suffixes that, typed in lower case after a capitalised name, still end it (not "as",
# "co", "se", "sa": everyday words in English, Spanish or Norwegian)
_LOWER_SUFFIX = frozenset(
    ["plc", "ltd", "gmbh", "llc", "inc", "corp", "oyj", "asa", "ag", "bv", "nv", "sarl", "srl",
     "spa", "bhd", "pty", "llp", "dac", "pcl", "limited", "jsc", "pjsc"]
)  # fmt: skip


def _script(word: str) -> str:
    """The alphabet of a word's first letter: names do not change alphabet midway."""
    for ch in word:
        if ch.isalpha():
            if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
                return "greek"
            if "\u0400" <= ch <= "\u052f":
                return "cyrillic"
            return "latin" if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" else "other"
    return ""


def _sentence_ends(text: str, tok: str, end: int) -> bool:
    """A suffix with its dot ("AS.", "Inc.") before another sentence: "Hafslund AS. Nice
    guy". Not "Co. Ltd.", "S. Coop.", "GmbH & Co. KG": the next word is a suffix too."""
    if not tok.endswith(".") or "." in tok[:-1] or len(tok) <= 2 or text[end : end + 1] != " ":
        return False
    nxt = _TOKEN_RX.match(text, end + 1)
    return nxt is None or _suffix_key(nxt.group()) not in _COMPANY_SUFFIX


# words a firm's name goes on after with "of": "First Bank of Nigeria", "University of Lagos"
_OF_FIRMS = frozenset(["bank", "university", "college", "institute", "ministry", "department"])


def _first_name_mid_sentence(text: str, m: re.Match[str]) -> bool:
    """A capitalised word that is a first name and a stop word ("Will", "May"), inside a
    sentence and followed by another capitalised word: "called Will Turner" names him, while
    "Will call her" or "Thanks. Will do" start a sentence."""
    tok = m.group()
    if not (tok[:1].isupper() and tok[1:].islower()) or fold(tok) not in _first_names():
        return False
    before = text[: m.start()].rstrip()
    if not before or before[-1] in ".!?:;\n":
        return False
    nxt = _TOKEN_RX.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return nxt is not None and nxt.group()[:1].isupper() and fold(nxt.group()) not in _STOP


class _Msg:
    """The cleaned message, its folded twin and the spans names must not cross."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.blocked: list[tuple[int, int]] = []

    def block(self, start: int, end: int) -> None:
        self.blocked.append((start, end))

    def blocked_at(self, i: int) -> bool:
        return any(s <= i < e for s, e in self.blocked)

    def run(
        self,
        pos: int,
        *,
        lower_ok: bool,
        max_words: int = 4,
        mixed: bool = False,
        extra_stop: frozenset[str] = frozenset(),
        suffix_ok: bool = False,
    ) -> tuple[str, int, int] | None:
        """The name starting at ``pos`` (after spaces): capitalised words, or as typed.

        Capitalised mode keeps particles ("Ana de la Cruz"); lowercase mode (people
        type "maria lopez") stops at the first function word.  ``mixed`` (deal
        names like "Acme renewal") takes any words up to a stop word.
        """
        text, folded = self.text, self.folded
        i = pos
        while i < len(text) and text[i] == " ":
            i += 1
        start = i
        words: list[tuple[int, int]] = []
        cap_mode: bool | None = None
        pending: list[tuple[int, int]] = []  # particles waiting for a capitalised word
        alphabet = ""  # of the name's first word with letters
        while i < len(text) and len(words) < max_words and not self.blocked_at(i):
            m = _TOKEN_RX.match(text, i)
            if not m:
                break
            tok, ftok = m.group(), folded[m.start() : m.end()].rstrip(".")
            stop = ftok in _STOP or ftok in extra_stop or (mixed and words and _stage_of(ftok))
            if stop and not words and cap_mode is None and _first_name_mid_sentence(text, m):
                stop = False  # "called Will Turner at Maersk": the name, not the verb "will"
            if stop and words and suffix_ok and ftok in ("as", "co") and ftok not in extra_stop:
                stop = False  # "the nordlys as office": the suffix, typed in lower case
            if not words and cap_mode is None and tok.islower() and ftok in _ARTICLES:
                # "από την Cosmote", "von der Siemens AG": the article is not the name
                i = m.end()
                while i < len(text) and text[i] == " ":
                    i += 1
                start = i
                continue
            script = _script(tok)
            if words and script and alphabet and script != alphabet:
                break  # "Дина Омарова Kaspi Bank": a name ends where its alphabet does
            if not words and ftok.rstrip(".") in _TITLES and cap_mode is None:
                # "dr. oluwaseun adeyemi", "frau schneider": the title is not the name
                i = m.end()
                while i < len(text) and text[i] == " ":
                    i += 1
                start = i
                continue
            if stop and words and ftok in ("and", "&", "und", "y", "et", "og"):
                # "brennan & sons ltd", "bergstrom and partners ab": a company goes on
                ahead = folded[m.end() : m.end() + 40].split()[:2]
                stop = not any(_suffix_key(w) in _COMPANY_SUFFIX for w in ahead)
            upper_suffix = _suffix_key(tok) in _LEGAL_END or _suffix_key(tok) in ("as", "co")
            if stop and words and tok.isupper() and upper_suffix:
                stop = False  # "Hafslund AS": the suffix, not the word "as"
            firm_of = (
                ftok == "of"
                and bool(words)
                and fold(text[words[-1][0] : words[-1][1]]).rstrip(".") in _OF_FIRMS
            )
            if firm_of and cap_mode is False:
                # "first bank of nigeria", typed in lower case: the firm goes on after "of"
                pending.append((m.start(), m.end()))
                if m.end() < len(text) and text[m.end()] == " ":
                    i = m.end() + 1
                    continue
                break
            if stop and not (cap_mode and ftok in _PARTICLES and words):
                break
            if self.blocked_at(m.end() - 1):
                break
            first = tok[0]
            # "3M", "Studio 54", "renewal 2027" are names; "555-1234" is a number
            digits = sum(c.isdigit() for c in tok)
            if digits > 4 or (digits == 4 and not tok.rstrip(".").isdigit()):
                break
            is_cap = first.isupper() or (first.isdigit() and cap_mode is not False)
            if cap_mode is None:
                if not is_cap and not (lower_ok or mixed):
                    return None
                cap_mode = is_cap and not mixed
            elif (
                cap_mode
                and not is_cap
                and not pending
                and (
                    _suffix_key(tok) in _LOWER_SUFFIX
                    or ("." in tok.rstrip(".") and _suffix_key(tok) in _COMPANY_SUFFIX)
                )
            ):
                # "Dangote Cement plc", "Kerry Group plc": the suffix typed in lower case
                # ends the company's name
                words.append((m.start(), m.end()))
                break
            elif cap_mode and not is_cap:
                if ftok in _PARTICLES and (pending or len(words) == 1 or firm_of):
                    # "Ana de la Cruz", but "Ana Ruiz de Acme" is a contact at an account
                    pending.append((m.start(), m.end()))
                    i = m.end() + 1 if m.end() < len(text) and text[m.end()] == " " else m.end()
                    if i == m.end():
                        break
                    continue
                break
            elif not cap_mode and not mixed and is_cap:
                break
            words.extend(pending)
            pending = []
            words.append((m.start(), m.end()))
            alphabet = alphabet or script
            if not cap_mode and not mixed and len(words) > 1 and _suffix_key(tok) in _LEGAL_END:
                break  # "note: lindqvist ab budget frozen": the company ends at "ab"
            if tok.endswith(".") and len(tok) > 2 and _suffix_key(tok) not in _COMPANY_SUFFIX:
                break  # "Called Ana. She wants..." ends the name ("Acme S.A." goes on)
            if _sentence_ends(text, tok, m.end()):
                break  # "Hafslund AS. Nice guy": the sentence ends after the suffix
            if m.end() < len(text) and text[m.end()] == " ":
                i = m.end() + 1
            else:
                break
        if not words:
            return None
        end = words[-1][1]
        name = text[start:end].rstrip(".'’-")
        last = text[start:end].split()[-1]
        if last.endswith(".") and "." in last[:-1] and _suffix_key(last) in _COMPANY_SUFFIX:
            name = text[start:end]  # "Acme S.A.", "Initech Inc." keep their dot
        if not name or not any(c.isalpha() for c in name):
            return None
        return name, start, start + len(name)


# --------------------------------------------------------------------------- intent patterns


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile a pattern meant for folded text: its accented literals are folded too.

    Only non-ASCII characters are folded, so escapes like ``\\S`` keep their case.
    """
    return re.compile("".join(c if c.isascii() else fold(c) for c in pattern))


_HELP = _rx(
    r"^/?(?:help|start|\?+|what can you do|what do you do|how does (?:this|it) work|commands|"
    r"usage|menu|ayuda|hilfe|aide|hjelp|βοηθεια|laguntza|комек|көмек)(?:\s+me)?[\s?!.]*$"
    # "I'm lost, what do you do" (not "X lost": a deal), "what can I type here?", in the
    # other languages "¿qué puedes hacer?", "was kannst du?", "que peux-tu faire ?"
    r"|^(?:i'?m|i\s+am)\s+(?:lost|confused|stuck)(?:[\s,.!-]+(?:help(?:\s+me)?|what\s+(?:do|can)"
    r"\s+you\s+do|what\s+now|how\s+does\s+this\s+work))?[\s?!.]*$"
    r"|^(?:what\s+can\s+i\s+(?:type|say|ask|write)(?:\s+here)?|how\s+do\s+i\s+use\s+"
    r"(?:this|you|it|the\s+bot|this\s+bot)|what\s+do\s+you\s+understand)[\s?!.]*$"
    # "how do I log a call?", "how can I set a reminder": a question about the bot's use,
    # not the write itself; "show me what you can do", "what commands are there"
    r"|^(?:(?:so\s+|ok\s+|okay\s+)?how\s+(?:do|can|should|would)\s+(?:i|we|you)|how\s+to)\s+"
    r"(?:log|add|create|make|set(?:\s+up)?|record|enter|put\s+in|update|move|find|search|look\s+up|"
    r"schedule|track|save|delete|remove|change|edit|undo|see|view|list|close|mark|use|get)"
    r"(?:\s+(?:a|an|the|my|new|another|up|in|for))*(?:\s+[a-z'/-]+){0,3}[\s?!.]*$"
    r"|^(?:(?:can\s+you\s+)?show\s+me\s+what\s+(?:you\s+can\s+do|you\s+do|i\s+can\s+(?:do|type|say))|"
    r"what\s+(?:commands|kinds?\s+of\s+(?:things|stuff)|things)\s+(?:are\s+there|can\s+(?:you|i)"
    r"(?:\s+(?:do|type|say|track|handle|help\s+with))?|do\s+you\s+(?:do|know|understand|handle))|"
    r"(?:can\s+you\s+)?explain\s+how\s+(?:to\s+use\s+)?(?:this|you|it|the\s+bot|this\s+bot)"
    r"(?:\s+works?)?)[\s?!.]*$"
    r"|^[¿¡]?\s*(?:qu[eé]\s+puedes\s+hacer|was\s+kannst\s+du(?:\s+(?:tun|machen))?|"
    r"que\s+(?:peux|sais)-tu\s+faire|hva\s+kan\s+du(?:\s+gjøre)?)[\s?!.]*$"
)
_LIST_REMINDERS = _rx(
    r"^(?:(?:show|list|see|view|get|what are|display)\s+)?(?:(?:me|my|all|all my|the|upcoming|"
    r"open|pending|our|current)\s+)*(?:reminders|follow[\s-]?ups|todos|to-dos)"
    r"(?:\s+(?:please|pls|for today|for this week|this week|today))?[\s?!.]*$"
    r"|^(?:what'?s|what is) (?:due|on my plate|coming up)(?:\s+today|\s+this week)?[\s?!.]*$"
    r"|^"
    + _alt(
        "mis recordatorios|meine erinnerungen|mes rappels|mine påminnelser|"
        "οι υπενθυμίσεις μου|υπενθυμίσεις|nire oroigarriak|oroigarriak|"
        "менің еске салғыштарым|еске салғыштар|recordatorios|erinnerungen|rappels|"
        "påminnelser|ver recordatorios"
    )
    + r"[\s?!.]*$"
)
# Asking for one's own agenda in other words (issue 10, dev4): the whole message is the
# ask, a day at most after it ("agenda for tomorrow", "what do I have on monday", "anything
# due?", "what did I promise to do", "was steht heute an", "hva har jeg i dag"). The day is
# not a reminder's due: nothing is written.
_DAY_ASKED = (
    r"(?:today|tonight|tomorrow|tmrw|tmr|tmw|2moro|this\s+(?:week|wk|morning|afternoon|evening)|"
    r"(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|this\s+)?(?:week|day|month)|"
    r"(?:next|nxt)\s+(?:week|wk)|the\s+week|(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mon|tue|tues|wed|thu|thurs|fri))"
)
_AGENDA = _rx(
    r"^(?:(?:show|list|see|view|get|give|display|check|open)\s+(?:me\s+)?)?(?:my\s+|the\s+)?"
    r"(?:open\s+|pending\s+|upcoming\s+)?(?:agenda|schedule|to-?do\s+list|to\s+do\s+list|"
    r"to-?dos|tasks?(?:\s+list)?)"
    rf"(?:\s+(?:for\s+|on\s+)?{_DAY_ASKED})?(?:\s+(?:please|pls))?[\s?!.]*$"
    r"|^(?:what'?s|whats|what\s+is|anything|any\s+(?:reminders?|tasks?))\s+(?:due|overdue|"
    r"on\s+my\s+(?:plate|list|agenda|calendar|schedule)|next\s+on\s+my\s+(?:list|agenda)|"
    r"coming\s+up|scheduled|planned|on|pending|left\s+to\s+do)"
    rf"(?:\s+(?:for\s+|on\s+)?{_DAY_ASKED})?[\s?!.]*$"
    r"|^what\s+(?:do|did|have|am|should|must)\s+i\s+(?:(?:got|have|get)\s+(?:going\s+)?on|"
    r"have|got|need\s+to\s+do|have\s+to\s+do|promised?\s+to\s+do|promised|owe|"
    r"supposed\s+to\s+do|(?:got\s+)?left\s+to\s+do|to\s+do)"
    rf"(?:\s+(?:on|for)?\s*{_DAY_ASKED})?[\s?!.]*$"
    r"|^(?:what|which)\s+(?:follow[\s-]?ups?|calls|tasks|reminders|meetings|to-?dos)\s+"
    r"(?:do|have|did)\s+i\s+(?:have|owe|got|set|promised?)(?:\s+(?:to|i\s+need\s+to)\s+"
    rf"(?:make|do))?(?:\s+(?:for\s+)?{_DAY_ASKED})?[\s?!.]*$"
    # "remind me what's due this week", "remind me what I've got on friday": the list asked
    r"|^(?:(?:can|could)\s+you\s+)?(?:please\s+)?remind\s+me\s+(?:what'?s|whats|what\s+is|"
    r"what\s+i\s+(?:have|'?ve\s+got|got|need\s+to\s+do|promised))(?:\s+(?:due|on|coming\s+up|"
    r"pending|planned|on\s+my\s+(?:plate|list|agenda)))?"
    rf"(?:\s+(?:for\s+|on\s+)?{_DAY_ASKED})?[\s?!.]*$"
    r"|^(?:did|have)\s+i\s+(?:set|got)\s+any\s+(?:reminders|tasks|follow[\s-]?ups)"
    rf"(?:\s+(?:for\s+)?{_DAY_ASKED})?[\s?!.]*$"
    # es, de, fr, nb
    r"|^[¿¡]?\s*qu[eé]\s+tengo(?:\s+pendiente)?(?:\s+(?:para\s+)?(?:hoy|mañana|esta\s+semana|"
    r"el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)))?[\s?!.]*$"
    r"|^(?:(?:ver|muestra(?:me)?|enséñame)\s+)?mis\s+(?:tareas|pendientes|recordatorios)"
    r"(?:\s+(?:de|para)\s+(?:hoy|mañana|esta\s+semana))?[\s?!.]*$"
    r"|^was\s+(?:steht|habe\s+ich|hab\s+ich|liegt)(?:\s+(?:heute|morgen|diese\s+woche|"
    r"am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag)))?(?:\s+an)?[\s?!.]*$"
    r"|^(?:(?:zeig|zeige)\s+(?:mir\s+)?)?meine\s+(?:aufgaben|termine|erinnerungen|to-?dos)"
    r"(?:\s+für\s+(?:heute|morgen|diese\s+woche))?[\s?!.]*$"
    r"|^(?:qu'est-ce\s+que\s+j'ai|qu'ai-je)(?:\s+(?:aujourd'hui|demain|cette\s+semaine|"
    r"lundi|mardi|mercredi|jeudi|vendredi))?(?:\s+(?:à\s+faire|de\s+prévu))?[\s?!.]*$"
    r"|^(?:(?:affiche|afficher|montre(?:-moi)?|voir)\s+)?mes\s+(?:tâches|rappels|relances|"
    r"rendez-vous)(?:\s+(?:pour\s+|de\s+|d')\s*(?:aujourd'hui|demain|cette\s+semaine))?"
    r"[\s?!.]*$"
    r"|^hva\s+har\s+jeg(?:\s+(?:i\s+dag|i\s+morgen|denne\s+uka|denne\s+uken|på\s+"
    r"(?:mandag|tirsdag|onsdag|torsdag|fredag)))?[\s?!.]*$"
    r"|^(?:(?:vis|se)\s+)?(?:mine\s+)?(?:påminnelser|påminnelsene|oppgaver|oppgavene)"
    r"(?:\s+mine)?[\s?!.]*$"
    r"|^hva\s+står\s+på\s+(?:agendaen|planen|kalenderen)(?:\s+(?:i\s+dag|i\s+morgen))?"
    r"[\s?!.]*$"
    # more everyday asks: "Was steht diese Woche noch an?", "Hab ich heute noch was offen?",
    # "J'ai quoi au programme aujourd'hui ?", "Quelles sont mes relances de la semaine ?",
    # "Vis meg hva jeg har neste uke"
    r"|^was\s+(?:steht|habe\s+ich|hab\s+ich|liegt)(?:\s+(?:heute|morgen|übermorgen|"
    r"diese\s+woche|nächste\s+woche|am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag)))?"
    r"(?:\s+noch)?(?:\s+an)?[\s?!.]*$"
    r"|^(?:hab|habe)\s+ich(?:\s+(?:heute|morgen|diese\s+woche))?\s+(?:noch\s+)?(?:was|etwas|"
    r"termine|aufgaben)(?:\s+(?:offen|an|geplant|anstehen))?[\s?!.]*$"
    r"|^j'ai\s+quoi(?:\s+(?:au\s+programme|de\s+prévu|à\s+faire))?(?:\s+(?:aujourd'hui|"
    r"demain|cette\s+semaine|lundi|mardi|mercredi|jeudi|vendredi))?[\s?!.]*$"
    r"|^quel(?:le)?s?\s+sont\s+mes\s+(?:relances|tâches|rappels|rendez-vous)(?:\s+(?:de\s+la\s+"
    r"semaine|d'aujourd'hui|de\s+demain|pour\s+(?:aujourd'hui|demain|cette\s+semaine)))?"
    r"[\s?!.]*$"
    r"|^(?:(?:vis|fortell)\s+(?:meg\s+)?)?hva\s+(?:har\s+jeg|jeg\s+har)(?:\s+(?:i\s+dag|"
    r"i\s+morgen|denne\s+uka|denne\s+uken|neste\s+uke|på\s+(?:mandag|tirsdag|onsdag|"
    r"torsdag|fredag)))?[\s?!.]*$"
)
# More ways to ask what is due, what is on and which follow-ups are open (issue 10,
# dev_logs2): "which follow-ups are still open?", "show me what's due", "remind me what I
# have today", "anything I owe people?", "who do I need to call back?", "how does my day
# look", "what did I say I'd do friday". Whole-message forms only, so a task that says
# more ("remind me what I have to tell Ana friday") stays a reminder.
_OWN_ITEMS = (
    r"(?:reminders|rem(?:inder)?s|rmdrs|follow[\s-]?ups|f/us|fus|to-?dos|todos|tasks|"
    r"call[\s-]?backs|cbs|action\s+items|actions|deadlines|commitments|open\s+items|"
    r"to-?do\s+list|to\s+do\s+list)"
)
_ITEM_STATE = r"(?:open|pending|due|outstanding|overdue|left|coming\s+up|scheduled|planned)"
_ASK_END = rf"(?:\s+(?:for\s+|on\s+|due\s+)?{_DAY_ASKED})?(?:\s+(?:please|pls|then))?[\s?!.]*$"
_AGENDA_MORE = _rx(
    r"^(?:(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:show|list|see|view|get|give|tell|read|"
    r"display|check|pull\s+up|bring\s+up)\s+(?:me\s+)?)?"
    r"(?:(?:my|all|any|the|upcoming|open|pending|outstanding|overdue|current|remaining|today'?s|"
    rf"tomorrow'?s)\s+)*{_OWN_ITEMS}(?:\s+(?:still\s+|that\s+are\s+)?{_ITEM_STATE})?{_ASK_END}"
    rf"|^(?:what|which)\s+{_OWN_ITEMS}\s+(?:are|is)\s+(?:still\s+)?{_ITEM_STATE}{_ASK_END}"
    r"|^(?:what|which)\s+(?:calls|meetings|follow[\s-]?ups?|tasks|reminders|to-?dos|"
    r"call[\s-]?backs)\s+(?:do\s+i\s+have|have\s+i\s+got|am\s+i\s+(?:making|doing))"
    rf"(?:\s+{_ITEM_STATE}|\s+lined\s+up)?{_ASK_END}"
    r"|^(?:can\s+you\s+|please\s+)?(?:show|tell|give|read)\s+me\s+what(?:'?s|\s+is)\s+"
    rf"(?:due|on|coming\s+up|left|planned|scheduled|pending|overdue|next){_ASK_END}"
    r"|^(?:can\s+you\s+|please\s+)?(?:remind|tell|show)\s+me\s+what\s+i\s+(?:have|'ve\s+got|got|"
    r"need\s+to\s+do|have\s+to\s+do|promised(?:\s+to\s+do)?|said\s+i'?d\s+do|"
    rf"said\s+i\s+would\s+do|owe(?:\s+people)?|have\s+(?:on|planned|scheduled)){_ASK_END}"
    r"|^(?:is\s+there\s+)?(?:anything|anyone|anybody|who|whom)\s+(?:do\s+)?i\s+owe"
    r"(?:\s+(?:people|anyone|anybody|a\s+call|an?\s+(?:email|reply|answer)))?(?:\s+back)?"
    rf"{_ASK_END}"
    r"|^do\s+i\s+owe\s+(?:anyone|anybody|people|someone)(?:\s+anything|\s+an?\s+"
    rf"(?:call|email|reply|answer)(?:\s+back)?)?{_ASK_END}"
    r"|^who\s+(?:do|should|must)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?(?:call|ring|email|"
    r"phone|call\s+back|ring\s+back|get\s+back\s+to|follow\s+up\s+with|chase|ping|reply\s+to|"
    rf"see|meet)(?:\s+back)?{_ASK_END}"
    rf"|^what\s+am\s+i\s+(?:forgetting|missing){_ASK_END}"
    r"|^what(?:'?s|\s+is)\s+(?:left(?:\s+(?:to\s+do|on\s+my\s+(?:list|plate)))?|"
    r"on\s+(?:the|my)\s+(?:calendar|agenda|schedule|list|plate|docket|to-?do\s+list)|"
    rf"still\s+open|outstanding|open){_ASK_END}"
    r"|^what\s+(?:have|'?ve|do)\s+i\s+(?:got|have)\s+(?:got\s+)?(?:coming\s+up|lined\s+up|"
    rf"planned|scheduled|booked|open|pending|outstanding){_ASK_END}"
    r"|^(?:how\s+does|what\s+does|how'?s|what'?s|whats)\s+my\s+(?:day|week|morning|afternoon|"
    r"schedule|calendar|agenda)(?:\s+" + _DAY_ASKED + r")?\s+look(?:ing)?(?:\s+like)?"
    rf"{_ASK_END}"
    r"|^what\s+should\s+i\s+(?:be\s+)?(?:working\s+on|doing|do|focus(?:ing)?\s+on|tackle)"
    rf"(?:\s+(?:first|next|now))?{_ASK_END}"
    r"|^what\s+(?:was|were|am)\s+i\s+(?:supposed|meant|going)\s+to\s+do" + _ASK_END + r"|"
    r"^what\s+did\s+i\s+(?:say|tell\s+\w+|promise)\s+i(?:'d|\s+would|'ll|\s+will)\s+do"
    rf"{_ASK_END}"
    r"|^what\s+did\s+i\s+(?:commit\s+to|agree\s+to(?:\s+do)?|sign\s+up\s+for)" + _ASK_END + r"|"
    r"^do\s+i\s+have\s+(?:anything|any\s+(?:reminders|tasks|follow[\s-]?ups|calls|meetings|"
    r"call[\s-]?backs|to-?dos))(?:\s+(?:scheduled|planned|on|due|lined\s+up|booked|coming\s+up|"
    rf"open|pending))?{_ASK_END}"
    rf"|^(?:anything|something)\s+(?:i\s+)?(?:need\s+to\s+do|have\s+to\s+do|to\s+do){_ASK_END}"
    rf"|^(?:due|overdue){_ASK_END}"
    # "what's my agenda for the remainder of the week", "what is my schedule for friday"
    r"|^(?:what'?s|whats|what\s+is)\s+(?:on\s+)?my\s+(?:agenda|schedule|calendar|plan)"
    rf"(?:\s+(?:for|on)\s+{_DAY_ASKED})?{_ASK_END}"
    # "when is the next appointment on my calendar", "what is my first appointment today"
    r"|^(?:when|what)(?:'?s|\s+is|\s+are)\s+(?:my\s+|the\s+)?(?:next|first|last)\s+"
    r"(?:appointment|meeting|call|reminder|event|task|follow[\s-]?up)s?"
    rf"(?:\s+(?:on|in)\s+(?:my|the)\s+(?:calendar|schedule|agenda|diary))?{_ASK_END}"
)
_REMIND = _rx(
    # a request's own head: "olly", "i want you to", "could you please" ask, they are not the task
    r"^(?:(?:hey\s+|ok\s+)?(?:olly|siri|alexa|google)[\s,]+)?"
    r"(?:(?:please|pls|hey|(?:i\s+(?:want|need)|i'?d\s+like)\s+you\s+to|"
    r"(?:can|could|would|will)\s+you(?:\s+please)?)\s+)?(?:"
    + _alt(
        "remind me|reminder|set a reminder|set reminder|add a reminder|add reminder|"
        "set me a reminder|get me a reminder|"
        "create a reminder|new reminder|remind|don't forget to|dont forget to|"
        "ping me|nudge me|make sure i remember to|make sure i remember|don't let me forget to|"
        "don't let me forget|dont let me forget to|dont let me forget|alert me|notify me|"
        "give me a heads up|can you remind me|could you remind me|schedule a reminder|"
        "heads up|heads-up|rmd me|rmd|reminder:|"
        "do not forget to|todo|to do|to-do|recuérdame|recuerdame|recordarme|recordatorio|"
        "erinnere mich|erinnere mich daran|erinnerung|rappelle-moi|rappelle moi|rappel|"
        "minn meg på|minn meg om|påminn meg|påminn meg om|påminnelse|θύμισέ μου|"
        "θύμισε μου|υπενθύμισέ μου|υπενθύμισε μου|υπενθύμιση|gogorarazi|"
        "gogorarazi iezadazu|gogoratu|еске сал|еске салу|ескерт|"
        # polite heads of the other languages: "Vennligst minn meg på …"
        "vennligst minn meg på|vær så snill og minn meg på|vennligst påminn meg om"
    )
    + r")(?!\w)[\s:,\-]*"
)
_REMIND_LINK = _rx(
    r"^(?:for\s+me\s+(?=to\s))?(?:me\s+)?(?:"
    + _alt("to|about|that|of|for|re|abt|regarding|que|de|d'|daran|daran,|dass|zu|an|å|om|να|για|:")
    + r")(?:\s+|(?<=')|$)"
)
_CREATE_CONTACT = _rx(
    r"^(?:please\s+)?(?:"
    + _alt(
        "new contact|add contact|add a contact|add new contact|create contact|"
        "create a contact|add a new contact|new lead|add lead|nuevo contacto|"
        "añadir contacto|neuer kontakt|kontakt anlegen|nouveau contact|ajouter contact|"
        "ny kontakt|legg til kontakt|νέα επαφή|νεα επαφη|kontaktu berria|жаңа контакт|"
        "bitte legen sie einen neuen kontakt an|legen sie einen neuen kontakt an|"
        "lege einen neuen kontakt an|leg einen neuen kontakt an|neuen kontakt anlegen|"
        "crea un contacto|crea el contacto|añade un contacto|agrega un contacto|"
        "créer un contact|crée un contact|ajoute un contact|ajouter un contact|"
        "opprett en kontakt|opprett kontakt|legg til en kontakt|legg inn kontakt|"
        "πρόσθεσε νέα επαφή|πρόσθεσε επαφή|"
        "жаңа байланыс"
    )
    + r")(?!\w)[\s:,\-]*"
)
_ADD_AS_CONTACT = _rx(r"^(?:add|save)\s+(?P<rest>.+?)\s+as\s+(?:a\s+)?(?:new\s+)?contact\b")
_CREATE_ACCOUNT = _rx(
    r"^(?:please\s+)?(?:"
    + _alt(
        "new account|add account|add an account|create account|create an account|"
        "new company|add company|add a company|new client|add client|new organization|"
        "new acct|add acct|acct|create a company|create company|add the company|add the account|"
        "create an account for|open an account for|new customer|add a new account|"
        "add a new company|create a new account|create a new company|"
        "new organisation|add organization|nueva cuenta|nueva empresa|nuevo cliente|"
        "neues konto|neue firma|neuer kunde|nouveau compte|nouvelle entreprise|"
        "nouveau client|ny konto|nytt firma|ny kunde|ny bedrift|νέος λογαριασμός|"
        "crea la empresa|crear la empresa|crea la cuenta|crear la cuenta|crea el cliente|"
        "da de alta la empresa|créer le compte|crée le compte|créer la société|crée la société|"
        "créer le client|opprett kunden|opprett kunde|opprett firmaet|opprett bedriften|"
        "opprett konto|opprett kontoen|lege die firma|lege das konto|lege den kunden|"
        "lege firma|leg die firma an|firma anlegen|konto anlegen|"
        "νέα εταιρεία|νέος πελάτης|kontu berria|enpresa berria|жаңа компания|жаңа клиент"
    )
    + r")(?!\w)[\s:,\-]*"
)
_CREATE_DEAL = _rx(
    r"^(?:please\s+)?(?:"
    + _alt(
        "new deal|add deal|add a deal|create deal|create a deal|open deal|open a deal|"
        "new opportunity|new opp|add opportunity|add an opportunity|open an opp|open opp|"
        "open an opportunity|open opportunity|open a new deal|opp|create a new deal|add a new deal|"
        "start a deal|start a new deal|start deal|create an opportunity|create opportunity|"
        "create a new opportunity|create an opp|create opp|add a new opportunity|add new deal|"
        "add new opportunity|log a deal|log a new deal|log deal|log an opportunity|"
        "log a new opportunity|log a new opp|track a deal|track a new deal|"
        "nuevo trato|"
        "nueva oportunidad|nuevo negocio|neuer deal|neue opportunity|neues geschäft|"
        "oportunidad nueva|nueva venta|neue verkaufschance|neue chance|neue gelegenheit|"
        "ny salgsmulighet|ny salgsmulighet|nytt salg|nouvelle vente|"
        "nouvelle affaire|nouvelle opportunité|nouveau deal|ny avtale|ny mulighet|"
        "ny deal|νέα συμφωνία|νέα ευκαιρία|aukera berria|жаңа мәміле"
    )
    + r")(?!\w)[\s:,\-]*"
)
_NOTE = _rx(
    r"^(?:(?:add|new|quick)\s+(?:a\s+)?)?(?:"
    + _alt("note|notes|nota|notiz|notat|σημείωση|oharra|жазба|fyi")
    + r")(?!\w)\s*(?:(?P<prep>on|for|about|re|to|sobre|para|zu|für|sur|pour|om|til|για)\s+)?"
)
_LOG_VERBS: dict[str, str] = _table(
    "call: called|call with|call w/|phone call with|had a call with|quick call with|"
    "call:|phoned|rang|spoke with|spoke to|talked to|talked with|cold called|"
    "left a voicemail for|left voicemail for|voicemail for|call from|got a call from|"
    "had a call w/|video call with|llamé a|llamada con|hablé con|angerufen|"
    "telefoniert mit|telefonat mit|anruf bei|anruf mit|gespräch mit|appelé|j'ai appelé|appel avec|"
    "ringte|ringte til|samtale med|snakket med|snakka med|pratet med|prata med|"
    "he hablado con|hemos hablado con|he llamado a|hablamos con|ich habe mit|"
    "τηλεφώνησα στον|τηλεφώνησα στην|τηλεφώνησα σε|"
    "κλήση με|deia|қоңырау; meeting: met|met with|meeting with|meeting w/|"
    "had a meeting with|lunch with|had lunch with|coffee with|had coffee with|"
    "dinner with|breakfast with|sat down with|meeting at|demo with|zoom with|meeting:|"
    "met w/|reunión con|me reuní con|treffen mit|meeting mit|getroffen|réunion avec|"
    "comida con|almuerzo con|cena con|desayuno con|mittagessen mit|abendessen mit|"
    "déjeuner avec|dîner avec|lunsj med|middag med|rendez-vous avec|hadde møte med|"
    "hadde et møte med|termin mit|termin bei|he tenido una reunión con|"
    "rencontré|rdv avec|møte med|møtte|συνάντηση με|συναντήθηκα με|bilera|кездесу|"
    "кездестім; visit: visited|visit to|visit at|site visit at|site visit to|stopped by|"
    "dropped by|went to|visit:|on-site at|onsite at|visité a|visité|visita a|besuch bei|"
    "besucht|visite chez|visité|besøkte|besøk hos|επίσκεψη στην|επίσκεψη στον|"
    "war bei|war heute bei|war gestern bei|waren bei|waren heute bei|"
    "επίσκεψη σε|bisita|бардым; email: emailed|e-mailed|mailed|sent an email to|"
    "sent email to|sent a mail to|email to|email with|wrote to|replied to|email from|"
    "got an email from|received an email from|emailed with|email:|sent a proposal to|"
    "sent the proposal to|sent a quote to|sent the contract to|correo a|"
    "envié un correo a|escribí a|e-mail an|mail an|mail à|email à|écrit à|e-post til|"
    "le mandé un correo a|mandé un correo a|le envié un correo a|le escribí a|"
    "envoyé un mail à|envoyé un e-mail à|j'ai envoyé un mail à|j'ai envoyé un e-mail à|"
    "sendte e-post til|mail til|email στον|email στην|emaila|хат"
)
# Noun forms that can name an activity still to come; "met", "called" cannot.
_PLANNED_VERBS = frozenset(
    _words(
        "call with|call w/|phone call with|video call with|meeting with|meeting w/|meeting at|"
        "lunch with|coffee with|dinner with|breakfast with|demo with|zoom with|visit to|visit at|"
        "site visit at|site visit to|reunión con|llamada con|treffen mit|meeting mit|"
        "gespräch mit|anruf mit|réunion avec|rdv avec|appel avec|møte med|samtale med|"
        "συνάντηση με|κλήση με|bilera|кездесу|visita a|besuch bei|visite chez|besøk hos|"
        "comida con|almuerzo con|cena con|desayuno con|mittagessen mit|abendessen mit|"
        "déjeuner avec|dîner avec|lunsj med|middag med|rendez-vous avec|termin mit|termin bei|"
        "επίσκεψη στην|επίσκεψη στον|επίσκεψη σε"
    )
)
_LOG = _rx(
    # a dictated report may start with a filler: "so i spoke to leila at aramex and …"
    r"^(?:(?:so|ok\s+so|okay\s+so|well|alright|right\s+so|um|so\s+yeah)\s+)?"
    # "good call with", "productive meeting with": a judged activity has happened
    r"(?:(?:great|good|productive|nice|solid|positive|tough|difficult|useful|excellent|decent|"
    r"awkward|frustrating|fruitful|helpful|constructive)\s+)?"
    r"(?:(?:i|we)\s+(?:just\s+)?|just\s+|today\s+|yesterday\s+|this morning\s+|"
    r"earlier\s+|ayer\s+|hoy\s+|heute\s+|gestern\s+|hier\s+|i dag\s+|i går\s+|"
    r"j'ai\s+|nous\s+avons\s+|on\s+a\s+|aujourd'hui\s+j'ai\s+|hier\s+j'ai\s+)?"
    r"(?P<verb>" + _alt(_LOG_VERBS) + r")(?!\w)(?<=\S)[\s:,\-]*"
)
_LOG_TARGET_LINK = _rx(r"^(?:with|to|w/|for|at|a|con|mit|bei|avec|chez|med|til|με|σε)\s+")
_VISIT_ACCOUNT_VERBS = {"visit"}
_TEAM_WORDS = frozenset(
    [
        "team",
        "folks",
        "guys",
        "people",
        "crew",
        "office",
        "offices",
        "site",
        "plant",
        "hq",
        "headquarters",
        # "met the Carlsberg buyers", "visited the danone warehouse in lyon"
        "buyers",
        "staff",
        "engineers",
        "execs",
        "leadership",
        "warehouse",
        "factory",
        "store",
        "branch",
        "depot",
        "campus",
        "facility",
    ]
)
# A department or a part of the firm after its name ("mtg w/ Orsted procurement"), in lower
# case after the name: the firm is the account.
_DEPT_TAIL = re.compile(
    r"\s+(?:procurement|purchasing|finance|legal|ops|operations|it|hr|marketing|sales|"
    r"management|board|" + "|".join(sorted(_TEAM_WORDS)) + r")$"
)


def _trim_account(account: str) -> str:
    """An account span less what is no part of the name: a sentence after its full stop
    ("Danone. Room 4B"), a department in lower case after it ("Orsted procurement")."""
    cut = re.search(r"\.\s+(?=[A-Z0-9])", account)
    if cut and cut.start() > 1 and not _ABBREV_END.search(account[: cut.start() + 1]):
        account = account[: cut.start()]
    tail = _DEPT_TAIL.search(account)
    if tail and tail.start() > 0 and account[: tail.start()].strip():
        account = account[: tail.start()]
    return account.strip()


_THE_TEAM = _rx(
    r"the\s+(?=[^,;:.]{1,40}?\s+(?:team|folks|guys|people|crew|office|offices|site|plant|hq|"
    r"headquarters|buyers|staff|engineers|execs|leadership|warehouse|factory|store|branch|depot|"
    r"campus|facility)(?!\w))"
)
# "talked to the people at ørsted", "met the team from Wipro": the company is the account
_PEOPLE_AT = _rx(
    r"(?:the\s+|their\s+|a\s+)?(?:[^\W\d_]+\s+){0,2}?(?:people|team|folks|guys|crew|buyers|"
    r"staff|engineers|execs|leadership|director|manager|head|lead|buyer|cfo|ceo|cto|cio|coo|vp|"
    r"founder|owner|architect|controller)\s+(?:at|from|of|@)\s*(?=\S)"
)
_PLACE_OF_OTHER = _rx(
    r"(?:(?:la|el|las|los|le|les|die|das|den|l')\s*)?(?:planta|oficina|oficinas|fábrica|sede|"
    r"usine|bureaux|siège|werk|büro|fabrik|zentrale|kontoret|fabrikken|anlegget|equipo|équipe|"
    r"team|teamet|gente)\s+"
    r"(?:de|del|von|der|des|du|d'|til|hos)\s*"
)
_WITH_NAME = _rx(r"(?<!\w)(?:with|w/|con|mit|avec|med|με)\s+")

_INBOUND = _rx(
    r"^(?P<who>[^,;:]{1,60}?)\s+(?P<verb>"
    + _alt(
        "called|phoned|rang|texted|emailed|e-mailed|wrote|mailed|stopped by|dropped by|"
        "came by|came over|visited us|reached out|replied|got back to me|got back to us|"
        "pinged|pinged me|messaged|messaged me|called me|rang me"
    )
    + r")(?!\w)"
)
_INBOUND_KIND = _table(
    "call: called|phoned|rang|texted|reached out|got back to me|got back to us|pinged|"
    "pinged me|messaged|messaged me|called me|rang me; "
    "email: emailed|e-mailed|wrote|mailed|replied; visit: stopped by|dropped by|came by|"
    "came over|visited us"
)
_MOVE_VERBS = _alt(
    "move|moved|set|put|advance|advanced|push|update|change|mark|marked|bump|shift|mover|"
    "mueve|pasar|pasa|verschiebe|setze|passer|passe|déplacer|flytt|sett|μετακίνησε"
)
_ARROW = r"(?:to|into|in|as|->|→|=>|:|a|nach|auf|en|à|til|σε)"
_MOVE_1 = _rx(
    rf"^(?:please\s+)?{_MOVE_VERBS}\s+(?:the\s+)?(?:deal\s+)?(?P<deal>.+?)\s+(?:deal\s+)?"
    rf"(?:stage\s+)?{_ARROW}\s+(?:the\s+)?(?:stage\s+)?(?P<stage>{_STAGE_RX})(?:\s+stage)?"
    r"[\s.!]*$"
)
_MOVE_2 = _rx(
    r"^(?:we\s+)?(?:have\s+|just\s+)*(?P<stage>won|lost|closed won|closed lost|closed|"
    r"ganamos|perdimos|gagné|perdu|vant|tapte)\s+(?:the\s+|el\s+|le\s+|la\s+)?(?P<deal>.+?)"
    r"(?:\s+(?:deal|opportunity|opp))?(?:\s+(?:today|yesterday|hoy|ayer))?[\s.!]*$"
)
_MOVE_3 = _rx(
    r"^(?:the\s+)?(?P<deal>[^,;]+?)(?:\s+(?:deal|opportunity|opp))?\s*"
    r"(?:(?:is|was|has been|got|went|moved|now|just)\s+)*"
    rf"(?:(?:moved\s+)?(?:to|into|in|->|→|=>|:|-|a|nach|auf|en|à|til)\s*)?(?:the\s+)?"
    rf"(?P<stage>{_STAGE_RX})(?:\s+stage)?(?:\s+now)?[\s.!]*$"
)
# Why a deal was lost, after the deal: "... because of price", "... lost: went with X".
_REASON = _rx(
    r"(?:\s*[,;:]\s*|\s+-\s+|\s+)(?:because(?:\s+of)?|due\s+to|reason\s*[:=]?|porque|"
    r"weil|wegen|parce\s+que|à\s+cause\s+de|fordi|επειδή)\s+(?P<reason>\S.*)$"
)
_LOST_THEN_REASON = _rx(
    r"(?<!\w)(?P<lost>closed lost|lost|perdido|perdida|verloren|perdu|perdue|tapt|χάθηκε)"
    r"\s*(?:[,;:]|\s-)\s*(?P<reason>\S.*)$"
)
_WON_THEN_MORE = _rx(
    r"(?<!\w)(?P<won>closed won|won|gewonnen|gagné|ganado|vunnet)\s*(?:[,;:]|\s-|!+)\s*"
    r"(?P<reason>\S.*)$"
)
_STAGE_FIRST_THEN_REASON = _rx(
    r"^(?P<head>(?:we\s+)?(?:have\s+|just\s+)*(?:won|lost|closed won|closed lost)\s+[^,;:]+?)"
    r"\s*[,;:]\s*(?P<reason>\S.*)$"
)
# A move to any other stage, then a comma and more: "move X to demo, they asked for one next
# week". Only "move/push/mark … to <stage>": "set up a demo, she wants it friday" is no move.
_STAGE_THEN_MORE = _rx(
    r"^(?:please\s+)?(?:move|moved|advance|advanced|push|pushed|shift|shifted|mark|marked|bump|"
    r"bumped|update|change)\s+(?!(?:up|for|together|it|this|that)(?!\w))\S.*?\s"
    rf"(?:to|into|->|→|=>|as)\s+(?:the\s+)?(?:stage\s+)?(?P<stage>{_STAGE_RX})(?:\s+stage)?"
    r"(?:\s+now)?\s*(?:[,;:]|\s[-–—]\s)\s*(?P<reason>\S.*)$"
)
_LOST_TO = _rx(r"^(?P<deal>.+?)\s+to\s+(?P<who>\S.*)$")  # "lost Acme renewal to Globex"
_DEAL_TAIL = _rx(
    r"(?:\s+(?:deal|opportunity|opp))+$|^(?:the|deal|el|la|le|der|die|das|mark|flag)\s+|"
    r"\s+(?:back|straight|all\s+the\s+way|now|today)$|"  # "move X back to qualified"
    r"\s+(?:will|would|should|might|may|could|is|was|has|slipped|slipping)$"  # "X will close"
)
_DEAL_BAD_LAST = set(
    _words("a|an|the|wants|want|needs|sent|for|of|is|asked|send|prepare|new|our|their|my|her|his")
)

_ADD_TO_PIPELINE = _rx(
    r"^(?:please\s+)?(?:add|put|new|log|create|enter|register|track|stick|throw|drop)\s+"
)
_PIPELINE = _rx(
    r"(?<!\w)(?:pipeline|pipe|forecast|funnel|embudo|trichter|entonnoir|salgstrakt|"
    r"pipelinen|αγωγός|воронка)(?!\w)"
    r"|^(?:how are|how're|show|show me|list)\s+(?:my|our|the|all)?\s*(?:open\s+)?deals\b"
    r"|^(?:deals|sales) (?:summary|overview)\b|^(?:open deals|my deals)[\s?!.]*$"
)
_FIND = _rx(
    r"^(?:please\s+|can\s+you\s+|could\s+you\s+)?(?P<cmd>find me|find|search for|search|"
    r"look up|lookup|look for|show me everything on|show me everything about|show me|show|"
    r"pull up(?!\s+an?\s)|bring up(?!\s+an?\s)|anything on|anything about|what do we have on|"
    r"what have we got on|"
    r"what do we know on|get me|dig up|open up|"
    r"who is|who's|whos|what do we know about|info on|info about|details on|details for|"
    # "open a 25k opportunity …" creates; only "open X" / "open the contact X" is a find
    r"details of|contact info for|open(?!\s+an?\s)|busca a|buscar a|busca|buscar|quién es|"
    r"quien es|"
    r"finde|suche|wer ist|"
    r"cherche|trouve|qui est|finn|søk etter|søk|hvem er|βρες|ψάξε|ποιος είναι|ποια είναι|"
    r"bilatu|nor da|тап|іздеу|кім|búscame|buscame|trouve-moi|cherche-moi|finn frem|"
    # "show me" in another language only before the record's noun: "Zeig mir den Kontakt X",
    # "Affiche le compte X", "Vis kunden X" ("vis meg hva jeg har" is the agenda)
    r"(?:(?:zeig|zeige|zeigen\s+sie)(?:\s+mir)?|affiche(?:-moi)?|montre(?:-moi)?|muéstrame|"
    r"enséñame|vis(?:\s+meg)?|δείξε\s+μου|erakutsi)"
    r"(?=\s+(?:(?:den|die|das|le|la|l'|el|la|την|τον|το)\s*)?(?:kontakt|kontakten|firma|konto|"
    r"kunden?|account|contact|compte|fiche|société|entreprise|cuenta|empresa|contacto|ficha|"
    r"firmaet|επαφή|εταιρεία|λογαριασμό)(?!\w))"
    r")(?!\w)[\s:]+(?!up\s|on\s|for\s|in\s|at\s|going\s)(?P<q>.+)"
)
# "show my upcoming events", "open my fm radio": not a search of the CRM (the learned
# parser reads them); "what is the forecast in my area": the weather, not the pipeline
_NOT_A_QUERY = _rx(r"(?:my|our|me\s+my|upcoming|all\s+my)\s")
_WEATHER = _rx(
    r"(?<!\w)(?:weather|rain|raining|snow|sunny|temperature|degrees|celsius|fahrenheit|"
    r"in\s+(?:my|me|the)\s+area|outside|umbrella\s+today)(?!\w)"
)
_EVERYTHING = re.compile(
    r"(?:everything|all|anything|info|information|details|more)\s+(?:we\s+have\s+)?"
    r"(?:about|on|for|of|re)\s+",
    re.IGNORECASE,
)
_FIELD_WORDS = (
    r"(?:phone\s+number|phone|number|mobile|cell|email\s+address|email|e-mail|address|"
    r"details|contact\s+details|contact\s+info|title|linkedin)"
)
_CONTACT_FIELD = _rx(
    r"^(?:(?:what'?s|whats|what\s+is|get\s+me|give\s+me|send\s+me|i\s+need|find\s+me|find)\s+|(?!(?:the|my|our|this|that|his|her|their|your|its)\s))"
    r"(?:(?P<n>[^\W\d_][^?]{0,40}?)['’]s\s+"
    + _FIELD_WORDS
    + r"|(?:the\s+)?"
    + _FIELD_WORDS
    + r"\s+(?:of|for)\s+(?P<n2>[^\W\d_][^?]{0,40}?))\s*\??$"
)
_WHO_AT = _rx(
    r"^(?:who\s+do\s+we\s+(?:know|have|(?:deal|work|talk|speak)\s+with)|who'?s\s+our\s+(?:main\s+)?(?:contact|person|guy|champion)|"
    r"who\s+is\s+our\s+(?:main\s+)?(?:contact|person)|do\s+we\s+(?:have|know)\s+any(?:one|body)|"
    r"any(?:one|body)|contacts?|people)\s+(?:at|in|from)\s+(?P<n>[^?]{1,60}?)\s*\??$"
)
_WHO = set(
    _words(
        "who is|who's|whos|quién es|quien es|wer ist|qui est|hvem er|ποιος είναι|ποια είναι|"
        "nor da|кім"
    )
)
# "follow-up call w/ maria done. she's signing thursday": a report, not an order
_DONE_HEAD = _rx(r"^[^,;:.!?]{1,60}?\s(?:done|finished|over|completed|went\s+\w+)(?:[,;:.!?]|$)")
_IMPERATIVE = _rx(
    r"^(?:please\s+)?(?:call|ring|phone|ping|text|email|e-mail|send|chase|prepare|book|"
    r"schedule|follow\s+up|follow-up|check\s+in|check\s+on|meet|visit|llamar|llama a|anrufen|"
    r"appeler|ringe|ring til|τηλεφώνησε)(?!\w)"
)
_FOLLOW_MARK = _rx(
    r"(?<!\w)(?:follow[\s-]*up|followup|f/u|call\s+back|check\s+in|next\s+step|remind\s+me|"
    r"(?:ping|call|ring|chase|email|try)\s+(?:him|her|them)\s+again|try\s+again|circle\s+back|"
    r"check\s+back|touch\s+base|cb|reconnect|"
    r"seguimiento|volver\s+a\s+llamar|nachfassen|wiedervorlage|relancer|relance|rappeler|"
    r"følg\s+opp|følge\s+opp|oppfølging|jarraipena|παρακολούθηση)(?!\w)"
)
_NAME_VERBS = _rx(
    r"(?<!\w)(?:call\s+back|call|ring|phone|ping|text|email|e-mail|meet|visit|send|chase|with|w/|"
    r"ask|tell|thank|congratulate|invite|cb|"
    r"follow\s+up\s+with|check\s+in\s+with|llamar\s+a|llama\s+a|appeler|ringe)\s+"
)
_ACCOUNT_MARK = _rx(r"(?<![\w@])(?:at|@|w/)\s*(?=\S)")
_ACCOUNT_LINK = _rx(
    r"^\s*(?:,\s*)?(?:over\s+at|at|from|@|w/|of|de|en|von|bei|chez|fra|hos|από|στην|στη|στον|"
    r"στο)\s*(?=\S)"
)
_PAREN = _rx(r"\(\s*(?P<inner>[^()]{1,60}?)\s*\)")
_DEAL_MENTION = _rx(
    r"(?<!\w)(?:about|re|regarding|for|on)\s+the\s+(?P<deal>[^,;.]{1,40}?)\s+deal\b"
)


# --------------------------------------------------------------------------- extraction


@dataclass
class _Ents:
    email: str | None = None
    phone: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    amount_at: int = -1  # where the amount starts, so a deal name can stop before it


def _phone_match(text: str) -> re.Match[str] | None:
    """The message's phone number: the first match with 7 digits or more (a national form,
    "01 886 2222", with 9 to 11, so "05 12 2026" stays a date)."""
    for ph in _PHONE_RX.finditer(text):
        digits = sum(c.isdigit() for c in (ph.group("p") or ph.group(0)))
        if ph.group("n") and not 9 <= digits <= 11:
            continue
        return ph if digits >= 7 else None
    return None


def _base_entities(msg: _Msg) -> _Ents:
    ents = _Ents()
    em = _EMAIL_RX.search(msg.text)
    if em:
        ents.email = em.group(0).rstrip(".")
        msg.block(em.start(), em.end())
    ph = _phone_match(msg.text)
    if ph:
        ents.phone = (ph.group("p") or ph.group(0)).strip()
        msg.block(ph.start(), ph.end())
    amt = _find_amount(msg.folded)
    if amt is not None:
        ents.amount, ents.currency, ents.amount_at = amt.value, amt.currency, amt.start
        msg.block(amt.start, amt.end)
    return ents


def _is_company(name: str) -> bool:
    last = _suffix_key(name.split()[-1]).strip(",")
    return last in _COMPANY_SUFFIX


def _account_after(msg: _Msg, pos: int) -> str | None:
    """Account right after a contact: "Ana at Acme", "Jon from Initech", "Jon (Acme)"."""
    rest = msg.folded[pos:]
    m = _ACCOUNT_LINK.match(rest)
    if m:
        link = m.group(0).strip(" ,")
        # "Ana from accounting" is no company, but a message typed all in lower case
        # ("emeka obi from first bank") has no capitals to tell: the link is enough
        strict = link not in {"at", "@", "w/"} and msg.text != msg.text.lower()
        r = msg.run(pos + m.end(), lower_ok=not strict, max_words=5)
        if r:
            return r[0]
    m = re.match(r"\s*" + _PAREN.pattern, rest)
    if m:
        r = msg.run(pos + m.start("inner"), lower_ok=True, max_words=5)
        if r and r[2] >= pos + m.end("inner") - 1:
            return r[0]
    return None


def _account_anywhere(msg: _Msg, start: int = 0) -> str | None:
    for m in _ACCOUNT_MARK.finditer(msg.folded, start):
        if msg.blocked_at(m.start()):
            continue
        r = msg.run(m.end(), lower_ok=False, max_words=5)
        if r:
            return r[0]
    for m in _PAREN.finditer(msg.text, start):
        r = msg.run(m.start("inner"), lower_ok=True, max_words=5)
        if r and r[2] >= m.end("inner") - 1:
            return r[0]
    return None


def _contact_in(msg: _Msg, start: int) -> tuple[str, int] | None:
    """A capitalised name after an action verb: "call Bob", "follow up with Ana Ruiz"."""
    for m in _NAME_VERBS.finditer(msg.folded, start):
        r = msg.run(m.end(), lower_ok=False, max_words=4)
        if r and not _is_company(r[0]):
            return r[0], r[2]
    return None


_UNTIL = _rx(r"(?<!\w)(?:until|till|til|back|since|away)\s*(?:on\s+)?$")


_PLACE_OF = re.compile(
    r"(?P<who>.+?)['’]s\s+(?:hq|office|offices|headquarters|site|plant|factory|warehouse|"
    r"store|shop|lab|campus)$",
    re.IGNORECASE,
)
_OWNED_PLACE = re.compile(r"(?P<who>.+?)['’]s(?:\s+[^\W\d_][\w-]*){1,3}$")
_PLACE_WORD = re.compile(
    r"\s+(?:hq|office|offices|headquarters|site|plant|factory|warehouse|store|shop|lab|campus|"
    r"branch|depot|facility|mill|refinery)(?!\w)"
)
_UNTIL_IN = _rx(r"(?:until|till|til|since)(?!\w)")


def _log_due(
    whens: list[WhenMatch], msg: _Msg, now: datetime, *, note: bool = False
) -> WhenMatch | None:
    """The follow-up of a log: a date after the rep's "follow up", else the first date that
    is the rep's next step or goes with the activity itself (handlers.language.followup).

    "visited Globex today" or "met Jon at 5" describe the activity itself, and "she'll sign
    next week" or "their budget resets on March 1" are facts of the note: no follow-up.
    """
    found = _log_due_candidates(whens, msg.text, msg.folded, now, note=note)
    return found[0] if found else None


def _log_due_candidates(
    whens: list[WhenMatch], text: str, folded: str, now: datetime, *, note: bool = False
) -> list[WhenMatch]:
    """Every date of a log that could be its follow-up (two of them: the bot asks which)."""
    marks = followup.own_marks(text, folded, _FOLLOW_MARK.finditer(folded))
    if marks:
        after = followup.after_mark(text, folded, whens, marks[0])
        if after:
            return after
    # "she's ok with 48k if we close by dec 15": a date in a condition is no next step
    whens = [w for w in whens if not _CONDITION.search(folded, max(0, w.start - 60), w.start)]
    context = [
        (w.start, w.end)
        for w in whens
        if _UNTIL.search(folded[: w.start])
        or _UNTIL_IN.match(folded, w.start)
        # "she needs the pricing by friday", "the new CTO starts April 1": context
        or _DEADLINE.search(folded[: w.start])
        or _DEADLINE_HEAD.match(folded, w.start)
    ]
    return followup.candidates(text, folded, whens, now, note=note, context=context)


_CONDITION = _rx(
    r"(?<!\w)(?:if|unless|provided|assuming|as\s+long\s+as)\s+(?:we|i|they|she|he|it)\s+"
    r"[^,.;:!?]*$"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?=\s*\S)")
_DEADLINE_HEAD = _rx(r"(?:by|before|until|till)(?!\w)")
_ABBREV_END = re.compile(
    r"(?:^|[\s(])(?:[^\W\d_]{1,3}\.)+$|(?:^|\s)(?:dr|mr|mrs|ms|inc|corp|ltd|co|st)\.$"
)
_DEADLINE = _rx(r"(?<!\w)(?:by|before|due|starts?|from|after|in|until)\s*(?:the\s+)?$")


def _log_happened(whens: list[WhenMatch], due: WhenMatch | None, now: datetime) -> datetime | None:
    """When the activity itself took place: "yesterday", "this morning", "today at 9".

    Only a day in the past, or a time earlier today; a day without a time keeps the
    current clock time, so the timeline stays in the order things were typed.
    """
    for w in whens:
        if w is due or not w.has_date:
            continue
        day = w.due.date()
        if day < now.date():
            return w.due if w.has_time else w.due.replace(hour=now.hour, minute=now.minute)
        if day == now.date() and w.has_time and w.due <= now:
            return w.due
    return None


def _strip(text: str, w: WhenMatch | None) -> str:
    return strip_when(text, w) if w is not None else text


def _shift(w: WhenMatch | None, offset: int) -> WhenMatch | None:
    if w is None:
        return None
    return WhenMatch(w.due, w.start - offset, w.end - offset, w.has_time)


# --------------------------------------------------------------------------- intents


def _with_time(whens: list[WhenMatch]) -> tuple[WhenMatch | None, WhenMatch | None]:
    """A reminder's when, and a time said apart from its date, if any.

    "next saturday go to the library at five o'clock" and "at three pm … on may fifth" say
    the day and the hour in two places: the day takes the hour (never 09:00 by default).
    Returns the when to use (its span is the date's) and the other phrase to strip.
    """
    if not whens:
        return None, None
    first = whens[0]
    if first.has_date and not first.has_time:
        other = next((w for w in whens[1:] if w.has_time and not w.has_date), None)
        if other is not None:
            at = other.due.astimezone(first.due.tzinfo)
            due = first.due.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
            return WhenMatch(due, first.start, first.end, True, True), other
    if first.has_time and not first.has_date:
        day = next((w for w in whens[1:] if w.has_date and not w.has_time), None)
        if day is not None:
            at = first.due.astimezone(day.due.tzinfo)
            due = day.due.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
            return WhenMatch(due, day.start, day.end, True, True), first
    return first, None


def _parse_remind(
    msg: _Msg, head_end: int, whens: list[WhenMatch], ents: _Ents, lang: str = "en"
) -> ParseResult:
    due, extra = _with_time([w for w in whens if w.end > head_end])
    body = msg.text[head_end:]
    repeat = None
    if extra is not None and due is not None and extra.start > due.start:  # later one first
        body = _strip(body, _shift(extra, head_end))
    if due is not None:
        # "minn meg på fredag": the command swallowed the "på" of "på fredag"
        start = max(due.start, head_end)
        every = every_before(msg.text[head_end:], start - head_end)
        if every is not None:
            repeat, start = "weekly", head_end + every  # "every" goes with the date
        cut = WhenMatch(due.due, start, due.end, due.has_time)
        body = _strip(body, _shift(cut, head_end))
    if extra is not None and due is not None and extra.start < due.start:
        body = _strip(body, _shift(extra, head_end))
    unit = unit_in(body) if repeat is None else None
    if unit is not None:
        repeat, s, e = unit
        body = " ".join((body[:s] + " " + body[e:]).split())
    link = _REMIND_LINK.match(fold(body))
    if link:
        body = body[link.end() :]
    body = body.strip(" ,;:-")
    named = _contact_in(msg, head_end)
    contact, account = _sort_names(msg, head_end, named[0] if named else None, lang)
    return ParseResult(
        intent="remind",
        contact=contact,
        account=account,
        deal=_deal_mention(msg),
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=body or None,
        repeat=repeat,
    )


def _first_names() -> frozenset[str]:
    """Folded first names of many origins (handlers/language/trained/first_names.txt): the
    one set the slot tagger's features use too (read once, held once; reading it through
    the model module imported numpy for the rules alone)."""
    from handlers.language.features import first_names

    return first_names()


def _is_person(name: str) -> bool:
    """A name whose first word is a known first name and that has no company suffix."""
    first = fold(name.split()[0]).strip(".,'’")
    return first in _first_names() and not _is_company(name)


# capitalised words in a reminder that name no record: business acronyms, and a company's own
# departments ("chase Legal", "ask Procurement": a team of the customer's, not an account)
_NOT_A_NAME = set(
    _words(
        "nda|po|sow|qbr|cfo|ceo|cto|coo|msa|rfp|rfq|sla|poc|kpi|roi|eod|eow|asap|ok|pdf|crm|api|"
        "i|q1|q2|q3|q4|vp|hr|it|pr|eu|us|uk|tv|vat|gst|gdpr|sso|saml|mou|loi|rfi|dpa|ebr|mbr|"
        "okr|okrs|arr|mrr|tco|sku|erp|faq|csv|xls|ppt|ui|ux|qa|uat|otp|"
        "legal|finance|procurement|purchasing|accounting|accounts|billing|payroll|compliance|"
        "security|it|ops|operations|marketing|sales|support|engineering|management|board|"
        "infosec|treasury|audit|tax|i'd|i'll|i'm|i've|i’d|i’ll|i’m|i’ve"
    )
)
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")  # "NDAs", "KPIs", "SLAs": documents, not firms


def _not_a_name(name: str) -> bool:
    """A run that names no record: an acronym of the trade (singular or plural) or a team
    ("legal", "sales ops")."""
    words = fold(name).split()
    return (
        fold(name) in _NOT_A_NAME
        or bool(_PLURAL_ACRONYM.match(name.strip()))
        or (len(words) > 1 and all(w in _NOT_A_NAME for w in words))
    )


_LOWER_NAME_AFTER = _rx(
    r"(?<![\w/])(?:call\s+back|call|ring|phone|ping|text|email|e-mail|meet|visit|send|with|w/|"
    r"to|cb|f/u|follow\s+up\s+with|check\s+in\s+with|ask|tell|thank|remind)\s+"
)


# first names that are everyday words: in lower case alone they are the word ("to chase
# Kerry Group plc", "to bill Acme")
_LOWER_NOT_A_NAME = frozenset(
    ["chase", "bill", "will", "mark", "sue", "pat", "rob", "grant", "may", "june", "april",
     "hope", "joy", "faith", "rose", "art", "page", "sky", "summer", "chip", "buck", "penny"]
)  # fmt: skip


def _lower_person(msg: _Msg, start: int) -> str | None:
    """A name typed in lower case after a verb, when its first word is a known first name."""
    for m in _LOWER_NAME_AFTER.finditer(msg.folded, start):
        r = msg.run(m.end(), lower_ok=True, max_words=3)
        if not r or not _is_person(r[0]) or _not_a_name(r[0]):
            continue
        words = fold(r[0]).split()
        if words[0] in _LOWER_NOT_A_NAME and (len(words) == 1 or m.group(0).strip() == "to"):
            continue  # "to chase legal": "chase" is the verb after "to", not Chase
        if any(w in _NOT_A_NAME for w in words[1:]):
            continue  # "ask bill finance", "chase legal": a team, not a surname
        return r[0]
    return None


# a name after these words in the other languages: "a Telefónica", "für Siemens AG",
# "à Danone", "til Telenor", "τον Γιώργο", "Herrn Becker"
_NAME_LINK_OTHER = {
    "es": r"a|al|para|con|de|sobre",
    "de": r"für|an|mit|von|bei|herrn|herr|frau",
    "fr": r"à|a|pour|avec|chez|de|d'|m\.|mme|monsieur|madame",
    "nb": r"til|for|med|hos|fra",
    "el": r"τον|την|στον|στην|με\s+τον|με\s+την|του|της|στο|στη",
    "eu": r"",
    "kk": r"",
}
_TITLE_LINKS = frozenset(
    {"herrn", "herr", "frau", "m.", "mme", "monsieur", "madame", "τον", "στον"}
)
# case endings glued to a name (Basque "Mikeli", "Amaia Zubiri-rekin"; Kazakh "Ерланға")
_GLUED_END = {
    # after a vowel the ending starts with r ("Urrutia-ri", "Goikoetxea-rekin"), after a
    # consonant it does not ("Mikel-i", "Mikel-ekin"): the leftmost match is the right cut
    "eu": re.compile(
        r"(?i)(?:-?(?:rekin|rentzat|ren|ra|ri)|-(?:ko|eko)|"
        r"(?<![aeiou])-?(?:ekin|entzat|en|i|ak|ek|k))$"
    ),
    "kk": re.compile(
        r"(?:-?(?:мен|пен|бен|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|ның|нің|дың|дің|тың|тің|"
        r"дан|ден|тан|тен|нан|нен|а|е))$"
    ),
}


_DOC_THEN_NAME = _rx(
    r"(?<!\w)(?:devis|offre|facture|contrat|oferta|factura|presupuesto|contrato|propuesta|tilbud|"
    r"tilbudet|faktura|fakturaen|kontrakt|kontrakten|angebot|rechnung|vertrag)\s+(?=\S)"
)


def _names_other_language(msg: _Msg, start: int, lang: str) -> tuple[str | None, str | None]:
    """(contact, account) of a reminder in another language: the first capitalised name
    after a linking word, a person when its first word is a known first name (or after a
    title or a masculine article), else a company; Basque and Kazakh names lose the case
    ending glued to them."""
    links = fold(_NAME_LINK_OTHER.get(lang, ""))  # matched on the folded text ("für")
    if links:
        for m in re.finditer(
            rf"(?<![\w'])(?:{links})(?:\s+|(?<=')|(?<=\.)\s*)", msg.folded[start:]
        ):
            i = start + m.end()
            if i >= len(msg.text) or not msg.text[i].isupper() or msg.blocked_at(i):
                continue
            r = msg.run(i, lower_ok=False, max_words=4)
            if r is None or _not_a_name(r[0]):
                continue
            link = " ".join(m.group(0).split())
            if link in _TITLE_LINKS or _is_person(r[0]):
                return r[0], None
            if lang == "de" and len(r[0].split()) == 1 and not _is_company(r[0]):
                continue  # German capitalises every noun: "an das Angebot"
            return None, r[0]
    glued = _GLUED_END.get(lang)
    if glued is None:
        # "erinnere mich morgen, Stefan Hoffmann anzurufen": no link word, but a first name
        for m in re.finditer(r"(?<![\w'.-])[^\W\d_]", msg.text[start:]):
            i = start + m.start()
            if i == 0 or not msg.text[i].isupper() or msg.blocked_at(i):
                continue
            r = msg.run(i, lower_ok=False, max_words=4)
            if r is not None and len(r[0].split()) >= 2 and _is_person(r[0]):
                return r[0], None
        # "relancer devis Legrand", "purre på faktura Kiwi", "Angebot Sartorius nachfassen":
        # a capitalised name right after the document it is about is the company's
        doc = _DOC_THEN_NAME.search(msg.folded, start)
        if doc is not None and msg.text[doc.end() : doc.end() + 1].isupper():
            r = msg.run(doc.end(), lower_ok=False, max_words=3)
            named = r is not None and not _not_a_name(r[0]) and not _is_person(r[0])
            if r is not None and named:
                return None, r[0]
        return None, None
    for m in re.finditer(r"(?<![\w-])[^\W\d_][\w-]*", msg.text[start:]):
        word = m.group(0)
        i = start + m.start()
        if not word[0].isupper() or msg.blocked_at(i) or i == 0:
            continue
        bare = glued.sub("", word)
        if len(bare) >= 3 and (lang == "kk" or fold(bare) in _first_names()):
            r = msg.run(i, lower_ok=False, max_words=3)
            name = glued.sub("", r[0] if r else word)
            if lang == "kk" and name.isascii() and not _is_person(name):
                return None, name  # "Kaspi-ге", "Air Astana-ға": a name in Latin letters
            return name, None
    return None, None


def _sort_names(
    msg: _Msg, start: int, named: str | None, lang: str
) -> tuple[str | None, str | None]:
    """(contact, account) of a reminder: "call Bob" names a person, "chase Globex" or
    "the Acme quote" a company (told apart by a list of first names). English only: in
    other languages a capitalised word is too often a noun, so the name after the verb
    stays the contact, as before."""
    account = _account_anywhere(msg, start)
    if named and _not_a_name(named):  # "send SOW to Hooli": SOW names no one
        named = None
    if named and account == named:  # "f/u w/ Jon @ Globex": "w/" marked the person
        account = _account_anywhere(msg, msg.text.find(named, start) + len(named))
    after = None
    if named and msg.text.find(named, start) >= 0:
        # "schedule a meeting with Priya Nair from Infosys for monday"
        after = _account_after(msg, msg.text.find(named, start) + len(named))
        account = account if account is not None else after
    if named is None and account is not None:
        named = _person_before(msg, start, account)  # "send the deck to Lucas Martin at X"
    if lang != "en":
        if named is None and account is None:
            return _names_other_language(msg, start, lang)
        return named, account
    if named and not _is_person(named):
        if after is not None and len(named.split()) >= 2 and not _is_company(named):
            return named, account  # "call Hamad Khalifa of Qatar Airways": a person at a firm
        return None, account or named
    if named or account:
        return named, account
    low = _lower_person(msg, start)
    if low:  # "call aisha", "f/u w/ siobhan", "send the contract to maria"
        at = msg.text.find(low, start)
        return low, (_account_after(msg, at + len(low)) if at >= 0 else None)
    firm = _lower_company(msg, start)
    if firm:  # "call stark industries", "chase po from kone oyj"
        return None, firm
    for m in re.finditer(r"(?<![\w@.])[^\W\d_]", msg.text[start:]):
        i = start + m.start()
        if i == 0 or not msg.text[i].isupper() or msg.blocked_at(i):
            continue
        r = msg.run(i, lower_ok=False, max_words=4)
        if r is None or _not_a_name(r[0]) or _stage_of(r[0]):
            continue
        words = r[0].split()
        while len(words) > 1 and _not_a_name(words[-1]):  # "the Initech PO"
            words.pop()
        r = (" ".join(words), r[1], r[1] + len(" ".join(words)))
        if _PLACE_AFTER.match(msg.folded, r[2]):
            continue  # "check the Tokyo office": a place, not a record
        name = re.sub(r"['’]s$", "", r[0])  # "review Abdullahi's proposal"
        if _is_person(name):  # "call back Tom Becker from Bosch": and where they work
            return name, (_account_after(msg, r[2]) if name == r[0] else None)
        return None, name
    return None, None


_BEFORE_MARK = _rx(r"(?<!\w)(?:to|for|with|w/|call|ring|email|text|ping|meet)\s+$")


def _person_before(msg: _Msg, start: int, account: str) -> str | None:
    """The capitalised name right before "at <account>", after "to"/"for"/a verb: "send
    the deck to Lucas Martin at Decathlon" names Lucas Martin (a firm at a firm is no
    reading)."""
    at = msg.text.find(account, start)
    mark = re.search(r"\s+(?:at|@|from|of)\s*$", msg.folded[:at]) if at > 0 else None
    if mark is None:
        return None
    head = msg.text[: mark.start()]
    words = head.split()
    for n in (3, 2):  # the longest capitalised run of two or three words that ends there
        if len(words) < n:
            continue
        run = words[-n:]
        if not all(w[0].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in run):
            continue
        lead = msg.folded[: mark.start() - len(" ".join(run))]
        if not _BEFORE_MARK.search(lead):
            continue
        name = " ".join(run)
        if _not_a_name(name) or _is_company(name) or any(_not_a_name(w) for w in run):
            continue
        return name
    return None


def _lower_company(msg: _Msg, start: int) -> str | None:
    """A company typed in lower case, told by its legal suffix: "call stark industries",
    "send the proposal to nordea bank abp", "chase po from kone oyj"."""
    for m in _LOWER_NAME_AFTER.finditer(msg.folded, start):
        r = msg.run(m.end(), lower_ok=True, max_words=4, suffix_ok=True)
        if r and len(r[0].split()) >= 2 and _suffix_key(r[0].split()[-1]) in _LOWER_FIRM_END:
            return r[0]
    for m in re.finditer(r"(?<!\w)(?:from|at|@|for)\s+", msg.folded[start:]):
        r = msg.run(start + m.end(), lower_ok=True, max_words=4, suffix_ok=True)
        if r and len(r[0].split()) >= 2 and _suffix_key(r[0].split()[-1]) in _LOWER_FIRM_END:
            return r[0]
    return None


# a lower-case run ending in one of these is a company ("as", "co", "sa" are words too)
_LOWER_FIRM_END = _LOWER_SUFFIX | frozenset(
    [
        "industries",
        "holdings",
        "enterprises",
        "corporation",
        "abp",
        "oy",
        "ab",
        "kg",
        "sas",
        "bank",
        "airways",
        "airlines",
        "motors",
    ]
)


_PLACE_AFTER = _rx(r"\s+(?:office|offices|airport|station|branch|site)(?!\w)")
_CONTACT_AT = _rx(r"^(?:the\s+)?(?:contacts?|person|people)\s+(?:at|in|from|of)\s+(?P<n>.+)$")
_CONTACT_Q = _rx(
    r"^(?:(?:the|den|die|le|la|el|την|τον)\s+)?(?:contact|person|kontakt|kontakten|contacto|"
    r"επαφη|fiche\s+de|ficha\s+de)\s+(?:named\s+|called\s+|de\s+)?(?P<n>.+)$"
    r"|^(?P<n5>[^\W\d_].{0,40}?)\s+kontaktua$"
    r"|^(?P<n2>.+?)\s+from\s+my\s+contacts?$"
    r"|^(?:the\s+)?(?:address|number|phone|phone number|email|e-mail)\s+(?:of|for)\s+(?P<n3>.+)$"
    r"|^(?P<n4>[^\W\d_].{0,40}?)['’]s\s+(?:phone\s+number|phone|number|mobile|cell|email|e-mail|"
    r"address|details|contact\s+details|card|record|profile)$"
)
_ACCOUNT_Q = _rx(
    r"^(?:the\s+)?(?P<n>.+?)\s+(?:account|company)$|^(?:(?:the|den|die|das|le|la|el|την|τον|το)\s+)?"
    r"(?:account|company|konto|firma|kunden?|compte|société|entreprise|cuenta|empresa|firmaet|"
    r"εταιρεια|λογαριασμο)\s+(?:de\s+|del\s+|von\s+|du\s+|d')?(?P<n2>.+)$"
)


def _query_names(q: str) -> tuple[str | None, str | None]:
    """(contact, account) a find query names when that is clear: "the contact Jon Snow",
    "the Initech account", "Acme Corp"; else neither ("find Maria": the query is the text)."""
    f = fold(q)
    m = _CONTACT_AT.match(f)
    if m:  # "the contact at Globex": the company is what is searched
        return None, q[m.start("n") : m.end("n")].strip(" ?.!")
    m = _CONTACT_Q.match(f)
    if m:
        g = next(k for k in ("n", "n2", "n3", "n4", "n5") if m.group(k))
        return q[m.start(g) : m.end(g)].strip(" ?.!"), None
    m = _ACCOUNT_Q.match(f)
    if m:
        g = "n" if m.group("n") else "n2"
        return None, q[m.start(g) : m.end(g)].strip(" ?.!")
    words = q.split()
    if not words or len(words) > 4 or "@" in q or any(c.isdigit() for c in q):
        return None, None
    if _is_company(q):
        return None, q
    return None, None


def _deal_mention(msg: _Msg) -> str | None:
    m = _DEAL_MENTION.search(msg.folded)
    return msg.text[m.start("deal") : m.end("deal")] if m else None


def _parse_log(
    msg: _Msg, m: re.Match[str], whens: list[WhenMatch], ents: _Ents, now: datetime
) -> ParseResult:
    verb = " ".join(m.group("verb").split())
    kind = _LOG_VERBS.get(verb, "call")
    pos = m.end()
    back = re.match(r"back\s+(?=\S)", msg.folded[pos:])
    if back and kind == "call":  # "called back Khalid bin Saeed at Emaar"
        pos += back.end()
    link = _LOG_TARGET_LINK.match(msg.folded[pos:])
    if link and link.group(0).strip() != "at":
        pos += link.end()
    contact = account = None
    if verb.endswith(" at") or verb in {"went to", "visit to", "site visit to"}:
        r = msg.run(pos, lower_ok=True, max_words=5)
        account = r[0] if r else None
    else:
        r = msg.run(pos, lower_ok=True, max_words=4)
        if r:
            after = _account_after(msg, r[2])
            if after:
                contact, account = r[0], after
            elif kind in _VISIT_ACCOUNT_VERBS or _is_company(r[0]):
                account = r[0]
            else:
                contact = r[0]
    lowered = msg.text == msg.text.lower()
    if contact and contact[0].islower() and not lowered and not _is_person(contact):
        # "Emailed pricing to Lukas Becker at Bosch GmbH": the thing sent, then its recipient
        to = re.compile(r"(?<!\w)(?:to|with|for)\s+").search(msg.folded, pos + len(contact))
        r = msg.run(to.end(), lower_ok=False, max_words=4) if to else None
        if r:
            contact, after = r[0], _account_after(msg, r[2])
            account = after or account
    elif lowered and account is None and not (contact and _is_person(contact)):
        to = re.compile(r"(?<!\w)(?:to|with|->|→)\s*(?=\w)").search(
            msg.folded, pos + len(contact or "")
        )
        r = msg.run(to.end(), lower_ok=True, max_words=3) if to else None
        if r and (_is_person(r[0]) or _account_after(msg, r[2])):
            # "emailed the contract to fernando alonso at repsol", "emailed quote to nikos @ x"
            contact, after = r[0], _account_after(msg, r[2])
            account = after or account
        elif contact and ents.email:  # "emailed deck to amaia@irizar.eus": the address says who
            contact = None
    place = _PLACE_OF_OTHER.match(msg.folded, pos)
    if place and contact is not None and contact[:1].islower():
        # "Visité la planta de Gestamp en Bilbao": the firm whose plant it was
        r = msg.run(place.end(), lower_ok=False, max_words=4)
        if r:
            contact, account = None, r[0]
    team = _THE_TEAM.match(msg.folded, pos)
    if contact is None and account is None and team:  # "met with the Globex team"
        r = msg.run(
            team.end(), lower_ok=lowered, max_words=4, extra_stop=_TEAM_WORDS, suffix_ok=True
        )
        account = r[0] if r else None
    people = _PEOPLE_AT.match(msg.folded, pos)
    if contact is None and account is None and people:
        r = msg.run(people.end(), lower_ok=True, max_words=3, suffix_ok=True)
        account = r[0] if r else None
    if account is None:
        account = _account_anywhere(msg, pos)
    if contact is None and kind in {"visit", "meeting"}:
        w = _WITH_NAME.search(msg.folded, pos)
        r = msg.run(w.end(), lower_ok=False) if w else None
        contact = r[0] if r and r[0] != account else None
    due = _log_due(whens, msg, now)
    planned = (
        due is not None
        and verb in _PLANNED_VERBS
        and _FOLLOW_MARK.search(msg.folded) is None
        and msg.folded[: m.start("verb")].strip() == ""
    )
    return ParseResult(
        intent="log_activity",
        activity_type=kind,
        contact=contact,
        account=account,
        deal=_deal_mention(msg),
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=_strip(msg.text, due) or None,
        happened=_log_happened(whens, due, now),
        planned=planned,
    )


def _parse_inbound(
    msg: _Msg, m: re.Match[str], whens: list[WhenMatch], ents: _Ents, now: datetime
) -> ParseResult:
    """ "Jon from Initech called, wants a demo next week": the name comes first."""
    r = msg.run(0, lower_ok=False, max_words=4)
    assert r is not None
    account = _account_after(msg, r[2]) or _account_anywhere(msg, m.end())
    due = _log_due(whens, msg, now)
    return ParseResult(
        intent="log_activity",
        activity_type=_INBOUND_KIND.get(" ".join(m.group("verb").split()), "call"),
        contact=r[0] if not _is_company(r[0]) else None,
        account=account if not _is_company(r[0]) else r[0],
        deal=_deal_mention(msg),
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=_strip(msg.text, due) or None,
        happened=_log_happened(whens, due, now),
    )


_DIGIT = re.compile(r"\d")


def _parse_note(
    msg: _Msg, m: re.Match[str], whens: list[WhenMatch], ents: _Ents, now: datetime
) -> ParseResult:
    pos = m.end()
    contact = account = None
    body_start = pos
    colon = msg.text.find(":", pos)
    # "note acme: budget frozen": a short head before a colon names the record, in any case
    short_head = colon > pos and len(msg.text[pos:colon].split()) <= 4
    r = msg.run(pos, lower_ok=bool(m.group("prep")) or short_head, max_words=5, suffix_ok=True)
    head = msg.text[pos:colon] if colon > pos else ""
    spans = bool(m.group("prep") and head.strip() and len(head.split()) <= 6)
    if spans and r and r[2] < colon and not _DIGIT.search(head) and not _account_after(msg, r[2]):
        r = (head.strip(), pos, colon)  # "note on Globex turbines: ...": up to the colon
    if r and (m.group("prep") or msg.text[r[2] : r[2] + 1] == ":"):
        name = r[0]
        after = _account_after(msg, r[2])
        if after:
            contact, account = name, after
        elif len(name.split()) >= 2 and name[0].isupper() and _is_person(name):
            contact = name  # "note on Siemens Energy:" names a firm, "note on Ana Ruiz:" her
        else:
            account = name
        body_start = r[2]
        while body_start < len(msg.text) and msg.text[body_start] in " :,-–(":
            body_start += 1
        if after:
            skip = re.match(r"[^:]*:\s*", msg.text[body_start:])
            body_start += skip.end() if skip else 0
    elif m.group("prep") is None:
        body_start = pos
    if account and fold(account) in ("self", "myself", "me", "us", "team", "everyone", "all"):
        account = None  # "note to self: buy milk" names no record
    due = _log_due(whens, msg, now, note=True)
    body = msg.text[body_start:]
    w = _shift(due, body_start) if due is not None and due.start >= body_start else None
    body = _strip(body, w).strip(" :,-") if w else body.strip(" :,-")
    return ParseResult(
        intent="log_activity",
        activity_type="note",
        contact=contact,
        account=account,
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=body or None,
        happened=_log_happened(whens, due, now),
    )


_NAMED = _rx(r"(?:for|named|called)\s+")
_COMMA_NAME = re.compile(r",\s*(?=[^\W\d_])")


_ROLE_AT = re.compile(r"\s+(?:bei|chez|en|hos|i|at|@)\s+(?=[^\W\d_])")


def _parse_contact(msg: _Msg, pos: int, ents: _Ents) -> ParseResult:
    named = _NAMED.match(msg.folded, pos)  # "create a contact for Olga Petrova"
    r = msg.run(named.end() if named else pos, lower_ok=True, max_words=4)
    account = None
    if r:
        account = _account_after(msg, r[2])
    if account is None:
        account = _account_anywhere(msg, r[2] if r else pos)
    comma = _COMMA_NAME.match(msg.text, r[2]) if r and account is None else None
    if comma:  # "new contact: Rachel Green, Ralph Lauren, rachel@rl.com"
        r2 = msg.run(comma.end(), lower_ok=False, max_words=5)
        account = r2[0] if r2 and not _TITLE_WORD.match(r2[0]) else None
        at = _ROLE_AT.match(msg.text, r2[2]) if r2 else None
        r3 = msg.run(at.end(), lower_ok=False, max_words=5) if at else None
        if r3:  # "Dr. Matthias Brandt, Einkauf bei Voith": a role, then the company
            account = r3[0]
        if account is None:  # "new contact: marta kowalska, blue ridge dental"
            r2 = msg.run(comma.end(), lower_ok=True, max_words=5, suffix_ok=True)
            account = r2[0] if r2 and _trade_firm(r2[0]) else None
    if account is None and r:
        account = _lower_firm_after(msg, r[0])  # "save Chen Yu from tencent as a contact"
    return ParseResult(
        intent="create_contact",
        contact=r[0] if r else None,
        account=account,
        email=ents.email,
        phone=ents.phone,
    )


def _parse_account(msg: _Msg, pos: int) -> ParseResult:
    named = _NAMED.match(msg.folded, pos)  # "create a company called Kone Oyj"
    r = msg.run(named.end() if named else pos, lower_ok=True, max_words=6, mixed=True)
    name = r[0] if r else None
    if name:  # "Lege die Firma X als neuen Kunden an": the name ends before "als …"
        name = re.split(r"(?i)\s+(?:als|comme|som|como)\s", name)[0].strip() or name
    return ParseResult(intent="create_account", account=name)


_TITLE_WORD = re.compile(
    r"(?:CEO|CTO|CFO|COO|CMO|CIO|VP|Head|Director|Manager|Founder|Co-?founder)\b"
)
_NAMED_DEAL = _rx(r"(?:called|named)\s+")
_DEAL_FOR = _rx(
    r"^(?:for|with|w/|at|@|para|con|für|mit|pour|avec|for|med|hos|με|για(?=\s+\D)|bei|chez)\s*(?<=\s|/|@)"
    # the article or the noun for a firm after it: "bei der knauf gips kg", "avec la société X"
    r"(?:(?:der|dem|den|la|le|el|les)\s+)?(?:(?:société|empresa|firma|compañía|entreprise)\s+)?"
)
_DEAL_STOP = frozenset(
    {
        "for",
        "with",
        "at",
        "worth",
        "valued",
        "in",
        "stage",
        "due",
        "closing",
        "para",
        "con",
        "für",
        "mit",
        "pour",
        "avec",
        "med",
        "hos",
        # a hedge before the amount ends the name: "Telenor IoT roughly 60k NOK"
        "roughly",
        "approx",
        "approximately",
        "around",
        "circa",
        "estimated",
        # "mit der Lufthansa über zwanzigtausend Euro", "con Repsol por cuarenta mil euros":
        # the word before the amount in the other languages
        "uber",  # über, folded as the tokens are
        "por",
        "pa",  # på
        "για",
    }
)


_WORTH = _rx(
    r"(?:worth|valued\s+at|valued|for\s+(?=[$€£\d]|(?:\w+\s+){0,3}(?:thousand|million|grand|k)\b))"
)
_CLOSE = _rx(
    r"(?<!\w)(?:expected\s+close|close\s+date|closing\s+date|to\s+close|closing|closes|close|cls|"
    r"cierre\s+previsto|cierre|cierra|abschluss|clôture|signature\s+prévue|lukking|lukkes|"
    r"forventet\s+signert|forventet\s+lukket|κλείσιμο|κλείνει|itxiera|жабылу|жабылады)"
    r"(?:\s+date)?\s*(?:[:=]\s*|(?:in|on|by|around|before|at\s+the\s+end\s+of|end\s+of|en|el|"
    r"a\s+finales\s+de|am|im|ende|le|fin|i|τον|το|στο|στον|μέσα\s+στον)\s+)?"
)
_MONTH_WORD = re.compile(r"(?P<mon>[^\W\d_]{3,12})\.?(?:\s+(?P<year>\d{4}))?(?!\w)")
_QUARTER = re.compile(r"q(?P<q>[1-4])(?:\s+(?P<year>\d{4}))?(?!\w)")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _close_date(
    msg: _Msg, start: int, whens: list[WhenMatch], now: datetime, lang: str
) -> tuple[date, int, int] | None:
    """ "closing in December", "close by Dec 15", "close Q1": (date, span start, span end).

    A month or quarter means its last day, the next one to come; a date phrase is read
    by the date rules. "closing" with no date after it is the stage, not this.
    """
    for m in _CLOSE.finditer(msg.folded, start):
        after = m.end()
        period = _CLOSE_PERIOD.match(msg.folded, after)
        if period:  # "closing next month", "close this quarter", "close EOY": the last day
            return _period_end(period.group("p"), now), m.start(), period.end()
        for w in whens:
            if m.start() <= w.start <= after:  # "closing end of next month": the date's own
                return w.due.date(), m.start(), w.end
        end_of = _END_OF_LEAD.match(msg.folded, after)  # "close by end of Q2"
        after = end_of.end() if end_of else after
        mw = _MONTH_WORD.match(msg.folded, after)
        month = month_number(mw.group("mon"), lang) if mw else None
        if mw and month:
            year = int(mw.group("year") or (now.year if month >= now.month else now.year + 1))
            return _month_end(year, month), m.start(), mw.end()
        q = _QUARTER.match(msg.folded, after)
        if q:
            last = int(q.group("q")) * 3
            year = int(q.group("year") or (now.year if last >= now.month else now.year + 1))
            return _month_end(year, last), m.start(), q.end()
    return None


_END_OF_LEAD = re.compile(r"(?:the\s+)?end\s+of\s+(?:the\s+)?")
# A close said alone at the end of a terse new deal: "new opp polaris cctv 33k eur q1",
# "new deal redwood 8.5k usd eom" (a quarter or a period end, nothing else after it).
_BARE_CLOSE = re.compile(
    r"(?:^|[\s,;-])(?:(?P<q>q[1-4])(?:\s+(?P<year>20\d\d))?|(?P<p>eom|eoq|eoy))[\s.!]*$"
    # "New Deal: Globex Pilot | 20k | March": a month alone in the last field
    r"|[|,;–-]\s*(?P<mon>[^\W\d_]{3,9})[\s.!]*$"
)


def _bare_close(tail: str, now: datetime) -> date | None:
    m = _BARE_CLOSE.search(tail)
    if m is None:
        return None
    if m.group("mon"):
        month = month_number(m.group("mon"), "en")
        if month is None:
            return None
        return _month_end(now.year if month >= now.month else now.year + 1, month)
    if m.group("p"):
        return _period_end(m.group("p"), now)
    last = int(m.group("q")[1]) * 3
    year = int(m.group("year") or (now.year if last >= now.month else now.year + 1))
    return _month_end(year, last)


# A period said as a close: its last day ("closing next month" is the last day of next
# month, as "push X to next month" is; never a month from today).
_CLOSE_PERIOD = re.compile(
    r"(?:(?:by\s+|at\s+|in\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?|(?:in|by|within)\s+)?"
    r"(?P<p>this\s+month|next\s+month|this\s+quarter|next\s+quarter|this\s+year|"
    r"the\s+year|year[\s-]end|year|eoy|eom|eoq|(?<=of\s)quarter|(?<=of\s)month|"
    r"(?<=of\sthe\s)quarter|(?<=of\sthe\s)month)(?!\w)(?!\s*\d)"
)


def _period_end(period: str, now: datetime) -> date:
    p = " ".join(period.split())
    if p in ("this month", "eom", "month"):  # "close end of month": this month's last day
        return _month_end(now.year, now.month)
    if p == "quarter":  # "close end of quarter": this quarter's last day
        p = "this quarter"
    if p == "next month":
        return _month_end(now.year + now.month // 12, now.month % 12 + 1)
    if p in ("this quarter", "next quarter", "eoq"):
        q = (now.month - 1) // 3 + 1 + (p == "next quarter")
        return _month_end(now.year + (q > 4), ((q - 1) % 4 + 1) * 3)
    return date(now.year, 12, 31)  # this year, the year, year-end, eoy


_NUM_CUT = re.compile(r"(?<=\d)(?:[.,']\d+)*(?:[kKmM](?!\w))?")
# A number too long for a name ("Umbrella Corp 30000 closing …" stops the name run before
# 30000): read it with the name when nothing but a date, a link word or the end follows.
_LONG_NUM_AFTER = re.compile(
    r"\s+\d{5,}(?:[.,]\d+)?(?=\s*$|\s*[,;.!]|\s+(?:closing|close|closes|due|by|in|for|with|"
    r"at|on|and|stage|expected|until|cierre|para|con|en|für|bis|pour|avec|med|til)\b)"
)


# "… mit der Lufthansa über 20k", "… med Orkla på femti tusen kroner": the amount, no name
_WORTH_OTHER = _rx(r"(?:über|por|på|pour|για)\s+(?=\S)")


def _name_amount(
    text: str, start: int, end: int, name: str
) -> tuple[str, Decimal | None, str | None]:
    """A deal name ending in an amount, split as handlers.language.amounts splits `deal add` titles
    (the name run stops inside "12.50"; this reads the whole number)."""
    cut = _NUM_CUT.match(text, end) or _LONG_NUM_AFTER.match(text, end)
    title, amount = split_amount(text[start : cut.end() if cut else end])
    if amount is None:
        return name, None, None
    try:
        value, currency = read_amount(amount)
    except MoneyError:
        return name, None, None
    return title, value, currency


_SUBJECT_VERB = _rx(
    r"\s+(?:wants|want|needs|need|is|are|has|have|asked|would\s+like|is\s+looking|are\s+looking|"
    r"plans|plan|wants\s+to|is\s+buying|are\s+buying|agreed|signed|requested|ordered)(?!\w)"
)


def _parse_deal(
    msg: _Msg, pos: int, ents: _Ents, whens: list[WhenMatch], now: datetime, lang: str
) -> ParseResult:
    account = deal = None
    named = _NAMED_DEAL.match(msg.folded, pos)  # "create a deal called Vandelay import"
    pos = named.end() if named else pos
    rest = msg.folded[pos:]
    f = _DEAL_FOR.match(rest)
    if f:
        r = msg.run(pos + f.end(), lower_ok=True, max_words=5, suffix_ok=True)
        if r and lang != "en":  # "con talleres ugarte por doce mil …": the name ends at "por"
            r = (
                msg.run(
                    pos + f.end(), lower_ok=True, max_words=5, suffix_ok=True, extra_stop=_DEAL_STOP
                )
                or r
            )
        if r:
            account = r[0]
            pos = r[2]
            while pos < len(msg.text) and msg.text[pos] in " :,-–":
                pos += 1
    r = msg.run(pos, lower_ok=True, max_words=6, mixed=True, extra_stop=_DEAL_STOP)
    end = pos
    if r and account is None and _SUBJECT_VERB.match(msg.folded, r[2]):
        # "New opportunity: Tata Steel wants 300 licences": the company is the subject of a
        # sentence, so it is the account; the deal is not named (the bot titles it)
        account, end, r = r[0], r[2], None
    if r:
        deal, end = r[0], r[2]
        if ents.amount is None:  # "new deal X 12.50": the `deal add` rule on the name's end
            deal, ents.amount, ents.currency = _name_amount(msg.text, r[1], end, deal)
    elif account and not _WORTH.match(msg.folded, pos) and not _WORTH_OTHER.match(msg.folded, pos):
        # "new deal with Acme 15k": the deal is called after the account; "a deal for Kone
        # worth 80k" names only the account (the bot titles the deal itself)
        deal = account
    if account is None:
        rest = msg.folded[end:]
        m = re.search(r"(?<!\w)(?:for|with|w/|at|@|para|für|pour|med)\s*(?<=\s|/|@)", rest)
        if m:
            lowered = msg.text == msg.text.lower()
            r2 = msg.run(end + m.end(), lower_ok=lowered, max_words=5, suffix_ok=True)
            account = r2[0] if r2 else None
            if account and re.match(r"\d[\d.,]*[kKmM]?(?:\s|$)", account):
                account = None  # "€240k for 10k users": a count, not a company
    close = _close_date(msg, end, whens, now, lang)
    tail = msg.folded[end:]
    bare = _bare_close(tail, now) if close is None else None
    if bare is not None:
        close = (bare, len(msg.folded), len(msg.folded))
    if close is not None:  # "closing in December" names a date, not the closing stage
        _, cs, ce = close
        tail = tail[: cs - end] + " " * (ce - cs) + tail[ce - end :]
    stage = _deal_stage(tail)
    return ParseResult(
        intent="create_deal",
        account=account,
        deal=deal,
        stage=stage,
        amount=ents.amount,
        currency=ents.currency,
        close=close[0] if close else None,
    )


# "closing" followed by when is the close, not the stage: "closing before christmas",
# "closing 1/3", "closing early february" (a close the date rules could not read is asked
# about, never turned into the closing stage); "3 year contract" is a term, not the stage.
_CLOSING_WHEN = re.compile(
    r"\s*(?:date\b|[:=]|in\b|on\b|by\b|before\b|after\b|around\b|early\b|mid\b|late\b|"
    r"end\b|next\b|this\b|soon\b|sometime\b|within\b|the\b|q[1-4]\b|h[12]\b|eo[mqy]\b|\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|tomorrow\b|christmas\b|xmas\b)"
)
_TERM_BEFORE = re.compile(
    r"(?:\d+|one|two|three|four|five|multi)[\s-]*(?:years?|yrs?|months?|mos?)[\s-]+$"
)


def _deal_stage(tail: str) -> str | None:
    """The stage a new deal's words name ("proposal stage", "in negotiation"), or None."""
    for sm in re.finditer(rf"(?<![\w-])(?P<stage>{_STAGE_RX})(?![\w-])", tail):
        word = " ".join(sm.group("stage").split())
        if word in ("closing", "cierre", "abschluss") and _CLOSING_WHEN.match(tail, sm.end()):
            continue
        if word == "contract" and _TERM_BEFORE.search(tail, 0, sm.start()):
            continue
        return _stage_of(word)
    return None


def _clean_deal(raw: str) -> str | None:
    deal = raw.strip(" \"'“”‘’.,:;-")
    for _ in range(3):
        new = _DEAL_TAIL.sub("", deal)
        if new == deal:
            break
        deal = new.strip()
    words = fold(deal).split()
    if not words or len(words) > 6 or words[-1] in _DEAL_BAD_LAST:
        return None
    if words[0] in _STOP - {"new"} and words[0] not in {"the"}:
        return None
    return deal


def _split_reason(msg: _Msg) -> tuple[int, str | None]:
    """Where the move ends and the lost reason (if any) begins."""
    m = _REASON.search(msg.folded)
    if m:
        return m.start(), msg.text[m.start("reason") :].strip(" .!")
    m = _LOST_THEN_REASON.search(msg.folded)
    if m:
        return m.end("lost"), msg.text[m.start("reason") :].strip(" .!")
    m = _WON_THEN_MORE.search(msg.folded)
    if m:  # "Zenon data feed won, kick-off on jan 4": what follows is a note, not the move
        return m.end("won"), msg.text[m.start("reason") :].strip(" .!")
    m = _STAGE_FIRST_THEN_REASON.match(msg.folded)
    if m:  # "we lost the Globex deal, no budget": the reason after the comma
        return m.end("head"), msg.text[m.start("reason") :].strip(" .!")
    m = _STAGE_THEN_MORE.match(msg.folded)
    if m:  # "move X to demo, they asked for one next week": a note after the move
        return m.end("stage"), msg.text[m.start("reason") :].strip(" .!")
    return len(msg.folded), None


def _parse_move(msg: _Msg, ents: _Ents) -> ParseResult | None:
    cut, reason = _split_reason(msg)
    f = msg.folded[:cut]
    for rx in (_MOVE_1, _MOVE_2, _MOVE_3):
        m = rx.match(f)
        if not m:
            continue
        end = m.end("deal")
        if m.start("deal") < ents.amount_at < end:
            end = ents.amount_at  # "won Acme renewal 12k": the amount is not in the name
        if rx is _MOVE_2 and reason is None and _stage_of(m.group("stage")) == "lost":
            to = _LOST_TO.match(f[m.start("deal") : end])
            if to:  # "lost Acme renewal to Globex": to whom is the reason
                reason = "lost to " + msg.text[m.start("deal") + to.start("who") : end].strip()
                end = m.start("deal") + to.end("deal")
        raw_deal = msg.text[m.start("deal") : end]
        deal = _clean_deal(raw_deal)
        if not deal and not (rx is _MOVE_1 and is_vague(raw_deal)):
            continue  # "mark the deal as won": a move of a deal still to name (asked)
        raw_stage = m.group("stage")
        stage = _stage_of(raw_stage)
        if stage is None:
            stage = {
                "closed": "won",
                "ganamos": "won",
                "vant": "won",
                "perdimos": "lost",
                "tapte": "lost",
            }.get(raw_stage)
        if stage is None:
            continue
        return ParseResult(
            intent="move_deal",
            deal=deal or None,
            stage=stage,
            amount=ents.amount,
            currency=ents.currency,
            text=reason if stage == "lost" else None,
        )
    return None


_FIND_DEAL = re.compile(
    r"(?i)(?:the\s+)?(?:deal|opportunity|opp)\s+(?:called\s+|named\s+)?(?P<x>\S.*)|"
    r"(?:the\s+)?(?P<y>\S.*?)\s+(?:deal|opportunity|opp)"
)


def _parse_find(msg: _Msg, m: re.Match[str], ents: _Ents) -> ParseResult:
    q = msg.text[m.start("q") : m.end("q")].rstrip(" ?.!").strip(" \"'“”?")
    q = re.sub(r"(?i)[\s,]+(?:for\s+me|please|pls|thanks|thx|again)$", "", q)
    about = _EVERYTHING.match(q)
    q = q[about.end() :] if about and about.end() < len(q) else q  # "everything about X"
    named_deal = _FIND_DEAL.fullmatch(q)
    said = (named_deal.group("x") or named_deal.group("y")) if named_deal else ""
    # "find the Lumen upgrade deal", "find deal Kestrel audit": the deal's name is the query
    if named_deal and fold(said) not in _STOP and fold(said) not in ("this", "that", "my"):
        q = named_deal.group("x") or named_deal.group("y")
    cmd = " ".join(m.group("cmd").split())
    contact = account = None
    r = msg.run(m.start("q"), lower_ok=True, max_words=4)
    if r:
        after = _account_after(msg, r[2])
        if after:
            contact, account = r[0], after
        elif cmd in _WHO:
            contact = q
    if contact is None and account is None and q:
        contact, account = _query_names(q)
        if (contact is None) != (account is None):  # "the Cemex account": the query is Cemex
            q = contact or account or q
    return ParseResult(
        intent="find",
        contact=contact,
        account=account,
        email=ents.email,
        phone=ents.phone,
        text=q or None,
    )


# --------------------------------------------------------------------------- entry point


def parse_message(
    text: str,
    now: datetime,
    tz: str,
    lang: str = "en",
    *,
    strict: bool = False,
    date_order: str | None = None,
    known: KnownNames | None = None,
) -> ParseResult:
    """Understand one chat message; ``now`` (naive = wall time in ``tz``) anchors dates.

    ``known`` (the workspace's contact, account and deal names, :mod:`storage.known_names`)
    corrects which words are a name and of which kind (:mod:`handlers.language.known`).

    Never raises on message content: an internal error is logged and reported as
    ``unknown`` (the bot then lists what it can do) unless ``strict`` is set,
    which the property tests use to surface bugs.
    """
    try:
        result = _parse(text, now, tz, lang, date_order)
        if known is not None:
            from handlers.language.known import apply_known

            result = apply_known(result, _clean(text or ""), known)
        return result
    except Exception:
        if strict:
            raise
        log.exception("parse_message failed; answering 'unknown'")
        return ParseResult(intent="unknown")


_OPENER = _rx(
    r"^(?:(?:hi|hey|hello|yo|morning|good\s+(?:morning|afternoon|evening)|ugh|phew|yay|woohoo|"
    r"great\s+news|good\s+news|bad\s+news|quick\s+update|update|long\s+day|so\s+tired|"
    r"bit\s+of\s+a\s+mess\s+today|sorry\s+for\s+the\s+delay|hope\s+you'?re\s+(?:well|good)|"
    r"happy\s+\w+day)(?:\s+(?:bot|team|all|everyone|folks|guys|there))?\s*(?:[.!,:;)]|:\))+\s*)+"
)


_AMOUNT_RANGE = re.compile(
    r"(?<![\w/])~?\s?[$€£]?\d+(?:[.,]\d+)?\s?[kKmM]?\s?(?:-|–|to)\s?[$€£]?\d+(?:[.,]\d+)?\s?[kKmM]"
    r"(?!\w)|~\s?[$€£]?\d+(?:[.,]\d+)?\s?[kKmM](?!\w)"
)


# The request for a reminder inside a longer note: "… so no pressure. Please remind me on
# Tuesday at 9 to …", "… and everything anyway can you remind me on monday at eleven to …",
# "… tomorrow at 11 about the tender. Remind me please."
_REMIND_CUE = _rx(
    r"(?<![\w'])(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)?"
    r"(?:remind\s+me|don'?t\s+let\s+me\s+forget|(?:set|put|add|schedule)\s+(?:me\s+)?"
    r"(?:a\s+)?reminder|make\s+sure\s+i|nudge\s+me|ping\s+me)(?![\w'])"
)
_CUE_AFTER = _rx(  # what may stand before the request in a run-on: "… anyway can you remind me"
    r"(?:[.!?:;]|\s(?:anyway|anyways|so|but|also|btw|oh\s+and|and\s+also|unrelated|ok|okay))"
    r"[\s,:]*$"
)
_NOTE_TO_SELF = _rx(
    r"^(?:(?:a\s+)?(?:note|reminder|memo|heads[\s-]?up)\s+(?:to|for)\s+(?:self|myself|me)"
    r"|self[\s-]reminder|nts)(?![\w'])(?:\s*[:,\-.]\s*|\s+(?:to\s+)?)"
)
_REQUEST_ABBREV_END = re.compile(r"(?<![\w])(?:[A-Z]|Co|Ltd|Inc|Corp|Bros|Jr|Sr|St|Ave|S\.[AL])\.$")
_I_NEED_TO = re.compile(
    r"(?i)^(?:before\s+i\s+forget[:,]?\s+)?(?:i\s+(?:need|have|want|ought)\s+to|i\s+must|"
    r"i'?ve\s+got\s+to|i\s+gotta|need\s+to)\s+"
)
_CLAUSE_END = re.compile(r"[.!?]+\s+|[,;]\s+|:\s+(?!i\s)", re.IGNORECASE)
_REQUEST_SENTENCE_END = re.compile(r"[.!?]+\s+(?=[A-Z\"'(])")  # on the text as typed
_CUE_ONLY = _rx(
    r"^(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?remind\s+me"
    r"(?:\s+(?:please|pls|about\s+(?:it|that|this)|of\s+(?:it|that|this)))?[\s.!?]*$"
)


def _remind_focus(cleaned: str) -> str | None:
    """The sentence that asks for the reminder, when other sentences stand around it.

    Small talk, the customer's dates and counts in the other sentences are not the reminder:
    the request's own sentence is read alone ("Heads up to self. The board pack goes out on
    the 10th … Remind me on the 8th at 3 to finish the slides" is the 8th at 15:00). A task
    said just before the request ("I need to call X tomorrow at 11. Remind me please.", "I
    have to send the NDA tomorrow, can you remind me at 9?") is the reminder's task."""
    folded = fold(cleaned)
    cue = _REMIND_CUE.search(folded)
    if cue is None or cue.start() == 0:
        return None
    before = cleaned[: cue.start()].rstrip(" ,;:-")
    cut = max([m.end() for m in _CLAUSE_END.finditer(before)], default=0)
    clause = before[cut:].strip()
    task = _I_NEED_TO.match(clause)
    if task is None and not _CUE_AFTER.search(folded[: cue.start()]):
        return None
    end = _REQUEST_SENTENCE_END.search(cleaned, cue.end())
    said = cleaned[cue.start() : end.start() + 1 if end else len(cleaned)].strip()
    only = _CUE_ONLY.match(fold(said))
    if task is not None:  # the task is the clause before the request
        todo = clause[task.end() :].rstrip(".!?;: ")
        if not todo:
            return None
        head = "remind me" if only else said.rstrip(".!?;: ")
        return f"{head} to {todo}"
    if only:
        return None
    return said if _REQUEST_ABBREV_END.search(said) else said.rstrip(" .!?")


def _parse(text: str, now: datetime, tz: str, lang: str, order: str | None = None) -> ParseResult:
    cleaned = _clean(text or "")
    opener = _OPENER.match(fold(cleaned)) if lang == "en" else None
    if opener and opener.end() < len(cleaned):
        # "Great news everyone!! The Kaspi onboarding deal is won": the greeting says nothing
        cleaned = cleaned[opener.end() :]
    focus = _remind_focus(cleaned) if lang == "en" else None
    if focus is not None and focus != cleaned:
        alone = _parse(focus, now, tz, lang, order)
        if alone.intent == "remind" and (alone.due is not None or alone.unread):
            whole = _parse_body(cleaned, now, tz, lang, order)
            # "Called Bob at Acme. He wants the quote. Remind me friday to send it": a report
            # whose follow-up is the reminder stays a log
            if whole.intent == "log_activity":
                return whole
            if whole.intent == "remind" and (
                not alone.text or _POINTS_BACK.search(fold(alone.text or ""))
            ):
                # "The Acme contract needs a signature. Remind me tomorrow at 10 (to chase
                # them)": the task or whom it is about was said before the request
                if not alone.text and whole.due == alone.due and whole.unread == alone.unread:
                    return whole
                at = cleaned.find(focus)
                said_before = cleaned[:at] if at > 0 else ""
                if alone.text and not (alone.contact or alone.account) and said_before:
                    # only a name said in the sentences before the request
                    def said(name: str | None) -> str | None:
                        return name if name and name in said_before else None

                    return replace(alone, contact=said(whole.contact), account=said(whole.account))
            return alone
    return _parse_body(cleaned, now, tz, lang, order)


# a reminder's task that points back to a sentence before it: "chase them", "send it"
_POINTS_BACK = _rx(r"(?<![\w'])(?:them|him|her|it|they|their|this|that|those|these)(?![\w'])")


def _parse_body(
    cleaned: str, now: datetime, tz: str, lang: str, order: str | None = None
) -> ParseResult:
    self_note = _NOTE_TO_SELF.match(fold(cleaned)) if lang == "en" else None
    if self_note and self_note.end() < len(cleaned):
        # "Note to self: call Kwame on Tuesday at 2", "heads-up for me on Friday at noon: …":
        # a reminder to oneself, not a note on a record
        alone = _parse(f"remind me {cleaned[self_note.end() :]}", now, tz, lang, order)
        if alone.intent == "remind" and (alone.due is not None or alone.unread):
            return alone
    if lang != "en" and langcues.agenda_asked(cleaned, lang):
        return ParseResult(intent="list_reminders")  # "Τι έχω σήμερα;", "Zer daukat gaur?"
    if lang == "es" and cleaned[:1] in "¿¡":
        cleaned = cleaned[1:].lstrip()  # "¿Quién es Carmen Ruiz?" is asked as "quién es …"
    result = _parse_clean(cleaned, now, tz, lang, order)
    if lang != "en":
        result = _other_language(result, cleaned, now, tz, lang, order)
    if result.intent == "unknown":
        # "Friday 3pm call with Ana", "tomorrow: call Bob": read the date last
        head = next(iter(find_whens(cleaned, local_now(now, tz), tz, lang, date_order=order)), None)
        if head is not None and head.start == 0 and head.end < len(cleaned):
            rest = cleaned[head.end :].lstrip(" ,:;-")
            if rest:
                result = _parse_clean(f"{rest} {cleaned[: head.end]}", now, tz, lang, order)
    if result.intent == "unknown" and cleaned:
        result = _parse_learned(cleaned, now, tz, lang, order)
    if lang != "en":
        result = _other_language_after(result, cleaned, now, tz, lang, order)
    result = _one_when(result, cleaned, now, tz, lang, order)
    if result.intent == "log_activity" and result.due is None and not result.unread:
        folded = fold(cleaned)
        unsure = followup.vague_follow_up(
            cleaned, followup.own_marks(cleaned, folded, _FOLLOW_MARK.finditer(folded))
        )
        if unsure is not None and lang == "en":  # "follow up after the tender": ask when
            result = replace(result, unread=(unsure,))
    wordy = lang == "en" and not result.unread  # unread fragments are already asked about
    if result.intent in ("remind", "log_activity", "create_deal", "update_deal") and wordy:
        spans = find_whens(cleaned, local_now(now, tz), tz, lang, date_order=order)
        theirs = result.intent == "log_activity"  # "their team grew from 8 to 20": the note's
        moved = result.intent == "update_deal" and result.close is not None
        moved = moved and _moved_close(cleaned, local_now(now, tz), tz, lang, order) == result.close
        if not moved and _unread_time(cleaned, spans, skip_theirs=theirs):
            # "tomorrow at six am" with "six am" unread: the time would be a guess (09:00);
            # no time at all makes the bot ask when, which is better than a wrong one
            result = replace(result, due=None, confidence=min(result.confidence, ASK_BELOW / 2))
    ranged = _AMOUNT_RANGE.search(cleaned) if result.amount is not None else None
    if ranged and "~" in ranged.group(0):  # "~3-4k", "~5k": no one amount was said; ask
        # (plain ranges and "from 10k to 15k" are the amount reader's: _one_when)
        result = replace(
            result,
            amount=None,
            currency=None,
            unread=(*result.unread, ranged.group(0).strip()),
            confidence=min(result.confidence, ASK_BELOW / 2),
        )
    if result.intent in ("create_deal", "update_deal") and result.amount is None:
        worded = (_WORDED_AMOUNT.search(cleaned) if lang == "en" else None) or unread_amount(
            cleaned
        )
        if worded:  # "forty thousand euros" not read: never a deal named with it, and ask
            deal = result.deal
            if deal and worded.group(0).lower() in deal.lower():
                deal = deal[: deal.lower().index(worded.group(0).lower())].strip(" ,") or None
            elif deal:  # "acme 40" of "acme 40 mil euros": the name stops before the amount
                said = worded.group(0).lower()
                at = deal.lower().rfind(said.split()[0])
                if at > 0 and said.startswith(deal.lower()[at:]):
                    deal = deal[:at].strip(" ,") or None
            result = replace(result, deal=deal, confidence=min(result.confidence, ASK_BELOW / 2))
    owned = _OWNED_PLACE.match(result.account or "") if result.intent == "log_activity" else None
    at = cleaned.find(result.account or "\0")
    if owned and at >= 0 and _PLACE_WORD.match(fold(cleaned), at + len(result.account or "")):
        # "Visited Tata Steel's Jamshedpur office": the account is Tata Steel
        result = replace(result, account=owned.group("who"))
    if lang == "en" and result.intent in ("log_activity", "remind"):
        result = _names_refined(result, cleaned, now, tz, lang, order)
    for key in ("contact", "account"):
        value = getattr(result, key)
        if value and re.search(r"\w['’]s$", value):  # "Dropped by Pemex's office"
            result = replace(result, **{key: value[:-2]})
    if result.intent == "remind" and result.text:
        tidy = _tidy_remind_text(result.text, cleaned) if lang == "en" else result.text
        tidy = _TRAILING_REMIND.sub("", tidy).strip(" ,;:-") or tidy
        tidy = _first_sentence(tidy)
        polite = _POLITE.match(tidy)  # "pls f/u w/ zanele": the task starts after the "pls"
        tidy = tidy[polite.end() :] if polite and polite.end() < len(tidy) else tidy
        something = (
            re.match(r"(?i)something(?:\s+(?:to|about|re))?\s+", tidy) if lang == "en" else None
        )
        if something and result.due is not None:
            # "at three something": the hour is not exact, so no time is set (the bot asks)
            tidy = tidy[something.end() :]
            result = replace(result, due=None, unread=(*result.unread, "something"))
        vague = _VAGUE_WHEN.match(fold(tidy)) if result.due is None and lang == "en" else None
        if vague and vague.end() < len(tidy):
            # "remind me later to call mom", "after lunch", "at three something": no time a
            # rule reads, so the bot asks when (the words are listed as unread, not guessed)
            said = tidy[: vague.end()].strip()
            tidy = tidy[vague.end() :].strip()
            link = _REMIND_LINK.match(fold(tidy))
            tidy = tidy[link.end() :].strip() if link and link.end() < len(tidy) else tidy
            result = replace(result, unread=(*result.unread, said))
        if tidy != result.text:
            result = replace(result, text=tidy or None)
    done = _DONE_THEN_FOLLOW.match(fold(cleaned)) if lang == "en" else None
    if result.intent == "remind" and done and (result.contact or result.account):
        # "cb kwame re quote -> f/u mon": a call made, then its follow-up (a log, not a to-do)
        result = replace(
            result, intent="log_activity", activity_type=_activity_kind(fold(cleaned)), text=cleaned
        )
    if result.intent == "remind" and lang == "en" and (result.contact or result.account):
        planned = _PLANNED.match(fold(result.text or ""))
        asked = _ASKED_TO_REMIND.match(fold(cleaned))
        if planned and result.due is not None and not asked:
            # "put a meeting with john on my calendar for tuesday at ten": a planned
            # meeting with a CRM party is logged with its time, like "lunch with Jon at 1"
            kind = _PLANNED_KIND.get(planned.group("kind").split()[0], "meeting")
            body = re.sub(r"(?i)\s+(?:for|on|at|by|in)$", "", result.text or "") or None
            result = replace(result, intent="log_activity", activity_type=kind, text=body)
    unread = wordy and _unread_time(
        cleaned, find_whens(cleaned, local_now(now, tz), tz, lang, date_order=order)
    )
    if result.intent == "remind" and result.text and unread:
        text = _strip_time_words(result.text)
        if text != result.text:  # the words are shown back when the bot asks when
            result = replace(result, text=text or result.text)
    return result


_DEAL_NOUN = _rx(
    r"(?<!\w)(?:deal|trato|negocio|oportunidad|affaire|opportunité|avtalen?|dealen|auftrag|lo\s+de|"
    r"συμφωνία|ευκαιρία|akordioa?|мәміле\w*)(?!\w)|-(?:avtalen|dealen)(?!\w)"
)


_KK_MONTHS = [
    fold(m)
    for m in (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    )
]
_KK_MONTH_CLOSE = re.compile(
    rf"(?<!\w)(?P<mon>{'|'.join(_KK_MONTHS)})(?:да|де|та|те)\s+(?:жабыл\w*|аяқтал\w*)"
)


def _other_language(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    """What the first-word rules read wrong or not at all in another language.

    - a stage move: the deal is its name, without "der Deal … ist", "l'affaire … est",
      "-avtalen er", and Greek, Basque and Kazakh moves said with the verb last;
    - in Greek, Basque and Kazakh, the message's own words (:mod:`handlers.language.langcues`)
      say the intent wherever they stand: the rules read only the first word ("Бүгін
      Samruk кеңсесіне бардым" is a visit, not a reminder).
    """
    moved = langcues.move_of(cleaned, lang)
    if result.intent == "move_deal" and result.deal:
        said = result.deal.split(",")[0].strip()  # "Vinci Autoroutes, budget gelé": a reason
        tidy = langcues.tidy_deal(said)  # "L'affaire Carrefour est" → Carrefour
        if tidy and tidy != result.deal and any(c.isupper() for c in tidy):
            return replace(result, deal=tidy)
        if not tidy and moved:  # "Le deal Pernod Ricard est signé": "Le" was no name
            return replace(result, deal=moved[0], stage=result.stage or moved[1])
        return result
    unsure = result.intent in ("create_deal", "log_activity") and result.confidence < ASK_BELOW
    if moved and (result.intent == "unknown" or unsure) and _DEAL_NOUN.search(fold(cleaned)):
        deal, stage = moved
        reason = result.text if result.intent == "move_deal" else None
        if reason is None and stage == "lost" and re.search(r"[,;:]\s*\S", cleaned):
            reason = re.split(r"[,;:]\s*", cleaned, maxsplit=1)[1].strip(" .!") or None
        return ParseResult(intent="move_deal", deal=deal, stage=stage, text=reason)
    updated = langcues.update_of(cleaned, lang)
    asked = _REMIND.match(fold(cleaned)) is not None  # "Rappelle-moi d'augmenter …": a to-do
    if (
        updated
        and not asked
        and result.intent in ("remind", "create_deal", "update_deal", "unknown")
    ):
        # "Décaler la clôture de l'affaire Engie solaire au 15 janvier", "Øk avtalen X til 400k"
        deal, what = updated
        if what == "close":
            lnow = local_now(now, tz)
            dated = [w for w in find_whens(cleaned, lnow, tz, lang, date_order=order) if w.has_date]
            if len(dated) == 1:
                return ParseResult(intent="update_deal", deal=deal, close=dated[0].due.date())
        else:
            new_amount, doubt = one_amount(fold(cleaned))
            if new_amount is not None and doubt is None:
                return ParseResult(
                    intent="update_deal",
                    deal=deal,
                    amount=new_amount.value,
                    currency=new_amount.currency,
                )
    tiny = re.fullmatch(r"[^\W\d_]{1,3}", result.deal or "")
    if result.intent == "create_deal" and tiny and tiny.group(0).islower():
        result = replace(result, deal=None)  # "avec Sanofi de 80 000 €": "de" names no deal
    glued_opp = result.intent == "create_deal" and lang in ("eu", "kk")
    if glued_opp and result.deal and not result.account:
        bare = _GLUED_WITH.sub("", result.deal)
        if bare != result.deal:  # "Aukera berria Eroski-rekin": a new opp with Eroski
            return replace(result, deal=None, account=bare)
    cue = langcues.cue_of(cleaned, lang)
    if cue is None:
        return result
    if cue.intent == "find" and lang in langcues.FREE_ORDER:
        # "Ерлан Сейітов кім?" (the name first), "Ποιος είναι ο Νίκος Αλεξίου;", "Nor da Ane …?"
        f = fold(cleaned)
        cue_end = re.compile(r"(?<!\w)\S+(?:\s+\S+)?").match(f, cue.at)
        if lang == "kk":
            name = cleaned[: cue.at].strip()
            if fold(cleaned[cue.at :]).startswith("тап") and name:
                # "Мәдина Сәрсенбаеваны тап": the name without its object ending
                name = re.sub(r"(?<=\w{3})(?:ны|ні|ды|ді|ты|ті)$", "", name)
        else:
            head = re.match(r"(?i)^\s*(?:ποιοσ|ποια|βρεσ|nor)\s+(?:ειναι|da)?\s*", f)
            name = cleaned[head.end() :] if head else (cleaned[cue_end.end() :] if cue_end else "")
        name = _GREEK_ARTICLE.sub("", name.strip(" ?;!.\"'")).strip(" ?;!.")
        said_c, said_a = _query_names(name) if name else (None, None)
        if said_c or said_a:  # "Βρες την επαφή Σοφία Γεωργίου": the contact Σοφία Γεωργίου
            return ParseResult(intent="find", contact=said_c, account=said_a, text=said_c or said_a)
        if name:
            who = name if name[:1].isupper() and len(name.split()) <= 4 else None
            return ParseResult(intent="find", contact=who, text=name)
    if lang in langcues.FREE_ORDER:
        swap = result.intent != cue.intent and result.intent in (
            "remind",
            "log_activity",
            "unknown",
            "update_deal",
            "find",
        )
        if swap and cue.intent in (
            "remind",
            "log_activity",
            "find",
            "create_deal",
            "create_contact",
        ):
            return _parse_learned(cleaned, now, tz, lang, order, forced=cue)
        if swap and cue.intent == "list_reminders":
            return ParseResult(intent="list_reminders")
    elif (
        cue.intent == "remind"
        and (result.intent == "unknown" or result.confidence < ASK_BELOW)
        and result.intent in ("remind", "unknown")
        and not result.unread
    ):
        # "ruf Peter Klein morgen um 15 Uhr an": a to-do said with the verb of the language
        return _parse_learned(cleaned, now, tz, lang, order, forced=cue)
    elif (
        cue.intent == "log_activity"
        and result.intent in ("remind", "unknown")
        and not (result.intent == "remind" and _REMIND.match(fold(cleaned)))
    ):
        # "Déjeuner avec Paul Martin jeudi à midi": a meeting still to come, logged with its time
        return _parse_learned(cleaned, now, tz, lang, order, forced=cue)
    same = cue.intent == "log_activity" and result.intent == "log_activity"
    if same and cue.kind and result.activity_type != cue.kind and result.confidence < 1.0:
        return replace(result, activity_type=cue.kind)  # "Envoyé un mail à …": an email
    return result


def _other_language_after(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    """A reminder whose time is said too vaguely ("später", "plus tard", "кейінірек"): no
    time is guessed, the words are shown back and the bot asks when. Names lose what the
    language glues to them: a Basque or Kazakh case ending ("Mikel Etxeberria-rekin"), a
    link word the tagger kept ("con Elena Navarro"), a firm after "von (der)" ("Jonas Becker
    von der Allianz" is Jonas Becker at Allianz)."""
    result = _names_tidy(result, cleaned, lang)
    if result.intent == "create_deal" and result.close is None and lang == "kk":
        kk_close = _KK_MONTH_CLOSE.search(fold(cleaned))
        if kk_close:  # "наурызда жабылады": closes in March (the verb after the month)
            mon = _KK_MONTHS.index(kk_close.group("mon")) + 1
            lnow = local_now(now, tz)
            year = lnow.year if mon >= lnow.month else lnow.year + 1
            result = replace(result, close=_month_end(year, mon))
    if result.intent == "log_activity" and result.due is not None:
        result = _their_deadline(result, cleaned, now, tz, lang, order)
    if result.intent == "remind" and result.due is None and not result.unread:
        said = langcues.vague_when(cleaned, lang)
        if said:
            text = result.text
            if text and said in text:
                text = " ".join(text.replace(said, " ").split()).strip(" ,;:-") or text
            return replace(
                result,
                text=text,
                unread=(said,),
                confidence=min(result.confidence, ASK_BELOW / 2),
            )
    return result


# A deadline of the customer's in a log ("er will ein Angebot bis Freitag", "elle veut le devis
# avant jeudi", "θέλει προσφορά μέχρι την Παρασκευή") is part of the note, not the rep's
# follow-up (docs/understanding.md: "she needs the pricing by friday").
_DEADLINE_OTHER = _rx(
    r"(?<!\w)(?:bis(?:\s+(?:zum|spätestens|nächsten?))?|spätestens|avant|d'ici|jusqu'à|"
    r"antes\s+del?|hasta\s+el|innen|før|μέχρι(?:\s+τη[νς]?)?|έως|ως\s+τη[νς]?)\s*(?:am\s+|le\s+|el\s+|"
    r"den\s+|på\s+)?$"
)
_DEADLINE_HEAD_OTHER = _rx(r"(?:μέχρι|έως|ως|bis|avant|antes|innen|før)(?!\w)")
_THEY_WANT = _rx(
    r"(?<!\w)(?:er|sie|der\s+kunde|il|elle|ils|elles|le\s+client|él|ella|ellos|el\s+cliente|"
    r"han|hun|de|kunden|will|wollen|braucht|brauchen|veut|veulent|a\s+besoin|quiere|quieren|"
    r"necesita|necesitan|vil\s+ha|trenger|θέλει|θέλουν|χρειάζεται|ζήτησε|nahi\s+du|ол|олар)(?!\w)"
)
_I_DO = _rx(
    r"(?<!\w)(?:ich|je|j'|yo|jeg|θα\s+(?:του|της|τους|τη|τον|στείλω|πάρω)|schicke|sende|"
    r"melde|envoie|rappelle|relance|mando|envío|llamo|sender|ringer|følger)(?!\w)"
)


def _their_deadline(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    whens = find_whens(cleaned, local_now(now, tz), tz, lang, date_order=order)
    mine = [w for w in whens if w.due == result.due]
    if not mine:
        return result
    w = mine[0]
    f = fold(cleaned)
    start = max(f.rfind(",", 0, w.start), f.rfind(".", 0, w.start), f.rfind(";", 0, w.start))
    clause = f[start + 1 : w.start]
    by = _DEADLINE_OTHER.search(clause) or _DEADLINE_HEAD_OTHER.match(f, w.start)
    if by and _THEY_WANT.search(clause) and not _I_DO.search(clause):
        return replace(result, due=None)
    return result


_LINK_HEAD = _rx(r"^(?:con|a|al|mit|an|avec|à|med|til|με|με\s+τον|με\s+την)\s+(?=\S)")
_FIRM_AFTER = {
    "de": _rx(r"\s+(?:von\s+der|von\s+den|vom|von)\s+(?=[^\W\d_])"),
    "nb": _rx(r"\s+(?:fra|hos)\s+(?=[^\W\d_])"),
    "es": _rx(r"\s+(?:de|del)\s+(?=[^\W\d_])"),
    "fr": _rx(r"\s+(?:de|du|chez)\s+(?=[^\W\d_])"),
}


_PLACE_BEFORE = _rx(
    r"(?<!\w)(?:planta|oficina|oficinas|fábrica|sede|usine|bureaux|bureau|siège|werk|büro|fabrik|"
    r"zentrale|kontoret|fabrikken|anlegget|equipo|équipe|team|teamet|gente)(?:\s+[^\W\d_]+)?\s+"
    r"(?:de|del|von|der|des|du|d'|til|hos|chez)\s*(?:(?:la|las|los|el|le|les|der|den)\s+)?$"
)
_NB_FIRM_IN = re.compile(
    r"(?<!\w)i\s+(?P<firm>[A-ZÆØÅ][\w&.-]*(?:\s+[A-ZÆØÅ][\w&.-]*){0,3}\s+(?:AS|ASA|SA|AB))(?!\w)"
)


def _names_tidy(result: ParseResult, cleaned: str, lang: str) -> ParseResult:
    if result.intent not in ("log_activity", "remind", "create_contact", "create_deal"):
        return result
    contact, account = result.contact, result.account
    if contact:
        link = _LINK_HEAD.match(fold(contact))
        if link and contact[link.end() :][:1].isupper():
            contact = contact[link.end() :]
    glued = _GLUED_END.get(lang)
    if glued and lang in ("eu", "kk") and result.intent == "log_activity":
        if contact is None or contact[:1].islower():
            c2, a2 = _names_free_order(_Msg(cleaned), lang)
            if c2 or a2:
                contact, account = c2, account or a2
        for key in ("contact", "account"):
            value = contact if key == "contact" else account
            if value and "-" in value.split()[-1]:
                bare = glued.sub("", value)
                if bare != value and len(bare.split()[-1]) >= 3:
                    value = bare
            if key == "contact":
                contact = value
            else:
                account = value
    if result.intent == "log_activity" and contact and lang not in ("eu", "kk"):
        said = langcues.cue_of(contact, lang)
        if said and said.at == 0 and said.intent == "log_activity" and said.end < len(contact):
            # "Var innom Tine": the verb of the visit was read into the name
            rest = contact[said.end :].strip()
            if rest[:1].isupper():
                contact = rest
                if said.kind == "visit" and account is None:
                    contact, account = None, rest  # a place visited is a company
        if contact and contact[:1].islower() and cleaned != cleaned.lower():
            contact = None  # "réunion d'équipe", "rdv chez le dentiste": no one's name
        if (
            contact
            and account is None
            and result.activity_type == "visit"
            and not _is_person(contact)
        ):
            contact, account = None, contact  # "visita a Repsol": a place visited is a company
        at = cleaned.find(contact) if contact else -1
        if contact and account is None and at > 0 and _PLACE_BEFORE.search(fold(cleaned[:at])):
            # "l'équipe achats de Thales", "las oficinas de El Corte Inglés": a company
            contact, account = None, contact
        if account is None and lang == "nb":
            firm_in = _NB_FIRM_IN.search(cleaned)
            if firm_in:  # "Eirik Moe i Bergen Engineering AS": the company he is at
                account = firm_in.group("firm")
    firm = _FIRM_AFTER.get(lang)
    split = firm.search(fold(contact)) if firm and contact else None
    if split and contact and account is None:
        left, right = contact[: split.start()], contact[split.end() :]
        one_first = len(left.split()) == 1 and fold(left) in _first_names()
        firm_like = right.isupper() or _is_company(right) or len(right.split()) >= 2
        cased = right[:1].isupper() or cleaned == cleaned.lower()  # dictation has no capitals
        if (firm_like or not one_first) and cased:  # not "Ursula von der Leyen", "Ana de la Cruz"
            contact, account = left, right
    if (contact, account) != (result.contact, result.account):
        return replace(result, contact=contact, account=account)
    return result


def _names_linked(msg: _Msg, lang: str) -> tuple[str | None, str | None]:
    """(contact, account) of a log in es/de/fr/nb: the first capitalised name after a link
    word ("mit", "à", "con", "med", a title), a person when a title or a first name says so,
    else a company; a firm named after the person ("von der Allianz", "de Renault")."""
    links = fold(_NAME_LINK_OTHER.get(lang, ""))
    if not links:
        return None, None
    lowered = msg.text == msg.text.lower()  # dictated: no capitals to go by
    for m in re.finditer(rf"(?<![\w'])(?:{links})(?:\s+|(?<=')|(?<=\.)\s*)", msg.folded):
        i = m.end()
        if i >= len(msg.text) or msg.blocked_at(i) or not (msg.text[i].isupper() or lowered):
            continue
        r = msg.run(i, lower_ok=lowered, max_words=4)
        if r is None or _not_a_name(r[0]):
            continue
        link = " ".join(m.group(0).split())
        name, end = r[0], r[2]
        tidy = _names_tidy(ParseResult(intent="log_activity", contact=name), msg.text, lang)
        if tidy.account:  # "Jonas Becker von der Allianz"
            at = msg.text.find(tidy.account, i + len(tidy.contact or ""))
            whole = msg.run(at, lower_ok=False, max_words=5, suffix_ok=True) if at > 0 else None
            return tidy.contact, whole[0] if whole else tidy.account
        if link in ("bei", "chez", "hos") and not _is_person(name):
            return None, name  # "Heute bei Bosch gewesen": a visit to a firm
        if link in _TITLE_LINKS or _is_person(name) or lang != "de" or not _is_company(name):
            if link not in _TITLE_LINKS and (_is_company(name) or name.isupper()):
                return None, name
            return name, _account_after(msg, end)
        return None, name
    return None, None


_GLUED_WITH = re.compile(r"(?i)-?(?:rekin|ekin|мен|пен|бен)$")
_GREEK_ARTICLE = re.compile(r"(?i)^(?:ο|η|τον|την|τη|το|του|της)\s+")


_EU_PLACE_OF = re.compile(r"(?<=\w{3})-?(?:eko|ko)$")


def _names_free_order(msg: _Msg, lang: str) -> tuple[str | None, str | None]:
    """(contact, account) of a Greek, Basque or Kazakh log, wherever the names stand.

    Every capitalised run that is not a date is a name; Basque and Kazakh lose the case
    ending glued to its last word ("Дәурен Ахметовпен" → Дәурен Ахметов, "Jon Arrietari" →
    Jon Arrieta). A run in Latin letters in a Greek or Kazakh message is a company ("Air
    Astana кеңсесінде"), and so is a Basque run whose first word is no first name. The first
    word of the message is a name only when it carries a case ending or is a first name:
    otherwise it is the capitalised verb or noun a sentence starts with."""
    glued = _GLUED_END.get(lang)
    contact: str | None = None
    account: str | None = None
    i = 0
    text = msg.text
    while i < len(text):
        m = re.compile(r"(?<![\w@.'’-])[^\W\d_]").search(text, i)
        if m is None:
            break
        i = m.start()
        if not text[i].isupper() or msg.blocked_at(i):
            i = m.end()
            continue
        r = msg.run(i, lower_ok=False, max_words=4)
        if r is None:
            i = m.end()
            continue
        name, _s, end = r
        words = name.split()
        if lang == "el" and len(words) > 1 and fold(words[0]) in ("ο", "η", "τον", "την", "το"):
            words = words[1:]  # "Η Ελένη από την Cosmote με πήρε": the article, then the name
            i = i + 1  # not the sentence's first word any more
        if lang == "eu" and len(words) > 1 and _EU_PLACE_OF.search(words[0]):
            # "Irizarreko Joxe Mariri": Joxe Mari of Irizar (the firm before the person)
            firm = _EU_PLACE_OF.sub("", words[0])
            account = account or (firm[:-1] if firm.endswith("rr") else firm)
            words = words[1:]
            i = i + 1
        if lang == "kk" and len(words) > 1 and _script(words[0]) != _script(words[-1]):
            words = words[:1]
        last = words[-1]
        bare_last = glued.sub("", last) if glued else last
        cut = bare_last != last and len(bare_last) >= 3
        if cut:
            words[-1] = bare_last
        name = " ".join(words).strip(" -")
        latin = name.isascii()
        first_name = fold(words[0]) in _first_names()
        several = len(words) >= 2 and lang in ("kk", "eu")  # "Айгерим Нұрланқызы деген …"
        if i == 0 and not (cut or first_name or several or (latin and lang != "eu")):
            i = end
            continue
        if _not_a_name(name) or _stage_of(name):
            i = end
            continue
        if (latin and lang in ("kk", "el")) or (lang == "eu" and not first_name and not cut):
            account = account or name
        elif lang == "eu" and cut and not first_name:
            if re.search(r"(?i)-?(?:ri|rekin|ekin|i)$", last):  # "Jon Arrietari": a person
                contact = contact or name
            else:
                account = account or name
        else:
            contact = contact or name
        i = end
    return contact, account


# ---- names, second look (English logs and reminders) -----------------------------------------

_POSSESSIVE = re.compile(r"^(?P<owner>[^\W\d_].*?)['’]s(?=\s|$)")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# a role or a group of a company's people before "of/at/from <company>": "the founders of
# Paystack", "their COO at Zeta", "the guys from Zeta Holdings", "the cfo of glencore"
_ROLE_OF = _rx(
    r"(?<!\w)(?:the|their|its|our|a|an|some|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?(?:team|folks|"
    r"guys|people|crew|"
    r"founders?|ceo|cfo|cto|coo|cio|cmo|vp|head|lead|buyer|owner|director|manager|staff|"
    r"engineers|board|boss|procurement|it|ops)(?:\s+of\s+[\w&]+)?\s+(?:of|at|from)\s+(?=\S)"
)
# words right before a lone first name that make it a person: "met Ahmed", "their buyer Ahmed"
_PERSON_CUE = re.compile(
    r"(?i)(?:(?<!\w)(?:met|saw|with|w/|and|to|buyer|lead|contact|ceo|cfo|cto|coo|head|manager|"
    r"director|founder|owner)|,)\s*$"
)
_NOT_PERSON_CUE = re.compile(r"(?i)(?<!\w)(?:at|@|from|of|in|on|for|the)\s*$")
_CALENDAR_WORD = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_LOWER_MET = _rx(r"(?<!\w)(?:met|saw|met\s+with|spoke\s+with|with)\s+")


def _firm_like(name: str) -> bool:
    """A name that reads as a company, not a person: a legal suffix ("Sasol Ltd"), a trade
    word ("Bank of Ireland", "Emirates Airlines") or an acronym ("IBM", "HSBC")."""
    words = [fold(w).strip(".,") for w in name.split()]
    return (
        _is_company(name)
        or any(w in _LOWER_FIRM_END for w in words)
        or (len(words) == 1 and bool(_ACRONYM.fullmatch(name)) and not _is_person(name))
    )


def _person_after_owner(msg: _Msg, pos: int) -> str | None:
    """The person after "<Company>'s": "Telenor's Kjetil Haugen", "Roche's Dr. Beat Keller",
    or after the role: "KPMG's audit lead, Sarah O'Brien"."""
    r = msg.run(pos, lower_ok=False, max_words=4)
    if (
        r
        and (_is_person(r[0]) or len(r[0].split()) >= 2)
        and not _firm_like(r[0])
        and not any(_not_a_name(w) for w in r[0].split())
        and not _PLACE_AFTER.match(msg.folded, r[2])  # "Fonterra's Auckland office"
    ):
        return r[0]
    ap = re.match(r"[^,.;:!?]{1,40}?,\s*", msg.text[pos:])
    if ap:
        r = msg.run(pos + ap.end(), lower_ok=False, max_words=4)
        if r and _is_person(r[0]):
            return r[0]
    return None


def _person_later(msg: _Msg, account: str | None) -> tuple[str, int] | None:
    """A person a log names besides its company, anywhere in it: "visited Northwind, met their
    buyer Ahmed", "Bank of Ireland called, Siobhan Murphy wants …", "Their COO, Bilal Qureshi,
    wants a pilot". A known first name starts it; a lone first name needs a cue before it."""
    text = msg.text
    if text == text.lower():  # dictated: "visited mercy hospital and met doctor amara okafor"
        for m in _LOWER_MET.finditer(msg.folded):
            r = msg.run(m.end(), lower_ok=True, max_words=3)
            if r and _is_person(r[0]) and not _not_a_name(r[0]) and r[0] != account:
                return r[0], r[2]
        return None
    for m in re.finditer(r"(?<![\w@.'’/-])[^\W\d_]", text):
        i = m.start()
        if not text[i].isupper() or msg.blocked_at(i):
            continue
        r = msg.run(i, lower_ok=False, max_words=4)
        if r is None:
            continue
        name = r[0]
        if account and (fold(name) in fold(account) or fold(account) in fold(name)):
            continue
        if not _is_person(name) or _not_a_name(name) or _firm_like(name):
            continue
        head = text[:i]
        if _NOT_PERSON_CUE.search(head):
            continue
        if len(name.split()) >= 2:
            return name, r[2]
        if _PERSON_CUE.search(head) and not _CALENDAR_WORD.fullmatch(fold(name)):
            return name, r[2]  # "met their buyer Ahmed"; "push it to January" names no one
    return None


# a role or a team right after a company's "'s": "Acme's CFO", "Adidas's marketing head"
_ROLE_AFTER = _rx(
    r"\s*(?:[\w-]+\s+){0,2}?(?:cfo|ceo|cto|coo|cio|cmo|vp|head|lead|buyer|owner|director|"
    r"manager|team|people|folks|guys|office|procurement|legal|finance|it|ops|staff|board|"
    r"founders?|engineers?|sales|marketing|purchasing|hr|audit)(?!\w)"
)
# a business noun after a capitalised run: "about the Acme quote", "about Reliance Jio's order"
_BUSINESS_NOUN = _rx(
    r"(?:['’]s)?\s+(?:quote|renewal|contract|deal|order|invoice|proposal|po|pilot|rollout|"
    r"tender|account|project|licen[cs]es|pricing|demo|rfp|sow|nda|msa|opportunity|opp)(?!\w)"
)
_THE_ACCOUNT = re.compile(
    r"(?<!\w)the\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+account(?!\w)"
)
# "met Rahul at the Infosys booth", "lunch with the Globex folks" (not "the Tokyo office": a
# place, as for reminders)
_THE_PLACE = re.compile(
    r"(?<!\w)the\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:booth|stand|stall|"
    r"team|folks|guys|people|crew)(?!\w)"
)
_ABOUT = _rx(r"(?<!\w)(?:about|re|regarding)\s+(?:the\s+)?(?=[^\W\d_])")
_CLAUSE_START = re.compile(
    r"(?:^|[.!?:;]\s+|,\s+)(?:(?:ok|okay|so|anyway|and|then|also|finally|well|but)[\s,]+)*"
)


def _clause_log_names(
    cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> tuple[str | None, str | None] | None:
    """The names of the first clause of a longer note that the log rules read ("Happy
    Thanksgiving all! Quick one: called Pooja Desai at Larsen & Toubro, …"): the rules know
    "called X at Y", where the tagger, on a long note, can take a greeting for a name."""
    folded = fold(cleaned)
    for cm in _CLAUSE_START.finditer(folded):
        if cm.end() == 0 or cm.end() >= len(cleaned):
            continue
        sub = cleaned[cm.end() :]
        lm = _LOG.match(fold(sub))
        if lm is None:
            continue
        msg = _Msg(sub)
        reading = read_whens(sub, local_now(now, tz), tz, lang, date_order=order)
        for w in reading.whens:
            msg.block(w.start, w.end)
        for a, b in reading.unread:
            msg.block(a, b)
        res = _parse_log(msg, lm, [], _base_entities(msg), local_now(now, tz))
        if res.contact or res.account:
            return res.contact, res.account
    return None


@cache
def _everyday() -> frozenset[str]:
    """Everyday words of the training text, never a name (``trained/everyday.txt``, written
    by ``python -m handlers.language.train``; handlers.language.known reads it too)."""
    path = Path(__file__).resolve().parent / "trained" / "everyday.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text("utf-8").split() if not w.startswith("#"))


def _apposed_firm(msg: _Msg, contact: str) -> str | None:
    """A company in apposition after the person: "Javier Morales, Repsol, about the tender",
    "lunch w/ Gustavo Lima, Embraer, tmrw 1pm" (the run ends at a comma, a date or the end)."""
    at = msg.text.find(contact)
    ap = re.match(r"\s*,\s*", msg.text[at + len(contact) :]) if at >= 0 else None
    if ap is None:
        return None
    r = msg.run(at + len(contact) + ap.end(), lower_ok=False, max_words=4)
    if (
        r
        and not _is_person(r[0])
        and not _not_a_name(r[0])
        and not _CALENDAR_WORD.fullmatch(fold(r[0]))
        and fold(r[0]).split()[0] not in _everyday()  # "Happy Birthday,", "New Year,"
        and msg.text[r[2] :].lstrip()[:1] == ","  # closed by a comma: "text Sarah, Happy
        # Birthday tomorrow" is a greeting, not a company
    ):
        return r[0]
    return None


# the last word of a firm's name that says its trade: "mountain view logistics", "blue ridge
# dental", "Lopez Roofing", "red oak capital" (a name of two words or more ends with it; the
# word alone is a word)
_TRADE_END = _LOWER_FIRM_END | frozenset(
    _words(
        "logistics|freight|cargo|shipping|transport|trucking|couriers|dental|clinic|clinics|"
        "hospital|pharma|pharmaceuticals|healthcare|roofing|plumbing|electrical|construction|"
        "builders|landscaping|architects|capital|ventures|investments|partners|associates|"
        "properties|realty|estates|organics|foods|produce|bakery|bakeries|brewery|dairy|farms|"
        "marine|services|solutions|systems|technologies|labs|software|analytics|robotics|"
        "networks|telecom|communications|wireless|energy|power|utilities|mining|cement|steel|"
        "chemicals|plastics|packaging|textiles|apparel|manufacturing|distribution|distributors|"
        "wholesale|supplies|supply|trading|retail|hotels|restaurants|media|publishing|printing|"
        "insurance|consulting|consultancy|accountants|automotive|aviation|group|academy|"
        "studios|outfitters|interiors"
    )
)
# a company's people said as a group before or after its name: "the northwind folks", "call
# the hooli team", "the fonterra buyers" (typed in lower case: _THE_PLACE has the capitals)
_THE_GROUP = re.compile(
    r"(?i)(?<!\w)the\s+(?P<n>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,2}?)\s+"
    r"(?:team|folks|guys|people|crew|buyers|procurement\s+team|it\s+team)(?!\w)"
)
# the company's own pronouns after a one-word name: "met w/ globex today, they want a pilot"
_THEY = _rx(r"(?<!\w)(?:they|they're|theyre|they’re|their|them|they'll|they’ll)(?!\w)")
_HE_SHE = _rx(r"(?<!\w)(?:he|she|his|her|him|he's|she's|he’s|she’s)(?!\w)")
# "from" / "of" / "over at" after a person: a lower-case firm is named by the link itself
_FIRM_LINK = _rx(r"\s*(?:,\s*)?(?:over\s+at|from|of)\s+(?=\S)")


def _trade_firm(name: str | None) -> bool:
    """A name of two words or more whose last word says a trade ("blue ridge dental")."""
    words = [fold(w).strip(".,") for w in (name or "").split()]
    return (
        len(words) >= 2
        and words[-1] in _TRADE_END
        and not any(w in _NOT_A_NAME for w in words)
        and words[0] not in _everyday()
    )


def _named_firm(name: str) -> bool:
    """A run typed in lower case that may name a company: no word of it an everyday word,
    a team, a month or a weekday ("from accounting", "the sales team", "the march folks")."""
    words = fold(name).split()
    return bool(words) and not any(
        w in _everyday() or w in _NOT_A_NAME or _CALENDAR_WORD.fullmatch(w) for w in words
    )


def _group_firm(msg: _Msg) -> str | None:
    """The company of "the X team/folks/guys/people" ("call with the northwind folks")."""
    for m in _THE_GROUP.finditer(msg.text):
        name = re.sub(r"['’]s$", "", m.group("n"))
        if msg.blocked_at(m.start("n")) or not _named_firm(name):
            continue
        if len(name.split()) == 1 and _is_person(name):
            continue  # "the dana team": a person's team
        return name
    return None


def _lower_firm_after(msg: _Msg, contact: str) -> str | None:
    """A firm typed in lower case after a person and "from/of/over at": "Kenji from rakuten
    called back", "Aroha Ngata of fonterra" (not "Ana from accounting")."""
    at = msg.text.find(contact)
    if at < 0:
        return None
    link = _FIRM_LINK.match(msg.folded, at + len(contact))
    if link is None:
        return None
    r = msg.run(link.end(), lower_ok=True, max_words=4)
    if r is None or _is_person(r[0]) or not (_named_firm(r[0]) or _trade_firm(r[0])):
        return None
    return r[0]


# verbs of a to-do that a lower-case run after "to" starts with ("to chase pinnacle roofing")
_TODO_VERBS = frozenset(_words("chase|invoice|bill|call|email|ping|text|ring|visit|meet|pay|ask"))


def _lower_trade_firm(msg: _Msg) -> str | None:
    """A trade firm after a verb of a to-do, in lower case: "invoice mountain view logistics",
    "remind me to follow up with blue ridge dental"."""
    for m in _LOWER_NAME_AFTER.finditer(msg.folded):
        r = msg.run(m.end(), lower_ok=True, max_words=4, suffix_ok=True)
        if r and _trade_firm(r[0]) and fold(r[0]).split()[0] not in _TODO_VERBS:
            return r[0]
    for m in re.finditer(r"(?<!\w)(?:invoice|chase|bill|prep\s+for|for)\s+", msg.folded):
        r = msg.run(m.end(), lower_ok=True, max_words=4, suffix_ok=True)
        if r and _trade_firm(r[0]):
            return r[0]
    return None


# "about the globex renewal", "prep for the contoso workshop": the firm named by its thing
_THE_FIRM_THING = _rx(
    r"(?<!\w)(?:about|re|regarding|for|on)\s+the\s+(?P<n>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_]"
    r"[\w&'’-]*)?)\s+(?:quote|renewal|contract|deal|order|invoice|proposal|pilot|rollout|tender|"
    r"project|pricing|demo|workshop|kickoff|migration|expansion|opportunity|opp|rfp|sow|nda|po)"
    r"(?!\w)"
)


def _the_firm_thing(msg: _Msg) -> str | None:
    """The company of "about the globex renewal" in a reminder typed in lower case."""
    for m in _THE_FIRM_THING.finditer(msg.folded):
        name = msg.text[m.start("n") : m.end("n")]
        if msg.blocked_at(m.start("n")) or not _named_firm(name):
            continue
        if len(name.split()) == 1 and _is_person(name):
            continue
        return name
    return None


def _apposed_trade_firm(msg: _Msg, contact: str) -> str | None:
    """A trade firm typed in lower case between commas after the person: "met with Fiona
    Walsh, kerry group, about the dairy contract"."""
    at = msg.text.find(contact)
    ap = re.match(r"\s*,\s*", msg.text[at + len(contact) :]) if at >= 0 else None
    if ap is None:
        return None
    r = msg.run(at + len(contact) + ap.end(), lower_ok=True, max_words=4, suffix_ok=True)
    if r and _trade_firm(r[0]) and msg.text[r[2] :].lstrip()[:1] in (",", ""):
        return r[0]
    return None


# people and places of one's own life a to-do names in lower case: never a company
_OWN_PEOPLE = frozenset(
    _words(
        "mom|mum|mother|dad|father|sister|brother|son|daughter|wife|husband|kids|babysitter|"
        "nanny|doctor|dentist|boss|manager|landlord|plumber|electrician|mechanic|garage|bank|"
        "pharmacy|vet|accountant|lawyer|myself|prospect|supplier|vendor|client|customer|them|"
        "him|her|everyone|someone|somebody|grandma|grandpa|granny|aunt|uncle|cousin|friend|"
        "neighbour|neighbor|team|office|school|hospital|gym|insurance|hr|home|clinic|partner"
    )
)


# a verb of giving before "to <recipient>" in the same clause: "send the proposal to hooli"
_GIVE_TO = _rx(
    r"(?<!\w)(?:send|sent|email|e-mail|mail|give|get|forward|deliver|submit|show|present|ship|"
    r"hand|take|bring|talk|speak|reach\s+out|write|pass|return|resend|explain)\b[^,.;:!?]*$"
)


_OBJECT_AFTER = _rx(r"\s+(?:the|a|an|our|my|this|that|these|those|some|about|for|re)\s")


def _lower_one_word_firm(msg: _Msg) -> str | None:
    """One word typed in lower case after a to-do's verb that is no first name, no everyday
    word, no team and no one of one's own: the company, as a capitalised one is ("chase
    Globex"): "cb zeiss tmrw 11am", "send initech the revised quote". Short words (three
    letters or fewer: "raj", "ayo") may be first names the list lacks: not read."""
    for m in _LOWER_NAME_AFTER.finditer(msg.folded):
        if m.group(0).split()[0] == "to" and not _GIVE_TO.search(msg.folded, 0, m.start()):
            continue  # "remind me to check the oven": "to" before a verb, not a recipient
        r = msg.run(m.end(), lower_ok=True, max_words=3)
        if r is None or " " in r[0].strip() or msg.text[r[1] : r[2]] != r[0]:
            continue
        word = fold(r[0]).strip(".,'’")
        lead = m.group(0).split()[0]
        if lead in ("send", "ask", "tell", "thank") and not _OBJECT_AFTER.match(msg.folded, r[2]):
            continue  # "send invoices": the thing sent; "send initech the quote": the firm
        if (
            len(word) < 4
            or (word.endswith("s") and word[:-1] in _everyday())
            or not r[0].islower()
            or not word.isalpha()
            or word in _first_names()
            or word in _everyday()
            or word in _OWN_PEOPLE
            or word in _TODO_VERBS
            or _not_a_name(word)
            or _CALENDAR_WORD.fullmatch(word)
        ):
            continue
        return r[0]
    return None


# verbs a company does as the subject of a log: "northwind rang about …", "takeda replied"
_SUBJECT_VERB_LOG = _rx(
    r"\s+(?:called|called\s+back|rang|phoned|emailed|e-mailed|wrote|replied|texted|messaged|"
    r"pinged|got\s+back|reached\s+out|came\s+back|is\s+asking|asked|wants|needs|confirmed)"
    r"(?!\w)"
)
# a run the tagger closed with a verb, or across a sentence: not a name
_NAME_TAIL_VERB = frozenset(
    _words(
        "replied|called|rang|emailed|wrote|said|says|wants|signed|confirmed|asked|agreed|"
        "phoned|texted|messaged|got|sent|came|is|are|was|were|needs"
    )
)
_SENTENCE_IN_NAME = re.compile(r"(?P<w>[^\W\d_]{4,})[.!?]\s")


def _name_trimmed(name: str | None) -> str | None:
    """A company read with a verb after it ("safaricom replied") without the verb; one read
    across a sentence end ("Weather's terrible. Anyway") is no name at all."""
    if not name:
        return name
    sm = _SENTENCE_IN_NAME.search(name)
    if sm and _suffix_key(sm.group("w")) not in _COMPANY_SUFFIX:
        return None
    words = name.split()
    if len(words) >= 2 and fold(words[-1]) in _NAME_TAIL_VERB:
        return " ".join(words[:-1])
    return name


def _subject_firm(msg: _Msg) -> str | None:
    """The company that starts a log as its subject: "blue ridge dental called back", "Takeda
    got back to me, they need …" (a trade or legal name, or one word the message calls
    "they"; not a person's first name, not a team)."""
    first = msg.folded.split()[0].rstrip(".") if msg.folded.split() else ""
    if first in _TITLES:
        return None  # "Dr. Keller called": a person
    r = msg.run(0, lower_ok=True, max_words=5, suffix_ok=True)
    if r is None:
        return None
    name = None
    for wm in re.finditer(r"\S+", msg.text[r[1] : r[2]]):  # "northwind rang": the run ate it
        if _SUBJECT_VERB_LOG.match(msg.folded, r[1] + wm.end()):
            name = msg.text[r[1] : r[1] + wm.end()]
            break
    if name is None:
        return None
    if _is_person(name) or _not_a_name(name) or fold(name).split()[0] in _OWN_PEOPLE:
        return None
    if _trade_firm(name) or _firm_like(name):
        return name
    if len(name.split()) == 1 and _named_firm(name) and _they_firm(msg, name):
        return name  # "globex called, they want …"; "kasia called, wants a demo" is unread
    return None


def _they_firm(msg: _Msg, contact: str) -> bool:
    """One word read as the person, not a first name, that the message goes on to call "they"
    and never "he/she": the company ("met w/ globex today, they want a pilot")."""
    if len(contact.split()) != 1 or _is_person(contact) or _not_a_name(contact):
        return False
    at = msg.text.find(contact)
    if at < 0 or fold(contact) in _everyday():
        return False
    before = msg.folded[:at].split()
    if before and before[-1].strip(".") in _TITLES:
        return False  # "met Mr Okafor, they …": a person
    after = msg.folded[at + len(contact) :]
    return bool(_THEY.search(after)) and not _HE_SHE.search(msg.folded)


def _names_refined(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    """A second look at the contact and account of an English log or reminder, for the ways
    of naming them that one run of words after a verb misses: a company's possessive
    ("Acme's CFO", "Telenor's Kjetil Haugen"), an acronym or a firm read as the person
    ("spoke with IBM", "Bank of Ireland called"), a team word ("w/ cfo @ Tesco"), a person
    named later in the note ("visited Northwind, met their buyer Ahmed"), a company after a
    role ("the founders of Paystack") or in apposition ("Javier Morales, Repsol, …")."""
    contact, account = result.contact, result.account
    msg = _Msg(cleaned)
    for w in find_whens(cleaned, local_now(now, tz), tz, lang, date_order=order):
        msg.block(w.start, w.end)
    lowered = cleaned == cleaned.lower()
    for value in (contact, account):
        pm = _POSSESSIVE.match(value or "")
        if value is None or pm is None:
            continue
        owner = pm.group("owner")
        at = cleaned.find(value)
        if at < 0 or _is_person(owner) or (owner[0].islower() and not lowered):
            continue  # "Ana de la Cruz's contract": a person's thing names her
        person = _person_after_owner(msg, at + pm.end())
        role = _ROLE_AFTER.match(msg.folded, at + pm.end())
        if person is None and role is None and not _firm_like(owner):
            continue  # "buy Mom's gift", "the Christmas's menu": no company's people named
        contact, account = person, owner
        break
    if result.intent == "remind" and contact and account is None and not lowered:
        for am in _ABOUT.finditer(msg.folded):
            r = msg.run(am.end(), lower_ok=False, max_words=4)
            if r is None or r[0] == contact or _is_person(r[0]) or _not_a_name(r[0]):
                continue
            if _stage_of(r[0]) or _CALENDAR_WORD.match(fold(r[0])):
                continue
            if not _firm_like(r[0]) and not _BUSINESS_NOUN.match(msg.folded, r[2]):
                continue  # "call Mum about Christmas dinner": a holiday, not a company
            account = re.sub(r"['’]s$", "", r[0])  # "call Ravi Shankar about Reliance Jio"
            break
    if result.intent == "remind" and contact and account is None and not lowered:
        account = _apposed_firm(msg, contact)  # "call Ana Ruiz, Acme, tomorrow 3pm"
    if result.intent == "remind":
        if account is None and contact and _trade_firm(contact):
            contact, account = None, contact  # "follow up with blue ridge dental"
        if account is None and contact:
            account = _lower_firm_after(msg, contact)  # "ask Sofia over at natura"
        if account is None:
            account = _group_firm(msg) or _lower_trade_firm(msg) or _the_firm_thing(msg)
        if account is None and contact is None:
            account = _lower_one_word_firm(msg)  # "cb zeiss tmrw 11am", "call initech at 3"
        if (contact, account) == (result.contact, result.account):
            return result
        return replace(result, contact=contact, account=account)
    if result.confidence < RULE_CONFIDENCE:
        clause = _clause_log_names(cleaned, now, tz, lang, order)
        if clause is not None:  # "Long day at the expo. Best lead: met Kenji Watanabe from …"
            contact, account = clause[0] or contact, clause[1] or account
    if account and _not_a_name(account):
        account = None  # "the procurement team at umbrella": a team names no record
    account = _name_trimmed(account)  # "safaricom replied", "Weather's terrible. Anyway"
    subject = _subject_firm(msg) if account is None or contact is None else None
    if subject is not None:
        # "northwind rang about the late shipment"; "blue ridge dental called back" read as
        # "ridge dental": the whole name, and no person
        inside = contact is not None and (
            (len(subject) > len(contact) and fold(subject).endswith(" " + fold(contact)))
            or (fold(subject) == fold(contact) and _they_firm(msg, contact))
        )
        if (account is None and (contact is None or inside or _they_firm(msg, contact))) or (
            account is not None and contact is None and fold(subject).endswith(fold(account))
        ):
            contact = None if inside else contact
            account = subject
    if contact and _not_a_name(contact):
        contact = None  # "mtg w/ cfo @ Tesco", "spoke w/ procurement @ Airbus": no one named
    if contact and account is None and not _is_person(contact) and _firm_like(contact):
        contact, account = None, contact  # "spoke with IBM", "Bank of Ireland called"
    if contact and account is None and (_trade_firm(contact) or _they_firm(msg, contact)):
        contact, account = None, contact  # "call w/ northstar freight", "met w/ globex, they …"
    if contact and account is None:
        account = _lower_firm_after(msg, contact)  # "Kenji from rakuten called back"
    if account is None:
        account = _group_firm(msg)  # "call with the northwind folks"
    if account is None and contact is None:
        account = _lower_trade_firm(msg)  # "emailed the quote to wayne enterprises"
    if account is None and contact:
        account = _apposed_trade_firm(msg, contact)  # "met Fiona Walsh, kerry group, about"
    if contact and account is None and len(contact.split()) == 1 and not _is_person(contact):
        later = _person_later(msg, contact)
        if later is not None and len(later[0].split()) >= 2:
            # "met with Acme today, Jon Snow was there": the one word was the company
            contact, account = later[0], contact
    if contact and not _is_person(contact) and all(w in _everyday() for w in fold(contact).split()):
        contact = None  # "emailed quote to keiko @ mitsui": the thing sent, not its recipient
        to = re.compile(r"(?<!\w)(?:to|with|w/)\s+").search(msg.folded)
        r = msg.run(to.end(), lower_ok=True, max_words=3) if to else None
        after = _account_after(msg, r[2]) if r else None
        if r and (after or _is_person(r[0])) and not _not_a_name(r[0]):
            contact, account = r[0], account or after
    if contact is None:
        later = _person_later(msg, account)
        if later is not None:
            contact = later[0]
            account = account or _account_after(msg, later[1])
    if account is None:
        named = _THE_ACCOUNT.search(cleaned) or _THE_PLACE.search(cleaned)
        if named and not _not_a_name(named.group("n")):  # "Note for the Fjordtech account: …"
            account = named.group("n")
    if account is None:
        role = _ROLE_OF.search(msg.folded)
        r = msg.run(role.end(), lower_ok=lowered, max_words=5, suffix_ok=True) if role else None
        if r and not _is_person(r[0]) and not _not_a_name(r[0]):
            account = r[0]
    if account is None and contact and not lowered:
        account = _apposed_firm(msg, contact)  # "called Javier Morales, Repsol, about …"
    if (contact, account) == (result.contact, result.account):
        return result
    return replace(result, contact=contact, account=account)


_BARE_WEEKDAY = re.compile(
    r"(?i)(?:on\s+)?(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)(?:day)?\.?"
)
_PAST_VERB = re.compile(
    r"(?i)\s*(?:i\s+)?(?:called|met|emailed|e-mailed|spoke|talked|visited|phoned|rang|saw|"
    r"texted|messaged|caught\s+up|had\s+(?:a\s+)?(?:call|meeting|lunch|coffee|chat))\b"
)
_OR_WORDS = r"or|and|and\s+then|or\s+maybe|o|u|y|oder|und|ou|et|eller|og|ή|και|/"
_OR_GAP = re.compile(rf"(?i)[\s,]*(?:(?:{_OR_WORDS})[\s,]*)?")
_OR_END = re.compile(rf"(?i)^(?:{_OR_WORDS})\s+|\s+(?:{_OR_WORDS})$")


def _day_with_its_time(result: ParseResult, whens: list[WhenMatch], lnow: datetime) -> ParseResult:
    """The same day said twice, once with its hour ("Friday feeling. … call him tomorrow at
    3pm" on a Thursday): one when, at that hour, never the day's default 09:00."""
    if result.due is None:
        return result
    day = result.due.astimezone(lnow.tzinfo).date()
    timed = [
        w
        for w in whens
        if w.has_time and w.has_date and w.due.astimezone(lnow.tzinfo).date() == day
    ]
    if timed and not any(w.has_time and w.due == result.due for w in whens):
        return replace(result, due=timed[0].due)
    return result


# "monday's board meeting": a day that names the thing stays in the text shown back (cut,
# it left "prep for 's board meeting")
_NAMES_A_THING = re.compile(r"['’]s(?!\w)")


# A time changed in the same message: "… at 3. actually make it 4", "make it 4:30 instead"
_TIME_FIX = re.compile(
    r"(?i)(?<!\w)(?:make\s+it|change\s+(?:it|that)\s+to|move\s+it\s+to|or\s+rather)\s+"
    r"(?:at\s+)?(?P<v>\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|noon|midday)(?![\w%€$£])"
)


# Between a day and the hour said after it for that day: "friday by noon", "on the 7th. 11am",
# "friday. 3pm is best": a few link words and at most one sentence end.
_DAY_HOUR_GAP = re.compile(
    r"(?i)[\s,;:.!-]*(?:(?:by|at|around|about|before|make\s+it|say|ideally|latest)\s+)?"
)


def _hour_said_after(
    result: ParseResult, whens: list[WhenMatch], lnow: datetime, text: str
) -> ParseResult:
    """A day read at its default 09:00 while an hour is said after it on its own ("next step
    send the proposal friday by noon", "next meeting on the 7th. 11am her office"): that day
    at that hour when only link words stand between; further away, whose hour it is cannot be
    told, so the bot asks (never the day's 09:00 beside an hour the user typed)."""
    if result.due is None or result.intent not in ("remind", "log_activity"):
        return result
    day = next((w for w in whens if w.has_date and not w.has_time and w.due == result.due), None)
    if day is None:
        return result
    later = [w for w in whens if w.start >= day.end]
    hour = later[0] if later and later[0].has_time and not later[0].has_date else None
    if hour is None:
        return result
    at = hour.due.astimezone(day.due.tzinfo)
    if (at.hour, at.minute) == (day.due.hour, day.due.minute):
        return result  # "Astelehenean goizeko bederatzietan": the hour is the one read
    gap = text[day.end : hour.start]
    if _DAY_HOUR_GAP.fullmatch(gap) and gap.count(".") + gap.count("!") <= 1:
        return replace(result, due=day.due.replace(hour=at.hour, minute=at.minute))
    return replace(
        result,
        due=None,
        unread=(*result.unread, text[day.start : day.end], text[hour.start : hour.end]),
        confidence=min(result.confidence, ASK_BELOW / 2),
    )


def _one_when(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    """Two days or two times for one reminder or follow-up ("friday or monday", "at 3 …
    at 5"): no due, both shown back, and the bot asks which (issue 10: never pick one)."""
    if result.intent == "remind" and result.text and _REMIND_ME.match(result.text):
        body = _REMIND_ME.sub("", result.text)  # "remind me of my brother's birthday"
        link = _REMIND_LINK.match(fold(body))
        result = replace(result, text=(body[link.end() :] if link else body) or result.text)
    if result.intent == "log_activity" and result.amount is not None:
        folded_log = fold(cleaned)
        figures = [a for a in find_amounts(folded_log) if a.value == result.amount]
        if figures and all(about_the_business(folded_log, a) for a in figures):
            result = replace(result, amount=None, currency=None)  # "revenue 3.2bn": the note's
        elif one_amount(folded_log)[1] is not None:
            # "budget 50-60k", "40k or 50k": no one amount was said; the note keeps the words
            # and no amount is picked (a log's question is its follow-up, not its money)
            result = replace(result, amount=None, currency=None)
    if result.intent in ("create_deal", "update_deal") and result.amount is not None:
        amount, doubt = one_amount(fold(cleaned))
        if doubt is None and amount is not None:
            doubt = not_the_value(fold(cleaned), amount)  # "by 5k", "$300 per seat": ask
        if doubt is not None:  # "40k or 50k", "40-50k": no amount, the bot asks
            deal = result.deal
            at = deal.lower().find(doubt.split()[0]) if deal else -1
            if deal and at > 0 and doubt.startswith(deal.lower()[at:]):
                deal = deal[:at].strip(" ,") or None  # the name stops before the amounts
            result = replace(
                result,
                deal=deal,
                amount=None,
                currency=None,
                unread=(*result.unread, doubt),
                confidence=min(result.confidence, ASK_BELOW / 2),
            )
        elif amount is not None and amount.value != result.amount:  # "from 10k to 15k"
            result = replace(result, amount=amount.value, currency=amount.currency)
    if result.intent in ("create_deal", "update_deal") and (
        result.close is not None or _close_unread(cleaned, now, tz, lang, order)
    ):
        return _one_close(result, cleaned, now, tz, lang, order)
    if result.due is None or result.unread or result.intent not in ("remind", "log_activity"):
        return result
    lnow = local_now(now, tz)
    whens = find_whens(cleaned, lnow, tz, lang, date_order=order)
    said_whens = whens
    if result.intent == "log_activity":
        folded = fold(cleaned)
        marked = followup.own_marks(cleaned, folded, _FOLLOW_MARK.finditer(folded))
        note = result.activity_type == "note"
        whens = _log_due_candidates(whens, cleaned, folded, lnow, note=note)
        if (
            len(whens) == 2
            and _BARE_WEEKDAY.fullmatch(cleaned[whens[0].start : whens[0].end])
            and _PAST_VERB.match(cleaned)
            and followup.owner(cleaned, folded, whens[0].start) == "head"
            and followup.owner(cleaned, folded, whens[1].start) != "head"
        ):
            # "visited Castell on monday …, next visit december 14 at 10am": the bare weekday
            # of the report is the day it took place (a past one), the later date the next step
            if result.due == whens[0].due:
                result = replace(result, due=whens[1].due)
            whens = whens[1:]
        said = cleaned[whens[0].start : whens[0].end] if len(whens) == 1 else ""
        if (
            not marked
            and _BARE_WEEKDAY.fullmatch(said)
            and _PAST_VERB.match(cleaned)
            and followup.owner(cleaned, folded, whens[0].start) == "head"
        ):
            # "called Ana monday": the day the call took place or the next contact?
            return replace(result, due=None, unread=(said,), text=result.text)
    fixed = _TIME_FIX.search(cleaned)
    changed = [w for w in said_whens if fixed and w.has_time and w.end <= fixed.start()]
    if fixed is not None and changed:
        # "wednesday at 3. actually make it 4": a bare "4" is no time the rules read, but it
        # changes the one said; which of the two is meant is asked, never the first kept
        return replace(
            result,
            due=None,
            unread=(cleaned[changed[0].start : changed[0].end], fixed.group(0)),
            confidence=min(result.confidence, ASK_BELOW / 2),
        )
    both = competing(whens, lnow)
    if not both:
        # the hour may stand apart from the day, which the log's candidates (days only) lost
        return _hour_said_after(_day_with_its_time(result, whens, lnow), said_whens, lnow, cleaned)
    words = tuple(cleaned[w.start : w.end] for w in both)
    pieces = [(both[0].start, both[0].end)]
    for w in both[1:]:  # "friday or monday" goes as one piece from the text
        if _OR_GAP.fullmatch(cleaned[pieces[-1][1] : w.start]):
            pieces[-1] = (pieces[-1][0], w.end)
        else:
            pieces.append((w.start, w.end))
    text = result.text or ""
    for word in [cleaned[s:e] for s, e in pieces] + list(words):
        at = text.casefold().find(word.casefold())
        if at >= 0 and _NAMES_A_THING.match(text, at + len(word)) is None:
            text = strip_when(text, WhenMatch(lnow, at, at + len(word), False))
    text = _OR_END.sub("", text)
    link = _REMIND_LINK.match(fold(text)) if result.intent == "remind" else None
    text = text[link.end() :] if link else text
    return replace(
        result,
        due=None,
        unread=words,
        text=text or None,
    )


_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4])"
)
_MONTH_OR = re.compile(
    rf"(?i)(?<!\w)(?P<a>{_MONTH_NAME})\s+(?:or|o|oder|ou|eller)\s+(?!(?P=a)(?!\w))"
    rf"(?P<b>{_MONTH_NAME})(?!\w)"
)


# A close said as a time with no one day: "closing next year", "close sometime in H1",
# "closing soon": asked about, never a date picked for it.
_VAGUE_CLOSE = re.compile(
    r"(?i)(?<!\w)(?:closing|close|closes|to\s+close|close\s+date)\s*:?\s*(?P<w>(?:in\s+|by\s+)?"
    r"(?:(?:early|late|mid)[\s-]+)?(?:next\s+year|the\s+new\s+year|sometime(?:\s+\S+){0,3}|"
    r"soon(?:ish)?|later|eventually|in\s+the\s+spring|in\s+the\s+summer|in\s+the\s+autumn|"
    r"in\s+the\s+fall|h[12]|first\s+half|second\s+half|asap))(?!\w)"
)


def _vague_close(cleaned: str) -> str | None:
    m = _VAGUE_CLOSE.search(cleaned)
    return m.group("w") if m else None


def _close_unread(cleaned: str, now: datetime, tz: str, lang: str, order: str | None) -> bool:
    """ "close early january", "closing sometime in Q1-ish": a close said but not read."""
    if _vague_close(cleaned) is not None:
        return True
    reading = read_whens(cleaned, local_now(now, tz), tz, lang, date_order=order)
    if not reading.unread:
        return False
    folded = fold(cleaned)
    for m in _CLOSE.finditer(folded):
        if any(m.start() < s and s - m.end() <= 12 for s, _ in reading.unread):
            return True
    return False


_CLOSE_FROM_TO = re.compile(r"(?i)(?<!\w)from\s+(?P<a>\S.{0,30}?)\s+to\s+(?=\S)")


def _moved_close(text: str, lnow: datetime, tz: str, lang: str, order: str | None) -> date | None:
    """ "close date from 15 dec to 31 jan", "from march to april": the close it moves to
    (as "from 10k to 15k" is 15k), when both ends are one date or one month each."""
    moved = _CLOSE_FROM_TO.search(text)
    if moved is None:
        return None
    tail = text[moved.end() :]

    def one(said: str, whole: bool) -> date | None:
        got = read_whens(said, lnow, tz, lang, date_order=order)
        if got.unread:
            return None
        first = got.whens[0] if got.whens else None
        if first is not None and first.start == 0 and first.has_date:
            rest = said[first.end :].strip(" .!,;")
            if len(got.whens) == 1 and (not whole or not rest or not _DIGIT.search(rest)):
                return first.due.date()
            return None
        mw = _MONTH_WORD.match(fold(said))
        month = month_number(mw.group("mon"), lang) if mw else None
        if mw is None or month is None:
            return None
        year = int(mw.group("year") or (lnow.year if month >= lnow.month else lnow.year + 1))
        return _month_end(year, month)

    if one(moved.group("a"), True) is None:
        return None
    return one(tail, False)


_ONLY_DATE_WORDS = re.compile(
    r"(?:(?:from|to|the|of|end|by|on|in|until|till|next|this|q[1-4]|\d{1,4}(?:st|nd|rd|th)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)[\s,/.-]*)+"
)


def _one_close(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    """A close date said two ways ("march or april") or not read ("early january"): no
    close, the words shown back, and the bot asks before writing (never picks one)."""
    lnow = local_now(now, tz)
    moved = _moved_close(cleaned, lnow, tz, lang, order) if result.intent == "update_deal" else None
    if moved is not None:  # "close date from 15 dec to 31 jan": the close moves to 31 jan
        return replace(result, close=moved)
    reading = read_whens(cleaned, lnow, tz, lang, date_order=order)
    both = _MONTH_OR.search(cleaned)
    words = reading.unread_words(cleaned) + ((both.group(0),) if both else ())
    vague = _vague_close(cleaned) if result.close is None else None
    words += (vague,) if vague else ()
    if not words:
        return result
    words = (*result.unread, *words)
    return replace(
        result,
        close=None,
        unread=words,
        confidence=min(result.confidence, ASK_BELOW / 2),
    )


_REMIND_TEXT_HEAD = _rx(
    r"^(?:(?:i\s+need|i'?d\s+like|i\s+want|can\s+i\s+have|i\s+need\s+you\s+to\s+set|"
    r"set\s+me|set)\s+(?:a\s+)?reminder\s+|"
    r"(?:(?:i\s+(?:want|need)|i'?d\s+like)\s+you\s+to\s+|(?:can|could|would|will)\s+you\s+)"
    r"remind\s+me\s+|i\s+want\s+to\s+be\s+reminded\s+|rmd\s+(?:me\s+)?|remind\s+me\s+)"
    r"(?:to|about|of|for|that|re|abt)?\s*"
    r"|^(?:an?\s+)?(?:event|appointment|entry|calendar\s+entry|meeting|reminder)\s+"
    r"(?:called|named|titled|for|about)\s+"
)
_ON_MY_CALENDAR = _rx(
    r"^(?:put|add|mark|write|place|pencil)\s+(?:in\s+)?(?P<x>.+?)\s+(?:on|in|to|into)\s+"
    r"(?:my|the)\s+(?:calendar|agenda|diary|schedule)$"
)


# verb-final languages put "remind me" last: "… жіберуді еске сал"
_TRAILING_REMIND = re.compile(
    r"(?i)[\s,]+(?:еске\s+салыңыз|еске\s+сал|ескерт(?:іңіз)?|gogorarazi(?:\s+iezadazu)?|"
    r"gogoratu|θύμισέ\s+μου|θύμισε\s+μου|remind\s+me|please\s+remind\s+me)[\s.!]*$"
)


_DONE_THEN_FOLLOW = _rx(
    r"^(?:cb|vm|rang|called|mtg|met|spoke|talked|emailed|texted|left\s+(?:a\s+)?vm)\b"
    r"[^>]{1,80}?(?:->|→|,|;|-)\s*(?:f/u|follow[\s-]*up|cb|call\s+back|try\s+again)\b"
)
_PLANNED = _rx(
    r"^(?:schedule|book|set\s+up|arrange|plan|put|add|"
    # "i have a meeting with al on …", "we are having dinner with frank at eight pm"
    r"(?:i|we)\s+(?:have|have\s+got|'ve\s+got|got|am\s+having|are\s+having|'re\s+having|"
    r"will\s+have|'ll\s+have)|having|there\s+is|there'?s)?\s*(?:in\s+)?(?:a|an|the)?\s*"
    r"(?P<kind>meeting|mtg|call|phone\s+call|video\s+call|lunch|dinner|coffee|breakfast|demo|"
    r"zoom|catch[\s-]?up|visit|site\s+visit)\s+(?:with|w/|at|to)\s+"
)
_ASKED_TO_REMIND = _rx(
    r"^(?:please\s+|pls\s+|hey\s+)?(?:remind|rmd|don'?t\s+let\s+me\s+forget|make\s+sure|"
    r"set\s+(?:a\s+)?reminder|ping\s+me|nudge\s+me)"
)
_PLANNED_KIND = {"call": "call", "phone": "call", "visit": "visit", "site": "visit"}


_VAGUE_WHEN = _rx(
    r"^(?:later(?:\s+today|\s+on|\s+this\s+week)?|after\s+(?:lunch|work|dinner|the\s+meeting|"
    r"the\s+call|school)|at\s+some\s+point(?:\s+today)?|some\s*time(?:\s+today)?|soon|"
    r"in\s+a\s+(?:bit|while)|at\s+\w+\s+something|around\s+\w+\s+something|one\s+of\s+these\s+days)"
    r"(?!\w)[\s,]*"
)


def _first_sentence(text: str) -> str:
    """A reminder's text ends with its sentence: "send Gulnara the quote? she asked twice"
    is "send Gulnara the quote" (an abbreviation's dot, as in "Acme S.A. deck", goes on)."""
    for m in _SENTENCE_END.finditer(fold(text)):
        if not _ABBREV_END.search(fold(text)[: m.end()].rstrip()):
            return text[: m.start()].strip(" ,;:-") or text
    return text


_CALENDAR_LEFT = _rx(r"^(?:calendar|diary|agenda)(?:\s*[:,-]\s*|\s+)(?=\S)")
_CALENDAR_SAID = _rx(r"(?:to|in|on|into)\s+(?:my|the)\s+(?:calendar|diary|agenda)\s*[:,-]?\s+\S")
_WAKE_WORD = _rx(r"^(?:hey\s+|ok\s+|okay\s+)?(?:olly|siri|alexa|google|bot)[\s,:]+(?=\S)")
_ASSISTANT_HEAD = _rx(
    # "olly please", "hey google can you", "i want you to": whom it is asked of, and how
    r"^(?:(?:hey\s+|ok\s+)?(?:olly|siri|alexa|google)[\s,]+)?(?:(?:please|pls|kindly|"
    r"(?:can|could|would|will)\s+you|(?:i\s+(?:want|need)|i'?d\s+like)\s+you\s+to)\s+)*"
)
_CALENDAR = r"(?:calendar|agenda|diary|schedule)"
_CALENDAR_HEAD = _rx(
    # "mark my calendar for", "in the calendar put that", "add to my calendar that", "put on
    # the calendar that", "note in my calendar that", "add a note to my calendar to", "make a
    # calendar entry for", "add an entry for", "new notification for": the request, not the
    # thing to remember
    r"^(?:i\s+(?:want|need|would\s+like|'?d\s+like)\s+to\s+)?(?:"
    rf"(?:in|on|to)\s+(?:my|the)\s+(?:\w+\s+)?{_CALENDAR}\s+(?:please\s+)?"
    r"(?:put|add|note|write|mark|enter|set)(?:\s+(?:down|in))?(?:\s+(?:that|for)(?!\w))?"
    rf"|(?:mark|block|book)\s+(?:my|the)\s+{_CALENDAR}\s+(?:for|with|that)"
    r"|(?:put|add|note|write|enter|pencil|set)(?:\s+(?:down|in))?\s+(?:(?:a|an)\s+(?:note|"
    r"entry|event)\s+)?(?:on|in|to|into)\s+(?:my|the)\s+(?:\w+\s+)?"
    rf"{_CALENDAR}(?:\s+(?:that|for|to)(?!\w))?"
    r"|(?:add|create|make|set|put\s+in|schedule|book)\s+(?:up\s+)?(?:a|an|the|one)?\s*(?:new\s+)?"
    r"(?:calendar\s+|diary\s+)?(?:entry|event|note|notification|alert|appointment|"
    r"reminder)\s+(?:for|about|of|to|that|called|named|titled|saying)(?!\w)"
    r"|(?:a\s+)?new\s+(?:calendar\s+)?(?:notification|alert|event|entry|reminder)\s+"
    r"(?:for|about|of|to|that|called|named|titled)(?!\w)"
    r"|put\s+(?:down\s+)?that(?!\w)"
    r"|(?:(?:in|on|to|into)\s+)?(?:(?:my|the)\s+)?(?:calendar|diary|agenda)\s+(?:that|for)(?!\w)"
    r")\s*"
)
# "put that we are painting the fence": who is doing it goes without saying
_WE_ARE = _rx(r"^(?:we\s+are|we'?re|we\s+will\s+be|we'?ll\s+be)\s+(?=\w+ing(?!\w))")
_BE_REMINDED = _rx(
    r"^(?:i\s+(?:need|want|would\s+like|'?d\s+like)\s+to\s+)?be\s+reminded\s+"
    r"(?:to|about|of|that)\s+"
)
_ON_A_CALENDAR = _rx(rf"(?<!\w)(?:on|in|to|into)\s+(?:my|the)\s+(?:\w+\s+)?{_CALENDAR}(?!\w)")
_ASKED_WORDS = _rx(r"(?<!\w)(?:remind|reminder|forget|remember)(?!\w)")
_ONLY_POLITE = _rx(r"^(?:please|pls|thanks|thank\s+you|now|ok|okay)[\s.!]*$")
_TIMER_HEAD = _rx(r"^(?:set|start|put\s+on)(?:\s+(?:a|the))?(?:\s+timer)?(?:\s+for)?(?:\s+|$)")
_ORDER_VERB = _rx(
    r"^(?:i\s+(?:want|need|would\s+like|'?d\s+like)\s+to\s+)?"
    r"(?:add|put|mark|note|write|enter|pencil\s+in|place)\s+(?=\S)"
)
# "every day this week", "every tuesday": when it repeats, not what to do
_REPEATS = _rx(
    r"\s+(?:every|each)\s+(?:other\s+)?(?:day|week|month|year|morning|evening|night|weekday|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"(?:\s+(?:this|next)\s+(?:week|month))?$"
)


def _tidy_calendar_head(text: str, message: str) -> str:
    """A calendar order's request words are not the task: "olly please add swimming (to my
    calendar)", "mark my calendar for mum's party", "in the calendar put that we are painting
    the fence", "new notification for gym class" keep "swimming", "mum's party", "painting the
    fence", "gym class". The verb alone ("add X") goes only when the message says which
    calendar it is for and the text is the start of the message (not "remind me to add …")."""
    t = text
    head = _ASSISTANT_HEAD.match(fold(t))
    if head and head.end() < len(t):
        t = t[head.end() :]
    m = _CALENDAR_HEAD.match(fold(t))
    if m and m.end() < len(t):
        t = t[m.end() :]
    else:
        m = _BE_REMINDED.match(fold(t))
        if m and m.end() < len(t):
            t = t[m.end() :]
        else:
            msg = fold(message)
            starts = msg.find(fold(t).split()[0]) if t.split() else -1
            before = msg[:starts] if starts >= 0 else ""
            verb = _ORDER_VERB.match(fold(t))
            if (
                verb
                and verb.end() < len(t)
                and _ON_A_CALENDAR.search(msg)
                and not _ASKED_WORDS.search(before)
            ):
                t = t[verb.end() :]
    left = _CALENDAR_LEFT.match(fold(t))
    if left and left.end() < len(t) and _CALENDAR_SAID.search(fold(message)):
        # "add to my calendar team lunch …": the request's own word, left by the verb's cut
        t = t[left.end() :]
    timer = _TIMER_HEAD.match(fold(t)) if "timer" in fold(message) else None
    if timer:  # "set a timer for five minutes for cookies": the cookies, or nothing to say
        t = t[timer.end() :]
        if not t.strip():
            return "timer"  # as an alarm's is "alarm"
    we = _WE_ARE.match(fold(t))
    if we and we.end() < len(t):
        t = t[we.end() :]
    t = _REPEATS.sub("", t)
    t = re.sub(r"(?i)\s+(?:for|on|at)$", "", t)  # "schedule my haircut for (next wednesday)"
    return t.strip(" ,;:-") or text


def _tidy_remind_text(text: str, message: str = "") -> str:
    """What to be reminded of, without the asking: "wake me up" is "wake up", "put the
    offsite on my calendar" is "the offsite", "event called budget review" is "budget review"."""
    t = text.strip()
    for _ in range(2):
        m = _REMIND_TEXT_HEAD.match(fold(t))
        if m and m.end() < len(t):
            t = t[m.end() :]
    t = _tidy_calendar_head(t, message or text)
    if not t or _ONLY_POLITE.match(fold(t)):
        return ""  # "set a timer for five minutes", "… at ten am please": nothing to remember
    m = _ON_MY_CALENDAR.match(fold(t))
    if m:
        t = t[m.start("x") : m.end("x")]
    t = re.sub(r"(?i)^wake\s+me(?:\s+up)?(?!\w)", "wake up", t)
    t = re.sub(r"(?i)^(?:set\s+)?(?:an?\s+)?(alarm)(?:\s+clock)?(?:\s+(?:for|at|to))?$", r"\1", t)
    t = re.sub(
        r"(?i)\s+(?:on|in|to|into)\s+(?:my|the)\s+(?:\w+\s+)?(?:calendar|agenda|diary|schedule)$",
        "",
        t,
    )  # "my sister visiting (to my family calendar)"
    return t.strip(" ,;:-") or text


_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|"
    r"thirtieth|quarter|half|a\s+couple\s+of|a\s+few)"
)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
# "from 1.2m to 1.5m", "at 12k": money, not an hour left unread
_NOT_MONEY = (
    r"(?!(?:[.,]\d+)?\s?(?:k|m|mm|mn|bn|million|thousand|grand|%|€|£|\$|eur|usd|gbp)(?!\w))"
)
_TIME_WORDS = re.compile(
    rf"(?<![\w'])(?:o'?clock|a\.?m\.?|p\.?m\.?|(?:at|by|around|before|after|until|till|from)"
    rf"\s+(?:{_NUMBER_WORD}|\d{{1,2}}{_NOT_MONEY})(?!\w)|(?:quarter|half)\s+(?:past|to|after)|"
    rf"(?:in|after|within)\s+{_NUMBER_WORD}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)|"
    rf"{_MONTHS}\s+{_NUMBER_WORD}|(?:the\s+)?{_NUMBER_WORD}\s+(?:of\s+)?{_MONTHS}|"
    rf"{_NUMBER_WORD}\s+(?:thirty|fifteen|forty[\s-]five|twenty|o'?clock)|"
    r"(?:on|by|for|until)\s+the\s+\d{1,2}(?:st|nd|rd|th)|the\s+\d{1,2}(?:st|nd|rd|th)\s+of|"
    r"(?:on\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?!\w)",
    re.IGNORECASE,
)

_TIME_WORDS_FAST = CaseBlind(_TIME_WORDS)  # the same matches, cheaper on ASCII text

_WORDED_AMOUNT = re.compile(
    rf"(?<!\w)(?:{_NUMBER_WORD}|hundred|\d+)(?:[\s-]+(?:{_NUMBER_WORD}|hundred|and))*[\s-]+"
    r"(?:thousand|million|grand|hundred)(?:\s+(?:euros?|dollars?|pounds?|bucks|kroner|usd|eur))?"
    r"(?!\w)",
    re.IGNORECASE,
)


def _unread_time(text: str, whens: list[WhenMatch], *, skip_theirs: bool = False) -> bool:
    """Whether the message says a time or date in words the date rules did not read.

    ``skip_theirs``: in a log, a time in a clause about the customer ("their team grew from
    8 to 20") is part of the note, not a follow-up to ask about."""
    busy = bytearray(len(text) + 1)  # one flag a character: linear on long messages
    for w in whens:
        busy[w.start : w.end] = b"\x01" * (w.end - w.start)
    folded = fold(text) if skip_theirs else text
    for start, end, said in _time_words_in(text):
        if busy[start] or busy[max(end - 1, 0)]:
            continue
        if _PREP_NUMBER.fullmatch(said) and not _TIME_NEXT.match(text, end):
            continue  # "from first bank", "after three tries": a count, not a time
        if skip_theirs and followup.owner(text, folded, start) == "theirs":
            continue
        return True
    return False


@lru_cache(maxsize=8)
def _time_words_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """The _TIME_WORDS matches of ``text`` (their words lowered): a parse asks twice."""
    return tuple((m.start(), m.end(), m.group(0)) for m in _TIME_WORDS_FAST.finditer(text))


# "at seven", "by ten": a time only where what follows can follow a time (an end, a mark,
# a link word, a day or a part of it), not "from first bank" or "after three tries".
_PREP_NUMBER = re.compile(
    rf"(?i)(?:at|by|around|before|after|until|till|from)\s+(?:{_NUMBER_WORD}|\d{{1,2}})"
)
_TIME_NEXT = re.compile(
    r"(?i)\s*(?:$|[,.;:!?)\-]|(?:to|on|and|or|for|tomorrow|today|tonight|tmrw|this|next|"
    r"please|pls|about|re|with|in|at|o'?clock|am|pm|a\.m|p\.m|a|sharp|ish|thirty|fifteen|"
    r"forty|twenty|ten|five|the|then|if|so|but|i|we|you|latest|at\s+the\s+latest|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|morning|afternoon|evening|night|our|my|his|her|their|your|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december)(?![\w']))"
)


_TIME_TOKEN = (
    rf"(?:{_NUMBER_WORD}|\d{{1,2}}(?::\d\d)?|past|to|after|of|and|o'?clock|a\.?m\.?|p\.?m\.?|"
    rf"minutes?|mins?|hours?|days?|weeks?|{_MONTHS}|tomorrow|today|tonight|morning|afternoon|"
    r"evening|night)"
)
_TIME_PHRASE = re.compile(
    rf"(?:(?<=\s)|^)(?:(?:at|by|around|on|after|in|within|for)\s+)?(?:the\s+)?"
    rf"(?:{_MONTHS}\s+)?(?:{_NUMBER_WORD})(?:\s+{_TIME_TOKEN})*(?=\s|$|[,.;:!?])",
    re.IGNORECASE,
)


_DIGIT_DATE = re.compile(
    r"(?<!\w)(?:(?:on|by|for|until)\s+the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of)?|"
    r"(?:on\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?!\w)",
    re.IGNORECASE,
)


def _strip_time_words(text: str) -> str:
    """A reminder's text without a time said in words ("at eight pm to water the plants" ->
    "water the plants"): the date rules did not read it, so it is not the task either."""
    out = text
    for m in reversed(list(_DIGIT_DATE.finditer(text))):
        out = out[: m.start()] + " " + out[m.end() :]
    text = out
    for m in reversed(list(_TIME_PHRASE.finditer(text))):
        if _TIME_WORDS.search(m.group(0)) or re.search(r"(?i)\b(?:pm|am|o'?clock)\b", m.group(0)):
            out = out[: m.start()] + " " + out[m.end() :]
    out = " ".join(out.split()).strip(" ,;:-.")
    out = re.sub(r"(?i)^remind\s+me\s+(?:to|of|about|that)\s+", "", out)
    link = _TEXT_LINK.match(fold(out))
    return out[link.end() :] if link else out


def _strip_spans(text: str, spans: Iterable[tuple[int, int]], now: datetime) -> str:
    """``text`` without the given date spans (and the connectors left dangling before them)."""
    for s, e in sorted(spans, reverse=True):
        text = strip_when(text, WhenMatch(now, s, e, False))
    return text


def _remind_unread(
    msg: _Msg, head_end: int, reading: Reading, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult | None:
    """A reminder with a date or time that could not be read: no time (the bot asks when),
    the fragments listed in ``unread``, and none of them left in the reminder's text."""
    spans = [(s, e) for s, e in reading.unread if e > head_end]
    if not spans:
        return None
    spans += [(w.start, w.end) for w in reading.whens if w.end > head_end]
    stripped = _strip_spans(msg.text, spans, local_now(now, tz))
    result = _parse_clean(stripped, now, tz, lang, order)
    if result.intent != "remind":
        return None
    return replace(result, due=None, unread=reading.unread_words(msg.text))


def _follow_unread(result: ParseResult, msg: _Msg, reading: Reading, now: datetime) -> ParseResult:
    """A log whose follow-up date could not be read: no follow-up time, the fragment listed."""
    mark = _FOLLOW_MARK.search(msg.folded)
    if mark is None or result.intent != "log_activity":
        return result
    spans = [(s, e) for s, e in reading.unread if s >= mark.start()]
    if not spans:
        return result
    spans += [(w.start, w.end) for w in reading.whens if w.start >= mark.start()]
    text = _strip_spans(msg.text, spans, now) or None
    return replace(result, due=None, text=text, unread=tuple(msg.text[s:e] for s, e in spans))


def _parse_clean(
    cleaned: str, now: datetime, tz: str, lang: str, order: str | None = None
) -> ParseResult:
    msg = _Msg(cleaned)
    f = msg.folded
    if not f:
        return ParseResult(intent="unknown")
    if _HELP.match(f):
        return ParseResult(intent="help")
    if _LIST_REMINDERS.match(f) or _AGENDA.match(f) or _AGENDA_MORE.match(f):
        return ParseResult(intent="list_reminders")
    wake = _WAKE_WORD.match(f)  # "olly what's my agenda …", "hey siri, any reminders today"
    if wake and _HELP.match(f[wake.end() :]):
        return ParseResult(intent="help")
    if wake and any(rx.match(f[wake.end() :]) for rx in (_LIST_REMINDERS, _AGENDA, _AGENDA_MORE)):
        return ParseResult(intent="list_reminders")
    lnow = local_now(now, tz)
    reading = read_whens(msg.text, lnow, tz, lang, date_order=order)
    whens = reading.whens
    for w in whens:
        msg.block(w.start, w.end)
    for s, e in reading.unread:
        msg.block(s, e)
    ents = _base_entities(msg)

    m = _REMIND.match(f)
    if m:
        unread = _remind_unread(msg, m.end(), reading, now, tz, lang, order)
        return unread or _parse_remind(msg, m.end(), whens, ents, lang)
    m = _CREATE_CONTACT.match(f)
    if m:
        return _parse_contact(msg, m.end(), ents)
    m = _ADD_AS_CONTACT.match(f)
    if m:
        return _parse_contact(msg, m.start("rest"), ents)
    m = _CREATE_ACCOUNT.match(f)
    if m:
        return _parse_account(msg, m.end())
    m = _CREATE_DEAL.match(f)
    if m:
        res = _parse_deal(msg, m.end(), ents, whens, lnow, lang)
        if "opp" in m.group(0) and res.deal == res.account:
            res = replace(res, deal=None)  # "new opp w/ zotware 12k": the account's, unnamed
        return res
    m = _NOTE.match(f)
    if m:
        return _parse_note(msg, m, whens, ents, lnow)
    m = _LOG.match(f)
    if m:
        res = _parse_log(msg, m, whens, ents, lnow)
        place = _PLACE_OF.match(res.account or "")
        if place:  # "visited Meridian's HQ": the account is Meridian
            res = replace(res, account=place.group("who"))
        demo = " ".join(m.group("verb").split()) in ("demo with", "demo for")
        if demo and res.contact and not res.account and not _is_person(res.contact):
            res = replace(res, contact=None, account=res.contact)  # "demo with Initech"
        return _follow_unread(res, msg, reading, lnow)
    m = _INBOUND.match(f)
    if m and msg.run(0, lower_ok=False, max_words=4):
        return _follow_unread(_parse_inbound(msg, m, whens, ents, lnow), msg, reading, lnow)
    # stage moves are short commands; the length cap also bounds the lazy patterns' work
    # "kaspi pilot next step book a demo": a next step, not a move to the demo stage
    short = len(f) <= _SHORT_COMMAND and not re.search(r"(?<!\w)next\s+steps?(?!\w)", f)
    # "ping sara @ klarna tmrw re contract": an order with a day is a to-do, not a stage move
    todo = bool(whens) and _IMPERATIVE.match(f) is not None
    moved = _parse_move(msg, ents) if short and not todo else None
    if moved is not None:
        return moved
    adding = _ADD_TO_PIPELINE.match(f)  # "add Globex pilot to the pipeline, 20k": a new deal
    if _PIPELINE.search(f) and len(f.split()) <= 12 and not _WEATHER.search(f) and not adding:
        return ParseResult(intent="pipeline_summary")
    m = _FIND.match(f)
    if m and not _NOT_A_QUERY.match(f, m.start("q")):
        return _parse_find(msg, m, ents)
    m = _CONTACT_FIELD.match(f)
    if m:  # "what's Aiko Suzuki's phone number?", "what's the email for oluwaseun"
        g = "n" if m.group("n") else "n2"
        who = msg.text[m.start(g) : m.end(g)].strip(" \"'")
        return ParseResult(intent="find", contact=who, text=who, email=ents.email)
    m = _WHO_AT.match(f)
    if m:  # "who do we know at Sasol Ltd?": the company is what is searched
        where = msg.text[m.start("n") : m.end("n")].strip(" \"'")
        return ParseResult(intent="find", account=where, text=where)
    if whens and _IMPERATIVE.match(f) and not _DONE_HEAD.match(f):
        return _parse_remind(msg, 0, whens, ents, lang)
    return ParseResult(intent="unknown")


# --------------------------------------------------------------------------- learned path
#
# The rules above are sure of the exact command forms; everything they leave as
# ``unknown`` goes to the learned parser (an intent classifier and a slot tagger trained
# by ``python -m handlers.language.train``). Typed values never come from the models:
# dates, amounts, emails and phones are read by the same extractors as above, and the
# models only see where they are.

ASK_BELOW = 0.6  # below this confidence the bot shows what it understood and asks first
RULE_CONFIDENCE = 1.0  # an exact command form matched by a rule

_KIND_WORDS = (
    ("note", r"note|notes|noted|fyi|jot\w*"),
    ("email", r"e-?mail\w*|mailed|wrote|replied|sent"),
    (
        "visit",
        r"visit\w*|swung\s+by|dropped\s+(?:in|by)|stopped\s+by|on-?site|went\s+to|"
        # "walked the Kone site", "toured the plant", "drove out to see Bruno"
        r"walked\s+(?:the|their|round|around)|toured|tour\s+of|site\s+tour|popped\s+(?:in|by)|"
        r"drove\s+(?:out\s+|over\s+|up\s+|down\s+)?to|went\s+(?:out|over)\s+to",
    ),
    (
        "meeting",
        r"met|meet\w*|mtg|lunch|coffee|dinner|breakfast|zoom|teams\s+call|demo\w*|sync|"
        r"sat\s+down|caught|spent\s+the\s+(?:afternoon|morning|day|evening)\s+with|workshop|"
        # "f2f w/ jakub", "presented the roadmap to Nestlé", "pitched the add-on"
        r"offsite|session|f2f|face[\s-]to[\s-]face|in[\s-]person|presented|pitched|kick-?off|"
        r"qbr|walkthrough|(?:ran|bumped)\s+into(?!\s+(?:a|an|some|issues?|problems?|trouble|difficulties|delays?|errors?|bugs?|"
        r"traffic|snags?|a\s+wall)(?!\w))|catch(?:ing)?[\s-]+up(?![\s-]+call)",
    ),
    (
        "call",
        r"call\w*|phon\w*|rang|ring|hung\s+up|vm|lvm|voicemail|spoke|talked|cb|dialed|texted|"
        r"txt'?d|tel",
    ),
)
_KIND_RX = [(k, re.compile(rf"(?<!\w)(?:{rx})(?!\w)")) for k, rx in _KIND_WORDS]
_END_OF = _rx(
    r"(?<!\w)(?:(?:the\s+)?end\s+of\s+(?:the\s+)?)?(?P<what>next\s+month|next\s+quarter|"
    r"this\s+month|this\s+quarter|q[1-4]|[^\W\d_]{3,12})(?:\s+(?P<year>\d{4}))?(?!\w)(?!\s*\d)"
)


def typed_spans(text: str, now: datetime, tz: str, lang: str = "en") -> list[tuple[int, int, str]]:
    """Where the deterministic extractors find dates, amounts, emails and phones."""
    msg = _Msg(_clean(text))
    spans = [(w.start, w.end, "date") for w in find_whens(msg.text, local_now(now, tz), tz, lang)]
    for s, e, _ in spans:
        msg.block(s, e)
    return spans + _value_spans(msg)


def _value_spans(msg: _Msg) -> list[tuple[int, int, str]]:
    out = []
    em = _EMAIL_RX.search(msg.text)
    if em:
        out.append((em.start(), em.end(), "email"))
    ph = _phone_match(msg.text)
    if ph:
        out.append((ph.start(), ph.end(), "phone"))
    amt = _find_amount(msg.folded)
    if amt is not None and not msg.blocked_at(amt.start):
        out.append((amt.start, amt.end, "amount"))
    return out


# A report with no word of contact, its subject before a colon ("Priya Raman: interested,
# send deck", "quick update on Equinor: …"): a note about them, not a call.
_NOTE_HEAD = re.compile(
    r"^(?:(?:quick\s+)?(?:update|status|news)\s+(?:on|re|for|from)\s+)?[^\W\d_][^:,.;!?]{0,40}:\s"
)


# "notes from the Siemens meeting", "notes of the call": the notes of another kind of activity
_NOTES_OF = re.compile(r"(?<!\w)notes?\s+(?:from|of)(?!\w)")


def _activity_kind(folded: str) -> str:
    hits = [(m.start(), k) for k, rx in _KIND_RX for m in [rx.search(folded)] if m]
    if len(hits) > 1 and (nm := _NOTES_OF.search(folded)) and min(hits) == (nm.start(), "note"):
        hits.remove(min(hits))
    if not hits and _NOTE_HEAD.match(folded):
        return "note"
    return min(hits)[1] if hits else "call"


def _close_any(msg: _Msg, whens: list[WhenMatch], now: datetime, lang: str) -> date | None:
    """A deal's new close date: "push X to next month", "X close date end of june".

    A month alone (or "end of" it) is its last day; "next month" the last day of next
    month; a quarter its last day; else the first date phrase with a day.
    """
    c = _close_date(msg, 0, whens, now, lang)
    if c is not None:
        return c[0]
    for m in _END_OF.finditer(msg.folded):
        what = " ".join(m.group("what").split())
        year = int(m.group("year")) if m.group("year") else None
        if what in ("next month", "this month"):
            y, mo = now.year, now.month + (what == "next month")
            return _month_end(y + (mo > 12), (mo - 1) % 12 + 1)
        if what in ("next quarter", "this quarter") or re.fullmatch(r"q[1-4]", what):
            q = (now.month - 1) // 3 + 1
            q = q + 1 if what == "next quarter" else q if what == "this quarter" else int(what[1])
            y = now.year + (q > 4)
            q = (q - 1) % 4 + 1
            if what.startswith("q") and q * 3 < now.month and year is None:
                y += 1
            return _month_end(year or y, q * 3)
        month = month_number(what, lang) if what.isalpha() and len(what) >= 3 else None
        if month and not any(w.start <= m.start("what") < w.end for w in whens):
            y = year or (now.year if month >= now.month else now.year + 1)
            return _month_end(y, month)
    for w in whens:
        if w.has_date and w.due.date() > now.date():  # "after today's call" is no close date
            return w.due.date()
    return None


def _spans_of(tokens: list, tags: list[str], text: str) -> dict[str, tuple[int, int]]:
    """The first span of each label (B- starts it, I- continues)."""
    out: dict[str, tuple[int, int]] = {}
    cur: str | None = None
    for tok, tag in zip(tokens, tags, strict=True):
        if tag == "O":
            cur = None
            continue
        kind, label = tag.split("-", 1)
        if kind == "I" and cur == label and label in out:
            out[label] = (out[label][0], tok.end)
        elif label not in out:
            out[label] = (tok.start, tok.end)
            cur = label
        else:
            cur = None
    return out


def _without_whens(text: str, start: int, whens: list[WhenMatch]) -> str:
    """``text`` (a slice starting at ``start`` of the message) minus its date phrases."""
    for w in sorted(whens, key=lambda w: -w.start):
        s, e = w.start - start, w.end - start
        if s >= 0 and e <= len(text):
            text = _strip(text, WhenMatch(w.due, s, e, w.has_time))
    return text


_STAGE_WORD_RX = re.compile(rf"(?<![\w-])(?:{_STAGE_RX})(?![\w-])")
_LOST_WORDS = re.compile(
    r"(?<!\w)(?:fell\s+through|is\s+dead|died|is\s+off|went\s+cold|we'?re\s+out)(?!\w)"
)
_LEARNED_WRITES = frozenset(
    {"log_activity", "create_contact", "create_account", "create_deal", "move_deal",
     "update_deal", "remind"}
)  # fmt: skip
_NEXT_STEP = re.compile(
    r"next\s+steps?\b(?:\s+(?:for|on|of)\s+[^:]+?)?\s*(?::|=|-|\bis\s+to\b|\bis\b)\s*(?P<t>\S.*)$",
    re.IGNORECASE,
)
_FIND_HEAD = re.compile(
    r"^(?:please\s+|can\s+you\s+|could\s+you\s+)*(?:(?:pull|bring|look|call|dig)\s+up|"
    r"show|open|get|display|check|find|search|give)(?:\s+me)?(?:\s+(?:details|info)\s+(?:of|on|for|about))?\s+",
    re.IGNORECASE,
)
_UPDATE_DEAL_HEAD = re.compile(
    r"(?i)^(?:(?:please\s+)?(?:bump|raise|increase|lower|reduce|drop|cut|change|update|set|adjust|"
    r"push|move|slip|delay)\s+)?(?:the\s+)?(?P<d>[^\W\d_][\w&.'’\- ]{0,40}?)\s+(?:deal\s+)?"
    r"(?:close\s+date|expected\s+close|closes|closing|close|amount|value|next\s+steps?|is\s+now|"
    r"now|to|out\s+to|until|->|→|=>)(?!\w)"
)
_TEXT_LINK = _rx(r"^(?:to|about|that|re|for|of|is\s+to|:)\s+")
_POLITE = re.compile(
    r"(?i)^(?:(?:pls|plz|please|kindly)\s+|(?:remember|don'?t\s+forget|do\s+not\s+forget)\s+to\s+)"
)  # "pls f/u w/ zanele": not the task
_REMIND_ME = re.compile(r"(?i)^(?:please\s+)?remind\s+me\s+")
_SET_VERB = _rx(
    r"^(?:(?:hey\s+|ok\s+)?(?:olly|siri|alexa|google)[\s,]+)?(?:please\s+|pls\s+)?"
    r"(?:schedule|book|set\s+up|add|put|create|make|plan|arrange|pencil\s+in)\s"
)


_NAME_TAIL = re.compile(
    r"(?i)(?:\s+(?:he|she|they|we|i|it|who|is|was|are|were|has|had|and|said|says|wants))+$"
)


_OWNER_WORDS = frozenset(["their", "our", "his", "her", "my", "your", "its"])


def _parse_learned(
    cleaned: str,
    now: datetime,
    tz: str,
    lang: str,
    order: str | None = None,
    *,
    forced: langcues.Cue | None = None,
) -> ParseResult:
    """The learned parser: intent by the classifier, names by the tagger, values by rules."""
    from handlers.language.features import tokenize
    from handlers.language.model import intent_scores, tag_slots

    msg = _Msg(cleaned)
    lnow = local_now(now, tz)
    reading = read_whens(msg.text, lnow, tz, lang, date_order=order)
    whens = reading.whens
    for w in whens:
        msg.block(w.start, w.end)
    for a, b in reading.unread:  # "3/4" with no date order: a date, only not read
        msg.block(a, b)
    spans = [(w.start, w.end, "date") for w in whens] + [(a, b, "date") for a, b in reading.unread]
    spans += _value_spans(msg)
    ents = _base_entities(msg)
    tokens = tokenize(msg.text, spans)
    if not tokens:
        return ParseResult(intent="unknown")
    scores = intent_scores(tokens)
    intent = max(scores, key=scores.__getitem__)
    conf = scores[intent]
    if lang != "en":
        conf *= conf  # trained mostly on English: in other languages, ask more often
    if forced is not None:
        # the language's own words said it (langcues): the model has not seen the language
        intent, conf = forced.intent, max(scores.get(forced.intent, 0.0), 0.75)
    elif lang in langcues.FREE_ORDER and intent in _LEARNED_WRITES:
        # no word of the language says it: the model never saw Greek, Basque or Kazakh and
        # answers from dates and amounts alone; never sure enough to write without asking
        conf = min(conf, ASK_BELOW / 2)
    # how sure the answer "unknown" is: no intent that would act is likely
    none = 1.0 - max(v for k, v in scores.items() if k != "unknown")
    if intent == "unknown":
        return ParseResult(intent="unknown", confidence=none)
    if intent not in _LEARNED_WRITES and conf < ASK_BELOW:
        # an unsure read that writes nothing: not worth a question, say it was not understood
        return ParseResult(intent="unknown", confidence=none)
    if intent == "list_reminders" and whens and _SET_VERB.match(msg.folded):
        # "olly schedule my doctors appointment on friday at two pm": about the calendar, but
        # an order to put something on it with its time, not a question about it
        intent = "remind"
    if intent in ("pipeline_summary", "list_reminders", "help"):
        return ParseResult(intent=intent, confidence=conf)
    got = _spans_of(tokens, tag_slots(tokens, intent), msg.text)
    if (
        intent == "log_activity"
        and forced is None  # the language's own log words said it (langcues)
        and "contact" not in got
        and "account" not in got
        and not any(rx.search(msg.folded) for _, rx in _KIND_RX)
        and not _NOTE_HEAD.match(msg.folded)
    ):
        # a log names whom it was with or what kind it was; with neither ("add valentine's
        # day with her tomorrow") the next most likely reading is taken
        intent = max((k for k in scores if k != "log_activity"), key=scores.__getitem__)
        conf = scores[intent] / max(1e-9, 1.0 - scores["log_activity"])  # given "not a log"
        conf *= conf if lang != "en" else 1.0
        if intent == "unknown":
            return ParseResult(intent="unknown", confidence=none)
        if intent not in _LEARNED_WRITES and conf < ASK_BELOW:
            return ParseResult(intent="unknown", confidence=none)
        if intent in ("pipeline_summary", "list_reminders", "help"):
            return ParseResult(intent=intent, confidence=conf)
        got = _spans_of(tokens, tag_slots(tokens, intent), msg.text)

    def slot(label: str) -> str | None:
        if label not in got:
            return None
        s, e = got[label]
        value = msg.text[s:e].strip(" \"'“”‘’.,:;!?-")
        if label != "text":  # "Dana's card": the name is Dana
            value = re.sub(r"['’]s$", "", value)
            # "bogdan from orlen he needs …": a name never ends in a pronoun or a verb
            value = _NAME_TAIL.sub("", value)
            first = fold(value).split()[0] if value.split() else ""
            if first in _OWNER_WORDS or fold(value).rstrip(".") in _TITLES:
                return None  # "their group is restructuring", "Dr" alone: no one's name
        return value or None

    contact, account, deal = slot("contact"), slot("account"), slot("deal")
    if account:
        account = _trim_account(account)
    if deal:
        deal = _clean_deal(deal) or deal
    said_by = _SUBJECT_VERB.search(f" {deal}") if deal and intent == "create_deal" else None
    if said_by and said_by.end() == len(deal or "") + 1 and account is None:
        # "Globex wants to buy 20k of licences, add it as a deal": the company, not a deal name
        account, deal = (deal or "")[: said_by.start()].strip() or None, None
    if contact and account is None and "contact" in got:
        # "breakfast with Yusuf Ali of Emirates NBD": the firm the rules read after the person
        account = _account_after(msg, got["contact"][1])
    text = slot("text")
    if text:
        s, e = got["text"]
        text = _without_whens(msg.text[s:e], s, whens).strip(" ,;:-.!") or None
        link = _TEXT_LINK.match(fold(text or ""))
        text = text[link.end() :] if text and link else text
        if text and any(w.start >= e or (w.start >= s and w.end >= e - 1) for w in whens):
            # "prep deck for Blue Origin by thursday": the "by" went with the date
            text = re.sub(r"\s+(?:by|on|at|before|until|till|in|for|from|around)$", "", text)
    base: dict[str, Any] = {"amount": ents.amount, "currency": ents.currency, "confidence": conf}
    missing = False  # a slot the intent cannot do without: ask rather than guess
    if forced is not None and lang in langcues.FREE_ORDER and intent != "find":
        # the tagger has not seen these languages either: names by the language's rules
        contact, account = _names_free_order(msg, lang)
        deal = None
    elif forced is not None and intent == "log_activity":
        # "Hab mit Frau Schneider von der Müller GmbH gesprochen": the name after the link
        # word, and the firm after "von der", "de", "chez" (the tagger knows English)
        linked = _names_linked(msg, lang)
        if linked != (None, None):
            contact, account = linked
    if intent == "log_activity":
        kind = (forced.kind if forced is not None else None) or _activity_kind(msg.folded)
        due = _log_due(whens, msg, lnow, note=kind == "note")
        missing = not (contact or account)
        res = ParseResult(
            intent=intent,
            activity_type=kind,
            contact=contact,
            account=account,
            deal=deal or _deal_mention(msg),
            email=ents.email,
            phone=ents.phone,
            due=due.due if due is not None else None,
            text=_strip(msg.text, due) or None,
            happened=_log_happened(whens, due, lnow),
            **base,
        )
    elif intent == "create_contact":
        missing = contact is None
        res = ParseResult(
            intent=intent,
            contact=contact,
            account=account,
            email=ents.email,
            phone=ents.phone,
            confidence=conf,
        )
    elif intent == "create_account":
        missing = not (account or contact)
        res = ParseResult(intent=intent, account=account or contact, confidence=conf)
    elif intent == "create_deal":
        stage = _stage_of(slot("stage") or "")
        closing = _close_date(msg, 0, whens, lnow, lang)
        name_ends = [got[k][1] for k in ("deal", "account") if k in got]
        tail = msg.folded[max(name_ends, default=0) :]
        if stage is None and "stage" not in got:  # "…, 35k, in negotiation"
            if closing is not None:  # "closing in December" is the close, not the stage
                _, cs, ce = closing
                tail = msg.folded[:cs] + " " * (ce - cs) + msg.folded[ce:]
                tail = tail[max(name_ends, default=0) :]
            stage = _deal_stage(tail)
        bare = _bare_close(tail, lnow) if closing is None else None
        missing = not (deal or account)
        res = ParseResult(
            intent=intent,
            deal=deal,
            account=account,
            stage=stage,
            close=closing[0] if closing else bare,
            **base,
        )
    elif intent == "move_deal":
        stage = _stage_of(slot("stage") or "")
        if stage is None:
            sm = re.search(rf"(?<![\w-])(?P<stage>{_STAGE_RX})(?![\w-])", msg.folded)
            stage = _stage_of(sm.group("stage")) if sm else None
        if stage is None and re.search(r"(?<!\w)signed(?!\w)", msg.folded):
            stage = "won"
        if stage is None and _LOST_WORDS.search(msg.folded):
            stage = "lost"
        missing = stage is None or not (deal or account)
        if text and "text" in got:  # the reason runs from the stage word to the end
            ts = got["text"][0]
            before = [m for m in _STAGE_WORD_RX.finditer(msg.folded) if m.end() <= ts]
            gap = msg.text[before[-1].end() : ts].strip(" ,;:-–!.") if before else "x x x"
            if len(gap.split()) <= 2:  # "lost they went with X": "they" is the reason's too
                text = msg.text[before[-1].end() :].strip(" ,;:-–!.") or text
        if text and (_stage_of(text) or fold(text) in ("signed", "closed")):
            text = None  # "Skoda fleet deal signed today": no reason, only the stage
        res = ParseResult(intent=intent, deal=deal or account, stage=stage, text=text, **base)
    elif intent == "update_deal":
        close = _moved_close(msg.text, lnow, tz, lang, order) or _close_any(msg, whens, lnow, lang)
        if text and close is not None and _ONLY_DATE_WORDS.fullmatch(fold(text)):
            text = None  # "march to april" is the close said, not a next step
        step = _NEXT_STEP.search(msg.text)
        if step:  # "next step for Acme renewal: book a call with legal": all after the colon
            text = step.group("t").strip(" .!") or text
        head_m = _UPDATE_DEAL_HEAD.match(msg.text)
        head_deal = _clean_deal(head_m.group("d")) if head_m else None
        if not (deal or account) and head_m:
            # "zotware close date 31 jan", "increase the acme deal to $45,000"
            deal = head_deal or None
        elif (
            deal
            and head_deal
            and head_m is not None
            and len(head_deal) > len(deal)
            and head_deal.startswith(deal)
            and re.match(
                r"(?i)\s+(?:close|closing|expected|amount|value)", msg.text[head_m.end("d") :]
            )
        ):
            # "move the Fjord Seafood cold chain close date to 1/15": the tagger stopped early
            deal = head_deal
        missing = not (deal or account) or (close is None and ents.amount is None and not text)
        res = ParseResult(intent=intent, deal=deal or account, close=close, text=text, **base)
    elif intent == "remind":
        due, extra = _with_time(whens)
        if text is None:  # the tagger found no body: the message minus command and date
            cuts = sorted((w for w in (due, extra) if w is not None), key=lambda w: -w.start)
            body = msg.text
            for w in cuts:
                body = _strip(body, w)
            if cuts and cuts[0].end >= len(msg.text.rstrip(" .!?")) - 1:
                # "… on my calendar for december twelfth": the "for" went with the date
                body = re.sub(
                    r"(?i)\s+(?:by|on|at|before|until|till|in|for|from|around)\W*$", "", body
                )
            text = body.strip(" ,;:-.!") or None
        if text is None:
            # a date alone ("tomorrow at 9") says when but not what: not a reminder to set
            return ParseResult(intent="unknown", confidence=none)
        named = _contact_in(msg, 0)
        who, where = _sort_names(msg, 0, named[0] if named else None, lang)
        res = ParseResult(
            intent=intent,
            contact=who,
            account=where,
            deal=_deal_mention(msg),
            email=ents.email,
            phone=ents.phone,
            due=due.due if due is not None else None,
            text=text,
            **base,
        )
    else:  # find
        q = contact or account or deal or text
        if q is None:
            head = re.match(r"\S+\s+(?:me\s+|up\s+)?", msg.text)
            q = msg.text[head.end() :].strip(" ?.!") if head else None
        missing = not q
        if q and not (contact and account):
            tail = _FIND_HEAD.sub("", msg.text).strip(" ?.!")
            contact, account = _query_names(tail)
            if contact is None and account is None:
                contact, account = _query_names(q)
        res = ParseResult(
            intent="find",
            contact=contact,
            account=account,
            email=ents.email,
            phone=ents.phone,
            text=q or None,
            confidence=conf,
        )
    if missing:
        res = replace(res, confidence=min(res.confidence, ASK_BELOW / 2))
    unread = list(reading.unread)
    if unread and res.intent == "log_activity" and lang == "en":
        # "he'll share it with his boss before the holidays": the customer's vague time is
        # part of the note, not a follow-up to ask about
        unread = [(a, b) for a, b in unread if followup.owner(msg.text, msg.folded, a) != "theirs"]
    if unread and res.intent in ("remind", "log_activity"):
        # a date said but not read: no time (the bot asks), and none of it left in the text
        words = tuple(msg.text[a:b] for a, b in unread)
        text = res.text
        if res.intent == "remind" and text:
            for word in words:
                text = text.replace(word, " ")
            text = _REMIND_ME.sub("", " ".join(text.split()).strip(" ,;:-.!"))
            text = _TEXT_LINK.sub("", text).strip(" ,;:-.!")
        res = replace(res, due=None, unread=words, text=text or None)
    return res
