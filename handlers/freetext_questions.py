"""Questions said in free text and the report or list each one means: 'who do we know at initech'
(the account's people), 'how much is in closing?' (a stage drill), 'who is the top rep this
quarter' (the pipeline by owner), 'what do I have tomorrow?' (reminders of that day), 'what did
I do last week' (activities), 'who haven't I talked to in a while' (contacts gone quiet), and
whose pipeline a question is about.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from handlers.commands.deal_filters import BOUND
from handlers.language.nlu import ParseResult
from handlers.registry import Call
from handlers.types import Reply
from storage.lookup import find_accounts
from storage.validate import STAGE_SYNONYMS
from storage.workspaces import find_user

# "ana's history", "the status of the initech deal": the record, not those words.
_ASPECT = re.compile(
    r"(?:['’]s?\s+|\s+)(?:history|timeline|activity|activities|notes|card|profile|record|"
    r"details|info|status|latest|file|deals?|pipeline)\s*\??$|^(?:the\s+)?(?:status|history|"
    r"timeline|latest|details|info)\s+(?:of|on|for)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# "who do we know at initech", "contacts at initech?": the people of that account.
_PEOPLE_AT = re.compile(
    r"^(?:so\s+|and\s+)?(?:who(?:'s|\s+is|\s+are|\s+do|\s+does)?|whom|which\s+people|"
    r"(?:our\s+)?contacts?|people|anyone|anybody)\b",
    re.IGNORECASE,
)


# "who haven't I talked to in a while", "which customers haven't we called in 2 months",
# "who's gone quiet": contacts with no activity lately (it was not understood, or a search for
# "gone quiet").
_QUIET_ASKED = re.compile(
    r"^(?:(?:show|list|give|get)\s+(?:me\s+)?)?(?:who|whom|which\s+(?:contacts|people|customers|"
    r"clients|leads|prospects|accounts)|(?:the\s+|my\s+|our\s+)?(?:contacts|people|customers|"
    r"clients|leads|prospects))\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_QUIET_VERB = re.compile(
    r"\b(?:(?:have|has|did|do)\s*n['’]?t|(?:have|has|did|do)(?:\s+(?:i|we))?\s+not|not|never)\s+"
    r"(?:(?:i|we)\s+)?"
    r"(?:been\s+|yet\s+)?(?:talked\s+(?:to|with)|spoken\s+(?:to|with)|called|contacted|touched|"
    r"heard\s+from|reached\s+out\s+to|(?:been\s+)?in\s+touch\s+with|followed\s+up\s+with)\b|"
    r"['’]?s\s+gone\s+(?:quiet|cold|dark)\b|\b(?:has|have)\s+gone\s+(?:quiet|cold|dark)\b",
    re.IGNORECASE,
)
_QUIET_SPAN = re.compile(
    r"\b(?:in|for|since)\s+(?:the\s+)?(?:last\s+|past\s+)?(?P<n>\d{1,3}|a|one|two|three|six)\s+"
    r"(?P<unit>days?|weeks?|months?)\b|\bthis\s+(?P<this>week|month|quarter)\b",
    re.IGNORECASE,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "six": 6}


def quiet_contacts_command(text: str, today: date) -> str | None:
    """'who haven't I talked to in 6 weeks' -> 'contact list mine quiet 42 days'; None when
    the words ask no such question. 'I' lists the asker's contacts, 'we' everyone's; no time
    said (or "in a while", "lately") is the list's default, which its header states."""
    m = _QUIET_ASKED.match(" ".join(text.split()).rstrip("?!. "))
    if m is None:
        return None
    verb = _QUIET_VERB.search(m["rest"])
    if verb is None:
        return None
    words = ["contact list"]
    if re.search(r"\b(?:i|my)\b", text, re.IGNORECASE):  # "… I haven't called": mine
        words.append("mine")
    kind = re.search(r"\b(customers|clients|leads|prospects)\b", text, re.IGNORECASE)
    if kind:  # "which customers haven't we called": customers only, not everyone
        words.append({"clients": "customers"}.get(kind[1].lower(), kind[1].lower()))
    words.append("quiet")
    span = _QUIET_SPAN.search(m["rest"])
    if span and span["this"]:
        start = {
            "week": today - timedelta(days=today.weekday()),
            "month": today.replace(day=1),
            "quarter": today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1),
        }[span["this"].lower()]
        words.append(f"{(today - start).days} days")
    elif span:
        n = span["n"].lower()
        words.append(f"{int(n) if n.isdigit() else _SMALL[n]} {span['unit'].lower()}")
    return " ".join(words)


