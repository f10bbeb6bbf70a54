"""Turn one free-text chat message into a :class:`ParseResult` (no database access).

The parser has two paths (the shape Snips NLU and Rasa proved offline, issue 10):

* **rules** for the exact forms (:mod:`.rules`: "help", agendas, "add contact …",
  "remind me …", "note on …"), which are certain (confidence 1.0);
* **the learned parser** for everything else (:mod:`.learned`): an intent classifier and a
  slot tagger (:mod:`.model`, trained by :mod:`.train` from :mod:`.trainset`) whose
  features include the spans the extractors found. Dates and times (:mod:`.dates`),
  amounts (:mod:`.amounts`), emails and phones (:mod:`.entities`) are always read by the
  extractors, never by the model, so a value is read the same way whatever the intent.

This module is the entry point and the order of the passes: clean the message, try the
rules, else the learned parser; then the checks every reading passes before anything is
written (:mod:`.when_checks`: two days for one reminder, a close said two ways, a day at
its default hour while its hour is said elsewhere), the second look at names
(:mod:`.second_look`, :mod:`.names`, :mod:`.people`, :mod:`.firms`), the other languages'
corrections (:mod:`.other_languages`), and words of a time that were not read
(``_unread_time``: the reading then asks instead of guessing). Deals (:mod:`.deal_text`),
logs (:mod:`.log_text`) and reminder texts (:mod:`.remind_text`) have their own modules.

Names are returned exactly as typed; matching them against the CRM (accents, typos, first
names) is the resolver's job, helped by ``known`` (:mod:`.known`). Below :data:`ASK_BELOW`
the bot shows what it understood and asks before writing.

The output of :meth:`ParseResult.to_json_dict` is the ``crmbot parse`` contract: every key
always present, ``amount`` a plain decimal string, ``due`` ISO 8601 with the offset of the
user's zone, ``close`` an ISO date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from handlers.language import followup, langcues, translit
from handlers.language.amounts import find_amount, unread_amount
from handlers.language.close_change import close_change_said
from handlers.language.date_residue import _NOT_COUNTED, _no_date_fraction
from handlers.language.dates import (
    WhenMatch,
    find_whens,
    fold,
    local_now,
)
from handlers.language.deal_text import said_amount
from handlers.language.firms import _trade_word_after, listed_firm
from handlers.language.known import apply_known
from handlers.language.learned import (
    _ABBREV_END,
    _ASKS_REMINDER,
    _TEXT_LINK,
    _activity_kind,
    _parse_learned,
)
from handlers.language.message import _STOP as _STOP_WORDS
from handlers.language.message import _Msg
from handlers.language.name_cues import _everyday, _is_person, _not_a_name
from handlers.language.other_languages import (
    _other_language,
    _other_language_after,
)
from handlers.language.patterns import (
    _clean,
    _rx,
    _words,
)
from handlers.language.remind_text import (
    _I_NEED_TO,
    _remind_focus,
    _tidy_remind_text,
    for_someone_else,
    with_obliged_verb,
)
from handlers.language.report_head import heading_kind
from handlers.language.result import (
    ASK_BELOW,
    ParseResult,
)
from handlers.language.rules import (
    _NOT_FIRM_WORDS,
    _parse_clean,
)
from handlers.language.rxfast import CaseBlind, Gated
from handlers.language.second_look import (
    _names_refined,
)
from handlers.language.when_checks import (
    _FOLLOW_MARK,
    _REMIND_LINK,
    _moved_close,
    _one_when,
    changed_whens,
)

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

_OWNED_PLACE = re.compile(r"(?P<who>.+?)['’]s(?:\s+[^\W\d_][\w-]*){1,3}$")
_PLACE_WORD = re.compile(
    r"\s+(?:hq|office|offices|headquarters|site|plant|factory|warehouse|store|shop|lab|campus|"
    r"branch|depot|facility|mill|refinery)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?=\s*\S)")


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
        result = _no_date_as_name(_parse(text, now, tz, lang, date_order))
        if known is not None:
            result = apply_known(result, _clean(text or ""), known)
        return result
    except Exception:
        if strict:
            raise
        log.exception("parse_message failed; answering 'unknown'")
        return ParseResult(intent="unknown")


# Words of a date: a name made only of them ("pushed from last Wednesday to today" read as the
# account "last Wednesday") is no name.
_DATE_NAME_WORDS = frozenset(
    _words(
        "last|next|this|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
        "tomorrow|yesterday|tonight|week|month|morning|afternoon|evening"
    )
)


def _no_date_as_name(result: ParseResult) -> ParseResult:
    """A contact or account that is only words of a date is dropped (never written as a
    record's name); the date itself is read by the date rules."""
    if result.contact and set(fold(result.contact).split()) <= _DATE_NAME_WORDS:
        result = replace(result, contact=None)
    if result.account and set(fold(result.account).split()) <= _DATE_NAME_WORDS:
        result = replace(result, account=None)
    return result


_OPENER = _rx(
    r"^(?:(?:hi|hey|hello|yo|morning|good\s+(?:morning|afternoon|evening)|ugh|phew|yay|woohoo|"
    r"great\s+news|good\s+news|bad\s+news|big\s+news|exciting\s+news|some\s+news|"
    r"quick\s+update|update|long\s+day|so\s+tired|"
    r"bit\s+of\s+a\s+mess\s+today|sorry\s+for\s+the\s+delay|hope\s+you'?re\s+(?:well|good)|"
    r"happy\s+\w+day)(?:\s+(?:bot|team|all|everyone|folks|guys|there))?\s*(?:[.!,:;)]|:\))+\s*)+"
)


_AMOUNT_RANGE = re.compile(
    r"(?<![\w/])~?\s?[$€£]?\d+(?:[.,]\d+)?\s?[kKmM]?\s?(?:-|–|to)\s?[$€£]?\d+(?:[.,]\d+)?\s?[kKmM]"
    r"(?!\w)|~\s?[$€£]?\d+(?:[.,]\d+)?\s?[kKmM](?!\w)"
)
_ASSISTANT = (
    r"(?:(?:hey\s+|ok\s+)?(?:olly|siri|alexa|google)[\s,]+)?"
    r"(?:(?:please|pls|can\s+you|could\s+you)\s+)*"
)
_ENTRY = (
    r"(?:meeting|mtg|alarm|alarms|reminder|reminders|event|events|appointment|appointments|"
    r"timer|timers|entry|entries|calendar|booking|wake[\s-]?up\s+call)"
)
# removing, snoozing or moving a calendar entry, an alarm or a reminder (no action in the
# contract): "snooze the Globex reminder till tomorrow" is never a new reminder for tomorrow
_CALENDAR_REMOVAL = _rx(
    rf"^{_ASSISTANT}(?:delete|remove|cancel|clear|erase|unset|disable|turn\s+off|switch\s+off|"
    r"get\s+rid\s+of|snooze|postpone|reschedule|delay|push\s+back|move)\s+(?:all\s+)?"
    rf"(?:of\s+)?(?:my|the|this|that|that\s+one|every|all)?\s*"
    rf"(?:[^\W\d_]+\s+){{0,2}}?{_ENTRY}(?!\w)"
    rf"|^{_ASSISTANT}snooze(?!\w)"  # "snooze that for 10 minutes": an alarm that rang
)
# a question about what was set: "have you added a meeting with tom …", "did you set …"
_CALENDAR_QUESTION = _rx(
    rf"^{_ASSISTANT}(?:have|did|has)\s+(?:you|i)\s+(?:already\s+)?(?:add|added|set|put|"
    r"schedule|scheduled|book|booked|create|created|save|saved)\s+(?:a|an|the|my|any)\s+"
    rf"(?:[^\W\d_]+\s+){{0,2}}?{_ENTRY}(?!\w)"
)
# a report of what the rep did: "i called …", "just met …", "spoke to …"
_REPORTED = _rx(
    r"^(?:i\s+)?(?:just\s+|already\s+)?(?:called|rang|phoned|met|spoke|talked|emailed|"
    r"e-mailed|visited|texted|left\s+(?:a\s+)?(?:vm|voicemail|message)|had\s+(?:a\s+)?"
    r"(?:call|chat|meeting|lunch|coffee|demo)|sent|dropped\s+by)(?![\w'])"
)
# two amounts added up for one deal: "40k + 5k services", "€40k plus €5k"
_AMOUNT_PLUS = re.compile(
    r"(?i)[$€£]?\d+(?:[.,]\d+)?\s*(?:k|m|mm|bn|grand|thousand|million)?\s*(?:[$€£]|eur|usd|gbp)?"
    r"\s*(?:\+|plus)\s*[$€£]?\d+(?:[.,]\d+)?\s*(?:k|m|mm|bn|grand|thousand|million)(?!\w)"
)
_NOTE_TO_SELF = _rx(
    r"^(?:(?:a\s+)?(?:note|reminder|memo|heads[\s-]?up)\s+(?:to|for)\s+(?:self|myself|me)"
    r"|self[\s-]reminder|nts)(?![\w'])(?:\s*[:,\-.]\s*|\s+(?:to\s+)?)"
)

# Words that open a note and name nothing: "FYI met Ingrid …", "Heads up - Carmen Vidal called
# …", "Long story short, Alejandro …", "Good news! Wang Fang …". A heads-up to oneself is a
# reminder (_NOTE_TO_SELF); "heads up friday: …" with no mark after it asks for one.
_LEAD_IN = _rx(
    r"^(?:(?:fyi|fwiw|(?:quick\s+)?voice\s+(?:note|memo))(?:\s*[:,\-–.!]+\s*|\s+(?=[^\W\d_]))"
    r"|(?:(?:just\s+a\s+|quick\s+)?heads[\s-]*up|(?:quick\s+)?update(?:\s+from\s+the\s+road)?|"
    r"long\s+story\s+short|(?:good|great|bad|not\s+great|some)\s+news)\s*[:,\-–.!]+\s*"
    # "Bad news on the Harbour Foods renewal: …": the deal is named after the news words
    r"|(?:good|great|bad|not\s+great|some)\s+news\s+(?P<on>on|about|re)\s+"
    r"(?=the\s+[^:,.]{2,60}(?:deal|renewal|pilot|expansion|rollout|opportunity|opp)\s*[:,]))"
)

# A clause that reports what the rep did: "…, so logging this late: called Ewa …", "… Met him
# at their office this morning."
_REPORT_CLAUSE = _rx(
    r"(?:^|[.!?:;]\s*|,\s+|\s[-–]\s)(?:i\s+|we\s+)?(?:just\s+|finally\s+)?(?:called|phoned|rang|"
    r"met|spoke|talked|emailed|e-mailed|visited|texted|replied|had\s+(?:a|an|the|our)\s+"
    r"(?:\w+\s+)?(?:call|chat|meeting|lunch|coffee|demo|dinner))(?![\w'])"
)
# A reminder or a to-do asked for in so many words.
_REQUEST_WORDS = _rx(
    r"(?<!\w)(?:remind|reminder|ping\s+me|nudge\s+me|alert\s+me|don'?t\s+let\s+me\s+forget|"
    r"note\s+to\s+self|to-?do|todo|gotta|got\s+to|need\s+to|have\s+to|must|supposed\s+to|"
    r"don'?t\s+forget|can'?t\s+forget|make\s+sure)(?!\w)"
)

# What a message after lead-in words is read as: a log ("FYI met Ingrid …"), or a deal's
# change ("Bad news on the Harbour Foods renewal: close moves to end of March").
_LEAD_IN_READS = frozenset({"log_activity", "update_deal", "move_deal"})


def _report_not_request(cleaned: str) -> bool:
    """A message the learned reader took for a reminder that reports what the rep did (a
    clause opening with "called", "met", "had a call …") and asks for no reminder."""
    folded = fold(cleaned)
    return _REPORT_CLAUSE.search(folded) is not None and _REQUEST_WORDS.search(folded) is None


# the capitalised word right before a new contact's one-word name: "add Wen Li", "add
# Joon-ho Park (CFO, …)" where the tagger kept only the surname
_WORD_BEFORE = re.compile(r"(?P<w>[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)?)\s+$")


def _whole_new_name(cleaned: str, contact: str) -> str | None:
    """The new contact's name with the capitalised first name before it, when the read name
    is one word and the word before it is a capitalised word that is no command or everyday
    word ("Add", "New", "Contact"), or without a command word read into it; else None."""
    words = contact.split()
    if len(words) > 1 and fold(words[0]) in _NEW_CONTACT_WORDS - _TITLE_WORDS:
        return " ".join(words[1:])  # "Add Okafor to contacts": the command is no name
    if len(words) != 1:
        return None
    at = cleaned.find(contact)
    before = _WORD_BEFORE.search(cleaned, 0, at) if at > 0 else None
    if before is None:
        return None
    word = before.group("w")
    if fold(word) in _everyday() or fold(word) in _STOP_WORDS or fold(word) in _NEW_CONTACT_WORDS:
        return None
    return f"{word} {contact}"


# "add Okafor to contacts", "put Lena Berg in my address book": the name between, when
# capitalised (a name the tagger left out is read from the words, never guessed lower-case)
_ADD_TO_CONTACTS = re.compile(
    r"^(?i:please\s+)?(?i:add|save|put|store)\s+(?P<n>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3})"
    r"\s+(?i:(?:to|in|into)\s+(?:my\s+|the\s+|our\s+)?(?:contacts|contact\s+list|address\s+book|"
    r"crm))\b"
)


_NEW_CONTACT_WORDS = frozenset(
    {"add", "new", "contact", "save", "create", "put", "store", "lead", "person", "please", "dr",
     "mr", "mrs", "ms", "prof"}
)  # fmt: skip
_TITLE_WORDS = frozenset({"dr", "mr", "mrs", "ms", "prof"})


# A message written to someone else: a colleague addressed by name ("Sarah, did you call Acme
# back yet?", "hey mike can you send me the deck?") or quoted text pasted in ("> Hi John, …",
# "fwd: 'Please find attached …'"). Nothing in it is an order to the bot.
_TO_A_PERSON = _rx(
    # "sarah can you pull up …": a first name then "can you" needs no comma (_is_person)
    r"^(?:(?:hey|hi|yo|ok|so)\s+(?P<n1>[^\W\d_][\w'-]{1,20})\s*,?|(?P<n2>[^\W\d_][\w'-]{1,20})\s*,?)"
    r"\s+(?:(?:did|do|are|have|can|could|would|will|were|shall)\s+(?:you|u|ya|anyone)(?!\w)|"
    r"(?:what'?s|whats|where|how|when|any\s+news)(?!\w)[^?]*\?\s*$)"
)
# … or to the team: "Team, please update your pipelines before Friday's call", "Can someone from
# support call Jorge back?", "Reminder to all: the office is closed on the 24th"
_TO_THE_TEAM = _rx(
    r"^(?:(?:hey|hi|hello|morning|ok|heads[\s-]*up)\s+)?(?:team|all|everyone|everybody|folks|guys|y'?all|"
    r"reminder\s+(?:to|for)\s+(?:all|everyone|the\s+team))\s*[,!:]|"
    r"^(?:can|could|would|will|did|does|has|have|is)\s+(?:someone|somebody|anyone|anybody|"
    r"any\s+of\s+you|you\s+all|you\s+guys)(?!\w)"
)
_QUOTED = re.compile(
    r"^\s*(?:>|(?:fwd?|fw)\s*:\s*[\"'“‘>]|(?:fwd?|fw)\s+from\s+[^:\n]{1,40}:)", re.IGNORECASE
)
# A letter pasted in, to someone else: "Hi Rania, thanks for your time today. … Kind regards,
# Tom", "Dear Mr. Osei, please find attached …", "Fwd: Re: pricing\n\nHi Tom, …", after any
# subject lines (a line break is read as a sentence end). The rep's own framing ("Logging an
# email from …") is no letter.
_LETTER = re.compile(
    r"(?i)^(?:(?:fwd?|fw|re)\s*:[^\n.]*(?:\n|\.\s)\s*)*(?P<how>dear|hi|hello|hey|good\s+(?:morning|afternoon))"
    r"\s+(?:(?:mr|ms|mrs|dr|prof)\.?\s+)?(?P<n>[^\W\d_][\w'’-]+)(?:\s+[^\W\d_][\w'’-]+)?\s*,"
)
_SIGN_OFF = re.compile(
    r"(?i)(?:^|[.!?\n]\s*)(?:best(?:\s+regards|\s+wishes)?|kind\s+regards|warm\s+regards|regards|"
    r"cheers|many\s+thanks|sincerely|br)\s*[,!.]?\s*(?:[^\W\d_][\w'’-]*\s*){0,3}(?:[|\n]|$)"
)
_NOT_ADDRESSED = frozenset({"bot", "olly", "siri", "alexa", "google", "crmbot", "hey", "hi"})


def _to_someone_else(cleaned: str) -> bool:
    """Whether the message is written to a person or the team, or quotes another's words
    (English)."""
    if _QUOTED.match(cleaned) or _TO_THE_TEAM.match(fold(cleaned)):
        return True
    letter = _LETTER.match(cleaned)
    if letter is not None and fold(letter.group("n")) not in _NOT_ADDRESSED:
        if fold(letter.group("how")) == "dear" or _SIGN_OFF.search(cleaned, letter.end()):
            return True
        if letter.start("how") > 0 or _is_person(letter.group("n")):
            return True  # after a subject line, or to a first name
    m = _TO_A_PERSON.match(fold(cleaned))
    if m is None:
        return False
    name = m.group("n1") or m.group("n2")
    return name not in _NOT_ADDRESSED and _is_person(name)


def _parse(text: str, now: datetime, tz: str, lang: str, order: str | None = None) -> ParseResult:
    cleaned = _clean(text or "")
    typed = translit.native_words(cleaned, lang) if not translit.LATIN_TYPED.get() else None
    if typed is not None:
        # Greek or Kazakh typed in Latin letters: read with the language's words in its script
        with translit.latin_typed():
            return translit.restored(_parse(typed[0], now, tz, lang, order), typed[1])
    if lang == "en" and _to_someone_else(cleaned):
        return ParseResult(intent="unknown")
    opener = _OPENER.match(fold(cleaned)) if lang == "en" else None
    if opener and opener.end() < len(cleaned):
        # "Great news everyone!! The Kaspi onboarding deal is won": the greeting says nothing
        cleaned = cleaned[opener.end() :]
    question = _FIRST_QUESTION.match(cleaned) if lang == "en" else None
    if question and question.end() < len(cleaned):
        # "Who's our contact at Halden Marine again? I have a call with them in an hour": the
        # question asked first is what is wanted; what follows says why (its call, its hour
        # are no log and no reminder)
        asked_first = _parse_body(
            _AGAIN_END.sub("?", cleaned[: question.end()]), now, tz, lang, order
        )
        if asked_first.intent == "find" and asked_first.confidence >= ASK_BELOW:
            return asked_first
    focus = _remind_focus(cleaned) if lang == "en" else None
    if focus is not None and focus != cleaned:
        alone = _parse(focus, now, tz, lang, order)
        if alone.intent == "remind" and (alone.due is not None or alone.unread):
            whole = _parse_body(cleaned, now, tz, lang, order)
            # "Called Bob at Acme. He wants the quote. Remind me friday to send it": a report
            # whose follow-up is the reminder stays a log; "We're at 91% of quota. Remind me
            # monday to …" reports no contact made, and the learned guess of a log is not taken
            before = fold(cleaned[: max(cleaned.find(focus), 0)])
            if whole.intent == "log_activity" and (
                whole.confidence >= 1.0 or _CONTACT_MADE.search(before)
            ):
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
    head = heading_kind(text or "") if lang == "en" else None
    if head is not None and _ASKS_REMINDER.search(fold(cleaned)):
        head = None  # "Call notes … remind me friday to send it": the reminder asked for
    result = _parse_body(cleaned, now, tz, lang, order, head_kind=head)
    if lang == "en" and (result.intent == "unknown" or result.confidence < ASK_BELOW):
        # nothing read, or a learned guess the bot would ask about: a clear request to see a
        # record inside the message is what was asked
        asked = _find_asked_inside(cleaned, now, tz, lang, order)
        if asked is not None:
            return asked
    obliged = _I_NEED_TO.match(cleaned) if lang == "en" and result.intent == "unknown" else None
    if obliged and obliged.end() < len(cleaned):
        # "I'm supposed to send the Lidl order on Friday at 10": a to-do said as an obligation
        # with its when is a reminder, though the classifier was unsure of the whole
        alone = _parse(f"remind me to {cleaned[obliged.end() :]}", now, tz, lang, order)
        if alone.intent == "remind" and (alone.due is not None or alone.unread):
            return alone
    if lang == "en" and result.intent == "log_activity" and result.confidence < 1.0:
        first = min(find_whens(cleaned, now, tz, lang), key=lambda w: w.start, default=None)
        todo = _TASK_AFTER_WHEN.match(cleaned, first.end) if first and first.start == 0 else None
        if todo is not None:
            # "cob tuesday: get the signed order form from Halvorsen": a when, then an order
            # to oneself, is a to-do (the learned guess of a note is not taken)
            alone = _parse(f"remind me {cleaned}", now, tz, lang, order)
            if alone.intent == "remind" and alone.due is not None:
                return alone
    return result


# a when said first, then a mark, then a to-do's verb: "cob tuesday: get …", "fri 3 - send …"
_TASK_AFTER_WHEN = _rx(
    r"\s*(?::|-|–|->|→)\s*(?:get|send|call|chase|email|book|prep|prepare|review|sign|submit|"
    r"follow\s+up|check|pay|order|update|confirm|ask|ring|text|finish|draft|write|print|renew|"
    r"file|pick\s+up|collect|buy|schedule|invite|share|ping|reply|respond|pull|fix|cancel)(?!\w)"
)
# a place travelled to is no company: "book flights to Lagos", "the 6pm train to Porto"
_TRAVEL_TO = _rx(
    r"(?<!\w)(?:drive|driving|fly|flying|flight|flights|train|trains|ticket|tickets|trip|taxi|"
    r"cab|bus|coach|ferry)\s+(?:back\s+)?to\s+"
)


# a repeat every second day, week or weekday: no rule of the reminder loop keeps it
_EVERY_OTHER = _rx(
    r"(?<!\w)(?:every|each)\s+(?:other|second|alternate|2nd|third|3rd|\d+|two|three)\s+(?:day|week|month|"
    r"weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
    r"thurs|fri|sat|sun)s?(?!\w)"
)
_EVERY_OTHER_WORDS = _rx(
    r"(?<!\w)(?:every|each)(?:\s+(?:other|second|alternate|2nd|third|3rd|\d+|two|three))?(?!\w)"
)
# words that say a contact was made, before a reminder's request in a longer note
_CONTACT_MADE = _rx(
    r"(?<![\w'])(?:called|call|rang|phoned|phone|met|meeting|mtg|spoke|speaking|talked|chat|"
    r"chatted|emailed|e-?mail|visited|visit|texted|sent|lunch|dinner|coffee|breakfast|demo|saw|"
    r"caught\s+up|dropped\s+by|vm|voicemail|hung\s+up|zoom|got\s+back\s+to)(?![\w'])"
)
# a first sentence that is a question, with more said after it
_FIRST_QUESTION = re.compile(r"^[^?.!\n]{3,120}\?(?=\s+\S)")
_AGAIN_END = re.compile(r"(?i)[\s,]+again\s*\?$")
# a request to see a record inside a longer message: "Morning! Before my 11 o'clock, could you
# show me the Vandelay account? I want to check the last notes."
_FIND_REQUEST = _rx(
    r"(?:^|(?<=[.!?,;:]\s))(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)"
    r"(?P<ask>(?:show\s+me|pull\s+up|bring\s+up|look\s+up|find|get\s+me|open)\s+[^.!?]{2,80})"
)
_POINTER = frozenset({"them", "they", "him", "her", "it", "this", "that", "those", "these"})
_CAPITAL_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})")


