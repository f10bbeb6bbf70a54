"""Which spans of a message are people: names before or after their company, names in the other
languages, names written in lower case, and the order several names are sorted in.
"""

from __future__ import annotations

import re

from handlers.language.dates import fold
from handlers.language.message import _first_names, _Msg, _stage_of
from handlers.language.name_cues import (
    _CALENDAR_WORD,
    _account_after,
    _account_anywhere,
    _firm_like,
    _is_company,
    _is_person,
    _lower_company,
    _lower_person,
    _not_a_name,
)
from handlers.language.patterns import _rx

# a name after these words in the other languages: "a Telefónica", "für Siemens AG",
# "à Danone", "til Telenor", "τον Γιώργο", "Herrn Becker"
_NAME_LINK_OTHER = {
    "es": r"a|al|para|con|de|sobre",
    "de": r"für|an|mit|von|bei|herrn|herr|frau",
    "fr": r"à|a|pour|avec|chez|de|d'|m\.|mme|monsieur|madame",
    "nb": r"til|for|med|hos|fra",
    "el": r"τον|την|στον|στην|με\s+τον|με\s+την|του|της|στο|στη",
    "eu": r"",
    "kk": r"",
}
_TITLE_LINKS = frozenset(
    {"herrn", "herr", "frau", "m.", "mme", "monsieur", "madame", "τον", "στον"}
)
# case endings glued to a name (Basque "Mikeli", "Amaia Zubiri-rekin"; Kazakh "Ерланға")
_GLUED_END = {
    # after a vowel the ending starts with r ("Urrutia-ri", "Goikoetxea-rekin"), after a
    # consonant it does not ("Mikel-i", "Mikel-ekin"): the leftmost match is the right cut
    "eu": re.compile(
        r"(?i)(?:-?(?:rekin|rentzat|ren|ra|ri)|-(?:ko|eko)|"
        r"(?<![aeiou])-?(?:ekin|entzat|en|i|ak|ek|k))$"
    ),
    "kk": re.compile(
        # "Kaspi Bank-те": at Kaspi Bank (the locative only after a hyphen: names end so)
        r"(?:-(?:нда|нде|да|де|та|те)|"
        r"-?(?:дағы|дегі|тағы|тегі|ндағы|ндегі|"  # "Halyk Bank-тегі": (the one) at Halyk Bank
        r"мен|пен|бен|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|ның|нің|дың|дің|тың|тің|"
        r"дан|ден|тан|тен|нан|нен|а|е))$"
    ),
}


_DOC_THEN_NAME = _rx(
    r"(?<!\w)(?:devis|offre|facture|contrat|oferta|factura|presupuesto|contrato|propuesta|tilbud|"
    r"tilbudet|faktura|fakturaen|kontrakt|kontrakten|angebot|rechnung|vertrag)\s+(?=\S)"
)


