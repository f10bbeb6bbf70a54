"""Which spans of a message are companies the rules can tell without a capital letter: firms named
by their trade ("the dental clinic on main st"), by apposition ("Jon, CTO of a logistics firm"),
by a group word, or as the subject of a log.
"""

from __future__ import annotations

import re

from handlers.language.dates import fold
from handlers.language.message import _TITLES, _first_names, _Msg
from handlers.language.name_cues import (
    _CALENDAR_WORD,
    _LOWER_FIRM_END,
    _LOWER_NAME_AFTER,
    _NOT_A_NAME,
    _everyday,
    _firm_like,
    _is_person,
    _not_a_name,
)
from handlers.language.patterns import _rx, _words


def _apposed_firm(msg: _Msg, contact: str) -> str | None:
    """A company in apposition after the person: "Javier Morales, Repsol, about the tender",
    "lunch w/ Gustavo Lima, Embraer, tmrw 1pm" (the run ends at a comma, a date or the end)."""
    at = msg.text.find(contact)
    ap = re.match(r"\s*,\s*", msg.text[at + len(contact) :]) if at >= 0 else None
    if ap is None:
        return None
    r = msg.run(at + len(contact) + ap.end(), lower_ok=False, max_words=4)
    if (
        r
        and not _is_person(r[0])
        and not _not_a_name(r[0])
        and not _CALENDAR_WORD.fullmatch(fold(r[0]))
        and fold(r[0]).split()[0] not in _everyday()  # "Happy Birthday,", "New Year,"
        and (
            msg.text[r[2] :].lstrip()[:1] == ","  # closed by a comma: "text Sarah, Happy
            # Birthday tomorrow" is a greeting, not a company
            or (
                _HEADING_APPOSED.search(msg.text, 0, at) is not None
                and len(r[0].split()) >= 2
                and msg.text[r[2] :].lstrip()[:1] in (".", "")
            )
        )
    ):
        return r[0]
    return None


# A note's heading line, the person and the company after it: "Meeting w/ Ana Petrovic, Danube
# Grain" (its line ends in a full stop once read), "Lunch - Ewan Ross, Loch Ness Distillers".
_HEADING_APPOSED = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}(?:w/|with|-|–|:)\s*$", re.IGNORECASE)


# the last word of a firm's name that says its trade: "mountain view logistics", "blue ridge
# dental", "Lopez Roofing", "red oak capital" (a name of two words or more ends with it; the
# word alone is a word)
_TRADE_END = _LOWER_FIRM_END | frozenset(
    _words(
        "traders|holding|logistics|freight|cargo|shipping|transport|trucking|couriers|dental|"
        "clinic|clinics|"
        "hospital|pharma|pharmaceuticals|healthcare|roofing|plumbing|electrical|construction|"
        "builders|landscaping|architects|capital|ventures|investments|partners|associates|"
        "properties|realty|estates|organics|foods|produce|bakery|bakeries|brewery|dairy|farms|"
        "marine|services|solutions|systems|technologies|labs|software|analytics|robotics|"
        "networks|telecom|communications|wireless|energy|power|utilities|mining|cement|steel|"
        "chemicals|plastics|packaging|textiles|apparel|manufacturing|distribution|distributors|"
        "wholesale|supplies|supply|trading|traders|retail|hotels|restaurants|media|publishing|printing|"
        "insurance|consulting|consultancy|accountants|automotive|aviation|group|academy|"
        "studios|outfitters|interiors|biotech|aero|aerospace|biosciences|diagnostics"
    )
)
# a company's people said as a group before or after its name: "the northwind folks", "call
# the hooli team", "the fonterra buyers" (typed in lower case: _THE_PLACE has the capitals)
_THE_GROUP = re.compile(
    r"(?i)(?<!\w)the\s+(?P<n>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,2}?)\s+"
    r"(?:team|folks|guys|people|crew|buyers|procurement\s+team|it\s+team)(?!\w)"
)
# "visited the novartis site in basel", typed in lower case: the firm whose site it was (with
# capitals, the place's own name may go on: "the Eastgate site … Eastgate Retail Park")
_THE_SITE = re.compile(
    r"(?<!\w)the\s+(?P<n>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,2}?)\s+"
    r"(?:site|plant|factory|warehouse|depot|campus|booth)(?!\w)"
)
# where the person works, said of her: "she's at oasis dates now", "she runs procurement at
# dangote", "he works for Kaspi"
_WORKS_AT = _rx(
    r"(?<!\w)(?:she|he)(?:(?:'s|’s|\s+is)\s+(?:now\s+)?(?:at|with)|\s+works\s+(?:at|for)|"
    r"\s+(?:runs|heads|leads|manages)\s+(?:[^\W\d_]+\s+){1,2}?(?:at|for))\s+(?=[^\W\d_])"
)


