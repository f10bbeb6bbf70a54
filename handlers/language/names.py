"""Names a message gives (contact, account) once people and firms are told apart: tidying the
spans, names linked by "at"/"from"/"of", names in free order, and the names a question asks
about.
"""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.language import langcues, translit
from handlers.language.dates import fold
from handlers.language.message import _first_names, _Msg, _script, _stage_of
from handlers.language.name_cues import _account_after, _is_company, _is_person, _not_a_name
from handlers.language.patterns import _rx
from handlers.language.people import _GLUED_END, _NAME_LINK_OTHER, _TITLE_LINKS
from handlers.language.result import ParseResult

_CONTACT_AT = _rx(
    r"^(?:the\s+)?(?:contacts?|person|people)\s+(?:at|in|from|of)\s+(?P<n>.+)$"
    # "show me the Initech contacts", "the Hooli people": whom we know at a company
    r"|^(?:the\s+|our\s+)?(?P<n2>[^\W\d_].{0,40}?)\s+(?:contacts|people|folks)$"
)
_NOT_A_FIRM_HEAD = frozenset(
    {"my", "our", "your", "all", "his", "her", "their", "new", "these", "those", "key", "main",
     "other", "some", "any"}
)  # fmt: skip
_CONTACT_Q = _rx(
    r"^(?:the\s+)?(?:contact\s+details|contact\s+info|phone\s*#|ph\s*#)\s+(?:of|for|on)\s+(?P<n7>.+)$|"
    r"^(?:(?:the|den|die|le|la|el|την|τον)\s+)?(?:contact|person|kontakt|kontakten|contacto|"
    r"επαφη|fiche\s+de|ficha\s+de)\s+(?:named\s+|called\s+|de\s+)?(?P<n>.+)$"
    r"|^(?P<n5>[^\W\d_].{0,40}?)\s+kontaktua$"
    r"|^(?P<n2>.+?)\s+from\s+my\s+contacts?$"
    r"|^(?:the\s+)?(?:address|number|phone|phone number|email|e-mail)\s+(?:of|for)\s+(?P<n3>.+)$"
    # "search contacts for Okafor", "find people named Lena": the kind said before the name
    r"|^(?:contacts?|people|persons?)\s+(?:named|called|for)\s+(?P<n6>.+)$"
    r"|^(?P<n4>[^\W\d_].{0,40}?)['’]s\s+(?:phone\s+number|phone|number|mobile|cell|email|e-mail|"
    r"address|details|contact\s+details|card|record|profile)$"
)
_ACCOUNT_Q = _rx(
    # "find companies named Acme", "acct details hooli", "account info for Initech"
    r"^(?:companies|accounts|firms|customers)\s+(?:named|called|for)\s+(?P<n3>.+)$"
    r"|^(?:account|acct|company)\s+(?:details|info|card|record)\s+(?:(?:for|of|on)\s+)?(?P<n4>.+)$|"
    r"^(?:the\s+)?(?P<n>.+?)\s+(?:account|acct|company)$|^(?:(?:the|den|die|das|le|la|el|την|τον|το)\s+)?"
    r"(?:account|acct|company|konto|firma|kunden?|compte|société|entreprise|cuenta|empresa|firmaet|"
    r"εταιρεια|λογαριασμο)\s+(?:de\s+|del\s+|von\s+|du\s+|d')?(?P<n2>.+)$"
    # Basque puts the noun after the name: "Bilatu Laboral Kutxa enpresa"
    r"|^(?P<n5>[^\W\d_].{0,40}?)\s+(?:enpresa|konpainia|bezeroa)$"
)


