"""What the first-word rules read wrong or not at all in the seven other languages: stage moves
said with the verb last, names with case endings or link words glued on, a deadline that is the
customer's, and reminder times said too vaguely to guess.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from handlers.language import langcues, translit
from handlers.language.amounts import one_amount
from handlers.language.dates import find_whens, fold, local_now
from handlers.language.learned import _parse_learned
from handlers.language.message import _Msg
from handlers.language.name_cues import _is_person, _not_a_name
from handlers.language.names import _names_tidy, _query_names
from handlers.language.patterns import _alt, _rx
from handlers.language.result import ASK_BELOW, ParseResult
from handlers.language.when_checks import _month_end

_REMIND = _rx(
    # a request's own head: "olly", "i want you to", "could you please" ask, they are not the task
    r"^(?:(?:hey\s+|ok\s+)?(?:olly|siri|alexa|google)[\s,]+)?"
    r"(?:(?:please|pls|hey|(?:i\s+(?:want|need)|i'?d\s+like)\s+you\s+to|"
    r"(?:can|could|would|will)\s+you(?:\s+please)?)\s+)?(?:"
    + _alt(
        "remind me|reminder|set a reminder|set reminder|add a reminder|add reminder|"
        "set me a reminder|get me a reminder|"
        "create a reminder|new reminder|remind|don't forget to|dont forget to|"
        "ping me|nudge me|make sure i remember to|make sure i remember|don't let me forget to|"
        "don't let me forget|dont let me forget to|dont let me forget|alert me|notify me|"
        "give me a heads up|can you remind me|could you remind me|schedule a reminder|"
        "heads up|heads-up|rmd me|rmd|reminder:|"
        "do not forget to|todo|to do|to-do|recuérdame|recuerdame|recordarme|recordatorio|"
        "erinnere mich|erinnere mich daran|erinnerung|rappelle-moi|rappelle moi|rappel|"
        "minn meg på|minn meg om|påminn meg|påminn meg om|påminnelse|θύμισέ μου|"
        "θύμισε μου|υπενθύμισέ μου|υπενθύμισε μου|υπενθύμιση|gogorarazi|"
        "gogorarazi iezadazu|gogoratu|еске сал|еске салу|ескерт|"
        # polite heads of the other languages: "Vennligst minn meg på …"
        "vennligst minn meg på|vær så snill og minn meg på|vennligst påminn meg om"
    )
    # "make sure I call Winston back at 3": the task follows ("make sure I'm …" is no task)
    + r"|make\s+sure\s+(?:that\s+)?i(?=\s)(?!\s+(?:am|was|have\s+been)\b)"
    + r")(?!\w)[\s:,\-]*"
)


_DEAL_NOUN = _rx(
    r"(?<!\w)(?:deal|trato|negocio|oportunidad|affaire|opportunité|avtalen?|dealen|auftrag|lo\s+de|"
    r"συμφωνία|ευκαιρία|akordioa?|мәміле\w*)(?!\w)|-(?:avtalen|dealen)(?!\w)"
)


_KK_MONTHS = [
    fold(m)
    for m in (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    )
]
_KK_MONTH_CLOSE = re.compile(
    rf"(?<!\w)(?P<mon>{'|'.join(_KK_MONTHS)})(?:да|де|та|те)\s+(?:жабыл\w*|аяқтал\w*)"
    # "жабылуы наурыз", "жабылу күні: наурыз": its close, then the month
    rf"|(?<!\w)жабылу\w*(?:\s+күні)?[\s:-]+(?P<mon2>{'|'.join(_KK_MONTHS)})(?:да|де|та|те)?(?!\w)"
)
_EU_MONTHS = "urtarril otsail martxo apiril maiatz ekain uztail abuztu irail urri azaro abendu"
# "martxoan itxiko da": closes in March (the verb after the month, as in Kazakh)
_EU_MONTH_CLOSE = re.compile(
    rf"(?<!\w)(?P<mon>{'|'.join(_EU_MONTHS.split())})(?:an|ean|n)\s+(?:itxiko|itxi\w*)(?!\w)"
)


def _other_language(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    """What the first-word rules read wrong or not at all in another language.

    - a stage move: the deal is its name, without "der Deal … ist", "l'affaire … est",
      "-avtalen er", and Greek, Basque and Kazakh moves said with the verb last;
    - in Greek, Basque and Kazakh, the message's own words (:mod:`handlers.language.langcues`)
      say the intent wherever they stand: the rules read only the first word ("Бүгін
      Samruk кеңсесіне бардым" is a visit, not a reminder).
    """
    moved = langcues.move_of(cleaned, lang)
    if result.intent == "move_deal" and result.deal:
        said = result.deal.split(",")[0].strip()  # "Vinci Autoroutes, budget gelé": a reason
        said = langcues.before_reason(said).strip() or said  # "Telefónica por precio"
        tidy = langcues.tidy_deal(said)  # "L'affaire Carrefour est" → Carrefour
        if tidy and moved and moved[0] != tidy and moved[0].startswith(tidy):
            # "Η συμφωνία Sklavenitis κερδήθηκε": the rules took "is" for the copula and cut
            # the name; the language's own reading keeps the whole word
            return replace(result, deal=moved[0])
        if tidy and tidy != result.deal and any(c.isupper() for c in tidy):
            return replace(result, deal=tidy)
        if not tidy and moved:  # "Le deal Pernod Ricard est signé": "Le" was no name
            return replace(result, deal=moved[0], stage=result.stage or moved[1])
        return result
    unsure = result.intent in ("create_deal", "log_activity") and result.confidence < ASK_BELOW
    if moved and (result.intent == "unknown" or unsure) and _DEAL_NOUN.search(fold(cleaned)):
        deal, stage = moved
        reason = result.text if result.intent == "move_deal" else None
        if reason is None and stage == "lost" and re.search(r"[,;:]\s*\S", cleaned):
            reason = re.split(r"[,;:]\s*", cleaned, maxsplit=1)[1].strip(" .!") or None
        return ParseResult(intent="move_deal", deal=deal, stage=stage, text=reason)
    updated = langcues.update_of(cleaned, lang)
    asked = _REMIND.match(fold(cleaned)) is not None  # "Rappelle-moi d'augmenter …": a to-do
    if (
        updated
        and not asked
        and result.intent in ("remind", "create_deal", "update_deal", "unknown")
    ):
        # "Décaler la clôture de l'affaire Engie solaire au 15 janvier", "Øk avtalen X til 400k"
        deal, what = updated
        if what == "close":
            lnow = local_now(now, tz)
            dated = [w for w in find_whens(cleaned, lnow, tz, lang, date_order=order) if w.has_date]
            if len(dated) == 1:
                return ParseResult(intent="update_deal", deal=deal, close=dated[0].due.date())
        else:
            new_amount, doubt = one_amount(fold(cleaned))
            if new_amount is not None and doubt is None:
                return ParseResult(
                    intent="update_deal",
                    deal=deal,
                    amount=new_amount.value,
                    currency=new_amount.currency,
                )
    tiny = re.fullmatch(r"[^\W\d_]{1,3}", result.deal or "")
    if result.intent == "create_deal" and tiny and tiny.group(0).islower():
        result = replace(result, deal=None)  # "avec Sanofi de 80 000 €": "de" names no deal
    glued_opp = result.intent == "create_deal" and lang in ("eu", "kk")
    if glued_opp and result.deal and not result.account:
        bare = _GLUED_WITH.sub("", result.deal)
        if bare != result.deal:  # "Aukera berria Eroski-rekin": a new opp with Eroski
            return replace(result, deal=None, account=bare)
    cue = langcues.cue_of(cleaned, lang)
    if cue is None:
        return result
    if cue.intent == "find" and lang in langcues.FREE_ORDER:
        # "Ерлан Сейітов кім?" (the name first), "Ποιος είναι ο Νίκος Αλεξίου;", "Nor da Ane …?"
        f = fold(cleaned)
        cue_end = re.compile(r"(?<!\w)\S+(?:\s+\S+)?").match(f, cue.at)
        if lang == "kk":
            name = cleaned[: cue.at].strip()
            if fold(cleaned[cue.at :]).startswith("тап") and name:
                # "Мәдина Сәрсенбаеваны тап": the name without its object ending
                name = re.sub(r"(?<=\w{3})(?:ны|ні|ды|ді|ты|ті)$", "", name)
        else:
            head = re.match(r"(?i)^\s*(?:ποιοσ|ποια|βρεσ|nor)\s+(?:ειναι|da)?\s*", f)
            name = cleaned[head.end() :] if head else (cleaned[cue_end.end() :] if cue_end else "")
        name = _GREEK_ARTICLE.sub("", name.strip(" ?;!.\"'")).strip(" ?;!.")
        said_c, said_a = _query_names(name) if name else (None, None)
        if said_c or said_a:  # "Βρες την επαφή Σοφία Γεωργίου": the contact Σοφία Γεωργίου
            return ParseResult(intent="find", contact=said_c, account=said_a, text=said_c or said_a)
        if name:
            who = name if name[:1].isupper() and len(name.split()) <= 4 else None
            return ParseResult(intent="find", contact=who, text=name)
    if lang in langcues.FREE_ORDER:
        swap = result.intent != cue.intent and result.intent in (
            "remind",
            "log_activity",
            "unknown",
            "update_deal",
            "find",
        )
        if swap and cue.intent in (
            "remind",
            "log_activity",
            "find",
            "create_deal",
            "create_contact",
        ):
            return _parse_learned(cleaned, now, tz, lang, order, forced=cue)
        if swap and cue.intent == "list_reminders":
            return ParseResult(intent="list_reminders")
    elif (
        cue.intent == "remind"
        and (result.intent == "unknown" or result.confidence < ASK_BELOW)
        and result.intent in ("remind", "unknown")
        and not result.unread
    ):
        # "ruf Peter Klein morgen um 15 Uhr an": a to-do said with the verb of the language
        return _parse_learned(cleaned, now, tz, lang, order, forced=cue)
    elif (
        cue.intent == "log_activity"
        and (
            result.intent in ("remind", "unknown")
            # a past verb of the language ("… habe ich mich mit X getroffen"): the learned
            # reader's guess of a search gives way; the rules' own find forms stay
            or (result.intent == "find" and result.confidence < 1.0)
        )
        and not (result.intent == "remind" and _REMIND.match(fold(cleaned)))
    ):
        # "Déjeuner avec Paul Martin jeudi à midi": a meeting still to come, logged with its time
        return _parse_learned(cleaned, now, tz, lang, order, forced=cue)
    same = cue.intent == "log_activity" and result.intent == "log_activity"
    if same and cue.kind and result.activity_type != cue.kind and result.confidence < 1.0:
        return replace(result, activity_type=cue.kind)  # "Envoyé un mail à …": an email
    return result


def _remark_with_a_day(result: ParseResult, cleaned: str, lang: str) -> bool:
    """A remark that names a day ("Bon week-end, à lundi !", "God helg, vi ses mandag!", "Il
    fait beau à Paris aujourd'hui"): the learned reader, which saw such days mostly in
    reminders, guesses a reminder below the ask threshold. With no word of the language that
    asks to be reminded or says a to-do (no reminder head, no cue), nothing was asked: small
    talk stays ``unknown`` rather than a reminder at that day being offered."""
    return (
        lang not in langcues.FREE_ORDER
        and result.intent == "remind"
        and result.confidence < ASK_BELOW
        and _REMIND.match(fold(cleaned)) is None
        and langcues.cue_of(cleaned, lang) is None
    )


def _other_language_after(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    """A reminder whose time is said too vaguely ("später", "plus tard", "кейінірек"): no
    time is guessed, the words are shown back and the bot asks when. Names lose what the
    language glues to them: a Basque or Kazakh case ending ("Mikel Etxeberria-rekin"), a
    link word the tagger kept ("con Elena Navarro"), a firm after "von (der)" ("Jonas Becker
    von der Allianz" is Jonas Becker at Allianz)."""
    if _remark_with_a_day(result, cleaned, lang):
        # sure of it as the reader was unsure of the reminder: the rest of its probability
        return ParseResult(intent="unknown", confidence=round(1.0 - result.confidence, 3))
    result = _names_tidy(result, cleaned, lang)
    if result.intent == "remind" and lang in ("el", "kk") and result.account is None:
        result = _firm_named_as_person(result, lang)
    if result.intent == "log_activity" and lang == "de":
        result = _german_verb_last(result, cleaned)
    firm_as_person = result.account is None and result.contact is not None
    seen_first = result.intent == "log_activity" and lang in _SEEN_FIRST
    if seen_first and (result.contact is None or firm_as_person):
        result = _person_seen(result, cleaned, lang)
    if result.intent == "remind" and lang == "de" and not (result.contact or result.account):
        result = _german_to_do_name(result)
    if result.intent == "create_deal" and result.close is None and lang in ("kk", "eu"):
        kk_close = (_KK_MONTH_CLOSE if lang == "kk" else _EU_MONTH_CLOSE).search(fold(cleaned))
        if kk_close:  # "наурызда жабылады", "martxoan itxiko da": closes in March
            months = _KK_MONTHS if lang == "kk" else _EU_MONTHS.split()
            said = kk_close.groupdict().get("mon2") or kk_close.group("mon")
            mon = months.index(said) + 1
            lnow = local_now(now, tz)
            year = lnow.year if mon >= lnow.month else lnow.year + 1
            result = replace(result, close=_month_end(year, mon))
    if result.intent == "log_activity" and result.due is not None:
        result = _their_deadline(result, cleaned, now, tz, lang, order)
    if result.intent == "remind" and result.due is None and not result.unread:
        said = langcues.vague_when(cleaned, lang)
        if said:
            text = result.text
            if text and said in text:
                text = " ".join(text.replace(said, " ").split()).strip(" ,;:-") or text
            return replace(
                result,
                text=text,
                unread=(said,),
                confidence=min(result.confidence, ASK_BELOW / 2),
            )
    return result


def _firm_named_as_person(result: ParseResult, lang: str) -> ParseResult:
    """A Greek or Kazakh reminder's one name that is an acronym ("για τον ΟΤΕ") or a
    hyphenated name that is no person's ("Самұрық-Қазынаға баруды"): the company. The
    tagger, which saw no row in these languages, read it as the person."""
    who = result.contact
    if not who or len(who.split()) > 2:
        return result
    acronym = len(who) >= 2 and who.replace(" ", "").isupper()
    # a Latin name in a Greek or Kazakh reminder ("με την Alpha Bank"), as in a log
    # (names._names_free_order), unless it is one first name ("τον Niko")
    one_first = len(who.split()) == 1 and _is_person(who)
    latin = who.isascii() and not translit.LATIN_TYPED.get() and not one_first
    parts = who.split("-")
    joined = (
        lang == "kk"  # Greek first names are joined so ("Γιάννη-Μιχάλη"), Kazakh ones hardly
        and len(parts) == 2
        and all(p[:1].isupper() for p in parts)
        and not any(_is_person(p) for p in [who, *parts])
    )
    if acronym or joined or latin:
        return replace(result, contact=None, account=who)
    return result


# German puts the past participle last: "Ich habe Lisa Braun von Audi angerufen", "Gestern
# habe ich Petra Lang bei Bosch besucht". The person is what stands between "habe (ich)" with
# its time words and the verb, the firm after "von/bei"; read by the first-word rules and the
# tagger, the word before the verb ("Audi") had been taken for the person, or none found.
_UC = r"[A-ZÄÖÜ]"
_DE_PERFECT = re.compile(
    r"(?<!\w)(?i:habe|hab)\s+(?:(?i:ich)\s+)?"
    r"(?:(?i:heute|gestern|eben|gerade|grad|vorhin|kurz|noch|dann|vormittag|nachmittag|abend|"
    r"morgen|mittag|früh)\s+)*"
    r"(?P<title>(?:(?:Herrn|Herr|Frau|Dr\.|Doktor|Prof\.|Professor)\s+)*)"
    rf"(?P<name>{_UC}[\w'-]+(?:\s+{_UC}[\w'-]+){{0,2}}?)"
    r"(?:\s+(?:von\s+der|von\s+dem|vom|von|bei\s+der|bei\s+dem|beim|bei|aus\s+der|aus)\s+"
    rf"(?P<firm>[A-ZÄÖÜ0-9][\w&.'-]*(?:\s+{_UC}[\w&.'-]*){{0,3}}))?"
    r"\s+(?:angerufen|zurückgerufen|besucht|kontaktiert|getroffen)(?!\w)"
)


def _german_verb_last(result: ParseResult, cleaned: str) -> ParseResult:
    """The person (and firm) of a German log said with the verb last; a lone word that is no
    known first name and has no title may be a company ("Ich habe Siemens besucht"): left."""
    m = _DE_PERFECT.search(cleaned)
    if m is None:
        return result
    name, firm = m.group("name"), m.group("firm")
    person = bool(m.group("title")) or _is_person(name)
    if not person or result.contact == name:
        return result
    account = firm or (result.account if result.account != name else None)
    return replace(result, contact=name, account=account)


# German writes every noun with a capital, so a reminder's name is told by its place: right
# after "für/bei/mit/an/von" with no article ("das Angebot für Würth", "den Anruf bei Zeiss",
# "die Rechnung an Kärcher schicken"), where a common noun takes one ("an den Kunden"). Plural
# and abstract nouns go without ("mit Kunden", "bei Fragen"): their endings are left.
_DE_TO_DO_NAME = re.compile(
    r"(?<!\w)(?:für|bei|mit|an|von)\s+"
    rf"(?P<name>{_UC}[\w&'-]*(?:\s+{_UC}[\w&'-]*){{0,2}})(?![\w&'-])"
)
_DE_NOUN_END = re.compile(
    r"(?:en|ung|ungen|heit|keit|schaft|ion|ionen|tät|nis|chen|lein|ern|eln|ismus|ik)$"
)
_DE_NOT_NAMES = frozenset(
    [
        "kunde",
        "kunden",
        "team",
        "chef",
        "chefin",
        "kollege",
        "kollegin",
        "kollegen",
        "mama",
        "papa",
        "frau",
        "herr",
        "herrn",
        "firma",
        "bank",
        "büro",
        "amt",
        "termin",
        "anruf",
        "angebot",
        "vertrag",
        "rechnung",
        "bericht",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "marketing",
        "vertrieb",
        "einkauf",
        "personal",
        "recht",
        "controlling",
        "legal",
        "support",
        "service",
        "technik",
        "produktion",
        "logistik",
    ]
)


def _german_to_do_name(result: ParseResult) -> ParseResult:
    """The person or company a German reminder is about, from its task's words: a first name
    (or a title) is the person, another name the company (the contract's English rule)."""
    m = _DE_TO_DO_NAME.search(result.text or "")
    if m is None:
        return result
    name = m.group("name")
    first = fold(name.split()[0])
    lone_noun = len(name.split()) == 1 and _DE_NOUN_END.search(first)
    if first in _DE_NOT_NAMES or lone_noun or _not_a_name(name):
        return result
    if _is_person(name):
        return replace(result, contact=name)
    return replace(result, account=name)


# The languages whose log verb comes first ("J'ai vu Antoine Girard chez …", "Møtte Erik
# Solberg …"): the person is the name right after the verb.
_SEEN_FIRST = frozenset({"fr", "es", "nb", "de"})


def _person_seen(result: ParseResult, cleaned: str, lang: str) -> ParseResult:
    """A log's person read from right after its verb when the tagger left none: a run whose
    first word is a known first name ("J'ai vu Antoine Girard chez Schneider Electric")."""
    cue = langcues.cue_of(cleaned, lang)
    if cue is None or cue.intent != "log_activity" or len(fold(cleaned)) != len(cleaned):
        return result
    msg = _Msg(cleaned)
    r = msg.run(cue.end, lower_ok=False, max_words=3)
    first = re.match(r"\S+\s+", cleaned[cue.at : cue.end])
    if r is None and first is not None:  # the person inside the cue: "J'ai eu X au téléphone"
        r = msg.run(cue.at + first.end(), lower_ok=False, max_words=3)
    if r is None:
        return result
    # "Pierre Lefebvre de Total": the tagger's one name was the firm after the person
    split = _PERSON_OF_FIRM.fullmatch(r[0])
    said = {result.contact, result.account} - {None}
    if split and split.group("firm") in said and _is_person(split.group("who")):
        return replace(result, contact=split.group("who"), account=split.group("firm"))
    firm = _OF_FIRM.match(cleaned, r[2])
    if (
        firm
        and result.contact in said
        and firm.group("firm") == result.contact
        and _is_person(r[0])
    ):
        return replace(result, contact=r[0], account=result.contact)
    if result.contact is not None or not _is_person(r[0]) or r[0] == result.account:
        return result
    return replace(result, contact=r[0])


_OF_FIRM = re.compile(r"\s+(?:de|del|chez|von|bei|fra|hos)\s+(?P<firm>[^\W\d_][\w&'-]*)")
_PERSON_OF_FIRM = re.compile(r"(?P<who>.+?)\s+(?:de|del|chez|von|bei|fra|hos)\s+(?P<firm>\S.*)")


# A deadline of the customer's in a log ("er will ein Angebot bis Freitag", "elle veut le devis
# avant jeudi", "θέλει προσφορά μέχρι την Παρασκευή") is part of the note, not the rep's
# follow-up (docs/understanding.md: "she needs the pricing by friday").
_DEADLINE_OTHER = _rx(
    r"(?<!\w)(?:bis(?:\s+(?:zum|spätestens|nächsten?))?|spätestens|avant|d'ici|jusqu'à|"
    r"antes\s+del?|hasta\s+el|innen|før|μέχρι(?:\s+τη[νς]?)?|έως|ως\s+τη[νς]?)\s*(?:am\s+|le\s+|el\s+|"
    r"den\s+|på\s+)?$"
)
_DEADLINE_HEAD_OTHER = _rx(r"(?:μέχρι|έως|ως|bis|avant|antes|innen|før)(?!\w)")
_THEY_WANT = _rx(
    r"(?<!\w)(?:er|sie|der\s+kunde|il|elle|ils|elles|le\s+client|él|ella|ellos|el\s+cliente|"
    r"han|hun|de|kunden|will|wollen|braucht|brauchen|veut|veulent|a\s+besoin|quiere|quieren|"
    r"necesita|necesitan|vil\s+ha|trenger|θέλει|θέλουν|χρειάζεται|ζήτησε|nahi\s+du|ол|олар)(?!\w)"
)
_I_DO = _rx(
    r"(?<!\w)(?:ich|je|j'|yo|jeg|θα\s+(?:του|της|τους|τη|τον|στείλω|πάρω)|schicke|sende|"
    r"melde|envoie|rappelle|relance|mando|envío|llamo|sender|ringer|følger)(?!\w)"
)


def _their_deadline(
    result: ParseResult, cleaned: str, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult:
    whens = find_whens(cleaned, local_now(now, tz), tz, lang, date_order=order)
    mine = [w for w in whens if w.due == result.due]
    if not mine:
        return result
    w = mine[0]
    f = fold(cleaned)
    start = max(f.rfind(",", 0, w.start), f.rfind(".", 0, w.start), f.rfind(";", 0, w.start))
    clause = f[start + 1 : w.start]
    by = _DEADLINE_OTHER.search(clause) or _DEADLINE_HEAD_OTHER.match(f, w.start)
    if by and _THEY_WANT.search(clause) and not _I_DO.search(clause):
        return replace(result, due=None)
    # "ол келесі аптада жауап береді", "elle signe mardi": what the customer will do then
    end = min((i for i in (f.find(",", w.end), f.find(".", w.end)) if i >= 0), default=len(f))
    said = f[start + 1 : end]
    if _THEY_DO.match(said) and not _I_DO.search(said) and not _KK_MINE.search(said):
        return replace(result, due=None)
    return result


# a clause whose subject is the customer: its date is part of the note, not the follow-up
_THEY_DO = _rx(r"\s*(?:ол|олар|il|elle|ils|elles|él|ella|ellos|han|hun)\s")
# a Kazakh verb in the first person ("хабарласамын", "жібереміз"): the rep's own step
_KK_MINE = re.compile(r"(?:мын|мін|мыз|міз|пын|пін|пыз|піз|бын|бін|быз|біз)(?!\w)")


_GLUED_WITH = re.compile(r"(?i)-?(?:rekin|ekin|мен|пен|бен)$")
_GREEK_ARTICLE = re.compile(r"(?i)^(?:ο|η|τον|την|τη|το|του|της)\s+")