def _firm_she_works_at(msg: _Msg) -> str | None:
    """The company a log says its person works at, in a later clause of its own."""
    for m in _WORKS_AT.finditer(msg.folded):
        r = msg.run(m.end(), lower_ok=True, max_words=3)
        if r is None or msg.blocked_at(m.end()) or _is_person(r[0]):
            continue
        if r[0][:1].isupper() or _named_firm(r[0]) or _trade_firm(r[0]):
            return r[0]
    return None


# the group or the place first, the company after: "follow up with the team at sabic",
# "visited the warehouse at dhl", "the folks over at kaspi"
_GROUP_AT = _rx(
    r"(?<!\w)the\s+(?:[^\W\d_][\w-]*\s+)?(?:team|folks|guys|people|crew|buyers|staff|office|"
    r"warehouse|plant|factory|store|depot|site|branch)\s+(?:(?:over\s+)?at|from|of)\s+(?=[^\W\d_])"
    r"|(?<!\w)the\s+(?:[^\W\d_][\w-]*\s+)?(?:team|folks|guys|people|crew|buyers|staff)\s+@\s*"
)
# the company's own pronouns after a one-word name: "met w/ globex today, they want a pilot"
_THEY = _rx(r"(?<!\w)(?:they|they're|theyre|they’re|their|them|they'll|they’ll)(?!\w)")
_HE_SHE = _rx(r"(?<!\w)(?:he|she|his|her|him|he's|she's|he’s|she’s)(?!\w)")
# "from" / "of" / "over at" after a person: a lower-case firm is named by the link itself
_FIRM_LINK = _rx(r"\s*(?:,\s*)?(?:over\s+at|from|of)\s+(?=\S)")


def _trade_firm(name: str | None) -> bool:
    """A name of two words or more whose last word says a trade ("blue ridge dental")."""
    words = [fold(w).strip(".,") for w in (name or "").split()]
    return (
        len(words) >= 2
        and words[-1] in _TRADE_END
        and not any(w in _NOT_A_NAME for w in words)
        and words[0] not in _everyday()
    )


def _named_firm(name: str) -> bool:
    """A run typed in lower case that may name a company: no word of it an everyday word,
    a team, a month or a weekday ("from accounting", "the sales team", "the march folks")."""
    words = fold(name).split()
    return bool(words) and not any(
        w in _everyday() or w in _NOT_A_NAME or _CALENDAR_WORD.fullmatch(w) for w in words
    )


def _group_firm(msg: _Msg) -> str | None:
    """The company of "the X team/folks/guys/people" ("call with the northwind folks")."""
    lowered = msg.text == msg.text.lower()
    found = [*_THE_GROUP.finditer(msg.text), *(_THE_SITE.finditer(msg.text) if lowered else ())]
    for m in found:
        name = re.sub(r"['’]s$", "", m.group("n"))
        if msg.blocked_at(m.start("n")) or not _named_firm(name):
            continue
        if len(name.split()) == 1 and _is_person(name):
            continue  # "the dana team": a person's team
        return name
    for m in _GROUP_AT.finditer(msg.folded):
        r = msg.run(m.end(), lower_ok=True, max_words=3)
        if r is None or msg.blocked_at(m.end()) or _is_person(r[0]) or not _named_firm(r[0]):
            continue
        return r[0]
    return None