# "how many calls did we make this week", "who made the most calls this month", "how many
# meetings did I have last week": counts of activities (not understood before).
_KIND_WORDS = r"(?P<kind>calls|meetings|visits|emails|notes|activities|touches|touchpoints)"
_HOW_MANY = re.compile(
    rf"^(?:so\s+)?how\s+many\s+{_KIND_WORDS}\s+(?:did|have|has)\s+(?P<who>i|we|the\s+team|"
    r"everyone|you\s+guys)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_MOST = re.compile(
    r"^(?:so\s+)?who\s+(?:has\s+|have\s+)?(?:logged|made|did|done|had|booked|sent|has|have)\s+"
    rf"(?:the\s+)?most\s+{_KIND_WORDS}(?P<rest>.*)$",
    re.IGNORECASE,
)


_HOW_DID = re.compile(
    r"^(?:so\s+)?how\s+(?:did|have|has)\s+(?:we|i|the\s+team|my\s+team|our\s+team)\s+"
    r"(?:do|done|perform(?:ed)?|go(?:ne)?|fare[d]?)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_CHANGES_SPAN = re.compile(
    r"\b(today|yesterday|this\s+week|this\s+month|last\s+month|previous\s+month|last\s+week)\b",
    re.IGNORECASE,
)


def how_did_we_do_command(text: str) -> str | None:
    """'how did we do last month?' -> 'changes last month' (deals created, moved, won, lost
    and slipped in that span, with amounts); it was not understood."""
    m = _HOW_DID.match(" ".join(text.split()).rstrip("?!. "))
    if m is None:
        return None
    span = _CHANGES_SPAN.search(m["rest"])
    return "changes" + (f" {' '.join(span.group(1).lower().split())}" if span else "")


# "which lead source brings the most customers?", "where do our deals come from?": the
# pipeline by source (open and won deals per source, per currency); it was not understood.
_SOURCE_ASKED = re.compile(
    r"^(?:(?:which|what)\s+(?:lead\s+)?sources?\s+(?:brings?|brought|gives?|gave|gets?|got|"
    r"produces?|produced|generates?|generated|has|had|wins?|won|is|works?|converts?)\b"
    r".*\b(?:most|best|more)\b.*|where\s+do\s+(?:our\s+|my\s+|the\s+)?(?:customers|clients|"
    r"deals|leads|wins)\s+come\s+from\b.*)$",
    re.IGNORECASE,
)


def source_question_command(text: str, today: date | None = None) -> str | None:
    """'which lead source brings the most customers?' -> 'pipeline by source' (with a period
    or "my" said, as any pipeline question); None for other words."""
    said = " ".join(text.split()).rstrip("?!. ")
    if not _SOURCE_ASKED.match(said):
        return None
    words = _pipeline_command(said, today).split()
    words[0] = "pipeline"  # "which source wins most": the by-source table has the win rate
    return " ".join(w for w in words if w not in ("by", "source")).replace(
        "pipeline", "pipeline by source", 1
    )


