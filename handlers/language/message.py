"""One message as the rules see it (:class:`_Msg`): folded text, tokens, scripts, sentence ends and
the capitalised spans that may be names, plus the word lists they need (stop words, titles,
company suffixes).
"""

from __future__ import annotations

import re

from handlers.language.dates import fold
from handlers.language.features import first_names
from handlers.language.patterns import _table, _words

# ---- stages -----------------------------------------------------------------------------------

_STAGE_WORDS = _table(
    "prospecting: prospecting|prospect|lead; pre-approach: qualification|qualified|"
    "qualifying|pre-approach|preapproach|pre approach; presentation: proposal|demo|quote|"
    "presentation|propuesta|presentación|angebot|proposition|devis|tilbud; "
    "closing: negotiation|negotiating|contract|closing|negociación|cierre|verhandlung|"
    "abschluss|négociation|forhandling|διαπραγμάτευση; won: closed won|closed-won|won|"
    "win|ganado|ganada|gewonnen|gagné|gagnée|vunnet|κερδήθηκε; lost: closed lost|"
    "closed-lost|lost|perdido|perdida|verloren|perdu|perdue|tapt|χάθηκε"
)


def _stage_of(word: str) -> str | None:
    return _STAGE_WORDS.get(" ".join(fold(word).split()))


# ---- name runs --------------------------------------------------------------------------------

# "A/S" (a Danish and Norwegian legal suffix) is one word; so "f/u", which stops a name
_TOKEN_RX = re.compile(
    r"[^\W\d_]/[^\W\d_]{1,2}(?![\w/])|[^\W\d_]{1,3}(?:\.[^\W\d_]{1,4})+\.?|[^\W_][\w'’&\-]*\.?|&"
)
_PARTICLES = set(_words("de|del|la|van|von|der|den|da|di|du|le|y|&|of|dos|das|ten|ter|bin|al|el"))
_STOP = set(
    _words(
        "at|from|about|re|regarding|to|and|for|on|in|with|w/|she|he|they|we|i|who|that|today|"
        "yesterday|tomorrow|this|said|says|wants|wanted|needs|need|is|was|will|back|again|"
        "the|a|an|his|her|their|our|my|your|it|its|ok|but|so|after|before|by|via|over|next|"
        "last|then|quick|briefly|just|also|because|since|until|asked|asking|agreed|"
        "interested|re:|fyi|follow|followed|followup|f/u|later|tonight|morning|afternoon|"
        "evening|worth|valued|value|stage|deal|deals|who's|all|some|any|please|pls|thanks|"
        "not|no|yes|has|have|had|are|were|be|been|about|que|con|und|mit|et|avec|og|med|και|"
        "με|eta|жəне|of|if|as|or|like|very|really|there|here|when|what|why|how|where|do|does|"
        "did|can|could|would|should|me|him|them|us|you|new|went|got|sent|call|called|meeting|"
        "email|note|remind|send|ask|"
        # dictated run-ons go on after a lower-case name: "at kaspi bank twice no answer",
        # "at emirates nbd gonna try her again", "at maersk he's on holiday"
        "gonna|gotta|wanna|twice|once|til|till|um|uh|yeah|okay|still|already|"
        # "at silverline media wanting to renew", "maple leaf dental met dr sarah lee",
        # "at highland whisky second one this week"
        "met|wanting|asking|saying|hoping|second|"
        "he's|she's|they're|they've|they'll|he'll|she'll|i'll|i'd|i'm|i've|we're|we'll|it's|"
        "there's|who'll|hes|shes|theyre|ill|im|"
        # chat shorthand goes on after a name: "@ inditex np on price", "tesco hq", "@ acme fyi"
        "np|lmk|asap|plz|thx|ty|btw|ttyl|eod|eow|cob|x2|x3|2x|3x|"
        # a report goes on after a lower-case firm: "met jon at globex talked about the pilot"
        "talked|discussed|agreed|approved|confirmed|mentioned|decided|complained|requested|"
        "cancelled|canceled|postponed"
    )
)
# a judgement said right after a firm typed in lower case ends its name ("great lakes" as
# the name's first word stays)
_JUDGED = frozenset(_words("great|good|nice|lovely|productive|positive|quick|solid|tough"))
_NOTED = frozenset(_words("budget|budgets|pricing|frozen|re-org|reorg|restructuring"))
_COMPANY_SUFFIX = set(
    _words(
        "inc|corp|corporation|ltd|llc|gmbh|ag|sa|sl|slu|as|asa|ab|bv|nv|oy|aps|plc|co|group|"
        "sarl|sas|spa|srl|company|labs|kg|ae|oü|limited|pvt|pcl|oyj|dac|se|sab|cv|scoop|bhd|"
        "pty|kk|kft|zrt|doo|ooo|tbk|jsc|llp|lp|sarl|sprl|bvba|nv|ab|a/s|as|sons|partners|"
        "holdings|industries|enterprises"
    )
)


