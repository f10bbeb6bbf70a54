"""A reminder's text: what to be reminded of, without the request around it ("remind me to", "can
you make sure I…", an assistant's wake word, calendar and alarm phrasings) or the small talk
after it.
"""

from __future__ import annotations

import re

from handlers.language.dates import fold
from handlers.language.patterns import _rx
from handlers.language.rxfast import Gated

# The request for a reminder inside a longer note: "… so no pressure. Please remind me on
# Tuesday at 9 to …", "… and everything anyway can you remind me on monday at eleven to …",
# "… tomorrow at 11 about the tender. Remind me please."
_REMIND_CUE = Gated(  # skipped unless "remind", "forget", "make", "nudge" or "ping" is said
    _rx(
        r"(?<![\w'])(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+"
        r"|pls\s+)?(?:remind\s+me|don'?t\s+let\s+me\s+forget|(?:set|put|add|schedule)\s+"
        r"(?:me\s+)?(?:a\s+)?reminder|make\s+sure\s+i|nudge\s+me|ping\s+me)(?![\w'])"
    )
)
_CUE_AFTER = _rx(  # what may stand before the request in a run-on: "… anyway can you remind me"
    r"(?:[.!?:;]|\s(?:anyway|anyways|so|but|also|btw|oh\s+and|and\s+also|unrelated|ok|okay))"
    r"[\s,:]*$"
)
# a state of the rep's said before the request with a comma: "I'm driving, remind me in 30
# minutes to …" (a task before it, "call Bob, remind me at 3", is no state)
_STATE_BEFORE = _rx(
    r"(?:^|[.!?]\s+)(?:i'?m|i\s+am|we'?re|we\s+are|it'?s|busy\s+day|long\s+day|crazy\s+day)"
    r"(?!\w)[^,.!?;:]{0,40},\s*$"
)
_REQUEST_ABBREV_END = re.compile(r"(?<![\w])(?:[A-Z]|Co|Ltd|Inc|Corp|Bros|Jr|Sr|St|Ave|S\.[AL])\.$")
# A to-do said as an obligation: "I need to", "gotta", "must", "I have to", "I'm supposed to",
# "I must remember to", "can't forget to", "don't forget to". The words say that it is a
# to-do, not what to do.
_OBLIGATION = (
    r"(?:(?:i|we)\s+|i'?ve\s+|we'?ve\s+|i'?m\s+)?(?:really\s+|still\s+|just\s+|also\s+)?"
    r"(?:(?:need|have|ought|want)\s+to|must|gotta|got\s+to|should|supposed\s+to|"
    r"am\s+supposed\s+to|(?:can'?t|cannot|mustn'?t|must\s+not|don'?t)\s+forget\s+to)"
    r"(?:\s+(?:remember|not\s+forget)\s+to)?"
)
_I_NEED_TO = re.compile(rf"(?i)^(?:before\s+i\s+forget[:,]?\s+)?{_OBLIGATION}\s+")
# an obligation and the verb after it, just before a reminder's text: "must chase| Helen Park …"
_OBLIGED_VERB_BEFORE = re.compile(
    rf"(?i)(?:^|(?<=[\s,.:;!]))(?<![\w']){_OBLIGATION}\s+(?P<verb>[^\W\d_]+)\s+$"
)


def with_obliged_verb(text: str, message: str) -> str:
    """A to-do said as an obligation keeps its verb: the tagger may start the text after it
    ("must chase Helen Park about the contract" read as "Helen Park about the contract"), and
    the task is "chase Helen Park about the contract"."""
    at = message.find(text)
    if at <= 0:
        return text
    m = _OBLIGED_VERB_BEFORE.search(message[:at])
    if m is None or fold(m.group("verb")) in ("to", "the", "a", "an", "me", "you"):
        return text
    return f"{m.group('verb')} {text}"


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
    if (
        task is None
        and not _CUE_AFTER.search(folded[: cue.start()])
        and not _STATE_BEFORE.search(folded[: cue.start()])
    ):
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


_REMIND_TEXT_HEAD = _rx(
    r"^(?:(?:i\s+need|i'?d\s+like|i\s+want|can\s+i\s+have|i\s+need\s+you\s+to\s+set|"
    r"set\s+me|set)\s+(?:a\s+)?reminder\s+|"
    r"(?:(?:i\s+(?:want|need)|i'?d\s+like)\s+you\s+to\s+|(?:can|could|would|will)\s+you\s+)"
    r"remind\s+me\s+|i\s+want\s+to\s+be\s+reminded\s+|rmd\s+(?:me\s+)?|remind\s+me\s+)"
    r"(?:to|about|of|for|that|re|abt)?\s*"
    rf"|^{_OBLIGATION}\s+(?=\S)"
    r"|^(?:an?\s+)?(?:event|appointment|entry|calendar\s+entry|meeting|reminder)\s+"
    r"(?:called|named|titled|for|about)\s+"
)
_ON_MY_CALENDAR = _rx(
    r"^(?:put|add|mark|write|place|pencil)\s+(?:in\s+)?(?P<x>.+?)\s+(?:on|in|to|into)\s+"
    r"(?:my|the)\s+(?:calendar|agenda|diary|schedule)$"
)


