"""Deals in words: a new deal's title, account, amount and close ("log a 60k opportunity with
Initech closing end of q2"), and a stage move with the reason said after it ("lost Globex to a
competitor, price").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from handlers.language.amounts import split_amount
from handlers.language.dates import WhenMatch, fold, month_number
from handlers.language.entities import _Ents
from handlers.language.message import _STAGE_WORDS, _STOP, _Msg, _stage_of
from handlers.language.patterns import _alt, _rx, _words
from handlers.language.result import ParseResult
from handlers.language.when_checks import _CLOSE, _MONTH_WORD, _month_end
from handlers.pending import is_vague
from storage.money import MoneyError, read_amount

_STAGE_RX = _alt(_STAGE_WORDS)
_MOVE_VERBS = _alt(
    "move|moved|moving|set|put|advance|advanced|advancing|push|update|change|mark|marked|marking|"
    "bump|shift|shifting|mover|mv|"
    "mueve|pasar|pasa|verschiebe|setze|passer|passe|déplacer|flytt|sett|μετακίνησε"
)
_ARROW = r"(?:to|into|in|as|->|→|=>|:|a|nach|auf|en|à|til|σε)"
# the end of a short command: chat adds an emoji or an emoticon ("acme opp -> won 🎉", ":(")
_END = r"(?:[\s.!]|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]|:-?[()dp])*$"
_MOVE_1 = _rx(
    rf"^(?:please\s+)?{_MOVE_VERBS}\s+(?:the\s+)?(?:deal\s+)?(?P<deal>.+?)\s+(?:(?:deal|opp|opportunity)\s+)?"
    rf"(?:stage\s+)?{_ARROW}\s+(?:the\s+)?(?:stage\s+)?(?P<stage>{_STAGE_RX})(?:\s+stage)?"
    rf"{_END}"
)
_MOVE_2 = _rx(
    r"^(?:we\s+)?(?:have\s+|just\s+)*(?P<stage>won|lost|closed won|closed lost|closed|"
    r"ganamos|perdimos|gagné|perdu|vant|tapte)\s+(?:the\s+|el\s+|le\s+|la\s+)?(?P<deal>.+?)"
    rf"(?:\s+(?:deal|opportunity|opp))?(?:\s+(?:today|yesterday|hoy|ayer))?{_END}"
)
# "the" before the stage only after a link ("… is in the proposal stage"): "pepper potts
# loved the demo", "maria signed the contract" name a thing done, not a stage
_MOVE_3 = _rx(
    r"^(?:the\s+)?(?P<deal>[^,;]+?)(?<!\sthe)(?<!\sa)(?:\s+(?:deal|opportunity|opp))?\s*"
    r"(?:(?:is|was|has been|got|went|moved|now|just)\s+)*"
    # a word link only after a space: "Ambrose Pharma lost" is no "Ambrose Pharm" + "a lost"
    rf"(?:(?:moved\s+)?(?:(?<=\s)(?:to|into|in|a|nach|auf|en|à|til)(?!\w)|->|→|=>|:|-)\s*"
    rf"(?:the\s+)?)?(?P<stage>{_STAGE_RX})(?:\s+stage)?(?:\s+now)?{_END}"
)
# Why a deal was lost, after the deal: "... because of price", "... lost: went with X".
_REASON = _rx(
    r"(?:\s*[,;:]\s*|\s+-\s+|\s+)(?:because(?:\s+of)?|due\s+to|reason\s*[:=]?|porque|"
    r"weil|wegen|parce\s+que|à\s+cause\s+de|fordi|επειδή)\s+(?P<reason>\S.*)$"
)
_LOST_THEN_REASON = _rx(
    r"(?<!\w)(?P<lost>closed lost|lost|perdido|perdida|verloren|perdu|perdue|tapt|χάθηκε)"
    # "Ambrose Pharma lost on price, they went with Veeva": "on price" is the reason
    r"(?:\s*(?:[,;:]|\s-)\s*|\s+(?=on\s+(?:price|cost|budget|timing|features?|terms)(?!\w)))"
    r"(?P<reason>\S.*)$"
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
    r"^(?:please\s+)?(?:move|moved|moving|advance|advanced|advancing|push|pushed|shift|shifted|"
    r"mark|marked|marking|bump|bumped|update|change)\s+(?!(?:up|for|together|it|this|that)(?!\w))\S.*?\s"
    rf"(?:to|into|->|→|=>|as)\s+(?:the\s+)?(?:stage\s+)?(?P<stage>{_STAGE_RX})(?:\s+stage)?"
    r"(?:\s+now)?\s*(?:[,;:]|\s[-–—]\s)\s*(?P<reason>\S.*)$"
)
# "Interswitch payments moved to contract, redlines came back clean": a note after the move;
# "Tarrant Labs pilot qualified, they have budget": the stage said as the name's verb
_DEAL_THEN_STAGE_THEN_MORE = _rx(
    r"^[^,;:]{2,60}?\s(?:(?:moved|went|is\s+now|has\s+moved|got\s+moved|now)\s+"
    r"(?:back\s+|forward\s+)?(?:to|into|in)\s+"
    r"|(?=qualified\s*(?:[,;:]|\s[-–—]\s)))"
    rf"(?:the\s+)?(?P<stage>{_STAGE_RX})(?:\s+stage)?\s*(?:[,;:]|\s[-–—]\s)\s*(?P<reason>\S.*)$"
)
# A record being created, not a deal's name: "add|save X as a lead" names a new contact.
_CREATE_VERBS = frozenset(_words("add|save|create|enter|register|store|record|new"))
_LOST_TO = _rx(r"^(?P<deal>.+?)\s+to\s+(?P<who>\S.*)$")  # "lost Acme renewal to Globex"
_DEAL_TAIL = _rx(
    r"(?:\s+(?:deal|opportunity|opp))+$|^(?:the|deal|el|la|le|der|die|das|mark|flag)\s+|"
    r"\s+(?:back|out|forward|in|straight|all\s+the\s+way|now|today)$|"  # "move X back to qualified"
    r"\s+(?:will|would|should|might|may|could|is|was|has|slipped|slipping|won['’]?t|isn['’]?t|"
    r"is\s+not|will\s+not|can['’]?t|didn['’]?t|doesn['’]?t|went\s+(?:up|down)|goes\s+(?:up|down)|"
    r"going\s+(?:up|down))$|"  # "X will close", "X won't close until …", "X went up to 19k"
    # the words of the change said after the name: "Beckett Legal's close", "Oakhurst Telecom
    # value is …", "Bexley Water renewal stage: negotiation", "hollis legal slip to feb",
    # "Ambrose Pharma next step = …", "X down to 32k", "X signed on Monday", "dunder mifflin
    # paper is at proposal"
    r"['’]s$|\s+(?:value|amount|amt|stage|moved|went|slip|slips|next|to|is\s+at|is\s+in|down|"
    r"up|signed|won|lost|sube|baja|est\s+\w+)$"
)
# Words before the name that are no part of it: "set stage of Penrose Capital to qualified",
# and small talk ended by a sentence break ("Ugh, Mondays. Anyway: Vandelay import is lost").
_DEAL_HEAD_WORDS = _rx(
    r"(?i)^(?:(?:set|change|update)\s+)?(?:the\s+)?stage\s+(?:of|for|on)\s+(?:the\s+)?|"
    r"^(?:anyway|ok(?:ay)?\s+so|so|update|fyi|btw)\s*[:,-]?\s+"
)
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{4})[.!?]+\s+(?=\S)")
_DEAL_BAD_LAST = set(
    _words("a|an|the|wants|want|needs|sent|for|of|is|asked|send|prepare|new|our|their|my|her|his")
)
_NAMED_DEAL = _rx(r"(?:called|named)\s+")
_LEAD_MARK = re.compile(r"\s*(?:-?>|→|=>|:|[-–—](?!\d))\s*")
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
_QUARTER = re.compile(r"q(?P<q>[1-4])(?:\s+(?P<year>\d{4}))?(?!\w)")


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
    lead = _LEAD_MARK.match(msg.folded, pos)  # "add deal -> Oscorp licences | 60k | June"
    pos = lead.end() if lead else pos
    named = _NAMED_DEAL.match(msg.folded, pos)  # "create a deal called Vandelay import"
    pos = named.end() if named else pos
    rest = msg.folded[pos:]
    f = _DEAL_FOR.match(rest)
    listed = False  # "with Acme, 15k": the amount after a comma is a list, no title
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
            listed = msg.text[pos:].lstrip().startswith((",", ";"))
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
    elif (
        account
        and not listed
        and not (f and f.group(0).startswith("for"))
        and not _WORTH.match(msg.folded, pos)
        and not _WORTH_OTHER.match(msg.folded, pos)
    ):
        # "new deal with Acme 15k": the deal is called after the account; "a deal for Kone
        # worth 80k", "open a deal for Vireo Labs, 75k", "Nouvelle affaire avec Michelin,
        # 2,5 M€" name only the account (the bot titles the deal itself)
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
    breaks = list(_SENTENCE_BREAK.finditer(deal))
    if breaks:  # the name is in the last sentence: "Mondays. Anyway: Vandelay import"
        deal = deal[breaks[-1].end() :]
    deal = _DEAL_HEAD_WORDS.sub("", deal).strip(" \"'“”‘’.,:;-")
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


_STAGE_BEFORE_PAREN = _rx(r"(?<!\w)(?:won|lost|closed\s+won|closed\s+lost)$")
_PAREN_REASON = re.compile(r"\s*\((?P<reason>[^()]{1,80})\)[\s.!]*$")


def _split_reason(msg: _Msg) -> tuple[int, str | None]:
    """Where the move ends and the lost reason (if any) begins."""
    m = _PAREN_REASON.search(msg.folded)
    if m and _STAGE_BEFORE_PAREN.search(msg.folded, 0, m.start()):
        return m.start(), msg.text[m.start("reason") : m.end("reason")].strip()  # "X lost (price)"
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
    m = _STAGE_THEN_MORE.match(msg.folded) or _DEAL_THEN_STAGE_THEN_MORE.match(msg.folded)
    if m:  # "move X to demo, they asked for one next week": a note after the move
        return m.end("stage"), msg.text[m.start("reason") :].strip(" .!")
    return len(msg.folded), None


def _parse_move(msg: _Msg, ents: _Ents) -> ParseResult | None:
    cut, reason = _split_reason(msg)
    if reason is not None and not any(c.isalnum() for c in reason):
        reason = None  # "globex pilot lost :(": an emoticon, no reason
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
        if fold(raw_deal).split()[:1] in ([w] for w in _CREATE_VERBS):
            continue  # "save Chen Yu from Tencent as a lead": a new contact, not a deal "save …"
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


# "set the amount of Acme renewal to 20 000", "Acme renewal amount is 20000", "bump Acme
# renewal to 20,000": a plain number that the words say is the deal's amount. The amount
# reader leaves a bare number alone (it may be a phone, a year, a count), so these were
# asked about with nothing to change ("Shall I change a deal?"), and Yes did nothing.
_NUM = r"[$€£]?\s?\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d{1,2})?|[$€£]?\s?\d{3,}(?:[.,]\d{1,2})?"
_CUR = r"(?:\s?(?:[a-z]{3}|euros?|dollars?|pounds?|kr|nok|sek|dkk))?"
_AMOUNT_SAID = _rx(
    r"(?:\b(?:amount|value|deal\s+size|price|worth)\b.*?\s(?:to|is|=|:|at|of|now)|"
    r"^(?:please\s+)?(?:bump|increase|raise|lower|reduce|drop|cut|up|change|update|set)\s.+?"
    r"\s(?:to|up\s+to|down\s+to))"
    rf"\s*:?\s+(?P<num>{_NUM}){_CUR}(?:\s+now)?[\s.!]*$"
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def said_amount(folded: str, text: str) -> tuple[Decimal, str | None] | None:
    """The deal amount a plain number is said to be (see ``_AMOUNT_SAID``), or None. A
    year-like number after a verb alone ("bump X to 2027") is not taken for one."""
    m = _AMOUNT_SAID.search(folded)
    if m is None:
        return None
    raw = text[m.start("num") : len(text.rstrip(" .!"))]
    raw = re.sub(r"(?i)\s+now$", "", raw)
    keyword = re.search(r"\b(?:amount|value|deal\s+size|price|worth)\b", folded[: m.start("num")])
    if keyword is None and _YEARLIKE.fullmatch(m["num"].strip()):
        return None
    try:
        value, currency = read_amount(raw)
    except MoneyError:
        return None
    return value, currency