# "what did I change last?", "what was my last change?": the change undo would revert (it
# listed the reminders).
_LAST_CHANGE = re.compile(
    r"^(?:what\s+(?:did|have)\s+i\s+(?:just\s+)?(?:change|changed|edit|edited|update|updated)"
    r"(?:\s+(?:last|just\s+now|lately))?|what\s+(?:was|is|were)\s+my\s+(?:last|latest|most\s+"
    r"recent)\s+(?:change|edit|update)s?|(?:show\s+(?:me\s+)?)?my\s+(?:last|latest)\s+"
    r"(?:change|edit)s?)$",
    re.IGNORECASE,
)


def last_change_command(text: str) -> str | None:
    """'what did I change last?' -> 'last change'; None for other words."""
    said = " ".join(text.split()).rstrip("?!. ")
    return "last change" if _LAST_CHANGE.match(said) else None


def activity_question_command(text: str) -> str | None:
    """'how many calls did we make this week' -> 'activities calls this week' (counted by kind
    in its header); 'who made the most calls this month' -> 'activities calls this month by
    rep'. None for other words."""
    said = " ".join(text.split()).rstrip("?!. ")
    m = _HOW_MANY.match(said)
    most = None if m else _MOST.match(said)
    hit = m or most
    if hit is None:
        return None  # before the import below: most messages end here (issue 18)
    from handlers.commands.activity_list import PERIOD

    kind = hit["kind"].lower()
    words = ["activities"]
    if m and m["who"].lower() == "i":
        words.append("mine")
    if kind not in ("activities", "touches", "touchpoints"):
        words.append(kind)
    period = re.search(PERIOD, hit["rest"], re.IGNORECASE)
    if period:
        words.append(period.group(0).lower())
    if most:
        words.append("by rep")
    return " ".join(words)


# "how many leads have a score above 50?", "how many customers do we have?", "how many of my
# leads score at least 70": contacts counted (the list's header says how many). Once not
# understood, and "how many contacts?" searched for a record named "many contacts".
_PEOPLE_COUNT = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:of\s+)?(?P<my>my\s+|our\s+)?(?P<what>leads|contacts|"
    r"customers|clients|prospects|people)\s*(?:(?:do|did)\s+(?:we|i)\s+have\s*|are\s+there\s*|"
    r"(?:have|has)\s+(?:we|i)\s+got\s*|in\s+(?:the\s+)?crm\s*)?(?:(?:that\s+|which\s+|who\s+)?"
    r"(?:(?:have|has|with)\s+(?:a\s+)?(?:lead\s+)?score|score|scoring|scored|are|is)\s+(?:of\s+)?"
    r"(?P<op>above|over|greater\s+than|more\s+than|higher\s+than|at\s+least|below|under|"
    r"less\s+than|lower\s+than|at\s+most|>=|<=|>|<)\s*(?P<n>\d{1,3})\s*(?:points?)?\s*"
    r"(?:(?:do|did)\s+(?:we|i)\s+have)?)?$",
    re.IGNORECASE,
)
_SCORE_OP = {
    "above": ">", "over": ">", "greater than": ">", "more than": ">", "higher than": ">",
    "at least": ">=", "below": "<", "under": "<", "less than": "<", "lower than": "<",
    "at most": "<=", ">=": ">=", "<=": "<=", ">": ">", "<": "<",
}  # fmt: skip
_LIFECYCLE_OF = {"leads": "lead", "customers": "customer", "clients": "customer"}
_LIFECYCLE_OF["prospects"] = "prospect"


def people_count_command(text: str) -> str | None:
    """'how many leads have a score above 50?' -> 'contact list lifecycle=lead score>50'
    (the lead score is stored on the contact: storage.scoring); None for other words."""
    m = _PEOPLE_COUNT.match(" ".join(text.split()).rstrip("?!. "))
    if m is None:
        return None
    words = ["contact list"] + (["mine"] if (m["my"] or "").strip().lower() == "my" else [])
    life = _LIFECYCLE_OF.get(m["what"].lower())
    if life:
        words.append(f"lifecycle={life}")
    if m["op"]:
        words.append(f"score{_SCORE_OP[' '.join(m['op'].lower().split())]}{int(m['n'])}")
    return " ".join(words)