def _suffix_key(tok: str) -> str:
    """A legal suffix as the set holds it: "S.A." -> "sa", "Inc." -> "inc"."""
    return fold(tok).replace(".", "")


_TITLES = frozenset(
    [
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "prof",
        "frau",
        "herr",
        "herrn",
        "mme",
        "mlle",
        "madame",
        "monsieur",
        "sr",
        "sra",
        "señor",
        "señora",
        # Greek, folded: κ. (Mr), κα (Mrs), κος, κύριος, κυρία, Δρ.
        "κ",
        "κα",
        "κοσ",
        "κυριοσ",
        "κυριο",
        "κυρια",
        "δρ",
    ]
)
_LEGAL_END = frozenset(
    [
        "inc",
        "corp",
        "ltd",
        "llc",
        "gmbh",
        "ag",
        "sa",
        "sl",
        "slu",
        "asa",
        "ab",
        "bv",
        "nv",
        "oy",
        "oyj",
        "aps",
        "plc",
        "sarl",
        "sas",
        "spa",
        "srl",
        "kg",
        "se",
        "pcl",
        "dac",
        "limited",
        "sab",
        "scoop",
        "bhd",
        "pty",
        "llp",
    ]
)


# lower-case articles before a name, never part of it (Greek, German)
_ARTICLES = frozenset(
    ["τον", "την", "τη", "το", "του", "της", "στον", "στην", "στη", "der", "die", "dem", "den"]
)
# legal suffixes that, typed in lower case after a capitalised name, still end it (not "as",
# "co", "se", "sa": everyday words in English, Spanish or Norwegian)
_LOWER_SUFFIX = frozenset(
    ["plc", "ltd", "gmbh", "llc", "inc", "corp", "oyj", "asa", "ag", "bv", "nv", "sarl", "srl",
     "spa", "bhd", "pty", "llp", "dac", "pcl", "limited", "jsc", "pjsc"]
)  # fmt: skip


# Greek legal forms ("Aktor ΑΕ", "Τιτάν Α.Ε."), written in Greek capitals after a name that may
# be written in Latin letters: the suffix, not a new name in another alphabet.
_GREEK_LEGAL = frozenset(["αε", "επε", "ικε", "οε", "εε", "αβεε"])
_COMPANY_SUFFIX |= _GREEK_LEGAL


def _script(word: str) -> str:
    """The alphabet of a word's first letter: names do not change alphabet midway."""
    for ch in word:
        if ch.isalpha():
            if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
                return "greek"
            if "\u0400" <= ch <= "\u052f":
                return "cyrillic"
            return "latin" if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" else "other"
    return ""


def _sentence_ends(text: str, tok: str, end: int) -> bool:
    """A suffix with its dot ("AS.", "Inc.") before another sentence: "Hafslund AS. Nice
    guy". Not "Co. Ltd.", "S. Coop.", "GmbH & Co. KG": the next word is a suffix too."""
    if not tok.endswith(".") or "." in tok[:-1] or len(tok) <= 2 or text[end : end + 1] != " ":
        return False
    nxt = _TOKEN_RX.match(text, end + 1)
    return nxt is None or _suffix_key(nxt.group()) not in _COMPANY_SUFFIX


# words a firm's name goes on after with "of": "First Bank of Nigeria", "University of Lagos"
_OF_FIRMS = frozenset(["bank", "university", "college", "institute", "ministry", "department"])


def _first_name_mid_sentence(text: str, m: re.Match[str]) -> bool:
    """A capitalised word that is a first name and a stop word ("Will", "May"), inside a
    sentence and followed by another capitalised word: "called Will Turner" names him, while
    "Will call her" or "Thanks. Will do" start a sentence."""
    tok = m.group()
    if not (tok[:1].isupper() and tok[1:].islower()) or fold(tok) not in _first_names():
        return False
    before = text[: m.start()].rstrip()
    if not before or before[-1] in ".!?:;\n":
        return False
    nxt = _TOKEN_RX.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return nxt is not None and nxt.group()[:1].isupper() and fold(nxt.group()) not in _STOP


