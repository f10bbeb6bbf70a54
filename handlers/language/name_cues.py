"""Small tests the name rules share: does a span look like a person or a company, is a word never a
name, is a lower-case span a firm, and the account after "at"/"from".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from handlers.language.dates import fold
from handlers.language.message import (
    _COMPANY_SUFFIX,
    _LOWER_SUFFIX,
    _first_names,
    _Msg,
    _suffix_key,
)
from handlers.language.patterns import _rx, _words

_ACCOUNT_MARK = _rx(r"(?<![\w@])(?:at|@|w/)\s*(?=\S)")
_ACCOUNT_LINK = _rx(
    r"^\s*(?:,\s*)?(?:over\s+at|at|from|@|w/|of|de|en|von|bei|chez|fra|hos|από|στην|στη|στον|"
    # Greek "of": "η Κατερίνα Βλάχου της Lamda", "στα γραφεία της Motor Oil" (at its offices)
    r"στο|στα\s+γραφεία\s+της|στα\s+γραφεία\s+του|της|του)\s*(?=\S)"
)
_PAREN = _rx(r"\(\s*(?P<inner>[^()]{1,60}?)\s*\)")
# who came along with the person, before the company: "kemi & her cfo @ zenith bank", "pekka
# + 2 engs @ nokia", "ana and her boss at acme"
_ALONG = _rx(
    r"\s*(?:\+|&|and)\s+(?:(?:her|his|their|the|a|an|two|three|\d+)\s+)?(?:[\w-]+\s+)?"
    r"(?:mgr|manager|boss|ceo|cto|cfo|coo|cio|cmo|vp|head|director|buyer|team|engs?|engineers?|"
    r"colleagues?|assistant|lead|it|ops)(?=\s*(?:,\s*)?(?:at|from|@|of)(?!\w))"
)
# a role in brackets after a person is no company: "jürgen (mgr) @ bosch", "Ana (CFO) at Acme"
_PAREN_ROLE = _rx(
    r"\(\s*(?:(?:the|their|our|his|her)\s+)?(?:[\w-]+\s+)?(?:ceo|cto|cfo|coo|cmo|cio|vp|svp|md|gm|"
    r"mgr|manager|head|director|founder|co-?founder|owner|buyer|boss|lead|engineer|"
    r"procurement|purchasing|finance|legal|hr|it|ops|sales|marketing)\s*\)"
)


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
    along = _ALONG.match(rest)
    if along:  # "yuki tanaka + her mgr @ rakuten": the company after who came along
        return _account_after(msg, pos + along.end())
    role = re.match(r"\s*" + _PAREN_ROLE.pattern, rest, re.IGNORECASE)
    if role:  # "jürgen (mgr) @ bosch": the company after the role
        return _account_after(msg, pos + role.end())
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
        "okr|okrs|arr|mrr|tco|sku|erp|faq|csv|xls|ppt|ui|ux|qa|uat|otp|ssl|tls|vpn|dns|"
        "legal|finance|procurement|purchasing|accounting|accounts|billing|payroll|compliance|"
        "security|it|ops|operations|marketing|sales|support|engineering|management|board|"
        "infosec|treasury|audit|tax|reception|facilities|helpdesk|mailroom|"
        # chat shorthand for a role or a group: "spoke w/ mgr @ acme", "mtg w/ ppl from hooli"
        "mgr|mgrs|ppl|mgmt|engs|dept|execs|"
        "i'd|i'll|i'm|i've|i’d|i’ll|i’m|i’ve"
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
    r"to|cb|f/u|follow\s+up\s+with|check\s+in\s+with|ask|tell|thank|show|remind|chase|nudge|"
    r"txt|dm|invoice)\s+"
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
        # the same trades in the other languages' company names: "Bergmann Logistik",
        # "Transportes Ruiz", "Allianz Versicherung", "Groupe Dumas"
        "logistik",
        "logistique",
        "logística",
        "logistica",
        "spedition",
        "transportes",
        "gruppe",
        "groupe",
        "grupo",
        "versicherung",
        "seguros",
        "assurances",
        "werke",
        "maschinenbau",
        "immobilien",
    ]
)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_CALENDAR_WORD = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)


def _firm_like(name: str) -> bool:
    """A name that reads as a company, not a person: a legal suffix ("Sasol Ltd"), a trade
    word ("Bank of Ireland", "Emirates Airlines") or an acronym ("IBM", "HSBC")."""
    words = [fold(w).strip(".,") for w in name.split()]
    return (
        _is_company(name)
        or any(w in _LOWER_FIRM_END for w in words)
        or (len(words) == 1 and bool(_ACRONYM.fullmatch(name)) and not _is_person(name))
    )


@cache
def _everyday() -> frozenset[str]:
    """Everyday words of the training text, never a name (``trained/everyday.txt``, written
    by ``python -m handlers.language.train``; handlers.language.known reads it too)."""
    path = Path(__file__).resolve().parent / "trained" / "everyday.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text("utf-8").split() if not w.startswith("#"))