# "show me the files on Nordfrakt", "what documents do we have for the Acme renewal?", "any
# attachments on case 3": the record's files (a search for "files on Nordfrakt", or the
# deal's card, which said nothing of files)
_FILES_ASKED = re.compile(
    r"^(?:so\s+)?(?:(?:show|list|give|get|send|find|open)(?:\s+me)?\s+|what\s+|which\s+|any\s+|"
    r"are\s+there\s+(?:any\s+)?)?(?:the\s+|all\s+(?:the\s+)?|our\s+)?(?:files?|documents?|docs?|"
    r"attachments?|contracts?\s+and\s+files)\s+(?:(?:do|did)\s+(?:we|i)\s+have\s+|are\s+there\s+|"
    r"have\s+we\s+got\s+)?(?:on|for|of|from|attached\s+to|about|in)\s+(?:the\s+)?(?P<who>.+?)$",
    re.IGNORECASE,
)


def files_asked_command(text: str) -> str | None:
    """'show me the files on Nordfrakt' -> 'files Nordfrakt' (the files command finds the
    record or asks which); None for other words."""
    m = _FILES_ASKED.match(" ".join(text.split()).rstrip("?!. "))
    if m is None:
        return None
    who = re.sub(r"(?i)\s+(?:deal|account|contact|record)$", "", m["who"]).strip(" ,")
    return f"files {who}" if who else None


