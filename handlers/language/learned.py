"""The learned parser: the intent from the classifier, the spans of names from the slot tagger
(:mod:`handlers.language.model`), and dates, times and amounts from the extractors, whose spans
the tagger reads as features (:func:`typed_spans`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from handlers.language import followup, langcues
from handlers.language.dates import WhenMatch, find_whens, fold, local_now, month_number, read_whens
from handlers.language.deal_text import (
    _STAGE_RX,
    _SUBJECT_VERB,
    _bare_close,
    _clean_deal,
    _close_date,
    _deal_stage,
)
from handlers.language.entities import _EMAIL_RX, _base_entities, _find_amount, _phone_match
from handlers.language.firms import _TRADE_END, _log_one_word_firm
from handlers.language.log_text import _TEAM_WORDS, _deal_mention, _log_due, _log_happened, _strip
from handlers.language.message import _LEGAL_END, _STOP, _TITLES, _Msg, _stage_of
from handlers.language.name_cues import _account_after, _is_company, _is_person, _not_a_name
from handlers.language.names import _names_free_order, _names_linked, _query_names
from handlers.language.patterns import _clean, _rx, _words
from handlers.language.people import _sort_names
from handlers.language.result import ASK_BELOW, ParseResult
from handlers.language.when_checks import _CLOSE, _REMIND_ME, _month_end, _moved_close

# A department or a part of the firm after its name ("mtg w/ Orsted procurement"), in lower
# case after the name: the firm is the account.
_DEPT_TAIL = re.compile(
    r"\s+(?:procurement|purchasing|finance|legal|ops|operations|it|hr|marketing|sales|"
    r"management|board|" + "|".join(sorted(_TEAM_WORDS)) + r")$"
)


_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[^\W\d_][\w.]*)")


def _with_firm_end(text: str, end: int, account: str) -> str:
    """The tagger's account with the word right after it when that word ends a firm's name
    ("@ koc holding", "at halden energi as"): a legal suffix or a trade word."""
    if not text[:end].rstrip(" \"'“”‘’.,:;!?-").endswith(account):
        return account
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return account
    word = fold(m.group("w")).rstrip(".")
    if word in _LEGAL_END or (word in _TRADE_END and word not in _STOP):
        return account + text[end : m.end("w")]
    return account


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


_NAME_VERBS = _rx(
    r"(?<!\w)(?:call\s+back|call|ring|phone|ping|text|email|e-mail|meet|visit|send|chase|with|w/|"
    r"ask|tell|thank|congratulate|invite|cb|"
    r"follow\s+up\s+with|check\s+in\s+with|llamar\s+a|llama\s+a|appeler|ringe|"
    # the other languages' verbs of a to-do about someone: "rappeler Julie", "relancer
    # Capgemini", "escribir a Marta", "følge opp Telenor"
    r"rappeler|relancer|écrire\s+à|escribir\s+a|contactar\s+(?:a|con)|ringe\s+til|"
    r"følge\s+opp|purre\s+på|svare|skrive\s+til|kontakte|contacter|répondre\s+à|"
    r"responder\s+a)\s+"
)


def _contact_in(msg: _Msg, start: int) -> tuple[str, int] | None:
    """A capitalised name after an action verb: "call Bob", "follow up with Ana Ruiz"."""
    for m in _NAME_VERBS.finditer(msg.folded, start):
        r = msg.run(m.end(), lower_ok=False, max_words=4)
        if r and not _is_company(r[0]):
            return r[0], r[2]
    return None


_ABBREV_END = re.compile(
    r"(?:^|[\s(])(?:[^\W\d_]{1,3}\.)+$|(?:^|\s)(?:dr|mr|mrs|ms|inc|corp|ltd|co|st)\.$"
)


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


_ONLY_DATE_WORDS = re.compile(
    r"(?:(?:from|to|the|of|end|by|on|in|until|till|next|this|q[1-4]|\d{1,4}(?:st|nd|rd|th)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)[\s,/.-]*)+"
)


# --------------------------------------------------------------------------- learned path
#
# The rules above are sure of the exact command forms; everything they leave as
# ``unknown`` goes to the learned parser (an intent classifier and a slot tagger trained
# by ``python -m handlers.language.train``). Typed values never come from the models:
# dates, amounts, emails and phones are read by the same extractors as above, and the
# models only see where they are.


_KIND_WORDS = (
    ("note", r"note|notes|noted|fyi|jot\w*"),
    # "Logging the reply from Jorge", "message from Ana", "her signature says"
    # "fwd'd the case study to …", "emld quote to farah" (chat and typed in a hurry)
    (
        "email",
        r"e-?mail\w*|mailed|wrote|replied|sent|(?:reply|message)\s+from|signature|"
        r"fwd['’]?e?d|forwarded|emld|eml['’]?d|emaild",
    ),
    (
        "visit",
        r"visit\w*|vist\w*|swung\s+by|popped\s+(?:into|over\s+to)|dropped\s+(?:in|by)|stopped\s+by|on-?site|went\s+to|"
        # "walked the Kone site", "toured the plant", "drove out to see Bruno"
        r"walked\s+(?:the|their|round|around)|toured|tour\s+of|site\s+tour|popped\s+(?:in|by)|"
        # "Stopped at Greenleaf", "had a walk round the site", "went with me to see Hans",
        # "dropped the contract off at Harcourt", "spent the morning at Brookfield Hospital"
        r"stopped\s+(?:at|in)|walk\s+(?:round|around)|went\s+(?:[^\W\d_]+\s+){0,2}?to\s+see|"
        r"dropped\s+(?:[^\W\d_]+\s+){1,3}off|spent\s+the\s+(?:afternoon|morning|day)\s+at|"
        r"drove\s+(?:out\s+|over\s+|up\s+|down\s+)?to|went\s+(?:out|over)\s+to|"
        # "just left the acme office, met with john": the rep was there
        r"(?:just\s+)?left\s+(?:the|their)\s+(?:[^\W\d_]+\s+){0,3}(?:office|offices|plant|site|"
        r"factory|hq|headquarters|warehouse|store|campus)",
    ),
    (
        "meeting",
        # (not "Coffee's terrible today": a meal is the activity, not a meal's news)
        # a meeting they did not come to: "Emeka no-showed our 9am", "stood me up at the café"
        r"no[\s-]?show\w*|stood\s+(?:me|us)\s+up|didn['’]?t\s+show(?:\s+up)?|"
        r"met|meet\w*|mtg|(?:lunch|coffee|dinner|breakfast)(?!['’]s)|zoom|teams\s+call|demo\w*|"
        r"sync|"
        # a call with faces is a meeting: "had a video call with …", "webex w/ …"
        r"video\s+(?:call|chat|conference)|videocall|webex|google\s+meet|facetime|"
        # "saw erik @ volvo at the expo" (not "saw the email")
        r"saw(?=\s+[^\W\d_])(?!\s+(?:the|that|this|it|its|your|my|our|an?|some|no|their|his|her)(?!\w))|"
        r"sat\s+down|caught(?!\s+(?:[^\W\d_]+\s+){1,3}on\s+the\s+(?:phone|line))|spent\s+the\s+(?:afternoon|morning|day|evening)\s+with|workshop|"
        # "f2f w/ jakub", "presented the roadmap to Nestlé", "pitched the add-on"
        r"offsite|session|f2f|face[\s-]to[\s-]face|in[\s-]person|presented|pitched|kick-?off|"
        # "showed the app to Gemma", "our quarterly review with Olivia"
        r"showed|(?:quarterly|annual|business|account)\s+review|"
        r"qbr|walkthrough|(?:ran|bumped)\s+into(?!\s+(?:a|an|some|issues?|problems?|trouble|difficulties|delays?|errors?|bugs?|"
        r"traffic|snags?|a\s+wall)(?!\w))|catch(?:ing)?[\s-]+up(?![\s-]+call)",
    ),
    (
        "call",
        # "finally reached Thabo after 3 tries" (not "reached out"), "on the phone"
        r"reached(?!\s+out)|"
        # "had a quick chat with Diego" (no place said: the contract's call)
        r"call\w*|caled|calld|couldn['’]?t\s+reach|phon\w*|rang|ring|hung\s+up|vm|lvm|voicemail|spoke|talked|cb|dialed|texted|"
        r"chat|chatted|"
        r"txt'?d|tel|txt|sms|whatsapp\w*",
    ),
)
_KIND_RX = [(k, re.compile(rf"(?<!\w)(?:{rx})(?!\w)")) for k, rx in _KIND_WORDS]
_END_OF = _rx(
    r"(?<!\w)(?:(?:the\s+)?end\s+of\s+(?:the\s+)?)?(?P<what>next\s+month|next\s+quarter|"
    r"this\s+month|this\s+quarter|q[1-4]|[^\W\d_]{3,12})(?:\s+(?P<year>\d{4}))?(?!\w)(?!\s*\d)"
)


_OF_GAP = re.compile(r"\s+(?:of\s+)?")


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
# "notes, Henkel call:" the notes of the call that follows
_NOTES_OF = re.compile(r"(?<!\w)notes?(?:\s+(?:from|of|after)(?!\w)|\s*,)")


# an activity said done in a note's first sentence (or line): "Good call this morning.",
# "Had a good chat with Lucy Chen", "Dinner last night with …", "My manager and I met …",
# "On the phone with Zainab …", "Call notes - Ravenwood Hotels", "Phone call"
_DONE_ACTIVITY = re.compile(
    # said first (after a filler), or after "I"/"we": "an event called quiz night" is no call
    r"(?:^(?:(?:so|ok|okay|right|well|just|today|yesterday|earlier|this\s+morning)[\s,]+)*|"
    r"(?<![\w'])(?:i|we)\s+(?:just\s+|also\s+|finally\s+)?)"
    r"(?:met|called|rang|phoned|spoke|talked|texted|emailed|e-mailed|mailed|wrote|"
    r"replied|visited|dropped\s+(?:by|in)|stopped\s+(?:by|at|in)|popped\s+(?:in|by)|"
    r"swung\s+by|hung\s+up|got\s+off\s+the\s+phone|caught\s+up|finished\s+(?:the|a|my|our)|"
    r"had\s+(?:a|an|our|the|my|lunch|coffee|dinner|breakfast)|on\s+the\s+phone\s+with|"
    r"(?:good|great|nice|quick|long|productive|tough|useful|first)\s+(?:call|chat|meeting|"
    r"catch[\s-]?up|session|lunch|visit|demo|zoom)|(?:lunch|dinner|breakfast|coffee|drinks)\s+"
    r"(?:last\s+night|yesterday)|(?:call|meeting|visit)\s+notes|phone\s+call(?=\s*\n)|"
    # "Lunch at the Grand with Rebecca Stone", "Finally heard back from Malik Johnson"
    r"(?:lunch|dinner|breakfast|coffee|drinks|zoom|video\s+call)\s+(?:at|with|w/)|"
    r"(?:finally\s+)?heard\s+back\s+from|got\s+(?:a|an)\s+(?:call|e-?mail|reply)\s+from)"
    r"(?![\w'])"
)
# a message that asks for a reminder or says an obligation is a reminder, whatever it reports
_ASKS_REMINDER = re.compile(
    r"(?<![\w'])(?:remind\s+me(?!\s+to\s+(?:e-?mail|send|call|ring|phone|chase)\s+(?:him|her|them)"
    r"(?!\w))|don't\s+let\s+me\s+forget|note\s+to\s+self|i\s+(?:still\s+)?(?:need|have)\s+to|"
    r"gotta|must)(?![\w'])"
)


# a first sentence that says the activity took place: "Right, so the Tesco Ireland review
# happened.", "The Harlow meeting went well."
_HAPPENED = re.compile(
    r"(?<!\w)(?:call|meeting|review|visit|demo|lunch|dinner|workshop|kick-?off|session)\s+"
    r"(?:happened|took\s+place|went\s+(?:well|fine|ok|okay|great|badly))(?!\w)"
)


def _reports_activity(folded: str) -> bool:
    """A report of an activity done, in its first sentence or line, with no ask for a
    reminder ("remind me to send her the deck" after the report stays its follow-up)."""
    first = re.split(r"[.!?;:\n]\s*|\s+-\s+", folded.strip(), maxsplit=1)[0]
    said = _DONE_ACTIVITY.search(first + ("\n" if "\n" in folded else ""))
    return bool(said or _HAPPENED.search(first)) and not (_ASKS_REMINDER.search(folded))


# the rep's next step or a plan, to the end of its clause: "I'll phone Linda on Tuesday",
# "Thabo will set up a meeting", "Email him on Monday with our catalogue" (an order to oneself
# after the report): its verb says what comes next, not what happened
_NEXT_STEP = re.compile(
    r"(?:(?<!\w)(?:i['’]ll|ill|i\s+will|we['’]ll|we\s+will|will|won['’]t|i['’]m\s+going\s+to|"
    r"going\s+to|gonna|i['’]d|promised\s+to|said\s+i['’]d|next\s+step|follow[\s-]?up|f/u)"
    r"|(?:[.!?;]\s+|\n\s*(?:[-*•]\s*)?)(?:email|e-mail|call|phone|ring|visit|meet|send|chase|"
    r"text)(?=\s+(?:him|her|them)(?!\w)))[^.!?;\n]*"
)


# News about the customer with no word of contact at all, its subject first: "Maria Lopez at
# Acme wants a discount", "Karen Wu from Pacific Rim Travel is moving to Singapore", "over at
# ferrovial they finally signed off": a note, not a call. Never when a word says someone was
# reached ("Takeda got back to me", "tried bongani", "no answer from yusuf", "Eamon was on the
# line"), nor when the rep is the subject ("I finally got …").
_NEWS_OF_THEM = re.compile(
    r"^(?:(?:heads[\s-]+up|fyi|fwiw|btw|update|news|(?:ok|okay)(?:\s+so)?|so)[\s:,-]+)?"
    r"(?!(?:i|we|i['’]m|i['’]ve|just|so|ok|okay|also|tried|left|no|finally|anyway|then|got|"
    r"today|yesterday|earlier)(?![\w'’]))"
    # "Tata Motors - Ravi says …": the company first, then a dash or a colon
    r"(?:(?!(?:i|we)\s)[^\W\d_][\w&'’.-]*(?:[\s,]+|\s*[:–—]\s+|\s+-\s+)|\([^)]{1,40}\)\s+){1,7}?"
    r"(?:wants?|is|are|was|were|has|have|signed|needs?|asked|asking|got|says|said|moved|moving|"
    r"decided|agreed|approved|chose|picked|prefers?|liked?|complained|confirmed|finally|still|"
    r"won['’]t|can['’]t|will|would|accepted|declined|rejected|loved|hated|pushed|postponed|"
    r"delayed|signed\s+off|thinks?|reckons?|mentioned|cancell?ed)(?![\w'’])"
)
# a sentence or a clause's head ends between the news and the kind's word: "The CRM was down,
# so logging this late: called Ewa …" (the call is what the rep did)
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)")
# the rep said to have done it: "she asked for a call, so I rang her"
_REP_DID = re.compile(
    r"(?<![\w'’])(?:i|we)\s+(?:[^\W\d_]+\s+)?(?:called|rang|phoned|met|visited|emailed|"
    r"spoke|talked|texted|had|sent|dropped|saw)(?![\w'’])"
)
_REACHED = re.compile(
    r"(?<![\w'’])(?:got\s+back\s+to\s+(?:me|us)|tried|pinged|no\s+(?:answer|ans|pickup|reply)|"
    r"on\s+the\s+line|touched\s+base|heard(?:\s+back)?\s+from|left\s+(?:a\s+)?(?:message|msg)|"
    r"talking|talk|spk|reached)(?![\w'’])"
)


_FOLLOW_UP_WORD = re.compile(r"(?<![\w'’])(?:follow[\s-]?up|f/u|check\s+back)(?![\w'’])")


def _news_then_follow_up(folded: str) -> bool:
    """News about the customer, then the rep's "follow up monday" ("bluebird cafe wants to
    pause … follow up next monday"): a note with its follow-up, not a to-do, unless a
    reminder is asked for."""
    return (
        _news_of_them(folded)
        and _FOLLOW_UP_WORD.search(folded) is not None
        and not _ASKS_REMINDER.search(folded)
    )


def _news_of_them(folded: str) -> bool:
    """Whether a report with no word of a kind is news about the customer, its subject first
    (a note), rather than a contact said some other way (a call)."""
    return bool(_NEWS_OF_THEM.match(folded)) and not _REACHED.search(folded)


def _activity_kind(folded: str) -> str:
    """The kind of a logged activity: the first word of a kind in the report, not in its
    next step ("Stopped at Greenleaf … I'll phone Linda on Tuesday" was a visit)."""
    past = _NEXT_STEP.sub(lambda m: " " * len(m.group(0)), folded)
    hits = [(m.start(), k) for k, rx in _KIND_RX for m in [rx.search(past)] if m]
    if not hits:
        hits = [(m.start(), k) for k, rx in _KIND_RX for m in [rx.search(folded)] if m]
    if len(hits) > 1 and (nm := _NOTES_OF.search(folded)) and min(hits) == (nm.start(), "note"):
        hits.remove(min(hits))
    news = _NEWS_OF_THEM.match(folded)
    if (
        news
        and hits
        and min(hits)[0] >= news.end()
        and not _SENTENCE_END.search(folded, 0, min(hits)[0])
        and not _REACHED.search(folded)
        and not _REP_DID.search(folded)
    ):
        # "jon confirmed the demo for tomorrow", "Tupac wants a call back at 4": a kind's word
        # after the news is what they said or want, not what the rep did (a note)
        return "note"
    if not hits and (_NOTE_HEAD.match(folded) or _news_of_them(folded)):
        return "note"
    return min(hits)[1] if hits else "call"


def _names_blanked(folded: str, text: str, names: tuple[str | None, ...]) -> str:
    """``folded`` with the names read masked: a kind's word inside a name ("Diego Torres
    from Andes Coffee", "Lunchbox Ltd") says nothing of what was done."""
    for name in names:
        at = text.find(name) if name else -1
        while name and at >= 0:
            # letters, not spaces: "saw erik", "Priya Raman: …" still read as they are
            blank = "".join(" " if c.isspace() else "x" for c in name)
            folded = folded[:at] + blank + folded[at + len(name) :]
            at = text.find(name, at + len(name))
    return folded