def _query_names(q: str) -> tuple[str | None, str | None]:
    """(contact, account) a find query names when that is clear: "the contact Jon Snow",
    "the Initech account", "Acme Corp"; else neither ("find Maria": the query is the text)."""
    f = fold(q)
    m = _ACCOUNT_Q.match(f)
    if m and (m.group("n3") or m.group("n4")):  # "account details for X" is no contact's
        g = "n3" if m.group("n3") else "n4"
        return None, q[m.start(g) : m.end(g)].strip(" ?.!")
    m = _CONTACT_AT.match(f)
    firm = m.group("n2") if m else None
    if firm and (firm.split()[0] in _NOT_A_FIRM_HEAD or _not_a_name(firm)):
        m = None  # "my contacts", "the sales people": no company named
    if m:  # "the contact at Globex": the company is what is searched
        g = "n" if m.group("n") else "n2"
        return None, q[m.start(g) : m.end(g)].strip(" ?.!")
    m = _CONTACT_Q.match(f)
    if m:
        g = next(k for k in ("n", "n2", "n3", "n4", "n5", "n6", "n7") if m.group(k))
        return q[m.start(g) : m.end(g)].strip(" ?.!"), None
    m = _ACCOUNT_Q.match(f)
    if m:
        g = next(k for k in ("n", "n2", "n5") if m.group(k))
        return None, q[m.start(g) : m.end(g)].strip(" ?.!")
    words = q.split()
    if not words or len(words) > 4 or "@" in q or any(c.isdigit() for c in q):
        return None, None
    if _is_company(q):
        return None, q
    return None, None


_LINK_HEAD = _rx(r"^(?:con|a|al|mit|an|avec|à|med|til|με|με\s+τον|με\s+την)\s+(?=\S)")
_FIRM_AFTER = {
    "de": _rx(r"\s+(?:von\s+der|von\s+den|vom|von)\s+(?=[^\W\d_])"),
    "nb": _rx(r"\s+(?:fra|hos)\s+(?=[^\W\d_])"),
    "es": _rx(r"\s+(?:de|del)\s+(?=[^\W\d_])"),
    "fr": _rx(r"\s+(?:de|du|chez)\s+(?=[^\W\d_])"),
}


_PLACE_BEFORE = _rx(
    r"(?<!\w)(?:planta|oficina|oficinas|fábrica|sede|usine|bureaux|bureau|siège|werk|büro|fabrik|"
    r"zentrale|kontoret|fabrikken|anlegget|equipo|équipe|team|teamet|gente)(?:\s+[^\W\d_]+)?\s+"
    r"(?:de|del|von|der|des|du|d'|til|hos|chez)\s*(?:(?:la|las|los|el|le|les|der|den)\s+)?$"
)
_NB_FIRM_IN = re.compile(
    r"(?<!\w)i\s+(?P<firm>[A-ZÆØÅ][\w&.-]*(?:\s+[A-ZÆØÅ][\w&.-]*){0,3}\s+(?:AS|ASA|SA|AB)"
    # or an acronym: "Snakket med Lars Berg i DNB"
    r"|[A-ZÆØÅ]{2,6}(?=\s*[,.;:!?]|\s*$))(?!\w)"
)