# "show me the biggest deals", "top 5 deals", "my 3 largest open deals": the deal list by
# amount ("top 5 deals" was the whole pipeline; "the biggest deals" a search for "biggest").
_BIGGEST_DEALS = re.compile(
    r"^(?:(?:show|list|give|get)\s+(?:me\s+)?|what\s+are\s+|which\s+are\s+)?(?:the\s+|our\s+|"
    r"(?P<my>my)\s+)?(?:(?P<top>top)\s*(?P<n>\d{1,2})?|(?P<n2>\d{1,2})\s+(?:biggest|largest)|"
    r"biggest|largest)\s+(?:(?P<n3>\d{1,2})\s+)?(?:open\s+)?(?:deals|opportunities|opps)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


def biggest_deals_command(text: str) -> str | None:
    """'my top 3 deals closing this quarter' -> 'deal list mine top 3 closing this quarter';
    None for other words. The rest of the words go to the list, which reads each or refuses."""
    m = _BIGGEST_DEALS.match(" ".join(text.split()).rstrip("?!. "))
    if m is None:
        return None
    n = m["n"] or m["n2"] or m["n3"]
    words = ["deal list"] + (["mine"] if m["my"] else [])
    words.append(f"top {n}" if n else "biggest")
    rest = m["rest"].strip()
    return " ".join(words + ([rest] if rest else []))


_LEADING_ARTICLE = re.compile(r"^(?:the|my|our|this|that)\s+", re.IGNORECASE)


_LEADERBOARD = re.compile(
    r"\b(?:top|best|leading|strongest)\s+(?:reps?|sellers?|salespe(?:rson|ople)|performers?|"
    r"closers?)\b|\bleaderboard\b|\bwho\s+(?:sold|closed|won)\s+(?:the\s+)?most\b",
    re.IGNORECASE,
)


def _find(call: Call, p: ParseResult) -> Reply:
    if _LEADERBOARD.search(call.text):  # "who is the top rep this quarter": a report
        return run_command(call, _pipeline_command(f"{call.text} by owner"))
    if WIN_RATE.search(call.text):  # "what's Lucía's win rate" once listed contacts named Lucía
        return _pipeline(call, p)
    if p.account and not p.contact and _PEOPLE_AT.match(call.text.strip()):
        accounts = find_accounts(call.ctx, p.account)
        if accounts.found is not None:
            return run_command(call, f"contact list account=#a{accounts.found.id}")
    q = p.contact or p.account or p.deal or p.email or p.phone or _clean(p.text)
    if q and not (p.contact or p.account or p.deal or p.email or p.phone):
        q = _ASPECT.sub("", _ASPECT.sub("", q)).strip() or q
        q = _LEADING_ARTICLE.sub("", q).strip() or q  # "the stark deal history": stark
    if not q:
        return Reply.error("Find what? e.g. 'find Maria'")
    reply = run_command(call, f"find {q}")
    unused = _unused_words(call.text, q)
    if unused:  # "Maria Lopez says the app keeps crashing" once showed her card, words gone
        reply.sections.insert(
            0,
            f"🔎 I read this as a look-up of '{q}'; I did not use '{unused}'. To keep it: "
            f"log note {q}: …, or for a problem: case new ACCOUNT: …",
        )
    return reply


# Words a look-up is said with ("can you pull up the card of maria?"): the rest of a
# message read as a look-up are words the search did not use.
_LOOKUP_TEXT = (
    "find search look looking lookup up pull open show bring get give check me us the a an "
    "for on of about at in from who whos who's is are was where what what's whats which "
    "card contact contacts account accounts deal deals person people company details info "
    "please can could you i do we know have has any there with to and or his her their "
    "history timeline notes record profile latest status file pipeline number phone email "
    "address s"
)
_LOOKUP_WORDS = frozenset(_LOOKUP_TEXT.split())


def _unused_words(text: str, query: str) -> str:
    """The words of ``text`` that are neither the query nor a look-up's own words, when
    they are several (a sentence about the record, not a search); else ''."""
    used = {w.lower() for w in re.findall(r"[\w@.+-]+", query)}
    rest = [
        w
        for w in re.findall(r"[\w@.+'’-]+", text)
        if w.lower().strip("'’") not in used
        and re.sub(r"['’]s?$", "", w.lower()) not in used
        and w.lower() not in _LOOKUP_WORDS
    ]
    if len(rest) < 3:
        return ""
    # Said back as typed, the record's name taken out ("prefers whatsapp over email").
    left = re.sub(re.escape(query) + r"(?:['’]s)?", " ", text, flags=re.IGNORECASE)
    return " ".join(left.split()).strip(" ,.;:") or " ".join(rest)


_PERIOD = re.compile(r"\b(this|current|last|previous|next)\s+(month|quarter|year|week)\b", re.I)
_GROUP = re.compile(
    r"\bby\s+(stage|owner|rep|manager|team|region|industry|source|campaign|month|quarter)\b",
    re.I,
)
# "which campaign brought the most deals?", "pipeline per lead source": the grouping asked
# for without "by" (it answered by stage)
_GROUP_ASKED = re.compile(
    r"\b(?:which|what|per|each|every)\s+(campaign|lead\s+source|source|team|region|industry|"
    r"manager)s?\b",
    re.I,
)
_MINE = re.compile(r"\b(my|mine|mi|mis|mein|meine|ma|mes|min|mitt)\b", re.I)
_FORECAST = re.compile(r"\b(forecast|close|closing|expected)\b", re.I)
WIN_RATE = re.compile(r"\bwin(?:ning)?[\s-]*(?:rates?|ratios?|percentages?)\b|\bwinrate\b", re.I)
_STALE = re.compile(
    r"\b(?:stale|idle|neglected|untouched|stuck|stalled|stalling|gone\s+(?:quiet|cold))\b|"
    r"\bno\s+(?:activity|touch)\b|"
    r"\bnot\s+(?:been\s+)?(?:touched|worked(?:\s+on)?)\b",
    re.IGNORECASE,
)
_STALE_DAYS = re.compile(r"\b(\d{1,4})\s*(?:\+\s*)?days?\b", re.IGNORECASE)
_SLIPPING = re.compile(r"\bslip(?:ping|ped|s)?\b|\bpushed\s+out\b", re.IGNORECASE)
_IN_STAGE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:stage\s+)?(?P<stage>prospecting|pre-?approach|qualification|"
    r"presentation|proposal|demo|closing|negotiation|contract)\b(?!\s+(?:date|month|quarter))",
    re.IGNORECASE,
)