def _lower_firm_after(msg: _Msg, contact: str) -> str | None:
    """A firm typed in lower case after a person and "from/of/over at": "Kenji from rakuten
    called back", "Aroha Ngata of fonterra" (not "Ana from accounting")."""
    at = msg.text.find(contact)
    if at < 0:
        return None
    link = _FIRM_LINK.match(msg.folded, at + len(contact))
    if link is None:
        return None
    r = msg.run(link.end(), lower_ok=True, max_words=4)
    if r is None or _is_person(r[0]) or not (_named_firm(r[0]) or _trade_firm(r[0])):
        return None
    return r[0]


# verbs of a to-do that a lower-case run after "to" starts with ("to chase pinnacle roofing")
_TODO_VERBS = frozenset(_words("chase|invoice|bill|call|email|ping|text|ring|visit|meet|pay|ask"))


def _lower_trade_firm(msg: _Msg) -> str | None:
    """A trade firm after a verb of a to-do, in lower case: "invoice mountain view logistics",
    "remind me to follow up with blue ridge dental"."""
    for m in _LOWER_NAME_AFTER.finditer(msg.folded):
        r = msg.run(m.end(), lower_ok=True, max_words=4, suffix_ok=True)
        if r and _trade_firm(r[0]) and fold(r[0]).split()[0] not in _TODO_VERBS:
            return r[0]
    for m in re.finditer(r"(?<!\w)(?:invoice|chase|bill|prep\s+for|for)\s+", msg.folded):
        r = msg.run(m.end(), lower_ok=True, max_words=4, suffix_ok=True)
        if r and _trade_firm(r[0]):
            return r[0]
    return None


# "about the globex renewal", "prep for the contoso workshop", "chase the acme renewal": the
# firm named by its thing
_THE_FIRM_THING = _rx(
    # "re: acme quote" in chat has no "the"; "chase the acme renewal" a verb before it
    r"(?<!\w)(?:(?:about|abt|re|regarding|for|on|chase|review|renew|sign|finalise|finalize|"
    r"close)\s+the|re:?|about|abt|regarding)\s+"
    r"(?P<n>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_]"
    r"[\w&'’-]*)?)\s+(?:quote|renewal|contract|deal|order|invoice|proposal|pilot|rollout|tender|"
    r"project|pricing|demo|workshop|kickoff|migration|expansion|opportunity|opp|rfp|sow|nda|po)"
    r"(?!\w)"
)


def _the_firm_thing(msg: _Msg) -> str | None:
    """The company of "about the globex renewal" in a reminder typed in lower case."""
    for m in _THE_FIRM_THING.finditer(msg.folded):
        name = msg.text[m.start("n") : m.end("n")]
        if msg.blocked_at(m.start("n")) or not _named_firm(name):
            continue
        if len(name.split()) == 1 and _is_person(name):
            continue
        if any(w in _OWN_PEOPLE or w in _OWN_THINGS for w in fold(name).split()):
            continue  # "about the car insurance renewal", "the gym membership renewal"
        return name
    return None


# what a to-do gets from a firm: "chase the signed contract from naftogaz", "check the payment
# from oando"
_FROM_FIRM = _rx(
    r"(?<=[^\W\d_])\s+from\s+(?=[^\W\d_]+(?:\s+(?:tomorrow|today|tmrw|on|at|by|in|next|this)"
    r"(?!\w)|\s*$))"
)
# a firm's paper after its name in a terse to-do: "chase initech PO", "globex invoice"
_FIRM_THINGS = frozenset(
    _words("po|pos|sow|nda|rfp|msa|quote|invoice|invoices|renewal|contract|proposal|pricing|order")
)
# things of one's own life a renewal or an invoice may be of: never a company
_OWN_THINGS = frozenset(
    _words(
        "car|house|home|health|life|travel|pet|phone|mobile|internet|broadband|tv|gym|tax|"
        "rent|mortgage|lease|passport|visa|licence|license|subscription|membership|domain|"
        "parking|permit|insurance|contents|dental"
    )
)