# words after a company's name that are a place or people of it, not more of the name
# ("the Saturn Retail HQ", "Acme IT", "Globex procurement")
_NOT_MORE_OF_A_NAME = frozenset(
    (
        *("hq", "office", "offices", "headquarters", "site", "plant", "factory", "warehouse"),
        *("store", "shop", "lab", "campus", "branch", "depot", "facility", "mill", "refinery"),
        *("team", "teams", "people", "folks", "guys", "board", "it", "ops", "finance", "legal"),
        *("procurement", "sales", "marketing", "hr", "ceo", "cfo", "cto", "coo", "cio", "md"),
        *("gm", "vp", "pm"),
    )
)


def _account_grown(msg: _Msg, start: int, account: str, contact: str | None) -> str:
    """The company the tagger cut short, to the end of its capitalised run: "Liffey Print"
    of "Eamon Byrne from Liffey Print was on the line", "Air New Zealand", "Nordwind
    Windparks" (the tagger had "Liffey", "Air", "Nordwind"). Never over a place or a team of
    it ("Saturn Retail HQ"), a person or the contact."""
    if not account[:1].isupper() or msg.text[start : start + len(account)] != account:
        return account
    r = msg.run(start, lower_ok=False, max_words=5, suffix_ok=True)
    name = r[0] if r else ""
    if len(name) <= len(account) or not name.startswith(account + " "):
        return account
    more = [fold(w).strip(".,") for w in name[len(account) :].split()]
    if any(w in _NOT_MORE_OF_A_NAME or w in _STOP for w in more):
        return account
    if (contact and (contact in name or name in contact)) or _is_person(name):
        return account
    return name