_WHO_MOST = re.compile(
    r"\bwho(?:'s|\s+is|\s+has)?\s+(?:\w+\s+){0,2}?(?:closed|won|sold|booked|brought\s+in|"
    r"closing|winning|selling|top|best|ahead|leading)\b|\b(?:top|best)\s+(?:reps?|sellers?|"
    r"salespe(?:ople|rson))\b|\bleaderboard\b",
    re.IGNORECASE,
)
BIGGEST_DEAL = re.compile(
    r"^\s*(?:what(?:'s|\s+is|\s+are)|which\s+(?:is|are)|show(?:\s+me)?)\s+(?:our|my|the)\s+"
    r"(?:biggest|largest)\s+(?:open\s+)?(?:deals?|opportunit(?:y|ies)|opps?)\s*\??\s*$",
    re.IGNORECASE,
)


_QUARTER = re.compile(
    r"\b(?:(?P<y1>\d{4})-?q(?P<q1>[1-4])|q(?P<q2>[1-4])(?:\s+(?P<y2>\d{4}))?)\b", re.I
)
_PAST = re.compile(r"\b(?:did|was|were|won|closed|sold|lost)\b", re.I)
_YEAR_MONTH = re.compile(r"\b\d{4}-(?:0[1-9]|1[0-2])\b")
_MONTH_SAID = re.compile(
    r"\b(?:in|for|of|during)\s+(?P<month>[a-z]{3,9})(?:\s+(?P<year>\d{4}))?\b", re.I
)


def _named_period(text: str, today: date | None, past: bool = False) -> list[str]:
    """'in Q4', 'for 2027-Q1', 'Q1 2027', 'for 2026-11', 'in november': the period as the
    report reads it ('2026-Q4', '2026-11'), or nothing. A month name alone is the next one
    to come, or with ``past`` (a win rate, "what did we win") the last one gone."""
    q = _QUARTER.search(text)
    if q:
        n = q.group("q1") or q.group("q2")
        year = q.group("y1") or q.group("y2")
        return [f"{year}-Q{n}" if year else f"q{n}"]
    ym = _YEAR_MONTH.search(text)
    if ym:
        return [ym.group(0)]
    if today is not None:
        from handlers.commands.deal_filters import _month
        from storage.reports import month_period

        for m in _MONTH_SAID.finditer(text):
            said = [m.group("month"), *([m.group("year")] if m.group("year") else [])]
            month = _month(said, today)
            if month is not None and past and not m.group("year") and month.start > today:
                month = month_period(month.start.year - 1, month.start.month)
            if month is not None:
                return [month.label]
    return []


def _pipeline_command(text: str, today: date | None = None) -> str:
    """'how does the pipeline look this quarter, by owner?' -> 'pipeline by owner this quarter';
    'how much is in closing?' -> 'pipeline drill closing' (the stage's deals, not the
    forecast that the word "closing" once chose)."""

    if _SLIPPING.search(text):  # "any deals slipping?": close dates pushed, in 'changes'
        return "changes"
    if _STALE.search(text):  # "which deals are stale": once the pipeline by stage
        days = _STALE_DAYS.search(text)
        return "stale" + (f" {days.group(1)}" if days else "")
    stage = _IN_STAGE.search(text)
    if stage and not _GROUP.search(text):
        key = stage.group("stage").lower().replace("preapproach", "pre-approach")
        mine = " mine" if _MINE.search(text) else ""
        return f"pipeline{mine} drill {STAGE_SYNONYMS.get(key, key)}"
    words = ["forecast" if _FORECAST.search(text) and not _GROUP.search(text) else "pipeline"]
    if WIN_RATE.search(text):  # "what's our win rate": the win rate, not the stage funnel
        words = ["winrate"]
    group = _GROUP.search(text) or _GROUP_ASKED.search(text)
    if group:
        by = " ".join(group.group(1).lower().split()).removeprefix("lead ")
        words.append("by " + by.replace("rep", "owner"))
    elif _WHO_MOST.search(text):  # "who closed the most this quarter?": per rep, not the total
        words.append("by owner")
    period = _PERIOD.search(text)
    if period:
        words.append(f"{period.group(1).lower()} {period.group(2).lower()}")
    else:  # "the forecast for 2027-Q1" once answered for this quarter, the period unread
        words += _named_period(text, today, words[0] == "winrate" or bool(_PAST.search(text)))
    my = _MINE.search(text)
    if my and not _OURS.match(text, my.start()):
        words.append("mine")  # "what's in my pipeline?", "my deals by stage": not the team's
    return " ".join(words)