def _find_asked_inside(
    cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult | None:
    """A find asked in one clause of a message the whole of which is no command; a query that
    points back ("what we have on them") is the record named before it."""
    folded = fold(cleaned)
    for m in _FIND_REQUEST.finditer(folded):
        res = _parse_clean(cleaned[m.start("ask") : m.end("ask")], now, tz, lang, order)
        if res.intent != "find" or not res.text:
            continue
        if fold(res.text).split()[-1] not in _POINTER:
            return res
        named = [n for n in _CAPITAL_RUN.findall(cleaned[: m.start()]) if n.split()[0] not in _SELF]
        if named:  # "… a call with Globex in 5 minutes … Can you pull up what we have on them?"
            return ParseResult(intent="find", text=named[-1])
    return None


_SELF = frozenset(("I", "I'm", "I’m", "I've", "I'll", "I'd"))


# a reminder's task that points back to a sentence before it: "chase them", "send it"
_POINTS_BACK = _rx(r"(?<![\w'])(?:them|him|her|it|they|their|this|that|those|these)(?![\w'])")


# "emailed Jon 2 days ago": the date reader has no "ago", so the words went into the name
# ("jon 2 days ago": no such contact) and the email was logged now.
_AGO = Gated(  # skipped unless the message says "ago" (rxfast.Gated)
    _rx(
        r"(?<!\w)(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|a\s+couple\s+of|a\s+few)"
        r"\s+(?P<unit>days?|weeks?)\s+ago(?!\w)"
    )
)
_AGO_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "a couple of": 2}  # fmt: skip