def _apposed_trade_firm(msg: _Msg, contact: str) -> str | None:
    """A trade firm typed in lower case between commas after the person: "met with Fiona
    Walsh, kerry group, about the dairy contract"."""
    at = msg.text.find(contact)
    ap = re.match(r"\s*,\s*", msg.text[at + len(contact) :]) if at >= 0 else None
    if ap is None:
        return None
    r = msg.run(at + len(contact) + ap.end(), lower_ok=True, max_words=4, suffix_ok=True)
    if r and _trade_firm(r[0]) and msg.text[r[2] :].lstrip()[:1] in (",", ""):
        return r[0]
    return None


# people and places of one's own life a to-do names in lower case: never a company
_OWN_PEOPLE = frozenset(
    _words(
        "mom|mum|mother|dad|father|sister|brother|son|daughter|wife|husband|kids|babysitter|"
        "nanny|doctor|dentist|boss|manager|landlord|plumber|electrician|mechanic|garage|bank|"
        "pharmacy|vet|accountant|lawyer|myself|prospect|supplier|vendor|client|customer|them|"
        "him|her|everyone|someone|somebody|grandma|grandpa|granny|aunt|uncle|cousin|friend|"
        "neighbour|neighbor|team|office|school|hospital|gym|insurance|hr|home|clinic|partner"
    )
)


# a verb of giving before "to <recipient>" in the same clause: "send the proposal to hooli"
_GIVE_TO = _rx(
    r"(?<!\w)(?:send|sent|email|e-mail|mail|give|get|forward|deliver|submit|show|present|ship|"
    r"hand|take|bring|talk|speak|reach\s+out|write|pass|return|resend|explain)\b[^,.;:!?]*$"
)


_OBJECT_AFTER = _rx(r"\s+(?:the|a|an|our|my|this|that|these|those|some|about|for|re)\s")


def _lower_one_word_firm(msg: _Msg) -> str | None:
    """One word typed in lower case after a to-do's verb that is no first name, no everyday
    word, no team and no one of one's own: the company, as a capitalised one is ("chase
    Globex"): "cb zeiss tmrw 11am", "send initech the revised quote". Short words (three
    letters or fewer: "raj", "ayo") may be first names the list lacks: not read."""
    leads = [*_LOWER_NAME_AFTER.finditer(msg.folded), *_FROM_FIRM.finditer(msg.folded)]
    for m in sorted(leads, key=lambda m: m.start()):
        if m.group(0).split()[0] == "to" and not _GIVE_TO.search(msg.folded, 0, m.start()):
            continue  # "remind me to check the oven": "to" before a verb, not a recipient
        r = msg.run(m.end(), lower_ok=True, max_words=3)
        if r is not None and " " in r[0].strip():
            first, rest = r[0].split(None, 1)
            if fold(rest).strip(".,") in _FIRM_THINGS:  # "chase initech PO mon": initech's PO
                r = (first, r[1], r[1] + len(first))
        if r is None or " " in r[0].strip() or msg.text[r[1] : r[2]] != r[0]:
            continue
        word = fold(r[0]).strip(".,'’")
        lead = m.group(0).split()[0]
        if lead in ("send", "ask", "tell", "thank", "show") and not _OBJECT_AFTER.match(
            msg.folded, r[2]
        ):
            continue  # "send invoices": the thing sent; "send initech the quote": the firm
        if (
            len(word) < 4
            or (word.endswith("s") and word[:-1] in _everyday())
            or not r[0].islower()
            or not word.isalpha()
            or word in _first_names()
            or word in _everyday()
            or word in _OWN_PEOPLE
            or word in _TODO_VERBS
            or _not_a_name(word)
            or _CALENDAR_WORD.fullmatch(word)
        ):
            continue
        return r[0]
    return None