def _name_grown(deal: str, head_deal: str) -> bool:
    """Whether the deal read before the change (``head_deal``) is the tagger's ``deal`` with
    a word or two more of the name: "Fjord Seafood cold chain" for "Fjord Seafood", "Stanmore
    Estates" for "Estates"; never with the change's own words ("Calloway Dental is 60k",
    "close date for the Initech rollout")."""
    if head_deal.startswith(deal):
        extra = head_deal[len(deal) :]
    elif head_deal.endswith(deal):
        extra = head_deal[: -len(deal)]
    else:
        return False
    words = fold(extra).split()
    change = ("close", "date", "amount", "value", "is", "was", "deal")
    return 0 < len(words) <= 2 and not any(
        w in _STOP or w in change or w[0].isdigit() for w in words
    )


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
        # "until the 19th of december": the month of a day said just before it, not the
        # month alone (its last day was a date read wrong)
        of_day = any(
            w.end <= m.start("what") and _OF_GAP.fullmatch(msg.folded, w.end, m.start("what"))
            for w in whens
        )
        if month and not of_day and not any(w.start <= m.start("what") < w.end for w in whens):
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


_STAGE_WORD_RX = re.compile(rf"(?<![\w-])(?:{_STAGE_RX})(?![\w-]|['’]t)")
_OUTCOME_STAGE = re.compile(
    rf"(?<![\w-])(?:it'?s|it\s+is|it\s+was|that'?s|is\s+now|now|on\s+to|onto|moving\s+(?:it\s+)?to|"
    rf"moved\s+(?:it\s+)?to|->|→|=>)\s+(?:the\s+)?(?:stage\s+)?(?P<stage>{_STAGE_RX})(?![\w-])"
)
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
    r"show|open|get|display|check|find|search|give|(?:i'?m\s+|i\s+am\s+)?looking\s+for|"
    r"who\s+owns|who'?s\s+the\s+owner\s+of)(?:\s+me)?(?:\s+(?:details|info)\s+(?:of|on|for|about))?\s+",
    re.IGNORECASE,
)
_UPDATE_DEAL_HEAD = re.compile(
    r"(?i)^(?:(?:please\s+)?(?:bump|raise|increase|lower|reduce|drop|cut|change|update|set|adjust|"
    r"push|move|slip|delay)\s+)?(?:the\s+)?(?P<d>[^\W\d_][\w&.'’\- ]{0,40}?)\s+(?:deal\s+)?"
    r"(?:close\s+date|expected\s+close|closes|closing|close|amount|value|next\s+steps?|is\s+now|"
    r"now|to|out\s+to|until|->|→|=>)(?!\w)"
)
# "change the amount on nova textiles dye house to 60k": the deal between the field and "to"
_FIELD_OF_DEAL = re.compile(
    r"(?i)^(?:please\s+)?(?:change|set|update|adjust|bump|raise|lower|move|push)\s+the\s+"
    r"(?:amount|value|price|deal\s+size|close\s+date|close|expected\s+close)\s+(?:on|of|for)\s+"
    r"(?:the\s+)?(?P<d>[^\W\d_][\w&.'’\- ]{0,60}?)\s+(?:deal\s+)?to(?!\w)"
)
_PERIOD = re.compile(
    r"(?<![\w-])(?:jan|january|feb|february|march|apr|april|jun|june|jul|july|aug|august|"
    r"sep|sept|september|oct|october|nov|november|dec|december|q[1-4]|eom|eoq|eoy|"
    r"(?:this|next|last)\s+(?:month|quarter|year))(?![\w-])"
)
# the words of a change to a deal: its close, its value, its next step, or a field asked about
_UPDATE_CUE = re.compile(
    r"(?<![\w-])(?:close|closes|closing|closed|push|pushed|pushing|slip|slips|slipped|slipping|"
    r"delay|delayed|expected|amount|amt|value|worth|price|bump|bumped|raise|raised|increase|"
    r"increased|lower|lowered|reduce|reduced|drop|dropped|cut|goes\s+up|went\s+up|"
    r"next\s+steps?|nxt\s+steps?|nxt|probability|prob|assign|reassign|rename|renamed|"
    r"forward|back|move|moved|moving|until|now|change|changed|update|updated|set)(?![\w-])"
    r"|->|→|=>"
)
_FIRM_LINK_BEFORE = re.compile(r"(?:deal|opportunity|opp)\s+(?:with|w/|at|@|for)\s*$")
_DEAL_AT_FIRM = re.compile(r"(?<!\w)(?:deal|opportunity|opp)\s+(?:with|w/|at|@|for)\s+(?=\w)")
_THE_X_ACCOUNT = re.compile(r"\bthe\s+(?P<n>[^\W\d_][^?,.;:]{0,60}?)\s+(?:account|acct)\b")
_UPDATE_DEAL_LATER = re.compile(
    r"(?i)(?:^|[,.;:]\s*|\s(?:so|and|but|now)\s+)the\s+(?P<d>[^\W\d_][\w&.'’\- ]{0,40}?)\s+"
    r"(?:deal\s+)?(?:goes|went|is\s+going|is\s+now|now|close\s+date|expected\s+close|slipped|slips|is\s+pushed|"
    r"moves|moved|amount|value)(?!\w)"
)
_WENT_FROM = re.compile(
    r"(?i)^(?:the\s+)?(?P<d>[^\W\d_][\w&.'’\- ]{1,40}?)\s+(?:deal\s+)?(?:went|has\s+gone|goes|"
    r"jumped|grew|dropped|fell|moved)\s+(?:up\s+|down\s+)?from\s+\S+\s+to\s+\S"
)
# "where are we at with …", "the status on the heron deal": the words before the record's name
_FIND_LINK = _rx(
    r"^(?:(?:the\s+)?(?:status|latest|update|news|progress)\s+)?"
    r"(?:at\s+)?(?:with|on|about|re|for|of)\s+(?:the\s+)?(?=\S)"
)
_TEXT_LINK = _rx(r"^(?:to|about|that|re|for|of|is\s+to|:)\s+")
_SET_VERB = _rx(
    r"^(?:(?:hey\s+|ok\s+)?(?:olly|siri|alexa|google)[\s,]+)?(?:please\s+|pls\s+)?"
    r"(?:schedule|book|set\s+up|add|put|create|make|plan|arrange|pencil\s+in)\s"
)