def _names_other_language(msg: _Msg, start: int, lang: str) -> tuple[str | None, str | None]:
    """(contact, account) of a reminder in another language: the first capitalised name
    after a linking word, a person when its first word is a known first name (or after a
    title or a masculine article), else a company; Basque and Kazakh names lose the case
    ending glued to them."""
    links = fold(_NAME_LINK_OTHER.get(lang, ""))  # matched on the folded text ("für")
    if links:
        for m in re.finditer(
            rf"(?<![\w'])(?:{links})(?:\s+|(?<=')|(?<=\.)\s*)", msg.folded[start:]
        ):
            i = start + m.end()
            if i >= len(msg.text) or not msg.text[i].isupper() or msg.blocked_at(i):
                continue
            r = msg.run(i, lower_ok=False, max_words=4)
            if r is None or _not_a_name(r[0]):
                continue
            link = " ".join(m.group(0).split())
            if link in _TITLE_LINKS or _is_person(r[0]):
                return r[0], None
            if lang == "de" and len(r[0].split()) == 1 and not _is_company(r[0]):
                continue  # German capitalises every noun: "an das Angebot"
            return None, r[0]
    glued = _GLUED_END.get(lang)
    if glued is None:
        # "erinnere mich morgen, Stefan Hoffmann anzurufen": no link word, but a first name
        for m in re.finditer(r"(?<![\w'.-])[^\W\d_]", msg.text[start:]):
            i = start + m.start()
            if i == 0 or not msg.text[i].isupper() or msg.blocked_at(i):
                continue
            r = msg.run(i, lower_ok=False, max_words=4)
            if r is not None and len(r[0].split()) >= 2 and _is_person(r[0]):
                return r[0], None
        # "relancer devis Legrand", "purre på faktura Kiwi", "Angebot Sartorius nachfassen":
        # a capitalised name right after the document it is about is the company's
        doc = _DOC_THEN_NAME.search(msg.folded, start)
        if doc is not None and msg.text[doc.end() : doc.end() + 1].isupper():
            r = msg.run(doc.end(), lower_ok=False, max_words=3)
            named = r is not None and not _not_a_name(r[0]) and not _is_person(r[0])
            if r is not None and named:
                return None, r[0]
        return None, None
    for m in re.finditer(r"(?<![\w-])[^\W\d_][\w-]*", msg.text[start:]):
        word = m.group(0)
        i = start + m.start()
        if not word[0].isupper() or msg.blocked_at(i) or i == 0:
            continue
        bare = glued.sub("", word)
        if len(bare) >= 3 and (lang == "kk" or fold(bare) in _first_names()):
            r = msg.run(i, lower_ok=False, max_words=3)
            name = glued.sub("", r[0] if r else word)
            if lang == "kk" and name.isascii() and not _is_person(name):
                return None, name  # "Kaspi-ге", "Air Astana-ға": a name in Latin letters
            return name, None
    return None, None


def _sort_names(
    msg: _Msg, start: int, named: str | None, lang: str
) -> tuple[str | None, str | None]:
    """(contact, account) of a reminder: "call Bob" names a person, "chase Globex" or
    "the Acme quote" a company (told apart by a list of first names). English only: in
    other languages a capitalised word is too often a noun, so the name after the verb
    stays the contact, as before."""
    account = _account_anywhere(msg, start)
    if named and _not_a_name(named):  # "send SOW to Hooli": SOW names no one
        named = None
    if named and account == named:  # "f/u w/ Jon @ Globex": "w/" marked the person
        account = _account_anywhere(msg, msg.text.find(named, start) + len(named))
    after = None
    if named and msg.text.find(named, start) >= 0:
        # "schedule a meeting with Priya Nair from Infosys for monday"
        after = _account_after(msg, msg.text.find(named, start) + len(named))
        account = account if account is not None else after
    if named is None and account is not None:
        named = _person_before(msg, start, account)  # "send the deck to Lucas Martin at X"
    # Spanish, French and Norwegian write nouns in lower case, so the English rule holds: one
    # capitalised word that is no first name and has no title is the company ("llamar a
    # Iberdrola", "relancer Capgemini"); two or more stay a person ("llamar a Ortiz Gómez")
    lower_nouns = lang in ("es", "fr", "nb") and named is not None
    if lower_nouns and named and not _is_person(named) and len(named.split()) == 1:
        before = msg.text[: msg.text.find(named)].rstrip()
        if not before.endswith(("M.", "Mme", "Sr.", "Sra.", "Herr", "Fru")):
            return None, account or named
    if lang != "en":
        if named is None and account is None:
            return _names_other_language(msg, start, lang)
        return named, account
    if named and not _is_person(named):
        if after is not None and len(named.split()) >= 2 and not _is_company(named):
            return named, account  # "call Hamad Khalifa of Qatar Airways": a person at a firm
        return None, account or named
    if named or account:
        return named, account
    low = _lower_person(msg, start)
    if low:  # "call aisha", "f/u w/ siobhan", "send the contract to maria"
        at = msg.text.find(low, start)
        return low, (_account_after(msg, at + len(low)) if at >= 0 else None)
    firm = _lower_company(msg, start)
    if firm:  # "call stark industries", "chase po from kone oyj"
        return None, firm
    for m in re.finditer(r"(?<![\w@.])[^\W\d_]", msg.text[start:]):
        i = start + m.start()
        if i == 0 or not msg.text[i].isupper() or msg.blocked_at(i):
            continue
        r = msg.run(i, lower_ok=False, max_words=4)
        if r is None or _not_a_name(r[0]) or _stage_of(r[0]):
            continue
        words = r[0].split()
        while len(words) > 1 and _not_a_name(words[-1]):  # "the Initech PO"
            words.pop()
        r = (" ".join(words), r[1], r[1] + len(" ".join(words)))
        if _PLACE_AFTER.match(msg.folded, r[2]):
            continue  # "check the Tokyo office": a place, not a record
        name = re.sub(r"['’]s$", "", r[0])  # "review Abdullahi's proposal"
        if _is_person(name):  # "call back Tom Becker from Bosch": and where they work
            return name, (_account_after(msg, r[2]) if name == r[0] else None)
        return None, name
    return None, None


