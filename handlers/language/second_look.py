"""A second look at the contact and account of an English log or reminder, for the ways of naming
them one run of words after a verb misses (a company's possessive, an acronym read as a person,
a team word, a person named later in the note, a company in apposition).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from handlers.language.dates import find_whens, fold, local_now, read_whens
from handlers.language.entities import _base_entities
from handlers.language.firms import (
    _apposed_firm,
    _apposed_trade_firm,
    _firm_she_works_at,
    _group_firm,
    _head_firm,
    _log_one_word_firm,
    _lone_firm_read_as_person,
    _lower_firm_after,
    _lower_first_name_after,
    _lower_one_word_firm,
    _lower_trade_firm,
    _person_before_firm,
    _sentence_subject_firm,
    _subject_firm,
    _the_firm_thing,
    _they_firm,
    _trade_firm,
)
from handlers.language.log_text import _LOG_VERBS, _parse_log
from handlers.language.message import _COMPANY_SUFFIX, _Msg, _stage_of, _suffix_key
from handlers.language.name_cues import (
    _CALENDAR_WORD,
    _account_after,
    _everyday,
    _firm_like,
    _is_person,
    _not_a_name,
)
from handlers.language.patterns import _alt, _rx, _words
from handlers.language.people import (
    _colleague,
    _contact_past_colleague,
    _person_after_owner,
    _person_later,
    _second_person_alike,
)
from handlers.language.result import ASK_BELOW, RULE_CONFIDENCE, ParseResult

_LOG = _rx(
    # a dictated report may start with a filler: "so i spoke to leila at aramex and …"
    r"^(?:(?:so|ok\s+so|okay\s+so|well|alright|right\s+so|um|so\s+yeah)\s+)?"
    # "good call with", "productive meeting with": a judged activity has happened
    # "log a call with …", "record a visit to …": the rep asks for the log in so many words
    r"(?:(?:please\s+|pls\s+)?(?:log|record)\s+(?:a|an|my|the|this)?\s*)?"
    r"(?:(?:great|good|productive|nice|solid|positive|tough|difficult|useful|excellent|decent|"
    r"awkward|frustrating|fruitful|helpful|constructive)\s+)?"
    r"(?:(?:i|we)\s+(?:just\s+)?|just\s+|today\s+|yesterday\s+|this morning\s+|"
    r"earlier\s+|ayer\s+|hoy\s+|heute\s+|gestern\s+|hier\s+|i dag\s+|i går\s+|"
    r"j'ai\s+|nous\s+avons\s+|on\s+a\s+|aujourd'hui\s+j'ai\s+|hier\s+j'ai\s+)?"
    r"(?P<verb>" + _alt(_LOG_VERBS) + r")(?!\w)(?<=\S)[\s:,\-]*"
)


# ---- names, second look (English logs and reminders) -----------------------------------------

_POSSESSIVE = re.compile(r"^(?P<owner>[^\W\d_].*?)['’]s(?=\s|$)")
# a role or a group of a company's people before "of/at/from <company>": "the founders of
# Paystack", "their COO at Zeta", "the guys from Zeta Holdings", "the cfo of glencore"
_ROLE_OF = _rx(
    r"(?<!\w)(?:the|their|its|our|a|an|some|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?(?:team|folks|"
    r"guys|people|crew|"
    r"founders?|ceo|cfo|cto|coo|cio|cmo|vp|head|lead|buyer|owner|director|manager|staff|"
    r"engineers|board|boss|procurement|it|ops)(?:\s+of\s+[\w&]+)?\s+(?:of|at|from)\s+(?=\S)"
)


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
# a capitalised run between "the" and a business noun: "the Henkel renewal", "the Acme quote"
_THE_NAMED_THING = re.compile(
    r"(?<!\w)the\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})(?=(?:['’]s)?\s+(?i:quote|"
    r"renewal|contract|deal|order|invoice|proposal|po|pilot|rollout|tender|project|licen[cs]es?|"
    r"pricing|demo|rfp|sow|nda|msa|opportunity|opp)(?!\w))"
)
_THE_ACCOUNT = re.compile(
    r"(?<!\w)the\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+account(?!\w)"
)
# "after the Harlow Stores meeting", "the Hoang Minh Electronics meeting went well", "the
# Tesco Ireland review happened": the company whose meeting it was (not "the Q3 review", "the
# Monday call", "the Board meeting": _the_event_firm)
_THE_EVENT = re.compile(
    r"(?<!\w)the\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?i:meeting|review|demo|"
    r"call|visit|workshop|kick-?off|presentation|pitch|lunch|dinner|site\s+visit)(?!\w)"
)
_NO_EVENT_OWNER = frozenset(
    _words(
        "board|sales|team|weekly|monthly|quarterly|annual|daily|big|first|second|final|last|"
        "next|this|that|internal|all|hands|town|hall|strategy|budget|planning|review|project|"
        "kickoff|zoom|teams|google|webex"
    )
)


def _the_event_firm(cleaned: str, contact: str | None) -> str | None:
    """The company named before its meeting ("the Harlow Stores meeting"), or None; never the
    contact ("after the Maria Lopez call") nor one first name ("the Tom meeting")."""
    for m in _THE_EVENT.finditer(cleaned):
        name = m.group("n")
        words = fold(name).split()
        if any(ch.isdigit() for ch in name) or any(w in _NO_EVENT_OWNER for w in words):
            continue
        if set(words) & _WEEKDAYS or _not_a_name(name) or (len(words) == 1 and _is_person(name)):
            continue
        if contact and (fold(contact) in fold(name) or fold(name) in fold(contact)):
            continue
        return name
    return None


_WEEKDAYS = frozenset(
    _words(
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|"
        "fri|sat|sun|today|tomorrow|yesterday|morning|afternoon|evening"
    )
)
# "met Rahul at the Infosys booth", "lunch with the Globex folks" (not "the Tokyo office": a
# place, as for reminders)
_THE_PLACE = re.compile(
    r"(?<!\w)the\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?i:booth|stand|stall|"
    # "at the Saturn Retail HQ", "the Tamarind Restaurants founders", "the Horn Automotive
    # sales team"
    r"(?:(?:sales|ops|it|buying|finance|leadership|management|project)\s+)?(?:team|folks|guys|"
    r"people|crew|hq|headquarters|founders|owners|board))(?!\w)"
)
_RANG_FROM = _rx(r"\s+(?:rang|called|phoned|rung|emailed|wrote|texted)\s+(?:back\s+)?from\s+")
_ABOUT = _rx(r"(?<!\w)(?:about|abt|re|regarding)\s+(?:the\s+)?(?=[^\W\d_])")
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
        for tm in _THE_NAMED_THING.finditer(msg.text):
            name = tm.group("n")
            if name == contact or _is_person(name) or _not_a_name(name) or _stage_of(name):
                continue
            if msg.blocked_at(tm.start("n")) or _CALENDAR_WORD.match(fold(name)):
                continue
            account = name  # "review the Henkel renewal with Julia": Henkel's renewal
            break
    if result.intent == "remind" and contact and account is None and not lowered:
        account = _apposed_firm(msg, contact)  # "call Ana Ruiz, Acme, tomorrow 3pm"
    if result.intent == "remind" and contact is None and account:
        contact = _person_before_firm(msg, account)  # "check in with Abebe at ethio telecom"
    if result.intent == "remind":
        if account is None and contact and _trade_firm(contact):
            contact, account = None, contact  # "follow up with blue ridge dental"
        if account is None and contact:
            account = _lower_firm_after(msg, contact)  # "ask Sofia over at natura"
        if account is None:
            account = _group_firm(msg) or _lower_trade_firm(msg) or _the_firm_thing(msg)
        if account is None and contact is None:
            account = _lower_one_word_firm(msg)  # "cb zeiss tmrw 11am", "call initech at 3"
        if account is None and contact is None:
            contact = _lower_first_name_after(msg)  # "in 2h: call back raj"
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
    if contact and account is None and result.intent == "log_activity":
        firm = _lone_firm_read_as_person(msg, contact)
        if firm is not None:  # "called cyberdyne about the overdue invoice"
            contact, account = None, firm
    if contact and account is None:
        account = _lower_firm_after(msg, contact)  # "Kenji from rakuten called back"
    if contact and account is None:
        account = _firm_she_works_at(msg)  # "spoke to fatima, she's at oasis dates now"
    if account is None:
        account = _group_firm(msg)  # "call with the northwind folks"
    if account is None and contact is None:
        account = _lower_trade_firm(msg)  # "emailed the quote to wayne enterprises"
    if account is None and contact is None and result.intent == "log_activity":
        account = _log_one_word_firm(msg)  # "demo for zalando went well", "mtg w/ schibsted"
    if account is None and result.intent == "log_activity":
        account = _head_firm(msg)  # "shoprite: spoke to Lerato Molefe"
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
        elif result.intent == "log_activity":
            account = _the_event_firm(cleaned, contact)  # "after the Harlow Stores meeting"
    if account is None:
        role = _ROLE_OF.search(msg.folded)
        r = msg.run(role.end(), lower_ok=lowered, max_words=5, suffix_ok=True) if role else None
        if r and not _is_person(r[0]) and not _not_a_name(r[0]):
            account = r[0]
    if account is None and contact and not lowered:
        account = _apposed_firm(msg, contact)  # "called Javier Morales, Repsol, about …"
    if contact and account is None:
        # "Diego Herrera rang from Andes Coffee", "Anouk de Vries called from Delft Ceramics"
        rang = _RANG_FROM.match(msg.folded, cleaned.find(contact) + len(contact))
        r = msg.run(rang.end(), lower_ok=lowered, max_words=4, suffix_ok=True) if rang else None
        if r and not _is_person(r[0]) and not _not_a_name(r[0]):
            account = r[0]
    if account is None and not lowered:
        # "Emailed Bianca Rossi the checklist. Vela Cosmetics start on the 1st": the company
        # as the subject of a later sentence
        account = _sentence_subject_firm(msg, contact)
    confidence = result.confidence
    if contact and not lowered and _colleague(msg, contact):
        # "Our engineer Tom went with me to see Hans Larsen": the rep's own colleague is never
        # the contact; the person dealt with after them is
        contact = _contact_past_colleague(msg, contact)
    elif contact and not lowered and _second_person_alike(msg, contact):
        # "Had a call with Amy Ross and Kate Bell at Thistle Finance": two people alike, no
        # one contact; shown back and asked, never the first one guessed
        contact, confidence = None, min(confidence, ASK_BELOW / 2)
    if (contact, account, confidence) == (result.contact, result.account, result.confidence):
        return result
    return replace(result, contact=contact, account=account, confidence=confidence)