_CALENDAR_LEFT = _rx(r"^(?:calendar|diary|agenda)(?:\s*[:,-]\s*|\s+)(?=\S)")
_CALENDAR_SAID = _rx(r"(?:to|in|on|into)\s+(?:my|the)\s+(?:calendar|diary|agenda)\s*[:,-]?\s+\S")
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
_SCHEDULE_VERB = _rx(r"^(?:schedule|book)\s+(?=\S)")
# "every day this week", "every tuesday": when it repeats, not what to do
_REPEATS = _rx(
    r"\s+(?:every|each)\s+(?:other\s+)?(?:day|week|month|year|morning|evening|night|weekday|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"(?:\s+(?:this|next)\s+(?:week|month))?$"
)


def _with_word_before(text: str, message: str) -> tuple[str, re.Match[str]] | None:
    """The calendar request that starts one word before ``text`` in ``message`` and ends
    inside it ("new" + "alert for the bin collection"), with that word and its space."""
    at = message.find(text) if text else -1
    words = message[:at].split() if at > 0 else []
    if not words:
        return None
    word = words[-1] + " "
    m = _CALENDAR_HEAD.match(fold(word + text))
    if m is None or not len(word) < m.end() < len(word) + len(text):
        return None
    return word, m


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
    joined = _with_word_before(t, message)
    if (m is None or m.end() >= len(t)) and joined is not None:
        # "new alert for the bin collection" read as "alert for the bin collection": the
        # request's first word was left before the text; its other words are no task either
        word, m = joined
        t = t[m.end() - len(word) :]
    elif m and m.end() < len(t):
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
            booked = _SCHEDULE_VERB.match(fold(t))
            if (
                verb
                and verb.end() < len(t)
                and _ON_A_CALENDAR.search(msg)
                and not _ASKED_WORDS.search(before)
            ):
                t = t[verb.end() :]
            elif (
                booked
                and booked.end() < len(t)
                and not before.strip()
                and not _ASKED_WORDS.search(msg[: len(msg) - len(fold(t))])
            ):
                # "schedule lunch at tomo tomorrow at noon", said to the assistant: the
                # lunch is what goes in the calendar ("remind me to schedule …" keeps it)
                t = t[booked.end() :]
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
    # "put yoga on my calendar every (monday at six pm)": the date went, its "every" stays
    t = re.sub(r"(?i)\s+(?:every|each)(?:\s+other)?$", "", t)
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


# "remind Bob to send the deck", "can you remind Priya about the PO": a reminder for someone
# else. The bot keeps only the user's own reminders, so what it read is shown back and asked
# about (the user may want one for themselves, to remind Bob), never set as if it were theirs.
_FOR_SOMEONE_ELSE = _rx(
    r"^(?:(?:please|pls|hey)\s+|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"remind\s+(?!me\b|myself\b|us\b|mr\b)(?P<who>[#@][\w.-]+|(?:my|our|the)\s+[^\W\d_][\w'’-]*"
    r"|[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?(?:\s+(?:and|&)\s+[^\W\d_][\w'’-]*)?)"
    r"\s+(?:to|about|abt|re|that|of)\s+\S"
)
_OTHERS = frozenset(
    {"him", "her", "them", "everyone", "everybody", "team", "the team", "my team", "the group"}
)


def for_someone_else(cleaned: str) -> str | None:
    """The person a reminder request is for when that is not the user ("remind Bob to …"),
    else None. The name must be written as a name (capitalised) or be "him", "the team" …"""
    m = _FOR_SOMEONE_ELSE.match(cleaned)
    if m is None:
        return None
    who = m.group("who")
    if fold(who) in _OTHERS or who[0] in "#@":
        return who  # "remind #sales-emea to …", "remind @channel about …": a channel
    if fold(who).split()[0] in ("my", "our", "the"):
        return who  # "remind my manager to approve …", "remind the client about …"
    first = who.split()[0]
    return who if first[:1].isupper() and fold(first) not in _NOT_A_PERSON_HEAD else None


# capitalised words a reminder may start with that name no one: "remind Tomorrow to …" typed
# with a capital, a wake word
_NOT_A_PERSON_HEAD = frozenset(
    {"tomorrow", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "olly", "siri", "alexa", "please", "everyone", "all"}
)  # fmt: skip