class _Msg:
    """The cleaned message, its folded twin and the spans names must not cross."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.blocked: list[tuple[int, int]] = []

    def block(self, start: int, end: int) -> None:
        self.blocked.append((start, end))

    def blocked_at(self, i: int) -> bool:
        for s, e in self.blocked:  # noqa: SIM110 (a loop, not any(): asked for every token)
            if s <= i < e:
                return True
        return False

    def run(
        self,
        pos: int,
        *,
        lower_ok: bool,
        max_words: int = 4,
        mixed: bool = False,
        extra_stop: frozenset[str] = frozenset(),
        suffix_ok: bool = False,
    ) -> tuple[str, int, int] | None:
        """The name starting at ``pos`` (after spaces): capitalised words, or as typed.

        Capitalised mode keeps particles ("Ana de la Cruz"); lowercase mode (people
        type "maria lopez") stops at the first function word.  ``mixed`` (deal
        names like "Acme renewal") takes any words up to a stop word.
        """
        text, folded = self.text, self.folded
        i = pos
        while i < len(text) and text[i] == " ":
            i += 1
        start = i
        words: list[tuple[int, int]] = []
        cap_mode: bool | None = None
        pending: list[tuple[int, int]] = []  # particles waiting for a capitalised word
        alphabet = ""  # of the name's first word with letters
        while i < len(text) and len(words) < max_words and not self.blocked_at(i):
            m = _TOKEN_RX.match(text, i)
            if not m:
                break
            tok, ftok = m.group(), folded[m.start() : m.end()].rstrip(".")
            if text[m.end() : m.end() + 1] == "/" and ftok in ("w", "c", "b"):
                break  # "visited nokia w/ pekka": "w/" (with) ends the name, as "with" does
            after = text[m.end() + 1 : m.end() + 2]
            if ftok in ("2", "4") and words and cap_mode is False and not mixed and after.isalpha():
                # chat shorthand "2" / "4" for "to" / "for": "emailed deck 2 lars" names lars
                words, pending, cap_mode, alphabet = [], [], None, ""
                i = start = m.end() + 1
                continue
            stop = ftok in _STOP or ftok in extra_stop or (mixed and words and _stage_of(ftok))
            if stop and not words and cap_mode is None and _first_name_mid_sentence(text, m):
                stop = False  # "called Will Turner at Maersk": the name, not the verb "will"
            if stop and words and suffix_ok and ftok in ("as", "co") and ftok not in extra_stop:
                stop = False  # "the nordlys as office": the suffix, typed in lower case
            if stop and words and ftok in ("as", "co") and _name_ends_after(self, m.end()):
                stop = False  # "f/u w/ ola @ nordlys as mon": nothing but a date follows
            if not words and cap_mode is None and tok.islower() and ftok in _ARTICLES:
                # "από την Cosmote", "von der Siemens AG": the article is not the name
                i = m.end()
                while i < len(text) and text[i] == " ":
                    i += 1
                start = i
                continue
            script = _script(tok)
            greek_legal = script == "greek" and _suffix_key(tok) in _GREEK_LEGAL
            # a deal's name goes on in the language's own words ("Kaspi Pay интеграция",
            # "Jumbo αποθήκη"): in ``mixed`` mode a lower-case word of another alphabet
            local_noun = mixed and tok.islower()
            other_alphabet = bool(words and script and alphabet and script != alphabet)
            if other_alphabet and not greek_legal and not local_noun:
                break  # "Дина Омарова Kaspi Bank": a name ends where its alphabet does
            if not words and ftok.rstrip(".") in _TITLES and cap_mode is None:
                # "dr. oluwaseun adeyemi", "frau schneider": the title is not the name
                i = m.end()
                while i < len(text) and text[i] == " ":
                    i += 1
                start = i
                continue
            if stop and words and ftok in ("and", "&", "und", "y", "et", "og"):
                # "brennan & sons ltd", "bergstrom and partners ab": a company goes on
                ahead = folded[m.end() : m.end() + 40].split()[:2]
                stop = not any(_suffix_key(w) in _COMPANY_SUFFIX for w in ahead)
            if words and ftok in _JUDGED and cap_mode is False and not mixed:
                stop = True  # "at severstal great visit", "from etisalat nice lunch"
            if words and ftok in _NOTED and cap_mode is False and not mixed:
                stop = True  # "note on vestas budget approved": what is noted about the firm
            if words and ftok == "hq" and cap_mode is False and not mixed:
                stop = True  # "visited tesco hq": the firm, not its office ("Initech HQ" as typed)
            if words and ftok in ("+", "&") and cap_mode is False:
                # "kemi & her cfo", "priyanka + tech team" typed in lower case: the name ends
                # ("brennan & sons ltd" goes on to its suffix)
                ahead = folded[m.end() : m.end() + 40].split()[:2]
                typed = self.text[m.end() : m.end() + 40].split()[:1]
                capital = bool(typed) and typed[0][:1].isupper()  # "Smith & Co": one name
                stop = not capital and (
                    ftok == "+" or not any(_suffix_key(w) in _COMPANY_SUFFIX for w in ahead)
                )
            skey = _suffix_key(tok)
            upper_suffix = skey in _LEGAL_END or skey in ("as", "co")
            if stop and words and tok.isupper() and upper_suffix:
                stop = False  # "Hafslund AS": the suffix, not the word "as"
            firm_of = (
                ftok == "of"
                and bool(words)
                and fold(text[words[-1][0] : words[-1][1]]).rstrip(".") in _OF_FIRMS
            )
            if firm_of and cap_mode is False:
                # "first bank of nigeria", typed in lower case: the firm goes on after "of"
                pending.append((m.start(), m.end()))
                if m.end() < len(text) and text[m.end()] == " ":
                    i = m.end() + 1
                    continue
                break
            if stop and not (cap_mode and ftok in _PARTICLES and words):
                break
            if self.blocked_at(m.end() - 1):
                break
            if words and re.fullmatch(r"\d[.)]", tok):
                break  # "Khalid Al Mansoori 1. happy with phase 1": a pasted list's number
            first = tok[0]
            # "3M", "Studio 54", "renewal 2027" are names; "555-1234" is a number
            digits = sum(map(str.isdigit, tok)) if not tok.isalpha() else 0  # letters: none
            if digits > 4 or (digits == 4 and not tok.rstrip(".").isdigit()):
                break
            is_cap = first.isupper() or (first.isdigit() and cap_mode is not False)
            if cap_mode is None:
                if not is_cap and not (lower_ok or mixed):
                    return None
                cap_mode = is_cap and not mixed
            elif (
                cap_mode
                and not is_cap
                and not pending
                and (skey in _LOWER_SUFFIX or ("." in tok.rstrip(".") and skey in _COMPANY_SUFFIX))
            ):
                # "Dangote Cement plc", "Kerry Group plc": the suffix typed in lower case
                # ends the company's name
                words.append((m.start(), m.end()))
                break
            elif cap_mode and not is_cap:
                if ftok in _PARTICLES and (pending or len(words) == 1 or firm_of):
                    # "Ana de la Cruz", but "Ana Ruiz de Acme" is a contact at an account
                    pending.append((m.start(), m.end()))
                    i = m.end() + 1 if m.end() < len(text) and text[m.end()] == " " else m.end()
                    if i == m.end():
                        break
                    continue
                break
            elif not cap_mode and not mixed and is_cap:
                break
            words.extend(pending)
            pending = []
            words.append((m.start(), m.end()))
            alphabet = alphabet or script
            if not cap_mode and not mixed and len(words) > 1 and skey in _LEGAL_END:
                break  # "note: lindqvist ab budget frozen": the company ends at "ab"
            if tok.endswith(".") and len(tok) > 2 and skey not in _COMPANY_SUFFIX:
                break  # "Called Ana. She wants..." ends the name ("Acme S.A." goes on)
            if _sentence_ends(text, tok, m.end()):
                break  # "Hafslund AS. Nice guy": the sentence ends after the suffix
            if m.end() < len(text) and text[m.end()] == " ":
                i = m.end() + 1
            else:
                break
        if not words:
            return None
        end = words[-1][1]
        name = text[start:end].rstrip(".'’-")
        last = text[start:end].split()[-1]
        if last.endswith(".") and "." in last[:-1] and _suffix_key(last) in _COMPANY_SUFFIX:
            name = text[start:end]  # "Acme S.A.", "Initech Inc." keep their dot
        if not name or not any(c.isalpha() for c in name):
            return None
        return name, start, start + len(name)


def _name_ends_after(msg: _Msg, end: int) -> bool:
    """Whether nothing of the sentence follows ``end`` but a date: a lower-case "as"/"co" there
    is a company's suffix ("… @ nordlys as mon", "… at brennan co."), not the word "as"."""
    i = end
    while i < len(msg.text) and msg.text[i] == " ":
        i += 1
    return i >= len(msg.text) or msg.text[i] in ",.;:!?" or msg.blocked_at(i)


def _first_names() -> frozenset[str]:
    """Folded first names of many origins (handlers/language/trained/first_names.txt): the
    one set the slot tagger's features use too (read once, held once; reading it through
    the model module imported numpy for the rules alone)."""

    return first_names()