def _names_tidy(result: ParseResult, cleaned: str, lang: str) -> ParseResult:
    if result.intent not in ("log_activity", "remind", "create_contact", "create_deal"):
        return result
    contact, account = result.contact, result.account
    if contact:
        link = _LINK_HEAD.match(fold(contact))
        if link and contact[link.end() :][:1].isupper():
            contact = contact[link.end() :]
    glued = _GLUED_END.get(lang)
    # a reminder names its person or company with the same endings ("Gamesari eskaintza
    # bidaltzea": send Gamesa the offer), read the same way when nothing else named them
    unnamed_to_do = result.intent == "remind" and contact is None and account is None
    if glued and lang in ("eu", "kk") and (result.intent == "log_activity" or unnamed_to_do):
        # a Latin name in a Kazakh message is a company ("Kaspi Bank-те Айгүлмен кездестім")
        latin_contact = lang == "kk" and contact is not None and contact.isascii()
        if (
            contact is None
            or contact[:1].islower()
            or (latin_contact and not translit.LATIN_TYPED.get())
        ):
            # a reminder's names are in its task, not its head ("Gogorarazi" ends like "-i")
            task = result.text if unnamed_to_do and result.text else cleaned
            c2, a2 = _names_free_order(_Msg(task), lang)
            if unnamed_to_do and lang == "eu":
                c2, a2 = _eu_uncut(c2, task), _eu_uncut(a2, task)
            if unnamed_to_do and c2 and not a2 and not _is_person(c2):
                c2, a2 = None, c2  # a reminder's name that is no first name: the company
            if c2 or a2:
                contact, account = c2, account or a2
        for key in ("contact", "account"):
            value = contact if key == "contact" else account
            # "Etxeberria-rekin", and Basque "-rekin" glued without a hyphen ("Josu
            # Alonsorekin"): no name ends so, the comitative always does
            unhyphened = lang == "eu" and key == "contact" and value and value.endswith("rekin")
            if value and ("-" in value.split()[-1] or unhyphened):
                bare = glued.sub("", value)
                if bare != value and len(bare.split()[-1]) >= 3:
                    value = bare
            if key == "contact":
                contact = value
            else:
                account = value
    if result.intent == "log_activity" and contact and lang not in ("eu", "kk"):
        said = langcues.cue_of(contact, lang)
        if said and said.at == 0 and said.intent == "log_activity" and said.end < len(contact):
            # "Var innom Tine": the verb of the visit was read into the name
            rest = contact[said.end :].strip()
            if rest[:1].isupper():
                contact = rest
                if said.kind == "visit" and account is None:
                    contact, account = None, rest  # a place visited is a company
        if contact and contact[:1].islower() and cleaned != cleaned.lower():
            contact = None  # "réunion d'équipe", "rdv chez le dentiste": no one's name
        if (
            contact
            and account is None
            and result.activity_type == "visit"
            and not _is_person(contact)
        ):
            contact, account = None, contact  # "visita a Repsol": a place visited is a company
        at = cleaned.find(contact) if contact else -1
        if contact and account is None and at > 0 and _PLACE_BEFORE.search(fold(cleaned[:at])):
            # "l'équipe achats de Thales", "las oficinas de El Corte Inglés": a company
            contact, account = None, contact
        if account is None and lang == "nb":
            firm_in = _NB_FIRM_IN.search(cleaned)
            if firm_in:  # "Eirik Moe i Bergen Engineering AS": the company he is at
                account = firm_in.group("firm")
    firm = _FIRM_AFTER.get(lang)
    split = firm.search(fold(contact)) if firm and contact else None
    if split and contact and account is None:
        left, right = contact[: split.start()], contact[split.end() :]
        one_first = len(left.split()) == 1 and fold(left) in _first_names()
        firm_like = right.isupper() or _is_company(right) or len(right.split()) >= 2
        cased = right[:1].isupper() or cleaned == cleaned.lower()  # dictation has no capitals
        if (firm_like or not one_first) and cased:  # not "Ursula von der Leyen", "Ana de la Cruz"
            contact, account = left, right
    if (contact, account) != (result.contact, result.account):
        return replace(result, contact=contact, account=account)
    return result


def _names_linked(msg: _Msg, lang: str) -> tuple[str | None, str | None]:
    """(contact, account) of a log in es/de/fr/nb: the first capitalised name after a link
    word ("mit", "à", "con", "med", a title), a person when a title or a first name says so,
    else a company; a firm named after the person ("von der Allianz", "de Renault")."""
    links = fold(_NAME_LINK_OTHER.get(lang, ""))
    if not links:
        return None, None
    lowered = msg.text == msg.text.lower()  # dictated: no capitals to go by
    for m in re.finditer(rf"(?<![\w'])(?:{links})(?:\s+|(?<=')|(?<=\.)\s*)", msg.folded):
        i = m.end()
        if i >= len(msg.text) or msg.blocked_at(i) or not (msg.text[i].isupper() or lowered):
            continue
        r = msg.run(i, lower_ok=lowered, max_words=4)
        if r is None or _not_a_name(r[0]):
            continue
        link = " ".join(m.group(0).split())
        name, end = r[0], r[2]
        tidy = _names_tidy(ParseResult(intent="log_activity", contact=name), msg.text, lang)
        if tidy.account:  # "Jonas Becker von der Allianz"
            at = msg.text.find(tidy.account, i + len(tidy.contact or ""))
            whole = msg.run(at, lower_ok=False, max_words=5, suffix_ok=True) if at > 0 else None
            return tidy.contact, whole[0] if whole else tidy.account
        if link in ("bei", "chez", "hos") and not _is_person(name):
            return None, name  # "Heute bei Bosch gewesen": a visit to a firm
        if link in _TITLE_LINKS or _is_person(name) or lang != "de" or not _is_company(name):
            if link not in _TITLE_LINKS and (_is_company(name) or name.isupper()):
                return None, name
            return name, _account_after(msg, end)
        return None, name
    return None, None


_EU_PLACE_OF = re.compile(r"(?<=\w{3})-?(?:eko|ko)$")


# in a Greek or Kazakh message typed in Latin letters (read with its link words in the script)
_PERSON_ARTICLE = frozenset(fold(w) for w in ["τον", "ο", "κ", "κα"])
_FIRM_BEFORE = frozenset(fold(w) for w in ["από", "απο", "της", "του", "στην", "στη", "στο"])


