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

from handlers.language import followup, langcues
from handlers.language.amounts import (
    unread_amount,
)
from handlers.language.dates import (
    WhenMatch,
    find_whens,
    fold,
    local_now,
)
from handlers.language.deal_text import said_amount
from handlers.language.learned import (
    _ABBREV_END,
    _TEXT_LINK,
    _activity_kind,
    _parse_learned,
)
from handlers.language.other_languages import (
    _other_language,
    _other_language_after,
)
from handlers.language.patterns import (
    _clean,
    _rx,
)
from handlers.language.remind_text import (
    _remind_focus,
    _tidy_remind_text,
)
from handlers.language.result import (
    ASK_BELOW,
    ParseResult,
)
from handlers.language.rules import (
    _parse_clean,
)
from handlers.language.rxfast import CaseBlind
from handlers.language.second_look import (
    _names_refined,
)
from handlers.language.when_checks import (
    _FOLLOW_MARK,
    _REMIND_LINK,
    _moved_close,
    _one_when,
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
_NOTE_TO_SELF = _rx(
    r"^(?:(?:a\s+)?(?:note|reminder|memo|heads[\s-]?up)\s+(?:to|for)\s+(?:self|myself|me)"
    r"|self[\s-]reminder|nts)(?![\w'])(?:\s*[:,\-.]\s*|\s+(?:to\s+)?)"
)


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


# "emailed Jon 2 days ago": the date reader has no "ago", so the words went into the name
# ("jon 2 days ago": no such contact) and the email was logged now.
_AGO = _rx(
    r"(?<!\w)(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|a\s+couple\s+of|a\s+few)"
    r"\s+(?P<unit>days?|weeks?)\s+ago(?!\w)"
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


def _parse_body(
    cleaned: str, now: datetime, tz: str, lang: str, order: str | None = None
) -> ParseResult:
    ago = _days_ago(cleaned, now, tz, lang, order)
    if ago is not None:
        return ago
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


_POLITE = re.compile(
    r"(?i)^(?:(?:pls|plz|please|kindly)\s+|(?:remember|don'?t\s+forget|do\s+not\s+forget)\s+to\s+)"
)  # "pls f/u w/ zanele": not the task