_BEFORE_MARK = _rx(r"(?<!\w)(?:to|for|with|w/|call|ring|email|text|ping|meet)\s+$")


def _person_before(msg: _Msg, start: int, account: str) -> str | None:
    """The capitalised name right before "at <account>", after "to"/"for"/a verb: "send
    the deck to Lucas Martin at Decathlon" names Lucas Martin (a firm at a firm is no
    reading)."""
    at = msg.text.find(account, start)
    mark = re.search(r"\s+(?:at|@|from|of)\s*$", msg.folded[:at]) if at > 0 else None
    if mark is None:
        return None
    head = msg.text[: mark.start()]
    words = head.split()
    for n in (3, 2):  # the longest capitalised run of two or three words that ends there
        if len(words) < n:
            continue
        run = words[-n:]
        if not all(w[0].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in run):
            continue
        lead = msg.folded[: mark.start() - len(" ".join(run))]
        if not _BEFORE_MARK.search(lead):
            continue
        name = " ".join(run)
        if _not_a_name(name) or _is_company(name) or any(_not_a_name(w) for w in run):
            continue
        return name
    return None


_PLACE_AFTER = _rx(r"\s+(?:office|offices|airport|station|branch|site)(?!\w)")
# words right before a lone first name that make it a person: "met Ahmed", "their buyer Ahmed"
_PERSON_CUE = re.compile(
    r"(?i)(?:(?<!\w)(?:met|saw|with|w/|and|to|buyer|lead|contact|ceo|cfo|cto|coo|head|manager|"
    r"director|founder|owner)|,)\s*$"
)
_NOT_PERSON_CUE = re.compile(r"(?i)(?<!\w)(?:at|@|from|of|in|on|for|the)\s*$")
_LOWER_MET = _rx(
    r"(?<!\w)(?:met|saw|met\s+with|spoke\s+with|with|"
    # "and the owner maria wants a quote", "met the manager pierre" (never "our manager")
    r"(?:the|their|its)\s+(?:owner|manager|buyer|ceo|cfo|cto|coo|head\s+buyer|director|founder|"
    r"gm|md))\s+"
)


def _person_after_owner(msg: _Msg, pos: int) -> str | None:
    """The person after "<Company>'s": "Telenor's Kjetil Haugen", "Roche's Dr. Beat Keller",
    or after the role: "KPMG's audit lead, Sarah O'Brien"."""
    r = msg.run(pos, lower_ok=False, max_words=4)
    if (
        r
        and (_is_person(r[0]) or len(r[0].split()) >= 2)
        and not _firm_like(r[0])
        and not any(_not_a_name(w) for w in r[0].split())
        and not _PLACE_AFTER.match(msg.folded, r[2])  # "Fonterra's Auckland office"
    ):
        return r[0]
    ap = re.match(r"[^,.;:!?]{1,40}?,\s*", msg.text[pos:])
    if ap:
        r = msg.run(pos + ap.end(), lower_ok=False, max_words=4)
        if r and _is_person(r[0]):
            return r[0]
    return None


# "… and met Shola Akinlade": whom one met is a person, whether or not the first name is known
_MET_BEFORE = re.compile(r"(?i)(?<!\w)(?:met|met\s+with|saw|sat\s+down\s+with)\s+$")


