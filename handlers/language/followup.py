"""Which date of a logged activity is its follow-up, and which dates belong to the note.

A log often says several dates: "called Maria at Brightwater, she said their budget resets
on March 1, follow up friday". Only the rep's own next step is the follow-up (``due``); a
date about the customer or the world ("she'll sign next week", "contract expires March 31",
"he is out until the 14th") is part of the note, and reading it as the follow-up is a date
read wrong, the worst outcome.

The rule reads the clause each date stands in (the text from the last comma, full stop,
semicolon, colon or dash, or a subject pronoun in dictated text without marks):

- a date in the first clause goes with the activity itself ("lunch with Jon tomorrow at 1");
- a clause whose subject is the rep ("I'll send the quote friday", "we meet again on Dec 9",
  "sending pricing eod", "next step: send the SOW on monday", "she asked me to call back at 4")
  says a follow-up;
- a clause whose subject is someone or something else ("she'll sign next week", "their
  budget resets on March 1", "legal reviews it next Thursday", "wants 2 demos nxt wk") says
  a fact of the note, never the follow-up;
- a follow-up word ("follow up", "cb", "call back") in such a clause ("he'll call back
  tomorrow") is theirs too, and marks nothing.

English words only: in the other languages a later clause keeps the first-sentence rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.language.dates import WhenMatch

# Where a clause starts: after , ; : . ! ? or a dash, and (for dictation, which has no marks)
# before a subject pronoun that starts a new statement ("... at ericsson he will send ...").
#
# The zero-width breaks all follow a space: one "(?<=\s)" is checked first, and the dictation
# break's word (a lookahead) before its twenty lookbehinds. Assertions at one position are
# the same test in any order, and every zero-width break is the same empty match, so the
# breaks found are the same as with each alternative checking its own; the engine no longer
# runs twenty lookbehinds at every position of a message (issue 18;
# tests/handlers/test_followup_break.py).
_BREAK = re.compile(
    r"[,;:!?]|\.(?=\s|$)|\s[-–—]\s|\s\(|"
    r"(?<=\s)(?:"
    r"(?=(?:i|he|she|they|we)(?:'(?:ll|s|re|m|ve|d))?\s+(?!and\b|or\b))"
    r"|(?=(?:ill|ive)\s+[a-z])"
    # dictation: an imperative next step after a statement ("… three hundred branches call her
    # back on the seventh", "… the pricing sheet send it on tuesday"), not "he'll call her back"
    r"|(?=(?:call|ring|phone|send|email|ping|text|chase|follow)\s+(?:her|him|them|it|up|back|in)\b)"
    r"(?<=[a-z]\s)"
    r"(?<!'ll\s)(?<!will\s)(?<!to\s)(?<!'d\s)(?<!would\s)(?<!can\s)(?<!could\s)(?<!should\s)"
    r"(?<!must\s)(?<!may\s)(?<!might\s)(?<!he\s)(?<!they\s)(?<!we\s)(?<!\bi\s)(?<!you\s)"
    r"(?<!who\s)(?<!usually\s)(?<!always\s)(?<!often\s)"
    r"|(?=(?:but|so|then|because|though|although|while|whereas)\s)"
    r")"
)
_LEAD = re.compile(
    r"^(?:(?:and|but|so|then|also|plus|oh|btw|ps|anyway|anyways|though|because|while|whereas|"
    r"which\s+means|that|and\s+then|also\s+that|ok|okay|well)\s+)+"
)

# The rep speaking of their own next step.
_MINE = re.compile(
    # a Spanish object pronoun may come first: "Le mando la propuesta el lunes", "La vuelvo a
    # llamar el día 14"
    # (not a thing's return: "should be back by tuesday", "will come back signed")
    r"(?!(?:should|will|would|might|may)\s+(?:be\s+back|come\s+back|arrive|land|"
    r"be\s+(?:signed|returned|done|ready|approved))(?!\w))"
    r"^(?:(?:le|la|lo|les|las|los)\s+(?=mando|envio|llamo|vuelvo))?"
    r"(?:i|we|i'll|we'll|i'm|we're|i've|we've|i'd|we'd|i\s+will|we\s+will|i\s+am|we\s+are|"
    # dictation drops the apostrophe; a clause with no subject that promises is the rep's
    r"ill|ive|promised|agreed|offered|committed|"
    r"let's|lets|let\s+me|let\s+us|me|my\s+(?:turn|task|job|action|plan)|our\s+(?:next|plan)|"
    r"will|gonna|going\s+to|plan(?:ning)?\s+to|need\s+to|have\s+to|must|should|to\s+do|todo|"
    r"next\s+steps?|nxt\s+steps?|next|action|actions|plan|"
    r"send|call|ring|phone|email|e-mail|ping|chase|book|schedule|prep|prepare|check|follow|"
    r"set\s+up|arrange|share|draft|demo|visit|meet|cb|f/u|fu|try|circle|reach|touch|reconnect|"
    # the rep in the other languages the bot reads: "Ich schicke ihnen am Montag …", "Je leur
    # envoie … mardi", "Quedo en mandarles … el martes", "Jeg ringer henne igjen torsdag"
    r"ich|wir|je|j'|nous|yo|nosotros|quedo\s+en|quedamos\s+en|jeg|"
    r"schicke|melde|sende|envoie|relance|mando|envio|llamo|vuelvo|sender|ringer|følger|"
    r"(?!(?:pricing|funding|licensing|marketing|onboarding|training|financing|billing|"
    r"engineering|accounting|morning|evening|nothing|something|anything|everything|thing|"
    r"during|spring|building|ceiling|hosting|shipping|king|ring|bring|string|sing|wing)\b)"
    r"[a-z]{2,}ing)(?!\w)"
)
# Someone asking the rep to act: "she asked me to call back at 4", "they want us to demo".
_ASKED_ME = re.compile(
    r"(?<!\w)(?:asked|asks|wants|want|told|tells|needs|need|expects|invited|would\s+like)\s+"
    r"(?:me|us)\s+(?:to|for)(?!\w)"
    # "she said to ping her tomorrow": she asked the rep to
    r"|(?<!\w)(?:said|says)\s+to\s+(?=[a-z])"
)
# Someone asking for a step the rep takes: "wants a demo next week", "asked for a call on
# Monday" (a deadline, "needs the pricing by friday", stays a fact of the note).
_REQUESTED = re.compile(
    r"(?<!\w)(?:wants?|needs?|asked\s+for|asks\s+for|requested|would\s+like|'d\s+like)\s+"
    r"(?:(?:(?:a|an|the|another|more|one|two|three|\d+)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:demos?|calls?|meetings?|quotes?|proposals?|visits?|presentations?|workshops?|"
    r"follow-?ups?|catch-?ups?|call-?backs?|intro|walkthrough|trial|review|session)|"
    r"to\s+(?:meet|talk|chat|catch\s+up|speak|get\s+together|hop\s+on\s+a\s+call|"
    r"do\s+a\s+(?:call|demo)|see\s+(?:us|me|a\s+demo)))(?!\w)"
)
# Someone or something else: a pronoun, a possessive, "the …", a department, a thing.
_THEIRS = re.compile(
    r"^(?:she|he|they|it|its|it's|their|his|her|there|there's|she's|he's|they're|she'll|he'll|"
    r"they'll|she'd|he'd|they'd|the|this|that|these|those|legal|procurement|finance|budget|"
    r"budgets|contract|contracts|renewal|board|boss|cfo|ceo|cto|cio|coo|team|company|client|"
    r"customer|pilot|project|rollout|po|rfp|rfq|tender|office|plant|warehouse|factory|store|"
    r"hq|everyone|everybody|nobody|someone|both|payment|invoice|delivery|shipment|launch|"
    r"audit|fiscal|fy|go-live|golive|"
    r"wants|needs|says|said|asked|asks|expects|plans|planned|hopes|thinks|signs|signed|starts|"
    r"started|ends|expires|is|are|was|were|has|had|goes|went|gets|got|closes|opens|ships|"
    r"launches|returns|leaves|left|arrives|moves|decides|reviews|approves|renews|travels|"
    r"travelling|traveling|flies|back|out|away|off|on\s+leave|on\s+holiday|on\s+vacation|"
    # the same in the other languages the bot reads: "han sender tilbudet fredag"
    r"han|hun|dei|sie|er|il|elle|ils|elles|ella|ellos|ellas|dice|dicen|sagt|dit|sier|"
    r"ruckmeldung|antwort|reponse|respuesta|svar|svaret)(?!\w)"
)
# A capitalised name as the subject ("Rodrigo says …", "Legal needs …").
_NAME_SUBJECT = re.compile(
    r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+(?:says|said|wants|needs|will|is|are|has|"
    r"thinks|expects|plans|signs|starts|goes|asked|told|mentioned|confirmed|promised|"
    r"decides|reviews|approves|returns|leaves|travels|'ll|’ll)(?!\w)"
)
# A thing as the subject: "pricing is due friday", "go live will be on the 15th".
_NOUN_SUBJECT = re.compile(
    r"^[^\W\d_]+(?:[\s-][^\W\d_]+)?\s+(?:is|are|was|were|will|'ll|has|have|gets|goes|"
    r"starts|ends|expires|happens|lands|slips|moved|moves)(?!\w)"
)
# A first clause that reports what already happened ("called Bea …", "I just emailed Jonas
# …"), and a word that says what it was about: a date after it ("re the launch on the 15th",
# "about their go-live on Dec 1") is the subject's, not the rep's next step.
_PAST_HEAD = re.compile(
    r"^\s*(?:i\s+|we\s+)?(?:just\s+)?(?:called|phoned|rang|emailed|e-mailed|mailed|texted|"
    r"messaged|met|spoke|talked|chatted|visited|sent|had|caught\s+up|dropped\s+by|stopped\s+by|"
    r"wrote|left|got\s+off|hung\s+up|finished|wrapped\s+up)(?!\w)"
)
# A label before a colon that hands the rep a task: what follows is the rep's next step.
# Reported speech in a first clause with no marks: what follows is what they said.
_REPORTED = re.compile(
    r"(?<!\w)(?:says|said|told\s+(?:me|us)|mentioned|reckons|thinks)\s+(?:that\s+)?"
)
_STEP_LABEL = re.compile(
    r"(?<!\w)(?:next\s+steps?|nxt\s+steps?|next|nxt|next\s+actions?|action\s+items?|actions?|to\s*-?\s*dos?|"
    r"my\s+(?:side|end|action|task)s?|f/u|follow[\s-]?ups?)\s*:$"
)
# A next step said with no verb, the rep's own deliverable and its day: "Quote to Greta by the
# 4th.", "Proposal by Tuesday.", "Contract to her by Friday", "Second meeting booked for Dec 15"
# (the clause holds nothing else before the date: "contract expires March 31" has a verb).
_STEP_NOUN = re.compile(
    r"^(?:(?:the|a|an|our|my)\s+)?(?:(?:revised|new|final|updated|full|formal|signed|draft)\s+)?"
    r"(?:(?:quote|proposal|contract|offer|pricing|prices|price\s+list|brochure|samples?|deck|sow|"
    r"order\s+form|case\s+study|spec\s+sheet|catalogue|catalog|slides|estimate|invoice)"
    r"(?:\s+to\s+(?:him|her|them|[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*)?)?"
    r"|(?:second|2nd|another|follow-?up|next)\s+(?:meeting|call|visit|demo|session)"
    r"(?:\s+(?:is\s+)?(?:booked|set|scheduled|planned|pencilled|penciled|confirmed|fixed))?)"
    r"\s*(?:(?:by|on|for|before|due|in)\s+)?$"
)
# A deadline of theirs inside a request: "he needs the quote before their budget meeting on
# the 12th", "wants a proposal ahead of the board on the 9th".
_THEIR_EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:before|ahead\s+of|prior\s+to|until|till|by)\s+(?:their|his|her|the)\s+"
)
_TOPIC = re.compile(
    r"(?<!\w)(?:re:?|about|regarding|concerning|on\s+the\s+subject\s+of|ahead\s+of)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?=\s*\S)")


_WINDOW = 400  # a clause is looked for this far back: linear time on a 10 kB message


@lru_cache(maxsize=256)
def _clause_start(folded: str, pos: int) -> int:
    """Where the clause holding ``folded[pos]`` begins (0 for the first clause).

    Cached: a message's follow-up marks are weighed by three readers of one parse, each
    asking for the same positions (issue 18)."""
    lo = max(0, pos - _WINDOW)
    start = lo
    for m in _BREAK.finditer(folded, lo, pos):
        start = m.end()
    return start


def owner(text: str, folded: str, pos: int) -> str:
    """Who the clause before ``pos`` speaks of: "head" (the first clause, the activity
    itself), "mine" (the rep's next step), "requested" (a step asked of the rep: "wants a
    demo next week"), "theirs" (a fact of the note) or "unclear"."""
    start = _clause_start(folded, pos)
    if start == 0:
        if _PAST_HEAD.match(folded) and _TOPIC.search(folded, 0, pos):
            return "theirs"  # "called Bea re the launch on the 15th": the launch's date
        said = max(_REPORTED.finditer(folded, 0, pos), key=lambda m: m.start(), default=None)
        if said is not None:
            # dictated, no marks: "ahmed says the tender closes on december fifteenth" (what
            # they said of a thing is the note's; "she said we'd meet tuesday" is not theirs)
            heard = folded[said.end() : pos]
            if _THEIRS.match(heard) or _NOUN_SUBJECT.match(heard):
                return "theirs"
        return "head"
    clause = folded[start:pos]
    if _ASKED_ME.search(clause):
        return "mine"
    if _REQUESTED.search(clause):
        return "requested"
    lead = _LEAD.match(clause.lstrip(" ,;:.-–—("))
    skip = len(clause) - len(clause.lstrip(" ,;:.-–—(")) + (lead.end() if lead else 0)
    body = clause[skip:]
    if not body.strip() and folded[:start].rstrip().endswith(":"):
        # "Next meeting: Dec 9 at 10am": the label before the colon speaks for the date
        return owner(text, folded, len(folded[:start].rstrip()) - 1)
    if folded[:start].rstrip().endswith(":") and _STEP_LABEL.search(folded[:start].rstrip()):
        return "mine"  # "nxt steps: sow by wed", "action items: send the deck friday"
    if _MINE.match(body) or _STEP_NOUN.match(body):
        return "mine"
    if (
        _THEIRS.match(body)
        or _NOUN_SUBJECT.match(body)
        or _NAME_SUBJECT.match(text[start + skip : pos])
    ):
        return "theirs"
    return "unclear"


# Someone else promising the follow-up: "he'll call back tomorrow", "Ana will get back".
_THEIR_MARK = re.compile(
    r"(?:^|\s)(?:she|he|they|it)(?:'ll|'d|\s+will|\s+would|\s+can|\s+could|\s+might|"
    r"\s+may|\s+should|\s+is\s+going\s+to|'s\s+going\s+to|\s+are\s+going\s+to|"
    r"'re\s+going\s+to|\s+wants?\s+to|\s+promised\s+to|\s+offered\s+to|\s+needs?\s+to|"
    r"\s+said\s+(?:she|he|they)(?:'ll|'d|\s+will|\s+would))\s*$"
)
_THEIR_MARK_NAME = re.compile(
    r"(?:^|\s)[A-ZÀ-Þ][\w'’-]+(?:'ll|’ll|\s+will|\s+would|\s+promised\s+to|"
    r"\s+offered\s+to|\s+is\s+going\s+to)\s*$"
)
# "cb from Jin": a call back received, not one to make.
_INBOUND_AFTER = re.compile(r"\s*(?:from|by)(?!\w)")


def own_marks(text: str, folded: str, marks: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The follow-up words that are the rep's ("follow up friday", "cb tmrw"), not a
    customer's ("he'll call back tomorrow") nor a call received ("cb from Jin").

    A follow-up word starts its own clause in dictation ("… he said their budget resets
    on january first follow up next monday"): only the words right before it tell whose
    it is.
    """
    out = []
    for m in marks:
        before = folded[_clause_start(folded, m.start()) : m.start()]
        if _THEIR_MARK.search(before) or _THEIR_MARK_NAME.search(
            text[m.start() - len(before) : m.start()]
        ):
            continue
        if _INBOUND_AFTER.match(folded, m.end()):
            continue
        out.append(m)
    return out


def after_mark(
    text: str, folded: str, whens: list[WhenMatch], mark: re.Match[str]
) -> list[WhenMatch]:
    """The dates after the rep's follow-up word, less those said as someone else's fact
    ("cb Jin, wants 2 demos nxt wk": the week is the customer's)."""
    mark_clause = _clause_start(folded, mark.start())
    return [
        w
        for w in whens
        if w.start >= mark.start()
        and (
            _clause_start(folded, w.start) <= mark_clause
            or owner(text, folded, w.start) != "theirs"
        )
    ]


def candidates(
    text: str,
    folded: str,
    whens: list[WhenMatch],
    now: datetime,
    *,
    note: bool = False,
    english: bool = True,
    context: Iterable[tuple[int, int]] = (),
) -> list[WhenMatch]:
    """The dates of a log, with no follow-up word, that may be its follow-up, in order.

    ``context`` are the spans the caller already knows are facts ("until", "by" …);
    ``note`` is a note's body, where a gerund is the note's ("moving HQ on 1 March"),
    not the rep's next step.
    """
    today = now.date()
    first_end = _first_sentence_end(folded)
    blocked = list(context)
    out: list[WhenMatch] = []
    for w in whens:
        if text[w.end : w.end + 2] in ("'s", "’s"):
            continue  # "to confirm tomorrow's delivery window": the day names a thing of it
        who = owner(text, folded, w.start) if english else "unclear"
        later_today = w.due.date() == today and w.has_time and w.due > now
        # "dinner with Claire tonight at 8", "lunch with Bob at noon": the activity itself,
        # still to come today (a report of one that took place says so: "met", "had")
        planned = who == "head" and later_today and english and not _PAST_HEAD.match(folded)
        # "call her back at 4": the rep's own next step at an hour still to come today
        planned = planned or (who == "mine" and later_today and english)
        if not (w.has_date or planned) or not (
            w.due.date() > today or (who == "mine" and later_today) or planned
        ):
            continue  # "sending pricing eod": a time later today is the rep's next step too
        said_as_context = any(a <= w.start < b for a, b in blocked)
        if who == "mine" and note and not re.match(r"(?:i|we)\b", _clause_body(folded, w.start)):
            who = "theirs"
        if who == "theirs":
            continue
        if who == "mine":
            out.append(w)  # "I'll send it by Wednesday": the rep's own deadline counts
            continue
        if said_as_context:
            continue  # "she wants a proposal by the 10th": their deadline, a fact
        if who == "requested":
            if _THEIR_EVENT_BEFORE.search(folded, _clause_start(folded, w.start), w.start):
                continue  # "needs the quote before their budget meeting on the 12th": theirs
            out.append(w)  # "wants a demo next week": a step the rep takes
            continue
        if first_end is None or w.start < first_end:
            out.append(w)
    return out


def _clause_body(folded: str, pos: int) -> str:
    start = _clause_start(folded, pos)
    clause = folded[start:pos].lstrip(" ,;:.-–—(")
    lead = _LEAD.match(clause)
    return clause[lead.end() :] if lead else clause


def _first_sentence_end(folded: str) -> int | None:
    abbrev = re.compile(
        r"(?:^|[\s(])(?:[^\W\d_]{1,3}\.)+$|(?:^|\s)(?:dr|mr|mrs|ms|inc|corp|ltd|co|st)\.$"
    )
    for m in _SENTENCE_END.finditer(folded):
        if not abbrev.search(folded[: m.end()].rstrip()):
            return m.start()
    return None


# A follow-up said with no time a rule reads: "follow up after the tender", "cb once they're
# back", "f/u soon". The log has no ``due``: the words are shown back and the bot asks when.
_VAGUE_AFTER_MARK = re.compile(
    r"\s*(?:with\s+(?:him|her|them|[^\W\d_]+)\s+)?(?:on\s+)?"
    r"(?P<v>(?:in|early|mid|late|end\s+of)\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|"
    r"dec|q[1-4]|the\s+new\s+year|spring|summer|autumn|fall|winter)|"
    r"next\s+(?:quarter|year)|(?:in\s+)?\d+\s*(?:w|wk|wks|d|mo|mos)|"
    # "follow up after that", "afterwards": after what, the rep knows, the bot does not
    r"after\s+(?:that|this|it|then)(?=\s*$|\s*[,.;!?])|afterwards|then(?=\s*$|\s*[,.;!?])|"
    # "follow up in 2-3 weeks", "in 2 or 3 days": no one day
    r"(?:in\s+)?\d+\s*(?:-|–|or|to)\s*\d+\s*(?:weeks?|wks?|days?|months?|hours?)|"
    r"\d+\s*(?:weeks?|days?|months?)|(?:after|before|once|when|whenever)\s+"
    r"(?:the|our|my|their|his|her|its|this|that|they|they're|she|she's|he|he's|we|it|it's|i)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|"
    # "follow up after New Year", "cb after christmas": a season, no one day
    r"(?:after|before|over|around)\s+(?:new\s+year(?:'s)?|christmas|xmas|easter|the\s+break|"
    r"the\s+summer|the\s+winter|ramadan|eid|diwali|thanksgiving|chinese\s+new\s+year)|later|soon|"
    r"asap|sometime(?:\s+[^\W\d_]+)?|some\s+time|at\s+some\s+point|in\s+a\s+(?:bit|while|few\s+"
    r"[^\W\d_]+))(?![^\W\d_])"
)


def vague_follow_up(text: str, marks: list[re.Match[str]]) -> str | None:
    """The words of a follow-up that has no readable time ("after the tender"), or None."""
    for m in marks:
        v = _VAGUE_AFTER_MARK.match(text.lower(), m.end())
        if v is not None:
            return text[v.start("v") : v.end("v")]
    return None