def _days_ago(
    cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult | None:
    """A log said "N days|weeks ago": read without those words, and dated that many days
    back at the current clock time ("a few days ago" is no one day: only the words stay)."""
    m = _AGO.search(fold(cleaned)) if lang == "en" else None
    if m is None:
        return None
    rest = " ".join((cleaned[: m.start()] + " " + cleaned[m.end() :]).split()).strip(" ,")
    result = _parse_body(rest, now, tz, lang, order)
    if result.intent != "log_activity" or result.happened is not None:
        return None
    n = _AGO_N.get(" ".join(m["n"].split())) if not m["n"].isdigit() else int(m["n"])
    text = cleaned if result.text == rest else result.text  # the note keeps the words
    if n is None or n == 0:
        return replace(result, text=text)
    days = n * (7 if m["unit"].startswith("week") else 1)
    return replace(result, text=text, happened=local_now(now, tz) - timedelta(days=days))


# "before my 11 o'clock", "after our 3pm": the time of an event of the rep's, not the
# reminder's; a time counted from an event is asked about (docs/understanding.md)
_EVENT_OWNER_BEFORE = re.compile(
    r"(?:before|after|ahead\s+of|prior\s+to)\s+(?:my|our|the|his|her|their|your)\s*$", re.I
)


def _event_time_not_due(
    result: ParseResult, cleaned: str, now: datetime, tz: str, order: str | None
) -> ParseResult:
    """A reminder whose time is an event's ("Before my 11 o'clock, could you …") has no due:
    the words are shown back and the bot asks when."""
    for w in find_whens(cleaned, local_now(now, tz), tz, "en", date_order=order):
        before = cleaned[max(0, w.start - 20) : w.start]
        if w.due == result.due and _EVENT_OWNER_BEFORE.search(before):
            return replace(
                result,
                due=None,
                unread=(*result.unread, cleaned[w.start : w.end]),
                confidence=min(result.confidence, ASK_BELOW / 2),
            )
    return result


def _close_moved_not_reminder(
    result: ParseResult, cleaned: str, now: datetime, tz: str, order: str | None
) -> ParseResult:
    """A "reminder" that says a deal's close moves ("Pull the Ostara Foods renewal in to Dec
    12", "please move the close date to 15 January") is that deal's update; with no deal or no
    close found it is asked about, never set as a reminder on the close day."""
    spans = find_whens(cleaned, local_now(now, tz), tz, "en", date_order=order)
    first = (spans[0].start, spans[0].end) if spans else None
    if not close_change_said(cleaned, fold(cleaned), first):
        return result
    moved = _parse_learned(cleaned, now, tz, "en", order, forced=langcues.Cue(intent="update_deal"))
    if moved.intent == "update_deal" and moved.deal and moved.close is not None:
        return moved
    return replace(
        moved if moved.intent == "update_deal" else ParseResult(intent="update_deal"),
        confidence=min(moved.confidence, ASK_BELOW / 2),
    )


_STILL_WORTH = re.compile(
    r"(?i)^(?:is|was)\s+(?:the\s+)?(?P<d>[^\W\d_][\w&.'’\- ]{1,40}?)"
    r"(?:\s+(?:deal|opp|opportunity))?\s+still\s+(?:at\s+|worth\s+)?[$€£]?\s?\d[\d.,]*\s?(?:k|m|grand)?\s*(?:eur|usd|gbp)?\s*\?*\s*$"
)


def _parse_body(
    cleaned: str,
    now: datetime,
    tz: str,
    lang: str,
    order: str | None = None,
    *,
    head_kind: str | None = None,
) -> ParseResult:
    """One message read by the rules, then the learned reader, then the checks every read
    passes; ``head_kind`` is the kind a pasted note's heading said was done ("CALL SUMMARY",
    "Visit report - X": :mod:`handlers.language.report_head`), which makes it a log."""
    if lang == "en" and _CALENDAR_REMOVAL.match(fold(cleaned)):
        # "please delete the meeting i have with john tonight", "delete my alarm for
        # tomorrow": removing an entry has no action here; never set it as a reminder
        return ParseResult(intent="unknown")
    if lang == "en" and _CALENDAR_QUESTION.match(fold(cleaned)):
        # "have you added a meeting with tom tomorrow at nine pm": asks what is set
        return ParseResult(intent="list_reminders")
    ago = _days_ago(cleaned, now, tz, lang, order)
    if ago is not None:
        return ago
    self_note = _NOTE_TO_SELF.match(fold(cleaned)) if lang == "en" else None
    if self_note and self_note.end() < len(cleaned):
        rest = cleaned[self_note.end() :]
        if _REPORTED.match(fold(rest)):
            # "note to self i called lars at maersk, he's on holiday until the 14th": what
            # was done is logged (its dates are the note's), not a reminder to oneself
            reported = _parse(rest, now, tz, lang, order)
            if reported.intent == "log_activity":
                return reported
        # "Note to self: call Kwame on Tuesday at 2", "heads-up for me on Friday at noon: …":
        # a reminder to oneself, not a note on a record
        alone = _parse(f"remind me {rest}", now, tz, lang, order)
        if alone.intent == "remind" and (alone.due is not None or alone.unread):
            return alone
    lead_in = _LEAD_IN.match(fold(cleaned)) if lang == "en" else None
    if lead_in and lead_in.end() < len(cleaned):
        # "FYI met Ingrid Johansson …", "Heads up - Carmen Vidal at Sol Hoteles called, …": a
        # report after words that name nothing is read without them when it is a log
        reported = _parse_body(cleaned[lead_in.end() :], now, tz, lang, order, head_kind=head_kind)
        reads = _LEAD_IN_READS if lead_in.group("on") else ("log_activity",)
        if reported.intent in reads and reported.confidence >= ASK_BELOW:
            if reported.intent != "log_activity":
                return reported
            lead_words = cleaned[: lead_in.end()]  # the note keeps every word typed
            return replace(reported, text=lead_words + (reported.text or "") or None)
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
        if result.intent == "remind" and lang == "en" and _report_not_request(cleaned):
            # "The CRM was down this morning, so logging this late: called Ewa … I'll send
            # the quote at 2 today": a report of what was done asks for no reminder; logged
            result = _parse_learned(
                cleaned, now, tz, lang, order, forced=langcues.Cue(intent="log_activity")
            )
    if head_kind is not None and result.intent != "log_activity":
        # "CALL SUMMARY. Client: … Follow-up: Tuesday 3pm" is no order to call anyone: the
        # heading says a call was made, so the note is logged (names by the tagger)
        cue = langcues.Cue(intent="log_activity", kind=head_kind)
        result = _parse_learned(cleaned, now, tz, lang, order, forced=cue)
    if head_kind is not None and result.intent == "log_activity":
        result = replace(result, activity_type=head_kind)
    asked_value = _STILL_WORTH.match(cleaned) if lang == "en" else None
    if asked_value and result.intent in ("unknown", "update_deal", "find"):
        # "is Calloway Dental still 60k?": a question about a deal's value, not a change
        return ParseResult(intent="find", text=asked_value.group("d"), confidence=0.9)
    if result.intent == "remind" and lang == "en":
        result = _close_moved_not_reminder(result, cleaned, now, tz, order)
    if result.intent == "remind" and result.due is not None and lang == "en":
        result = _event_time_not_due(result, cleaned, now, tz, order)
    ordered = _SCHEDULE_ORDER.match(fold(cleaned)) if lang == "en" else None
    doubted = result.intent == "unknown" or (
        result.intent == "remind" and result.confidence < ASK_BELOW
    )
    kept = _ENTRY_ORDER_KEPT.match(fold(result.text or "")) if result.intent == "remind" else None
    doubted = doubted or (ordered is not None and kept is not None)  # the order is no task
    if ordered and doubted and ordered.end() < len(cleaned):
        # "olly schedule a doctor's appointment for next tuesday at ten thirty am": an entry
        # for one's calendar, as "remind me about a doctor's appointment …" is
        entry = _parse(f"remind me about {cleaned[ordered.end() :]}", now, tz, lang, order)
        if entry.intent == "remind" and entry.due is not None:
            result = entry
    if lang != "en":
        result = _other_language_after(result, cleaned, now, tz, lang, order)
    result = _one_when(result, cleaned, now, tz, lang, order)
    if result.intent in ("remind", "log_activity") and lang == "en":
        result = _changed_time_asked(result, cleaned, now, tz, order)
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
    if result.intent in ("remind", "log_activity") and result.due is not None and lang == "en":
        result = _meal_beside_day(result, cleaned, now, tz, order)
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
    if result.intent in ("create_deal", "update_deal") and result.amount is not None:
        summed = _AMOUNT_PLUS.search(cleaned)
        if unread_amount(cleaned) or summed:
            # "2.5 mil" (a thousand or a million?) read as 2.5 by the name's last number, "40k
            # + 5k services" as 40k: no one value was said, so none is written; the bot asks
            result = replace(
                result,
                amount=None,
                currency=None,
                unread=(*result.unread, *((summed.group(0),) if summed else ())),
                confidence=min(result.confidence, ASK_BELOW / 2),
            )
    bare = (
        said_amount(fold(cleaned), cleaned)
        if lang == "en"
        and result.amount is None
        and result.deal
        and (result.intent == "update_deal" or (result.intent == "move_deal" and not result.stage))
        else None
    )
    if bare is not None:  # "set the amount of Acme renewal to 20 000": the amount was said
        result = replace(
            result,
            intent="update_deal",
            stage=None,
            amount=bare[0],
            currency=bare[1],
            confidence=max(result.confidence, ASK_BELOW),
        )
    reason = result.text if result.intent == "move_deal" and result.amount is not None else None
    if reason and find_amount(fold(reason)) is not None:
        # "Mark the Liffey Print press deal as lost - they bought a used press for 40k": money
        # said in a move's reason is no value of the deal ("won Acme renewal 12k" still is)
        result = replace(result, amount=None, currency=None)
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
    if (
        lang == "en"
        and result.intent in ("log_activity", "remind", "create_deal")
        and result.account
    ):
        grown = _trade_word_after(cleaned, result.account)  # "at sunrise bakery" read "sunrise"
        if grown != result.account:
            result = replace(result, account=grown)
    if lang == "en" and result.intent in ("log_activity", "remind"):
        result = _names_refined(result, cleaned, now, tz, lang, order)
    if result.intent in ("log_activity", "remind"):
        result = _titled_person(result, cleaned)
    for key in ("contact", "account"):
        value = getattr(result, key)
        if value and re.search(r"\w['’]s$", value):  # "Dropped by Pemex's office"
            result = replace(result, **{key: value[:-2]})
    if result.intent == "remind" and result.text:
        said = with_obliged_verb(result.text, cleaned) if lang == "en" else result.text
        tidy = _tidy_remind_text(said, cleaned) if lang == "en" else result.text
        obliged = _OBLIGED_ELSEWHERE.match(tidy) if lang in ("es", "fr", "nb") else None
        if obliged and obliged.end() < len(tidy):  # "Je dois relancer Capgemini": relancer …
            tidy = tidy[obliged.end() :]
        tidy = _TRAILING_REMIND.sub("", tidy).strip(" ,;:-") or tidy
        if len(tidy.split()) > 2:  # "ring Dev … please"; "say please" stays
            tidy = _TRAILING_POLITE.sub("", tidy).strip(" ,;:-") or tidy
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
        left = _LEFTOVER_WHEN.match(fold(tidy)) if lang == "en" and not vague else None
        if left and left.end() < len(tidy):
            # "remind me in 10 to call Bayo", "tomorrow early morning to call Sven", "in april
            # to …": words of a when that no rule read lead the task; they are no part of it,
            # and a time read beside them is not the one meant, so the bot asks when
            said = tidy[: left.end()].strip()
            tidy = tidy[left.end() :].strip()
            link = _REMIND_LINK.match(fold(tidy))
            tidy = tidy[link.end() :].strip() if link and link.end() < len(tidy) else tidy
            again = said in result.unread  # the meal beside a day was already listed
            result = replace(result, due=None, unread=result.unread + (() if again else (said,)))
        end = _MONTH_AT_END.search(fold(tidy)) if lang == "en" and result.due is None else None
        if end and end.start() > 0:
            # "note to self call april jones in april": a month alone is the only when said,
            # no one day of it; shown back and asked about, not left in the task
            result = replace(result, unread=(*result.unread, tidy[end.start() :].strip(" ,")))
            tidy = tidy[: end.start()].strip(" ,")
        if tidy != result.text:
            result = replace(result, text=tidy or None)
    if result.intent == "remind" and result.due is not None and lang == "en":
        result = _woken_in_the_morning(result, cleaned, now, tz)
    if result.intent == "log_activity" and result.due is not None and lang == "en":
        result = _breakfast_in_the_morning(result, cleaned, now, tz)
    if result.account and all(w in _NOT_FIRM_WORDS for w in fold(result.account).split()):
        result = replace(result, account=None)  # "how many contacts?": no company "how many"
    if result.intent == "create_contact" and not result.contact and lang == "en":
        added = _ADD_TO_CONTACTS.match(cleaned)  # "Add Okafor to contacts": the tagger's miss
        if added and fold(added["n"]) not in _everyday():
            result = replace(result, contact=added["n"])
    if result.intent == "create_contact" and result.contact and lang == "en":
        whole = _whole_new_name(cleaned, result.contact)  # "add Wen Li": not "Li" alone
        result = replace(result, contact=whole) if whole else result
    if result.intent == "create_contact" and result.contact and not result.account:
        # "Kenta Mori / Shiroyama Trading / kenta@…": the company among the fields typed
        firm = listed_firm(_Msg(cleaned), result.contact) if lang == "en" else None
        result = replace(result, account=firm) if firm else result
    if result.intent == "remind" and result.account and lang == "en":
        place = result.account
        for m in _TRAVEL_TO.finditer(cleaned):
            if re.match(rf"{re.escape(place)}(?!\w)", cleaned[m.end() :]):
                result = replace(result, account=None)  # "drive to Leeds": a place
                break
    skip = _EVERY_OTHER.search(cleaned) if result.intent == "remind" and lang == "en" else None
    if skip is not None:
        # "every other tuesday at 10": a repeat the reminders cannot keep (weekly, monthly …
        # only); set once it would be silently wrong, so it is shown back and asked about
        text = _EVERY_OTHER_WORDS.sub(" ", _EVERY_OTHER.sub(" ", result.text or ""))
        text = re.sub(r"(?i)^\s*(?:to|about|that)\s+", "", " ".join(text.split()))
        result = replace(
            result, due=None, text=text or None, unread=(*result.unread, skip.group(0))
        )
    other = for_someone_else(cleaned) if result.intent == "remind" and lang == "en" else None
    if other is not None:
        # "remind Bob to send the deck friday": the bot reminds only the user; what it read
        # is shown back with the request's own words, and nothing is set until Yes
        text = result.text or ""
        if not fold(text).startswith("remind"):
            text = f"remind {text}" if fold(text).startswith(fold(other)) else text
        result = replace(
            result, text=text or None, confidence=min(result.confidence, ASK_BELOW / 2)
        )
    done = _DONE_THEN_FOLLOW.match(fold(cleaned)) if lang == "en" else None
    if result.intent == "remind" and done and (result.contact or result.account):
        # "cb kwame re quote -> f/u mon": a call made, then its follow-up (a log, not a to-do)
        result = replace(
            result, intent="log_activity", activity_type=_activity_kind(fold(cleaned)), text=cleaned
        )
    if result.intent == "update_deal" and lang == "en" and _NO_KEY_FIELD.search(fold(cleaned)):
        # "set the win probability on Acme renewal to 70%", "assign the X deal to Sarah": a
        # field the free text cannot change; shown back and asked, never half written
        result = replace(result, confidence=min(result.confidence, ASK_BELOW / 2))
    if result.intent == "remind" and lang == "en" and (result.contact or result.account):
        planned = _PLANNED.match(fold(result.text or ""))
        asked = _ASKED_TO_REMIND.match(fold(cleaned))
        if planned and result.due is not None and not asked:
            # "put a meeting with john on my calendar for tuesday at ten": a planned
            # meeting with a CRM party is logged with its time, like "lunch with Jon at 1"
            kind = _PLANNED_KIND.get(planned.group("kind").split()[0], "meeting")
            body = re.sub(r"(?i)\s+(?:for|on|at|by|in)$", "", result.text or "") or None
            result = replace(result, intent="log_activity", activity_type=kind, text=body)
    terse = _TERSE_MEETING.match(fold(result.text or "")) if lang == "en" else None
    if result.intent == "remind" and terse and result.due is not None:
        named = fold(terse.group("n")).split()
        ours = _not_a_name(terse.group("n")) or any(w in _everyday() for w in named)
        if not ours and not _ASKED_TO_REMIND.match(fold(cleaned)):  # not "mtg w/ the team"
            # "mtg acme 2morrow 10", "lunch w/ ana fri 1": a meeting still to come, in chat
            # shorthand, is logged with its time, as "lunch with Jon tomorrow at 1" is
            text = result.text or ""
            name = text[terse.start("n") : terse.end("n")]
            who = name if _is_person(name) else None
            result = replace(
                result,
                intent="log_activity",
                activity_type="meeting",
                contact=result.contact or who,
                account=result.account or (None if who else name),
                text=cleaned,
                # the shape is a rule's, not the classifier's doubt between a to-do and a log
                confidence=max(result.confidence, 0.75),
            )
    if result.intent in ("log_activity", "remind") and lang == "en" and result.due is not None:
        result = _confirmed_ahead(result, cleaned)
    unread = wordy and _unread_time(
        cleaned, find_whens(cleaned, local_now(now, tz), tz, lang, date_order=order)
    )
    if result.intent == "remind" and result.text and unread:
        text = _strip_time_words(result.text)
        if text != result.text:  # the words are shown back when the bot asks when
            result = replace(result, text=text or result.text)
    return result


# "jon confirmed the demo for tomorrow 2pm", "booked the site visit with Ana for friday": a
# meeting still to come was agreed; its date is what was agreed, not a follow-up said aside
_CONFIRMED_AHEAD = _rx(
    r"^(?:[^,;.!?]{0,60}?\s)?(?:confirmed|booked|scheduled|rescheduled|arranged|set\s+up|"
    r"locked\s+in|agreed\s+(?:on|to))\s"
)


def _confirmed_ahead(result: ParseResult, cleaned: str) -> ParseResult:
    """A log whose date is a meeting agreed for later keeps that date in its note (it was cut
    out as a follow-up, leaving "jon confirmed the demo for"); the follow-up stays at that
    time, so the rep is reminded of the meeting. The message was not a meeting held now:
    a "meeting" kind becomes a note (how it was confirmed was not said)."""
    if _CONFIRMED_AHEAD.match(fold(cleaned)) is None:
        return result
    if result.intent == "remind":
        # "maria confirmed the call for monday at 10": not a to-do the rep asked for, but
        # news from Maria (a reminder "maria confirmed the call", linked to nobody)
        who = _WHO_CONFIRMED.match(cleaned)
        if who is None or fold(who["who"]).split()[0] in _NOT_WHO:
            return result
        return replace(
            result,
            intent="log_activity",
            activity_type="note",
            contact=result.contact or who["who"],
            text=cleaned,
            happened=None,
        )
    kind = "note" if result.activity_type == "meeting" else result.activity_type
    return replace(result, activity_type=kind, text=cleaned, happened=None)


_WHO_CONFIRMED = re.compile(
    r"^(?P<who>[^\W\d_][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:has\s+|just\s+)?(?:confirmed|booked|"
    r"scheduled|rescheduled|arranged|set\s+up|locked\s+in|agreed)\b"
)
_NOT_WHO = frozenset(
    {
        "i", "we", "you", "they", "he", "she", "it", "remind", "please", "pls", "plz",
        "someone", "everyone", "nobody", "the", "a", "my", "our",
    }
)  # fmt: skip


# a meal said as the time of a day: "follow up at lunch tomorrow", "tomorrow over lunch"
_MEAL_TIME = re.compile(
    r"(?i)(?<![\w'])(?:at|around|over|after|before|by|during)\s+(?:lunch(?:time)?|breakfast|"
    r"dinner|brunch)(?![\w'])"
)


def _changed_time_asked(
    result: ParseResult, cleaned: str, now: datetime, tz: str, order: str | None
) -> ParseResult:
    """A time or day changed in the message ("the call moved from 10 to 11:30 tomorrow", "she
    moved it to tomorrow at 10", "is at 4 not 3"): a slot set by it is asked about, never one
    of the two picked (a date read wrong is the worst outcome). A moved meeting already past
    is context, and the note's own next step stays its follow-up (``changed_whens``)."""
    if result.unread:
        return result
    lnow = local_now(now, tz)
    whens = find_whens(cleaned, lnow, tz, "en", date_order=order)
    said_day = [w for w in whens if w.due == result.due and not w.has_time]
    if result.due is not None and result.due < lnow and said_day:
        # "is the CRM slow today?" read as a reminder for today 09:00, an hour ago: a day
        # said with no time whose 09:00 is already past is no time meant; asked about (a
        # time said, "today at 9", is the user's own and stays)
        said = [cleaned[w.start : w.end] for w in said_day]
        return replace(
            result,
            due=None,
            unread=tuple(said) or (result.due.isoformat(),),
            confidence=min(result.confidence, ASK_BELOW / 2),
        )
    changed = changed_whens(cleaned, whens)
    if not changed:
        return result
    if result.due is None:
        if result.intent != "log_activity":
            return result
        changed = [w for w in changed if w.due > lnow]
    elif not any(w.due == result.due for w in changed):
        return result
    if not changed:
        return result
    return replace(
        result,
        due=None,
        unread=tuple(cleaned[w.start : w.end] for w in changed),
        confidence=min(result.confidence, ASK_BELOW / 2),
    )


def _meal_beside_day(
    result: ParseResult, cleaned: str, now: datetime, tz: str, order: str | None
) -> ParseResult:
    """ "called jon, follow up at lunch tomorrow": the day was read and its hour defaulted to
    09:00 while the hour said was a meal's. The meal has no one hour (12, 13, 14?), so the
    bot asks when instead of writing 09:00 (issue 10: a time never replaced by 09:00)."""
    meal = _MEAL_TIME.search(cleaned)
    if meal is None:
        return result
    for w in find_whens(cleaned, local_now(now, tz), tz, "en", date_order=order):
        beside = 0 <= meal.start() - w.end <= 2 or 0 <= w.start - meal.end() <= 2
        if beside and not w.has_time and w.due == result.due:
            return replace(
                result,
                due=None,
                unread=(*result.unread, meal.group(0)),
                confidence=min(result.confidence, ASK_BELOW / 2),
            )
    return result


# verb-final languages put "remind me" last: "… жіберуді еске сал"
_TRAILING_REMIND = re.compile(
    r"(?i)[\s,]+(?:еске\s+салыңыз|еске\s+сал|ескерт(?:іңіз)?|gogorarazi(?:\s+iezadazu)?|"
    r"gogoratu|θύμισέ\s+μου|θύμισε\s+μου|remind\s+me|please\s+remind\s+me)[\s.!]*$"
)


_NO_KEY_FIELD = _rx(
    r"(?<![\w-])(?:probability|prob|odds|likelihood|win\s+chance|chance\s+of\s+winning|owner|"
    r"ownership|assign|assigned|reassign|reassigned|hand\s+(?:it\s+)?over|rename|renamed|re-name)"
    r"(?![\w-])"
)

# a courtesy left at the end of a reminder's task once its time was taken out: "remind me to
# ring Dev on monday. at 11 please" is "ring Dev"
_TRAILING_POLITE = re.compile(r"(?i)(?<=\w)[\s,]+(?:please|pls|plz|thanks|thx|ty)[\s.!]*$")

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
# a meeting word and one name, nothing else: "mtg acme", "lunch w/ ana", "demo @ globex"
_TERSE_MEETING = _rx(
    r"^(?:mtg|meeting|lunch|coffee|breakfast|dinner|demo|zoom)\s+(?:w/\s*|with\s+|@\s*|at\s+)?"
    r"(?P<n>[^\W\d_][\w&'’.-]*(?:\s+[^\W\d_][\w&'’.-]*)?)$"
)
_PLANNED_KIND = {"call": "call", "phone": "call", "visit": "visit", "site": "visit"}


_VAGUE_WHEN = _rx(
    r"^(?:later(?:\s+today|\s+on|\s+this\s+week)?|after\s+(?:lunch|work|dinner|the\s+meeting|"
    r"the\s+call|school)|at\s+some\s+point(?:\s+today)?|some\s*time(?:\s+today)?|soon|"
    r"in\s+a\s+(?:bit|while)|at\s+\w+\s+something|around\s+\w+\s+something|one\s+of\s+these\s+days)"
    r"(?!\w)[\s,]*"
)


# an order to put something in one's calendar: "olly schedule a …", "book my …"
# a reminder's text that kept the order for the entry ("schedule a doctor's appointment"):
# the entry is the text, as "remind me about a doctor's appointment" reads it
_ENTRY_ORDER_KEPT = _rx(r"^(?:schedule|set\s+up|arrange)\s+(?=(?:a|an|my|the)\s+\S)")
_SCHEDULE_ORDER = _rx(
    rf"^{_ASSISTANT}(?:schedule|book|set\s+up|arrange)\s+(?=(?:a|an|my|the)\s+\S)"
)
# a to-do said as an obligation in the other languages whose reminder text is listed
_OBLIGED_ELSEWHERE = re.compile(
    r"(?i)^(?:je\s+dois|il\s+faut\s+que\s+je|je\s+devrais|il\s+faut|tengo\s+que|debo|"
    r"hay\s+que|necesito|jeg\s+må|jeg\s+skal|må)\s+(?=\S)"
)
# a title before a name marks a person, in any case it is typed: "lvm for mr okafor @ dangote",
# "Frau Klein war dabei", "rdv avec Mme Petit" ("Dr. Oetker" capitalised alone stays a firm)
_TITLED = re.compile(
    r"(?<![\w.])(?i:mr|mrs|ms|dr|prof|frau|herr|herrn|mme|madame|monsieur|sr|sra|señor|señora)"
    r"\.?\s+(?P<n>[^\W\d_][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)"
)


# what "ms", "sr", "dr" abbreviate besides a title: Microsoft's products, "senior", "drive"
_TITLED_NOT_NAMES = frozenset(
    [
        "teams",
        "word",
        "excel",
        "office",
        "outlook",
        "project",
        "sharepoint",
        "dynamics",
        "access",
        "visio",
        "onenote",
        "azure",
        "management",
        "manager",
        "managers",
        "engineer",
        "engineers",
        "director",
        "directors",
        "leadership",
        "team",
        "staff",
        "consultant",
        "consultants",
        "analyst",
        "developer",
        "developers",
        "partner",
        "associate",
        "vp",
        "exec",
        "execs",
    ]
)


def _titled_person(result: ParseResult, cleaned: str) -> ParseResult:
    """The person a title names, when no contact was read ("lvm 4 dr. osei @ ecobank"); a
    titled name read as the account ("Frau Klein" of "Kunde Müller GmbH besucht, Frau Klein
    war dabei") is the person, not the firm."""
    firm_read_as_person = (
        result.contact is not None and result.account is None and not _is_person(result.contact)
    )
    if result.contact is not None and not firm_read_as_person:
        return result
    for m in _TITLED.finditer(cleaned):
        name = m.group("n")
        head = fold(name.split()[0])
        if head in _STOP_WORDS or len(head) < 2 or head in _everyday() or _not_a_name(head):
            continue
        if head in _TITLED_NOT_NAMES:
            continue  # "a ms teams call", "the sr team"
        if result.account and fold(result.account) == fold(name):
            return replace(result, contact=name, account=None)
        if result.account and fold(name) in fold(result.account):
            continue  # "Dr. Oetker GmbH": the firm's own name
        if firm_read_as_person:  # "Termin bei Bosch mit Frau Maier": Bosch is the firm
            if fold(name) in fold(result.contact or ""):
                return result
            return replace(result, contact=name, account=result.contact)
        return replace(result, contact=name)
    return result


_WAKE_ME = _rx(r"(?<!\w)(?:wake\s+(?:me|us)(?:\s+up)?|wake[\s-]?up\s+call)(?!\w)")
# a part of the day or a clock that says the hour is the afternoon's, or a count from now
_AFTERNOON_SAID = _rx(
    r"(?<![^\W\d_])(?:p\.?m\.?|pm|afternoon|evening|tonight|night|noon|midday|\d{2}:\d{2}|"
    r"in\s+\S+\s+(?:\S+\s+)?(?:hours?|hrs?|minutes?|mins?))(?!\w)"
)


def _woken_in_the_morning(result: ParseResult, cleaned: str, now: datetime, tz: str) -> ParseResult:
    """ "wake me up at six thirty tomorrow" is 06:30: being woken says the morning, as "tomorrow
    morning at 7" does, where a bare hour from 1 to 7 is otherwise the afternoon's."""
    due = result.due
    folded = fold(cleaned)
    if due is None or not _WAKE_ME.search(folded) or _AFTERNOON_SAID.search(folded):
        return result
    if not 13 <= due.hour <= 19:
        return result
    morning = due.replace(hour=due.hour - 12)
    if morning <= local_now(now, tz):  # "wake me at six": today's six has passed
        day = morning.date() + timedelta(days=1)
        morning = morning.replace(year=day.year, month=day.month, day=day.day)
    return replace(result, due=morning)


_BREAKFAST = _rx(r"(?<!\w)breakfast(?!\w)")


def _breakfast_in_the_morning(
    result: ParseResult, cleaned: str, now: datetime, tz: str
) -> ParseResult:
    """ "breakfast meeting with Adaeze at 7:30" is 07:30: a breakfast says the morning, where a
    bare hour from 1 to 7 is otherwise the afternoon's. One already past today was the
    report's own time ("…, good start to the day"), no follow-up; one to come is the log's
    ``due``. Only when it is the message's one when ("breakfast at 7:30, follow up friday at
    3" keeps friday's 15:00)."""
    due = result.due
    folded = fold(cleaned)
    if due is None or not _BREAKFAST.search(folded) or _AFTERNOON_SAID.search(folded):
        return result
    if not 13 <= due.hour <= 19:
        return result
    lnow = local_now(now, tz)
    if len(find_whens(cleaned, lnow, tz, "en")) != 1:
        return result
    morning = due.replace(hour=due.hour - 12)
    return replace(result, due=None if morning <= lnow else morning)


# A reminder's task that starts with words of a when the date rules did not read (they
# were left in it): a part of the day with a doubt ("early afternoon"), "in" with a bare
# number or a month ("in 10", "in 30m", "in april"), "the new year", the end of a period with
# "before", and the tail of a time ("ish", "or so"). Only before a link word, so "in person"
# or "early access" stay the task's.
_LEFTOVER_WHEN = _rx(
    r"^(?:(?:early|late|mid)[\s-]*(?:morning|afternoon|evening|day|week|month|year)"
    r"|in\s+(?:\d{1,3}\s*(?:m|h|d|w|mn|hr|hrs|wk|wks)?|the\s+new\s+year|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
    r"|(?:before|by|until|till)\s+the\s+end\s+of\s+(?:the\s+)?(?:year|quarter)"
    r"|(?:-\s*)?ish|or\s+so|this\s+time|first\s+thing"
    # "in one to two hours", "at nineteen hundred": numbers of a time no rule read whole
    r"|in\s+\S+\s+(?:to|or|-)\s+\S+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
    r"|at\s+[a-z]+\s+hundred(?:\s+(?:hours|hrs))?"
    r"|(?:at|around|over|after|before|during)\s+(?:lunch(?:time)?|dinner|breakfast|brunch|work|"
    r"school))"
    r"(?=\s*,?\s+(?:to|that|about|re|of|for)\s)"
)


_MONTH_AT_END = _rx(
    r"[\s,]+(?:in|by|before|after|around|during|early|mid|late|end\s+of)\s+(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$"
)


def _first_sentence(text: str) -> str:
    """A reminder's text ends with its sentence: "send Gulnara the quote? she asked twice"
    is "send Gulnara the quote" (an abbreviation's dot, as in "Acme S.A. deck", goes on)."""
    for m in _SENTENCE_END.finditer(fold(text)):
        if not _ABBREV_END.search(fold(text)[: m.end()].rstrip()):
            return text[: m.start()].strip(" ,;:-") or text
    return text


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
    # "on the 12th" ("on the 12th floor" counts floors: no date)
    rf"(?:on|by|for|until)\s+the\s+\d{{1,2}}(?:st|nd|rd|th)(?!\w){_NOT_COUNTED}|"
    r"the\s+\d{1,2}(?:st|nd|rd|th)\s+of|"
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
        if _no_date_slash(said):
            continue  # "the 24/7 support plan", "a 50/50 split": no reading is a date
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


def _no_date_slash(said: str) -> bool:
    """ "24/7", "50/50": a slash of two numbers that no date order reads as a date."""
    m = re.fullmatch(r"(?i)(?:on\s+)?(\d{1,2}/\d{1,2})", said.strip())
    return m is not None and _no_date_fraction(m.group(1))


def _strip_time_words(text: str) -> str:
    """A reminder's text without a time said in words ("at eight pm to water the plants" ->
    "water the plants"): the date rules did not read it, so it is not the task either."""
    out = text
    for m in reversed(list(_DIGIT_DATE.finditer(text))):
        if not _no_date_slash(m.group(0)):  # "renew the 24/7 plan" keeps its "24/7"
            out = out[: m.start()] + " " + out[m.end() :]
    text = out
    for m in reversed(list(_TIME_PHRASE.finditer(text))):
        if _TIME_WORDS.search(m.group(0)) or re.search(r"(?i)\b(?:pm|am|o'?clock)\b", m.group(0)):
            out = out[: m.start()] + " " + out[m.end() :]
    out = " ".join(out.split()).strip(" ,;:-.")
    out = re.sub(r"(?i)^remind\s+me\s+(?:to|of|about|that)\s+", "", out)
    link = _TEXT_LINK.match(fold(out))
    return out[link.end() :] if link else out


_POLITE = re.compile(
    r"(?i)^(?:(?:pls|plz|please|kindly)\s+|(?:remember|don'?t\s+forget|do\s+not\s+forget)\s+to\s+)"
)  # "pls f/u w/ zanele": not the task