def _lower_first_name_after(msg: _Msg) -> str | None:
    """A known first name typed in lower case after a to-do's verb: the person ("in 2h: call
    back raj", "rmd fri: send sow 2 hiro"), as "call Raj" names him."""
    for m in _LOWER_NAME_AFTER.finditer(msg.folded):
        if m.group(0).split()[0] in ("to", "remind"):
            continue  # "remind me to chase the PO": a verb follows, not a person
        r = msg.run(m.end(), lower_ok=True, max_words=2)
        if r is None or not r[0].islower():
            continue
        words = fold(r[0]).split()
        head = words[0]
        if head not in _first_names() or head in _everyday() or head in _OWN_PEOPLE:
            continue
        if head in _TODO_VERBS or _not_a_name(head):
            continue
        return r[0] if len(words) == 1 or words[1] not in _everyday() else r[0].split()[0]
    return None


# verbs a company does as the subject of a log: "northwind rang about …", "takeda replied"
_SUBJECT_VERB_LOG = _rx(
    r"\s+(?:called|called\s+back|rang|phoned|emailed|e-mailed|wrote|replied|texted|messaged|"
    r"pinged|got\s+back|reached\s+out|came\s+back|is\s+asking|asked|wants|needs|confirmed)"
    r"(?!\w)"
)


def _subject_firm(msg: _Msg) -> str | None:
    """The company that starts a log as its subject: "blue ridge dental called back", "Takeda
    got back to me, they need …" (a trade or legal name, or one word the message calls
    "they"; not a person's first name, not a team)."""
    first = msg.folded.split()[0].rstrip(".") if msg.folded.split() else ""
    if first in _TITLES:
        return None  # "Dr. Keller called": a person
    r = msg.run(0, lower_ok=True, max_words=5, suffix_ok=True)
    if r is None:
        return None
    name = None
    for wm in re.finditer(r"\S+", msg.text[r[1] : r[2]]):  # "northwind rang": the run ate it
        if _SUBJECT_VERB_LOG.match(msg.folded, r[1] + wm.end()):
            name = msg.text[r[1] : r[1] + wm.end()]
            break
    if name is None:
        return None
    if _is_person(name) or _not_a_name(name) or fold(name).split()[0] in _OWN_PEOPLE:
        return None
    if _trade_firm(name) or _firm_like(name):
        return name
    if len(name.split()) == 1 and _named_firm(name) and _they_firm(msg, name):
        return name  # "globex called, they want …"; "kasia called, wants a demo" is unread
    return None


def _they_firm(msg: _Msg, contact: str) -> bool:
    """One word read as the person, not a first name, that the message goes on to call "they"
    and never "he/she": the company ("met w/ globex today, they want a pilot")."""
    if len(contact.split()) != 1 or _is_person(contact) or _not_a_name(contact):
        return False
    at = msg.text.find(contact)
    if at < 0 or fold(contact) in _everyday():
        return False
    before = msg.folded[:at].split()
    if before and before[-1].strip(".") in _TITLES:
        return False  # "met Mr Okafor, they …": a person
    after = msg.folded[at + len(contact) :]
    return bool(_THEY.search(after)) and not _HE_SHE.search(msg.folded)


# where a sentence (or a pasted line, or a bullet) starts in a longer note
_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s+|\n\s*(?:[-*•]|\d+[.)])?\s*)")
# what a company does as a later sentence's subject in a long note: "Vela Cosmetics start on
# the 1st", "Orchid Telecom overpaid twice", "Nilsson Design is growing", "Bohemia Crystal's
# order is late"
_SUBJECT_VERB_NOTE = _rx(
    r"(?:\s+(?:are|is|were|was|want|wants|wanted|have|has|had|need|needs|signed|renewed|"
    r"start|starts|started|lost|overpaid|asked|confirmed|will|won't|plan|plans|planned|may|"
    r"might|can't|cannot|already|just|still|said|agreed|moved|grew|run|runs|ship|ships|"
    r"shipped|decided|chose|picked|bought|use|uses|expect|expects|liked|loved)|['’](?:s|re)"
    r"\s+[a-z])(?!\w)"
)


# a verb a company takes and one person does not: "Amaro Cork want", "Vela Cosmetics start"
_PLURAL_VERBS = frozenset(_words("are|were|want|have|need|start|plan|run|ship|use|expect|'re|’re"))