_DONE_ASKED = re.compile(
    r"\b(?:(?:who|whom|what|which\s+\w+)\s+did\s+(?:i|we)\s+(?:call|meet|visit|e-?mail|see|"
    r"talk\s+to|speak\s+(?:to|with))|did\s+(?:i|we)\s+(?:do|log|get\s+done)|have\s+(?:i|we)\s+(?:done|logged)|"
    r"(?:i|we)(?:'ve|\s+have)\s+(?:done|logged)|i\s+(?:did|logged))\b",
    re.IGNORECASE,
)


# "what does bob have tomorrow", "bob's reminders", "reminders for bob": another member's
_WHOSE_AGENDA = re.compile(
    r"\b(?:does|has)\s+(?P<a>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:have|got|got\s+on)\b|"
    r"\b(?P<b>[^\W\d_]+)['’]s\s+(?:reminders|agenda|day|week|calendar|to-?dos?|tasks)\b|"
    r"\b(?:reminders|agenda|to-?dos?|tasks)\s+(?:of|for)\s+(?P<c>[^\W\d_]+)\b",
    re.IGNORECASE,
)


# what every reading of ``_WHOSE_AGENDA`` needs, lowered: an ASCII message with none of them
# skips the pattern (about 6 us on a typical log, which names a weekday; issue 18)
_WHOSE_NEEDS = ("does", "has", "'s", "reminders", "agenda", "todo", "to-do", "tasks")