def _person_later(msg: _Msg, account: str | None) -> tuple[str, int] | None:
    """A person a log names besides its company, anywhere in it: "visited Northwind, met their
    buyer Ahmed", "Bank of Ireland called, Siobhan Murphy wants …", "Their COO, Bilal Qureshi,
    wants a pilot". A known first name starts it; a lone first name needs a cue before it."""
    text = msg.text
    if text == text.lower():  # dictated: "visited mercy hospital and met doctor amara okafor"
        for m in _LOWER_MET.finditer(msg.folded):
            r = msg.run(m.end(), lower_ok=True, max_words=3)
            if r and _is_person(r[0]) and not _not_a_name(r[0]) and r[0] != account:
                return r[0], r[2]
        return None
    for m in re.finditer(r"(?<![\w@.'’/-])[^\W\d_]", text):
        i = m.start()
        if not text[i].isupper() or msg.blocked_at(i):
            continue
        r = msg.run(i, lower_ok=False, max_words=4)
        if r is None:
            continue
        name = r[0]
        if account and (fold(name) in fold(account) or fold(account) in fold(name)):
            continue
        head = text[:i]
        met = len(name.split()) >= 2 and _MET_BEFORE.search(head) is not None
        met = met and not _NOT_PERSON_CUE.search(head)
        if met and not _firm_like(name) and not _not_a_name(name):
            return name, r[2]  # "visited Paystack and met Shola Akinlade": met a person
        if not _is_person(name) or _not_a_name(name) or _firm_like(name):
            continue
        if _NOT_PERSON_CUE.search(head):
            continue
        if len(name.split()) >= 2:
            return name, r[2]
        if _PERSON_CUE.search(head) and not _CALENDAR_WORD.fullmatch(fold(name)):
            return name, r[2]  # "met their buyer Ahmed"; "push it to January" names no one
    return None


# one of the rep's own people before or around a name: "our engineer Tom", "My manager Julie
# and I", "Peter from our finance team", "my colleague Ana"
_OWN_BEFORE = _rx(
    r"(?<!\w)(?:my|our)\s+(?!(?:champion|contact|client|customer|buyer|sponsor|main|key|friend|"
    r"man|guy|person|lady|woman|favourite|favorite|new|old)(?!\w))(?:[^\W\d_]+\s+){0,2}$"
)
_OWN_AFTER = _rx(r"\s+(?:from|of|in)\s+(?:our|my)\s+")
# whom the rep dealt with after a colleague: "… joined my call with Kemal Yildiz", "went with
# me to see Hans Larsen", "and I met Ricardo Silva"
_DEALT_WITH = _rx(
    r"(?<!\w)(?:with|met|met\s+with|to\s+see|see|saw|visited|called|emailed|introduced\s+me\s+to)"
    r"\s+(?=[^\W\d_])"
)


def _colleague(msg: _Msg, name: str) -> bool:
    """A name the message gives as the rep's own colleague, never the customer's contact."""
    at = msg.text.find(name)
    if at < 0:
        return False
    return bool(
        _OWN_BEFORE.search(msg.folded[max(0, at - 40) : at])
        or _OWN_AFTER.match(msg.folded, at + len(name))
    )


def _contact_past_colleague(msg: _Msg, colleague: str) -> str | None:
    """The person the rep dealt with, named after a colleague who came along: "Our engineer
    Tom went with me to see Hans Larsen at Nordhavn" is Hans Larsen."""
    start = msg.text.find(colleague) + len(colleague)
    for m in _DEALT_WITH.finditer(msg.folded, start):
        r = msg.run(m.end(), lower_ok=False, max_words=4)
        if r is None or r[0] == colleague or _firm_like(r[0]) or _not_a_name(r[0]):
            continue
        if _is_person(r[0]) or len(r[0].split()) >= 2:
            return r[0]
    return None


# "Jon Berg and Sara Dahl from Fjord Salmon": two people met alike
_AND_ANOTHER = _rx(r"\s+(?:and|&)\s+(?=[^\W\d_])")


def _second_person_alike(msg: _Msg, contact: str) -> str | None:
    """A second full name joined to the contact by "and" ("had a call with Amy Ross and Kate
    Bell"): the log has two people and no one contact; the bot asks which."""
    at = msg.text.find(contact)
    if at < 0 or len(contact.split()) < 2:
        return None
    m = _AND_ANOTHER.match(msg.folded, at + len(contact))
    r = msg.run(m.end(), lower_ok=False, max_words=3) if m else None
    if r and len(r[0].split()) >= 2 and _is_person(r[0]) and not _firm_like(r[0]):
        return r[0]
    return None