_NAME_TAIL = re.compile(
    r"(?i)(?:\s+(?:he|she|they|we|i|it|who|is|was|are|were|has|had|and|said|says|wants|"
    r"confirmed|agreed|asked|replied|signed|cancell?ed|declined|accepted|approved|mentioned|"
    r"told|wrote|needs|showed|liked|loved|us|again|lvm|vm))+$"
)


# a capitalised name and then what is said of it: the tagger's query ran on past the name
_SAID_OF_NAME = re.compile(
    r"(?P<n>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:prefers|wants|likes|loves|hates|"
    r"needs|says|said|works|lives|uses|is|was|has|had)\s+\S"
)


_OWNER_WORDS = frozenset(["their", "our", "his", "her", "my", "your", "its"])


_SEGMENT_CUT = re.compile(r"\s+[-–—|]\s+|\s*[,;|()]\s*")
_SEGMENT_ORDER = _rx(r"^(?:add|save|store|new|please|pls|create|put|contact|to)(?!\w)")


def _firm_segment(text: str, contact: str) -> str | None:
    """The company of a new contact said as one part of a list: "Anna Kowalska -
    anna.k@orlen.pl - Orlen - add to contacts", "store Bram de Vries, ING, +31 …": the part
    between separators that is a capitalised name, and not the person, an address, a number,
    a role or the order itself."""
    for part in _SEGMENT_CUT.split(text):
        seg = part.strip(" .!:")
        words = seg.split()
        if not words or len(words) > 4 or contact in seg or "@" in seg:
            continue
        if any(c.isdigit() for c in seg) or _SEGMENT_ORDER.match(fold(seg)):
            continue
        if all(w[:1].isupper() for w in words) and not _is_person(seg) and not _not_a_name(seg):
            return seg
    return None