def whose_agenda_possible(text: str) -> bool:
    """False only when ``_WHOSE_AGENDA`` cannot match: an ASCII text without any word it
    needs (outside ASCII, case folding may join other letters, so the pattern decides)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(w in lowered for w in _WHOSE_NEEDS)


def _someone_elses_agenda(call: Call) -> Reply | None:
    """Another member's reminders asked for: said so, not answered with the asker's own
    (the list once showed Ana's reminders under "what does bob have tomorrow")."""
    m = _WHOSE_AGENDA.search(call.text)
    if m is None:
        return None
    said = m.group("a") or m.group("b") or m.group("c")
    if said.lower() in ("i", "me", "my", "we", "us", "our", "he", "she", "it", "that", "this"):
        return None
    names = [said, said.split()[0]] if " " in said else [said]
    for name in names:
        user = find_user(call.ctx.session, call.ctx.workspace, name)
        if user is not None and user.id == call.ctx.user.id:
            return None
        if user is not None:
            return Reply.error(
                f"I can only list your own reminders, not {user.display_name}'s. 'reminders "
                f"tomorrow' lists yours; 'remind @{user.display_name} tomorrow 9am: …' sets one "
                "for them."
            )
    return None


_TEAM_DONE = re.compile(
    r"\b(?:did|has|have)\s+(?:the\s+|my\s+|our\s+)?(?:team|everyone|everybody|reps|"
    r"people|you\s+guys)\s+(?:do|done|log|logged|get\s+done)\b",
    re.IGNORECASE,
)


def _agenda_command(call: Call) -> str:
    """'what do I have tomorrow?' -> 'reminders tomorrow': the day asked about narrows the
    list (it once listed every reminder, and a rep took Thursday's for tomorrow's)."""
    from handlers.language.dates import read_whens

    text = call.text
    team = _TEAM_DONE.search(text)
    if _DONE_ASKED.search(text) or team:  # "what did I do last week": the past, not reminders
        from handlers.commands.activity_list import PERIOD

        period = re.search(PERIOD, text, re.IGNORECASE)
        # "what did the team do yesterday": everyone's the asker may see, not only theirs
        return ("activities" if team else "activities mine") + (
            f" {period.group(0).lower()}" if period else ""
        )
    from handlers.reminder_window import OVERDUE, WEEK_OR_MONTH

    if OVERDUE.search(text):
        return "reminders overdue"
    week = WEEK_OR_MONTH.search(text)
    if week:
        return f"reminders {week.group(0).lower()}"
    now = call.ctx.now.astimezone(ZoneInfo(call.ctx.tz))
    whens = read_whens(text, now, call.ctx.tz, call.ctx.user.language or "en").whens
    if len(whens) == 1 and whens[0].has_date:
        return f"reminders {text[whens[0].start : whens[0].end]}"
    return "reminders"


# "my team's pipeline": the team's, not mine. "my deals", "show me my open deals": a list of
# the deals I own, by name (a pipeline summary only counts them).
_OURS = re.compile(r"\w+\s+(?:team|teams|team's|team’s|reps|people|squad)\b", re.I)
_MY_DEALS = re.compile(
    r"(?:(?:show|list|give|get)\s+(?:me\s+)?(?:all\s+)?|what\s+are\s+|where\s+are\s+)?"
    r"(?:all\s+)?my\s+(?:open\s+|current\s+|active\s+)?(?:deals|opportunities|opps)\s*[?!.]*",
    re.I,
)


_DEALS_SAID = re.compile(r"\b(?:deals|opportunities|opps)\b", re.IGNORECASE)


def biggest_deal(call: Call) -> Reply | None:
    """ "what's our biggest deal?": the largest open deal (five for "deals") by name. It was
    a search for 'biggest' ("Nothing matches")."""
    big = BIGGEST_DEAL.match(call.text)
    if big is None:
        return None
    plural = big.group(0).rstrip(" ?").lower().endswith(("s", "ies"))
    mine = " mine" if re.search(r"(?i)\bmy\b", call.text) else ""
    return run_command(call, f"deals{mine} top {5 if plural else 1}")


def _pipeline(call: Call, p: ParseResult) -> Reply:
    """A pipeline question; "my deals" alone lists the asker's own open deals."""
    if _MY_DEALS.fullmatch(" ".join(call.text.split())):
        return run_command(call, "deal list mine")
    if _DEALS_SAID.search(call.text) and BOUND.search(call.text):
        # "show me deals over 50k": the deals of that size, not the whole pipeline
        return run_command(call, "deals " + _DEALS_SAID.sub(" ", call.text).strip(" ?!."))
    from handlers.pipeline_words import whose

    command = _pipeline_command(call.text, call.ctx.now.astimezone(ZoneInfo(call.ctx.tz)).date())
    if command.startswith(("pipeline", "forecast", "winrate", "stale")):
        # "how much is in closing for Jon": Jon's closing deals (drill reads owner= too)
        command += whose(call.ctx.session, call.ctx.workspace, call.text)
    return run_command(call, command)


def run_command(call: Call, text: str, understood: str | None = None) -> Reply:
    """:func:`handlers.freetext.run_command` (imported when called: freetext imports this)."""
    from handlers.freetext import run_command as run

    return run(call, text, understood)


def _clean(text: str | None) -> str:
    from handlers.freetext import _clean as clean

    return clean(text)