def _eu_uncut(name: str | None, said: str) -> str | None:
    """A Basque name whose bare ending was cut ("Eroski" → "Erosk", "Kutxabank" →
    "Kutxaban"): a reminder's object stands bare ("Eroski deitzea"), so only an ending after a
    hyphen, one starting with "r" ("Gamesari", "Ikerri") or one after a first name
    ("Mireni") is a case ending."""
    if not name:
        return name
    m = re.search(rf"(?<!\w){re.escape(name)}(\w*)", said)
    tail = m.group(1) if m else ""
    if not tail or tail.startswith("r") or _is_person(name):
        return name
    return name + tail


def _names_free_order(msg: _Msg, lang: str) -> tuple[str | None, str | None]:
    """(contact, account) of a Greek, Basque or Kazakh log, wherever the names stand.

    Every capitalised run that is not a date is a name; Basque and Kazakh lose the case
    ending glued to its last word ("Дәурен Ахметовпен" → Дәурен Ахметов, "Jon Arrietari" →
    Jon Arrieta). A run in Latin letters in a Greek or Kazakh message is a company ("Air
    Astana кеңсесінде"), and so is a Basque run whose first word is no first name. The first
    word of the message is a name only when it carries a case ending or is a first name:
    otherwise it is the capitalised verb or noun a sentence starts with."""
    glued = _GLUED_END.get(lang)
    contact: str | None = None
    account: str | None = None
    i = 0
    text = msg.text
    while i < len(text):
        m = re.compile(r"(?<![\w@.'’-])[^\W\d_]").search(text, i)
        if m is None:
            break
        i = m.start()
        if not text[i].isupper() or msg.blocked_at(i):
            i = m.end()
            continue
        r = msg.run(i, lower_ok=False, max_words=4)
        if r is None:
            i = m.end()
            continue
        name, _s, end = r
        words = name.split()
        if lang == "el" and len(words) > 1 and fold(words[0]) in ("ο", "η", "τον", "την", "το"):
            words = words[1:]  # "Η Ελένη από την Cosmote με πήρε": the article, then the name
            i = i + 1  # not the sentence's first word any more
        if lang == "eu" and len(words) > 1 and _EU_PLACE_OF.search(words[0]):
            # "Irizarreko Joxe Mariri": Joxe Mari of Irizar (the firm before the person)
            firm = _EU_PLACE_OF.sub("", words[0])
            account = account or (firm[:-1] if firm.endswith("rr") else firm)
            words = words[1:]
            i = i + 1
        if lang == "kk" and len(words) > 1 and _script(words[0]) != _script(words[-1]):
            words = words[:1]
        last = words[-1]
        bare_last = glued.sub("", last) if glued else last
        cut = bare_last != last and len(bare_last) >= 3
        if cut:
            words[-1] = bare_last
        name = " ".join(words).strip(" -")
        latin = name.isascii()
        first_name = fold(words[0]) in _first_names()
        several = len(words) >= 2 and lang in ("kk", "eu")  # "Айгерим Нұрланқызы деген …"
        if i == 0 and not (cut or first_name or several or (latin and lang != "eu")):
            i = end
            continue
        if _not_a_name(name) or _stage_of(name):
            i = end
            continue
        # a Latin name in a Greek or Kazakh message is a company, unless the whole message
        # was typed in Latin letters (handlers.language.translit): then a first name is a person
        latin_firm = latin and lang in ("kk", "el")
        if latin and translit.LATIN_TYPED.get():
            # a first name, or a name after a person's article ("me ton Kosta Nikolaou"), is
            # a person, unless a link word before says a firm: "apo tin Intrakat" (from)
            said = [fold(w) for w in text[:i].split()[-2:]]
            person = first_name or bool(said and said[-1] in _PERSON_ARTICLE)
            latin_firm = bool(set(said) & _FIRM_BEFORE) or not person
        if latin_firm or (lang == "eu" and not first_name and not cut):
            account = account or name
        elif lang == "eu" and cut and not first_name:
            if re.search(r"(?i)-?(?:ri|rekin|ekin|i)$", last):  # "Jon Arrietari": a person
                contact = contact or name
            else:
                account = account or name
        else:
            contact = contact or name
        i = end
    return contact, account