def _sentence_subject_firm(msg: _Msg, contact: str | None) -> str | None:
    """The company that a later sentence of a long log is about, when the first sentence
    named only the person: "Emailed Bianca Rossi the checklist. Vela Cosmetics start on the
    1st with 35 users." A capitalised run at a sentence's start before a verb, that is not the
    person (nor one of her names), not another first name, not a team, a month or an everyday
    word. Why: reps name the person first and the company as the subject of what follows."""
    mine = {fold(w) for w in (contact or "").split()}
    for sm in _SENTENCE_START.finditer(msg.text):
        if sm.end() == 0 or sm.end() >= len(msg.text):
            continue
        r = msg.run(sm.end(), lower_ok=False, max_words=4, suffix_ok=True)
        if r is None or not _SUBJECT_VERB_NOTE.match(msg.folded, r[2]):
            continue
        name = re.sub(r"['’]s$", "", r[0])
        words = fold(name).split()
        if fold(name) == fold(contact or "") or (len(words) == 1 and words[0] in mine):
            continue  # "Kofi is the only one …": the person again
        verb = _SUBJECT_VERB_NOTE.match(msg.folded, r[2])
        plural = verb is not None and fold(verb.group(0)).split()[0] in _PLURAL_VERBS
        if _is_person(name) and not (len(words) > 1 and (plural or _trade_firm(name))):
            continue  # "Tom takes over"; but "Amaro Cork want to stay", "Cole Architects are"
        if _not_a_name(name) or _CALENDAR_WORD.fullmatch(fold(name)):
            continue
        if words[0] in _TITLES or words[0] in _everyday() or words[0] in _OWN_PEOPLE:
            continue  # "Insurance will cover it", "Overall we …"
        if len(words) == 1 and (len(name) <= 3 or (name.isupper() and not _firm_like(name))):
            continue
        return name
    return None


# A new contact typed as a list of fields: "Kenta Mori / Shiroyama Trading / kenta@… / +81 …",
# "Ciara Byrne, Shannon Aero, procurement lead", "Soraya Haddad - VP Marketing - Cedar Foods".
_FIELD_SPLIT = re.compile(r"\s*(?:[,;/|()]|\s[-–—]\s|\.\s)\s*")
# a role, not a company: "VP Marketing", "Head of Ops", "procurement lead"
_ROLE_HEAD = _rx(
    r"^(?:ceo|cto|cfo|coo|cmo|cio|cro|cpo|vp|svp|evp|avp|md|gm|head|director|manager|founder|"
    r"co-?founder|president|chief|lead|senior|sr|junior|jr|buyer|engineer|owner|chair|"
    r"chairman|chairwoman|partner|principal|associate|assistant|dr|mr|ms|mrs|prof)(?!\w)"
)
_ROLE_TAIL = _rx(
    r"(?<!\w)(?:lead|manager|director|head|officer|buyer|engineer|owner|specialist|analyst|"
    r"coordinator|executive|rep|representative|consultant|admin|administrator)$"
)
# the company after a role inside one field: "head of ops at Baltrans", "CTO of Nordvik",
# "she runs purchasing at Jadeport"
_AT_IN_FIELD = re.compile(r"(?i)\s(?:at|of|@|with|from)\s+(?P<f>[^\W\d_].*)$")


_FIRM_LABEL = _rx(
    r"^(?:company|account|firm|org|organi[sz]ation|employer|business|works\s+at)\s*[:=]\s*"
    r"(?P<f>[^\W\d_].{0,60})$"
)


