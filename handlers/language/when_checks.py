"""Checks a reading's dates pass before anything is written: two days or two times for one reminder
are asked about (never one picked), a day read at its default 09:00 takes the hour said beside
it, a close date said two ways or not read is shown back, and which dates of a log may be its
follow-up.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, datetime

from handlers.language import followup
from handlers.language.amounts import about_the_business, find_amounts, not_the_value, one_amount
from handlers.language.date_spec import _SPECS
from handlers.language.dates import (
    WhenMatch,
    competing,
    find_whens,
    fold,
    local_now,
    month_number,
    read_whens,
    strip_when,
)
from handlers.language.patterns import _alt, _rx
from handlers.language.result import ASK_BELOW, ParseResult

_REMIND_LINK = _rx(  # "(tomorrow at 8 pm) sharp to call Ana": "sharp" went with the time
    r"^(?:sharp\s+)?(?:for\s+me\s+(?=to\s))?(?:me\s+)?(?:"
    + _alt("to|about|that|of|for|re|abt|regarding|que|de|d'|daran|daran,|dass|zu|an|å|om|να|για|:")
    + r")(?:\s+|(?<=')|$)"
)
_FOLLOW_MARK = _rx(
    r"(?<!\w)(?:follow[\s-]*up|followup|f/u|call\s+back|check\s+in|next\s+step|remind\s+me|"
    r"(?:ping|call|ring|chase|email|try)\s+(?:him|her|them)\s+again|try\s+again|circle\s+back|"
    r"check\s+back|touch\s+base|cb|reconnect|retry|re-try|resched(?:ule)?|"
    r"get\s+back\s+to\s+(?:him|her|them)|"
    r"seguimiento|volver\s+a\s+llamar|nachfassen|wiedervorlage|relancer|relance|rappeler|"
    r"følg\s+opp|følge\s+opp|oppfølging|jarraipena|παρακολούθηση)(?!\w)"
)


_UNTIL = _rx(r"(?<!\w)(?:until|till|til|back|since|away)\s*(?:on\s+)?$")
_UNTIL_IN = _rx(r"(?:until|till|til|since)(?!\w)")


# A time or day changed in a sentence: "meeting moved from 2pm to 4pm", "she moved it to
# tomorrow at 10", "now on Dec 9 instead of Dec 4", "the call is at 4 not 3". Which of the two
# is meant is not guessed: the sentence's dates are no follow-up, and one that would set the
# slot is asked about (docs/understanding.md: a time changed in the message is asked about).
_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;\n]|$)")
_CHANGE_WORD = re.compile(
    r"(?i)(?<!\w)(?:(?:moved|pushed|rescheduled|postponed|shifted|bumped|changed|brought)"
    r"(?:\s+(?:it|that|this|them|our\s+[\w-]+|the\s+[\w-]+|back|forward|up|out))?\s+(?:from|to|till|until)"
    r"|instead\s+of|not\s+(?:at\s+|on\s+)?\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?(?![\w%/]))(?!\w)"
)


def changed_whens(text: str, whens: list[WhenMatch]) -> list[WhenMatch]:
    """The dates said in a sentence that changes a time or a day (``_CHANGE_WORD``)."""
    if not whens or _CHANGE_WORD.search(text) is None:
        return []
    out: list[WhenMatch] = []
    for sentence in _SENTENCE.finditer(text):
        if _CHANGE_WORD.search(sentence.group(0)) is None:
            continue
        out += [w for w in whens if sentence.start() <= w.start < sentence.end()]
    return out


def _log_due_candidates(
    whens: list[WhenMatch], text: str, folded: str, now: datetime, *, note: bool = False
) -> list[WhenMatch]:
    """Every date of a log that could be its follow-up (two of them: the bot asks which)."""
    changed = changed_whens(text, whens)
    if changed:  # "meeting moved from 2pm to 4pm, but we made it … by Tuesday": Tuesday
        whens = [w for w in whens if w not in changed]
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
    found = followup.candidates(text, folded, whens, now, note=note, context=context)
    for w in whens:
        # "I'll call him friday, or monday at the latest": a day offered in place of a
        # follow-up's day is a second candidate (the comma hid it from the clause's subject)
        if w not in found and any(_OR_AFTER.fullmatch(folded, f.end, w.start) for f in found):
            found.append(w)
    return found


# "after the 10th", "sometime after monday": from then on, no one day ("after 20 minutes"
# counts from now: a duration, _COUNTED)
_AFTER_A_DAY = _rx(r"(?<!\w)(?:(?:some|any)\s*time\s+)?after\s+(?:the\s+)?$")
_COUNTED = _rx(r"(?:an?|one|\d+|[a-z]+)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)(?!\w)")
# only "or" (and a comma) between two whens: "friday, or monday", "at 3 or at 4"
_OR_AFTER = _rx(r"\s*,?\s*or(?:\s+else|\s+maybe|\s+perhaps)?\s*,?\s*(?:on\s+|at\s+)?")


_CONDITION = _rx(
    r"(?<!\w)(?:if|unless|provided|assuming|as\s+long\s+as)\s+(?:we|i|they|she|he|it)\s+"
    # "If I hear nothing I'll chase him on Monday": the condition ends where the rep's own
    # step begins, with no comma between
    r"(?:(?!(?:i|we)(?:['’]ll|\s+will)(?!\w))[^,.;:!?])*$"
)
_DEADLINE_HEAD = _rx(r"(?:by|before|until|till)(?!\w)")
_DEADLINE = _rx(r"(?<!\w)(?:by|before|due|starts?|from|after|in|until)\s*(?:the\s+)?$")


_DIGIT = re.compile(r"\d")
_CLOSE = _rx(
    r"(?<!\w)(?:expected\s+close|close\s+date|closing\s+date|to\s+close|closing|closes|close|cls|"
    r"cierre\s+previsto|cierre|cierra|abschluss|clôture|signature\s+prévue|lukking|lukkes|"
    r"forventet\s+signert|forventet\s+lukket|κλείσιμο|κλείνει|itxiera|жабылу|жабылады)"
    r"(?:\s+date)?\s*(?:[:=]\s*|(?:in|on|by|around|before|at\s+the\s+end\s+of|end\s+of|en|el|"
    r"a\s+finales\s+de|am|im|ende|le|fin|i|τον|το|στο|στον|μέσα\s+στον)\s+)?"
)
_MONTH_WORD = re.compile(r"(?P<mon>[^\W\d_]{3,12})\.?(?:\s+(?P<year>\d{4}))?(?!\w)")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_BARE_WEEKDAY = re.compile(
    r"(?i)(?:on\s+)?(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)(?:day)?\.?"
)
# A day of the month said with "on" ("on the 3rd", "on dec 3", "on 3 december"): in the
# head of a past-tense log it is when the activity took place, not a day to come.
_ON_A_DAY = re.compile(
    r"(?i)on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[^\W\d_]{3,9}\.?)?|"
    r"[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
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


# Between an hour and the day said after it: "at 8am my time on Friday".
_HOUR_DAY_GAP = re.compile(r"(?i)\s*(?:(?:my|our|your|local|uk)\s+time\s*,?\s*)(?:on\s+)?")


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
        earlier = [w for w in whens if w.end <= day.start]
        before = earlier[-1] if earlier and earlier[-1].has_time else None
        if before is not None and not before.has_date:
            at = before.due.astimezone(day.due.tzinfo)
            if _HOUR_DAY_GAP.fullmatch(text[before.end : day.start]):
                # "next call at 8am my time on Friday": the hour said just before its day
                return replace(result, due=day.due.replace(hour=at.hour, minute=at.minute))
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
        elif figures and all(not_the_value(folded_log, a) for a in figures):
            # "50 licences at 1k each", "3 x 10k": a unit price is no money of the log (the
            # note keeps the words)
            result = replace(result, amount=None, currency=None)
        elif one_amount(folded_log)[1] is not None:
            # "budget 50-60k", "40k or 50k": no one amount was said; the note keeps the words
            # and no amount is picked (a log's question is its follow-up, not its money)
            result = replace(result, amount=None, currency=None)
        else:
            total, _ = one_amount(folded_log)
            if total is not None and total.value != result.amount:  # "went from 90k to 110k"
                result = replace(result, amount=total.value, currency=total.currency)
    if result.intent in ("create_deal", "update_deal", "move_deal") and result.amount is not None:
        amount, doubt = one_amount(fold(cleaned))
        if doubt is None and amount is not None:
            doubt = not_the_value(fold(cleaned), amount)  # "by 5k", "$300 per seat": ask
        if doubt is not None and (
            (result.intent == "move_deal" and result.stage is None)
            or (result.intent == "create_deal" and doubt.startswith("add"))
        ):
            # "Sutton Medical renewal +10k", "add 5k to the Radley Optics deal": a change of
            # a deal's value, asked about as an update (never a new deal worth the sum)
            result = replace(result, intent="update_deal", stage=None)
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
    period = next(
        (
            w
            for w in whens
            if w.due == result.due and _PERIOD_ONLY.fullmatch(fold(cleaned[w.start : w.end]))
        ),
        None,
    )
    if period is not None:
        # "remind me next month to renew the domain": a month is a close's last day, but
        # as a reminder's or a follow-up's time it is no one day (a month from today was a
        # guess); asked about
        return replace(result, due=None, unread=(cleaned[period.start : period.end],))
    after = next(
        (
            w
            for w in whens
            if w.due == result.due
            and w.has_date
            and _AFTER_A_DAY.search(fold(cleaned), 0, w.start)
            and not _COUNTED.match(fold(cleaned[w.start : w.end]))
        ),
        None,
    )
    if after is not None and result.intent == "log_activity":
        # "I'll follow up sometime after the 10th": any day from the 11th on, no one day
        # (the 10th itself was a guess); asked about
        return replace(result, due=None, unread=(cleaned[after.start : after.end],))
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
        if (
            whens
            and not cleaned[: whens[0].start].strip()
            and _BARE_WEEKDAY.fullmatch(cleaned[whens[0].start : whens[0].end])
            and _PAST_VERB.match(cleaned, whens[0].end)
        ):
            # "Monday I visited the Bosch plant …": a weekday said first, then what the rep
            # did, is the day it took place, never a day to come
            if result.due == whens[0].due:
                result = replace(result, due=whens[1].due if len(whens) > 1 else None)
            whens = whens[1:]
        said = cleaned[whens[0].start : whens[0].end] if len(whens) == 1 else ""
        if (
            not marked
            and said
            and _PAST_VERB.match(cleaned)
            and followup.owner(cleaned, folded, whens[0].start) == "head"
            and (_BARE_WEEKDAY.fullmatch(said) or _ON_A_DAY.fullmatch(said))
        ):
            # "called Ana monday": the day the call took place or the next contact? "met Jon
            # on the 3rd", "on dec 3" (a Monday the 7th): the day it took place, which the
            # date reader put ahead (Jan 3, next Dec 3) as if it were a follow-up: asked
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


# a period said as a reminder's or a follow-up's time, with no one day in it
# and in every language the bot reads ("nächsten Monat", "le mois prochain", "τον επόμενο
# μήνα", "келесі айда"): each had been read as a month from today, 09:00
_PERIOD_ONLY = re.compile(
    r"(?:in\s+|by\s+|during\s+)?next\s+month|(?:im\s+|en\s+|i\s+|au\s+)?"
    + _alt(sorted({fold(w) for s in _SPECS.values() for w in s.next_month}))
)


_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4])"
)
_MONTH_OR = re.compile(
    rf"(?i)(?<!\w)(?P<a>{_MONTH_NAME})(?:\s+(?:or|o|oder|ou|eller)\s+|\s*[/–-]\s*)(?!(?P=a)(?!\w))"
    rf"(?P<b>{_MONTH_NAME})(?!\w)"
)


# A close said as a time with no one day: "closing next year", "close sometime in H1",
# "closing soon": asked about, never a date picked for it.
_VAGUE_CLOSE = re.compile(
    r"(?i)(?<!\w)(?:closing|close|closes|to\s+close|close\s+date)\s*:?\s*(?P<w>(?:in\s+|by\s+)?"
    r"(?:(?:early|late|mid)[\s-]+)?(?:next\s+year|the\s+new\s+year|sometime(?:\s+\S+){0,3}|"
    # "closing around march": no one month end
    r"(?:around|about|roughly|approximately|approx\.?|circa)\s+(?:the\s+)?[^\W\d_]+|"
    r"soon(?:ish)?|later|eventually|in\s+the\s+spring|in\s+the\s+summer|in\s+the\s+autumn|"
    r"in\s+the\s+fall|h[12]|first\s+half|second\s+half|asap|"
    # a year alone ("closing in 2027") is no one day either
    r"(?:19|20)\d\d(?![\w/.-])))(?!\w)"
)


_AROUND = re.compile(r"(?i)(?:in\s+|by\s+)?(?:around|about|roughly|approximately|approx|circa)\b")


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
    if result.close is not None and lang != "en":
        # "Abschluss nächsten Monat", "clôture le mois prochain": the last day of next
        # month, as "closing next month" is (it had been a month from today)
        for w in reading.whens:
            said = fold(cleaned[w.start : w.end])
            if w.due.date() == result.close and _PERIOD_ONLY.fullmatch(said):
                nxt = lnow.month % 12 + 1
                year = lnow.year + (lnow.month == 12)
                result = replace(result, close=date(year, nxt, calendar.monthrange(year, nxt)[1]))
    both = _MONTH_OR.search(cleaned)
    words = reading.unread_words(cleaned) + ((both.group(0),) if both else ())
    vague = _vague_close(cleaned)
    if vague and result.close is not None and not _AROUND.match(vague):
        vague = None  # a close read beside "soon" keeps it; "around march" has no one day
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


_REMIND_ME = re.compile(r"(?i)^(?:please\s+)?remind\s+me\s+")