# the deal said first, then a colon, a dash or (for a move) the stage word: "delacroix wines:
# 22k eur, q1", "Hadley Print - proposal sent, move to proposal", "lockwood seeds lost (price)"
_DEAL_FIRST = re.compile(
    rf"^(?P<d>[^\W\d_][\w&.'’ ]{{1,40}}?)\s*(?::\s|\s[-–]\s|\s(?=(?:{_STAGE_RX})(?![\w-])))"
)
# a head that is a word of the message, not a deal's name: "Update: …", "Quick note - …"
_NOT_A_DEAL_HEAD = frozenset(
    _words(
        "update|quick|note|fyi|heads|news|ok|okay|so|also|btw|pipeline|reminder|good|great|bad|"
        "not|sadly|finally|move|moved|set|mark|it|we|they|i|the|deal|stage"
    )
)


def _deal_said_first(msg: _Msg) -> str | None:
    """The deal's name at the head of a terse update or move that the tagger left unnamed."""
    m = _DEAL_FIRST.match(msg.text)
    if m is None:
        return None
    head = m.group("d").strip()
    words = fold(head).split()
    if not words or len(words) > 5 or words[0] in _NOT_A_DEAL_HEAD or _is_person(head):
        return None
    if _UPDATE_CUE.search(fold(head)) or _STAGE_WORD_RX.search(fold(head)):
        return None  # "bump to 20k: …": the words of a change, no name
    return _clean_deal(head)