def listed_firm(msg: _Msg, contact: str) -> str | None:
    """The company among the fields typed after a new contact's name, when one field is a
    capitalised name that is no role, no person and no command ("save her", "new contact")."""
    at = msg.text.find(contact)
    if at < 0:
        return None
    for field in _FIELD_SPLIT.split(msg.text[at + len(contact) :]):
        field = field.strip(" .!:-–—")
        if not field or "@" in field or any(c.isdigit() for c in field):
            continue
        labelled = _FIRM_LABEL.match(field)
        if labelled is not None:  # "company: Volvo", "employer = blue ridge dental"
            return labelled.group("f").strip(" .!") or None
        inner = _AT_IN_FIELD.search(field)
        after_at = inner is not None and (_ROLE_HEAD.match(fold(field)) or field[:1].islower())
        if inner is not None and after_at:
            field = inner.group("f").strip(" .!")  # "head of ops at Baltrans"
        words = field.split()
        f = fold(field)
        if field == field.lower() and _trade_firm(field) and not _ROLE_TAIL.search(f):
            return field  # "…, +234 803 555 0199, zenith bank": a trade firm in lower case
        if not words or len(words) > 5 or not words[0][:1].isupper():
            continue
        if _ROLE_HEAD.match(f) or _ROLE_TAIL.search(f) or _not_a_name(field):
            continue
        if any(w[:1].islower() and w not in ("&", "and", "of", "de", "y") for w in words[1:]):
            continue  # "Save her", "New contact" are lower after their first word
        firmish = "&" in field or (len(words) > 1 and f.split()[-1] in _TRADE_END)
        if not firmish and words[0].lower() in _everyday():
            continue  # "Save", "Thanks": a word of the message, no company
        if not firmish and not after_at and len(words) == 1 and _is_person(field):
            continue  # "…, Shannon, …": a first name alone may be a person
        # a name of two words or more after the person's own ("Kora Payments", "Carmel Data",
        # "he's the GM at Ricci Vini") is the company's: many start with some first name
        return field
    return None


def _firm_word(msg: _Msg, word_at: int, word: str, shortest: int = 4) -> bool:
    """One word a log names that is a company, not a person: no known first name, no
    everyday word, team or one of one's own, no title before it ("met Mr Tanaka"),
    ``shortest`` letters or more ("raj", "ayo", "dele" may be first names the list lacks)."""
    folded = fold(word).strip(".,'’")
    before = msg.folded[max(0, word_at - 6) : word_at]
    return not (
        len(folded) < shortest
        or not folded.isalpha()
        or folded in _first_names()
        or folded in _everyday()
        or (folded.endswith("s") and folded[:-1] in _everyday())
        or folded in _OWN_PEOPLE
        or folded in _TODO_VERBS
        or _not_a_name(folded)
        or _CALENDAR_WORD.fullmatch(folded)
        or re.search(r"(?<!\w)(?:" + "|".join(_TITLES) + r")\.?\s+$", before)
    )


def _lone_firm_read_as_person(msg: _Msg, contact: str) -> str | None:
    """The company in a log's contact that is one word no person's name starts with ("called
    cyberdyne about the invoice", "zoom with inditex", "emailed lindt pricing": the tagger
    and the rules learnt "called <name>" mostly with people), or None.

    A lower-case run of two words keeps its first when the second is an everyday word
    ("lindt pricing"); a capitalised name of two words is left alone: a surname first
    ("Abebe Bikila") looks the same as a firm."""
    at = msg.text.find(contact)
    if at < 0:
        return None
    words = contact.split()
    if len(words) == 2 and contact.islower() and fold(words[1]) in _everyday():
        words = words[:1]
    if len(words) != 1 or _is_person(words[0]):
        return None
    # five letters or more: the person the tagger read may be a short first name the list
    # lacks ("ph call w/ dele")
    return words[0] if _firm_word(msg, at, words[0], shortest=5) else None


# the words before a company a log names in lower case: "demo for zalando", "sent vipps the
# sla", "mtg w/ schibsted", "cb from dnb"
_LOG_FIRM_LEAD = _rx(
    r"(?<![\w/])(?:called|rang|phoned|emailed|e-mailed|mailed|texted|pinged|visited|sent|"
    r"with|w/|for|re|from)\s+"
)


_FIRM_SUBJECT = re.compile(
    r"\s*(?P<n>[^\W\d_]+)\s+(?:rang|called|phoned|emailed|texted|replied|wrote|messaged)(?!\w)"
)


def _log_one_word_firm(msg: _Msg) -> str | None:
    """A company typed as one lower-case word after a log's verb or link word, when the log
    names no one else (:func:`_firm_word` says what may not be one); or the one word before
    a verb of contact that opens the log ("northwind rang about the late shipment")."""
    said = _FIRM_SUBJECT.match(msg.text)
    if said and said.group("n").islower() and _firm_word(msg, 0, said.group("n"), shortest=5):
        return said.group("n")
    for m in _LOG_FIRM_LEAD.finditer(msg.folded):
        r = msg.run(m.end(), lower_ok=True, max_words=2)
        if r is None or msg.text[r[1] : r[2]] != r[0] or not r[0].islower():
            continue
        words = r[0].split()
        if len(words) == 2 and fold(words[1]) not in _everyday():
            continue  # "oxxo rollout", "mercado libre": one word or two? not told
        if _firm_word(msg, r[1], words[0], shortest=5):  # "w/ dele": a name the list lacks
            return words[0]
    return None


_TRADE_WORD_AFTER = re.compile(r"\s+(?P<w>[^\W\d_]+)(?![\w'’-])")


def _trade_word_after(text: str, account: str) -> str:
    """The account with the trade word that follows it in the message ("a 12k opportunity at
    sunrise bakery" read as "sunrise"): a name the reader cut before its last word grows to
    it, once, when that word says a trade (``_TRADE_END``) and is typed in the same case."""
    at = text.find(account)
    if at < 0 or text.find(account, at + 1) >= 0:
        return account  # not found, or said twice: which one grows is not told
    m = _TRADE_WORD_AFTER.match(text, at + len(account))
    if m is None:
        return account
    word = m.group("w")
    if fold(word) not in _TRADE_END or fold(word) in _NOT_A_NAME:
        return account
    if account.islower() != word.islower():
        return account  # "Acme group rates": a capitalised name and a word after it
    return text[at : m.end()]


_HEAD_NAME = re.compile(r"\s*(?P<n>[^\W\d_][\w&'’.-]*(?:\s+[^\W\d_][\w&'’.-]*){0,3}?)\s*:\s+\S")
# the first word of a head that files the note rather than naming a firm: "Note: …", "Call: …"
_LOG_HEAD_WORDS = frozenset(
    _words(
        "note|notes|fyi|re|call|mtg|meeting|visit|email|update|log|lunch|coffee|demo|todo|"
        "reminder|recap|summary|followup|follow-up|status|news|subject|update"
    )
)


def _head_firm(msg: _Msg) -> str | None:
    """A company named first and filed with a colon: "shoprite: spoke to Lerato Molefe",
    "Kessler Foods: spoke to Jana Novak". One word in lower case must be a firm's word
    (:func:`_firm_word`); capitalised words must not be a person or an everyday phrase."""
    m = _HEAD_NAME.match(msg.text)
    if m is None:
        return None
    name = m.group("n")
    words = fold(name).split()
    if words[0] in _LOG_HEAD_WORDS or _not_a_name(name) or _CALENDAR_WORD.fullmatch(words[0]):
        return None
    if len(words) == 1 and name.islower():
        return name if _firm_word(msg, m.start("n"), name, shortest=5) else None
    capitalised = all(w[:1].isupper() for w in name.split())
    if not capitalised or _is_person(name) or words[0] in _everyday():
        return None
    return name


_PERSON_BEFORE_FIRM = re.compile(
    r"(?<![\w'’])(?P<n>[A-Z][^\W\d_'’-]+(?:[-'’][^\W\d_]+)?(?:\s+[A-Z][^\W\d_'’-]+){0,2})"
    r"\s+(?:at|of|from|@)\s+$"
)


def _person_before_firm(msg: _Msg, account: str) -> str | None:
    """A capitalised name right before "at/of/from <the account>": the person there, first
    name known or not ("check in with Abebe at ethio telecom", as the contract's "call Hamad
    Khalifa of Qatar Airways")."""
    at = msg.text.find(account)
    if at <= 0:
        return None
    m = _PERSON_BEFORE_FIRM.search(msg.text, 0, at)
    if m is None:
        return None
    name = m.group("n")
    words = fold(name).split()
    if (
        words[0] in _everyday()
        or _not_a_name(name)
        or _firm_like(name)
        or _CALENDAR_WORD.fullmatch(words[0])
        or words[0] in _TITLES
    ):
        return None
    return name