# a new contact's name, capitalised, right before its details in brackets
_NAME_THEN_DETAILS = re.compile(
    r"^(?i:please\s+)?(?i:add|save|new\s+contact:?)\s+"
    r"(?P<n>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s*\("
)


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
    elif lang in langcues.FREE_ORDER and (intent in _LEARNED_WRITES or intent == "find"):
        # no word of the language says it: the model never saw Greek, Basque or Kazakh and
        # answers from dates and amounts alone; never sure enough to write without asking,
        # nor to search for words it cannot read ("ti kaneis? ola kala?" is no search)
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
    if (
        intent == "find"
        and forced is None
        and lang == "en"
        and (whens or _PERIOD.search(msg.folded))
    ):
        # a search names a record, not a day: "the orkla deal moved to january" is no find
        intent = max((k for k in scores if k != "find"), key=scores.__getitem__)
        conf = scores[intent] / max(1e-9, 1.0 - scores["find"])
        if intent == "unknown" or (intent not in _LEARNED_WRITES and conf < ASK_BELOW):
            return ParseResult(intent="unknown", confidence=none)
    if (
        intent == "update_deal"
        and forced is None
        and lang == "en"
        and ents.amount is None
        and not _UPDATE_CUE.search(msg.folded)
    ):
        # a deal update says what changes (a close, a value, a next step); "drove 2 hours to
        # sunrise bakery … try again next thursday at 9" says none: the next reading is taken
        intent = max((k for k in scores if k != "update_deal"), key=scores.__getitem__)
        conf = scores[intent] / max(1e-9, 1.0 - scores["update_deal"])
        if intent == "unknown" or (intent not in _LEARNED_WRITES and conf < ASK_BELOW):
            return ParseResult(intent="unknown", confidence=none)
    if intent in ("pipeline_summary", "list_reminders", "help"):
        return ParseResult(intent=intent, confidence=conf)
    reported = lang == "en" and forced is None and intent == "remind"
    reported = reported and (_reports_activity(msg.folded) or _news_then_follow_up(msg.folded))
    if reported:
        # "Dinner last night with Stefan Horn … I'll send it on the 2nd": a report of what
        # happened whose next step carries a date reads like a to-do to the classifier; the
        # first sentence says it was done, so it is logged (its date the follow-up)
        intent = "log_activity"
        conf = min(1.0, scores["log_activity"] + scores["remind"])
    elif (
        intent == "log_activity"
        and lang == "en"
        and forced is None
        and _news_then_follow_up(msg.folded)
    ):  # the same news read as a log: the same mass
        conf = max(conf, min(1.0, scores["log_activity"] + scores["remind"]))
    went = _WENT_FROM.match(msg.text) if intent == "log_activity" and lang == "en" else None
    if (
        went
        and forced is None
        and ents.amount is not None
        and not any(rx.search(msg.folded) for _, rx in _KIND_RX)
        and fold(went.group("d")).split()[0] not in _OWNER_WORDS  # "their budget went from"
        and _clean_deal(went.group("d"))
    ):
        # "Wendover Labs LIMS went from 90k to 110k, they added two sites": a deal's value
        # changed (no call, meeting or note of one); the amount reader took the second value
        intent = "update_deal"
        conf = min(1.0, scores["log_activity"] + scores["update_deal"])
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
            value = re.sub(r"\s+[+&]$", "", value)  # "zoom w/ priyanka + tech team": priyanka
            # "bogdan from orlen he needs …": a name never ends in a pronoun or a verb
            value = _NAME_TAIL.sub("", value)
            first = fold(value).split()[0] if value.split() else ""
            if first in _OWNER_WORDS or fold(value).rstrip(".") in _TITLES:
                return None  # "their group is restructuring", "Dr" alone: no one's name
        return value or None

    contact, account, deal = slot("contact"), slot("account"), slot("deal")
    if account:
        account = _trim_account(account)
        account = _with_firm_end(msg.text, got["account"][1], account)
    if account and intent in ("log_activity", "remind") and "account" in got:
        account = _account_grown(msg, got["account"][0], account, contact)
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
        kind = (forced.kind if forced is not None else None) or _activity_kind(
            _names_blanked(msg.folded, msg.text, (contact, account))
        )
        # a note's gerund is the note's ("moving HQ on 1 March"); news about them is not a
        # note's body, so its "Sending him the quote on Tuesday" stays the rep's next step
        written = kind == "note" and not _news_of_them(msg.folded)
        due = _log_due(whens, msg, lnow, note=written)
        if not (contact or account) and forced is None and lang == "en":
            account = _log_one_word_firm(msg)  # "demo for zalando went well": the firm
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
            happened=_log_happened(whens, due, lnow, msg.text),
            **base,
        )
    elif intent == "create_contact":
        brk = _NAME_THEN_DETAILS.match(msg.text) if contact is None and lang == "en" else None
        if brk and brk["n"] != account:
            # "add Joon-ho Park (CFO, Hanbit Steel) …": the capitalised name the details in
            # brackets follow is the person, though the tagger left it out
            contact = brk["n"]
        missing = contact is None
        if contact and account is None:
            account = _firm_segment(msg.text, contact)
        res = ParseResult(
            intent=intent,
            contact=contact,
            account=account,
            email=ents.email,
            phone=ents.phone,
            confidence=conf,
        )
    elif intent == "create_account" and contact and account:
        # "add Li Wei at Baidu as a customer": a person at a firm is a new contact there (the
        # person was dropped and only the firm created)
        res = ParseResult(
            intent="create_contact",
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
        if deal and account is None and _FIRM_LINK_BEFORE.search(msg.folded[: got["deal"][0]]):
            account, deal = deal, None  # "30k deal with blue ridge dental": the company's deal
        if not (deal or account):
            link = _DEAL_AT_FIRM.search(msg.folded)  # "a new deal at Falcon Ridge Golf, 13k"
            firm = msg.run(link.end(), lower_ok=True, max_words=5, suffix_ok=True) if link else None
            account = firm[0] if firm else None
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
        said = _OUTCOME_STAGE.search(msg.folded)
        if said and _stage_of(said.group("stage")):
            # "Acme renewal - they accepted the quote, it's won": the stage the deal is now in,
            # not a stage word of the reason before it
            stage = _stage_of(said.group("stage"))
        if stage is None:
            # "won't happen this year" says no stage ("won" before "'t")
            sm = re.search(rf"(?<![\w-])(?P<stage>{_STAGE_RX})(?![\w-]|['’]t)", msg.folded)
            stage = _stage_of(sm.group("stage")) if sm else None
        if stage is None and re.search(r"(?<!\w)signed(?!\w)", msg.folded):
            stage = "won"
        if stage is None and _LOST_WORDS.search(msg.folded):
            stage = "lost"
        if not (deal or account) and forced is None and lang == "en":
            deal = _deal_said_first(msg)  # "lockwood seeds lost (price)"
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
        moved = _moved_close(msg.text, lnow, tz, lang, order)
        close = moved or _close_any(msg, whens, lnow, lang)
        if text and close is not None and _ONLY_DATE_WORDS.fullmatch(fold(text)):
            text = None  # "march to april" is the close said, not a next step
        step = _NEXT_STEP.search(msg.text)
        if step:  # "next step for Acme renewal: book a call with legal": all after the colon
            text = step.group("t").strip(" .!") or text
            in_step = all(w.start >= step.start("t") for w in whens if w.has_date)
            if moved is None and in_step and not _CLOSE.search(msg.folded):
                close = None  # "…: send the SOW by friday": the step's day, not the deal's close
        if deal and _clean_deal(deal) is None:
            # "Hooli want to add …, so the Hooli expansion goes up to 95k": the tagger's span
            # is no deal's name; the deal said before the change is
            later = _UPDATE_DEAL_LATER.search(msg.text)
            deal = _clean_deal(later.group("d")) if later else None
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
            and _name_grown(deal, head_deal)
            and re.match(
                r"(?i)\s+(?:deal\s+)?(?:close|closing|expected|amount|value|now|is|went|goes|"
                r"slip\w*|pushed)(?!\w)",
                msg.text[head_m.end("d") :],
            )
        ):
            # "move the Fjord Seafood cold chain close date to 1/15", "Stanmore Estates deal
            # now worth £28k": the tagger stopped early or started late
            deal = head_deal
        field_m = _FIELD_OF_DEAL.match(msg.text)
        field_deal = _clean_deal(field_m.group("d")) if field_m else None
        if field_deal and (
            not deal or (len(field_deal) > len(deal) and _name_grown(deal, field_deal))
        ):
            deal = field_deal  # the tagger stopped early: "… on nova textiles dye house to …"
        went = _WENT_FROM.match(msg.text) if lang == "en" else None
        if went and forced is None and _clean_deal(went.group("d")):
            deal, account = _clean_deal(went.group("d")), None  # the name before "went from"
        if not (deal or account) and forced is None and lang == "en":
            deal = _deal_said_first(msg)  # "delacroix wines: 22k eur, q1"
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
        if text and not (contact or account or deal):
            # "where are we at with the castellan rollout": the query is the record's name,
            # not the link words before it nor "deal" after it
            text = _FIND_LINK.sub("", text).strip() or text
            text = re.sub(r"(?i)\s+(?:deal|account|acct|opp|opportunity)$", "", text) or text
        q = contact or account or deal or text
        said_of = _SAID_OF_NAME.match(q or "")
        if said_of:
            q = said_of.group("n")  # "Maria Lopez prefers whatsapp": the name is the query
        if q is None:
            head = re.match(r"\S+\s+(?:me\s+|up\s+)?", msg.text)
            q = msg.text[head.end() :].strip(" ?.!") if head else None
            link_words = _FIND_LINK.match(q) if q else None
            if q and link_words and q[link_words.end() :].strip():
                # "whats the status on the heron deal": the record's name, as above
                q = q[link_words.end() :].strip()
                q = re.sub(r"(?i)\s+(?:deal|account|acct|opp|opportunity)$", "", q) or q
        missing = not q
        if q and not (contact and account):
            tail = _FIND_HEAD.sub("", msg.text).strip(" ?.!")
            contact, account = _query_names(tail)
            if contact is None and account is None:
                contact, account = _query_names(q)
        said = _THE_X_ACCOUNT.search(msg.text)
        if said and account and said.group("n") in account and said.group("n") != account:
            account = said.group("n")  # "who owns the Globex account?": Globex
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
