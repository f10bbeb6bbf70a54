# A table of patterns reads best one row a line:
# ruff: noqa: E501
"""Words that say what a message in another language asks for, wherever they stand.

The rules in :mod:`handlers.language.nlu` read a command from its first words ("called X",
"new deal X"), which fits English, Spanish, German, French and Norwegian. Kazakh and Basque put
the verb last ("Нұрланмен сөйлестім", "Kutxabank akordioa irabazi dugu") and Greek often starts
with the object or a past verb the rules do not list; the learned model has seen no row in these
three languages, so it answered from the dates and amounts alone and was often sure of the wrong
intent (a log read as a reminder, dev_lang and the blind sets' ``lang-kk`` rows). These tables
give the intent from the words of the language instead: a cue found anywhere in the message.

Every pattern is matched on the folded text (:func:`handlers.language.dates.fold`: lower case,
no accents, Greek final sigma as σ).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.language.dates import fold

__all__ = [
    "FREE_ORDER",
    "Cue",
    "agenda_asked",
    "cue_of",
    "move_of",
    "tidy_deal",
    "update_of",
    "vague_when",
]

# languages whose verb may stand anywhere (the model has no rows in them)
FREE_ORDER = frozenset({"el", "kk", "eu"})


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile("".join(c if c.isascii() else fold(c) for c in pattern))


@dataclass(frozen=True)
class Cue:
    intent: str
    kind: str | None = None  # an activity type for log_activity
    at: int = 0  # where the cue word starts (folded text)
    end: int = 0  # where it ends


# (intent, kind, pattern); the first cue in the message wins, a remind cue over a log cue
_CUES: dict[str, tuple[tuple[str, str | None, str], ...]] = {
    "kk": (
        # "еске сал" remind me; "ұмытпа" don't forget; "шалу керек" (it is) needed to call
        (
            "remind",
            None,
            r"еске\s+сал(?!ғыш)\w*|ескерт(?!пе)\w*|ұмытпа\w*|ұмытып\s+кетпе\w*|\w+(?:у|ю)\s+керек\w*",
        ),
        ("create_deal", None, r"жаңа\s+мәміле\w*"),
        ("create_contact", None, r"жаңа\s+(?:байланыс|контакт)\w*"),
        (
            "list_reminders",
            None,
            r"не\s+жоспарлан\w*|кездесулерім\w*|істерім\w*|не\s+бар|не\s+істеуім|қандай\s+жоспар|"
            r"еске\s+салғыш\w*",
        ),
        ("find", None, r"кім(?=[\s?!.]*$)|тап(?:шы|ыңыз)?(?=[\s?!.]*$)"),
        (
            "log_activity",
            "call",
            r"сөйлест\w*|хабарлас(?:тым|тық)|қоңырау\s+шалдым|телефон\s+соқтым",
        ),
        ("log_activity", "meeting", r"кездест(?:ім|ік)|кездесу(?!\s+туралы)"),
        (
            "log_activity",
            "visit",
            r"бардым|бардық|бару\s+болды|келдім|кеңсе\w*\s+болдым|\w+(?:да|де|та|те)\s+болдым",
        ),
        ("log_activity", "email", r"хат\s+жібердім|жібердім|email\s+жібердім|жаздым"),
        # "Kazakhtelecom туралы жазба: …": a note about a company
        ("log_activity", "note", r"туралы\s+(?:жазба|ескертпе)"),
    ),
    "eu": (
        ("remind", None, r"gogorarazi\w*|gogoratu|ez\s+ahaztu"),
        ("create_deal", None, r"aukera\s+berri\w*|akordio\s+berri\w*"),
        ("create_contact", None, r"kontaktu\s+berri\w*"),
        (
            "list_reminders",
            None,
            r"zer\s+(?:oroigarri\w*\s+|zeregin\w*\s+)?(?:daukat|dut|ditut)|nire\s+(?:oroigarri|agenda|zeregin)\w*",
        ),
        ("find", None, r"^nor\s+da"),
        (
            "log_activity",
            "call",
            r"hitz\s+egin\s+(?:dut|dugu|nuen|genuen)|deitu\s+(?:diot|diet|dut|dugu|nion|nien|genion)"
            r"|telefonoz",
        ),
        ("log_activity", "meeting", r"bilera|elkartu\s+(?:naiz|gara)|bildu\s+(?:naiz|gara)"),
        ("log_activity", "visit", r"bisitatu\s+(?:dut|dugu|ditut|ditugu)|bisita|joan\s+naiz"),
        ("log_activity", "email", r"emaila|e-?posta|mezua\s+bidali|bidali\s+(?:diot|diet|dut)"),
    ),
    "el": (
        ("remind", None, r"θυμισε\s+μου|υπενθυμισε\s+μου|υπενθυμιση|μην\s+ξεχασω"),
        ("create_deal", None, r"νεα\s+(?:συμφωνια|ευκαιρια)"),
        ("create_contact", None, r"νεα\s+επαφη|νεο\s+επαφη"),
        ("list_reminders", None, r"^τι\s+(?:εχω|εχουμε)|υπενθυμισεισ\s+μου|το\s+προγραμμα\s+μου"),
        ("find", None, r"^(?:ποιοσ|ποια)\s+ειναι|^βρεσ"),
        ("log_activity", "email", r"εστειλα\s+(?:email|μειλ|mail)|email\s+στ|εστειλα"),
        (
            "log_activity",
            "call",
            r"με\s+πηρε\s+τηλεφωνο|πηρε\s+τηλεφωνο|τηλεφωνησε|μιλησαμε|μιλησα|τηλεφωνησα|"
            r"καλεσα|κληση\s+με|πηρα\s+τηλεφωνο|αφησα\s+μηνυμα|τηλεφωνημα\s+με",
        ),
        (
            "log_activity",
            "meeting",
            r"συναντηθηκα|συναντηση|ραντεβου|γευμα\s+με|καφεσ?\s+με|(?:μεσημεριανο|φαγητο|δειπνο)\s+με|"
            r"ειδα\s+τον|ειδα\s+την",
        ),
        ("log_activity", "visit", r"επισκεφθηκα|επισκεφτηκα|επισκεψη|πηγα\s+στ"),
    ),
    # the languages the rules read from the first word: only what the rules miss
    "de": (
        ("remind", None, r"^(?:bitte\s+)?(?:ruf|rufe|schick|schicke|sende|melde\s+dich\s+bei)"),
        # a to-do said as an obligation: "Ich muss morgen Herrn Wagner anrufen"
        ("remind", None, r"^(?:ich\s+)?muss(?:\s+noch)?"),
        # "Morgen um 10 Uhr Herrn Becker anrufen", "Nicht vergessen: Freitag Angebot an Miele
        # schicken": a to-do said with the infinitive last
        (
            "remind",
            None,
            r"^nicht\s+vergessen|^vergiss\s+nicht|(?:anrufen|zurückrufen|schicken|verschicken|senden|mailen|nachfassen|nachhaken|vorbereiten|erinnern)(?=[\s.!]*$)",
        ),
        # "Mittagessen mit …", "Mo 8 Uhr Frühstück mit Herrn Graf": a meal with someone
        ("log_activity", "meeting", r"(?:mittagessen|abendessen|frühstück|kaffee)\s+mit"),
        # "Mit Katrin Lorenz von SAP essen gewesen": a meal had
        ("log_activity", "meeting", r"(?:essen|mittagessen|abendessen|frühstücken)\s+gewesen"),
        ("log_activity", "email", r"^(?:e-?mail|mail)\s+an|geschickt|gemailt"),
        (
            "log_activity",
            "visit",
            r"^war\s+(?:heute\s+|gestern\s+)?(?:bei|in|im)|bei\s+.{1,40}\s+gewesen|besucht",
        ),
        ("log_activity", "call", r"telefoniert|angerufen|gesprochen|call\s+mit|telefonat\s+mit"),
        # chat and other words: "kurz mit Petra gequatscht", "Telko mit …", "Termin Kuhn @ …",
        # "Heute Vormittag war ich bei der Sparkasse"
        ("log_activity", "call", r"gequatscht|geplaudert|telko|telefonkonferenz|rücksprache\s+mit"),
        (
            "log_activity",
            "meeting",
            r"termin(?:\s+(?:mit|bei))?|besprechung|meeting|video-?call|videokonferenz|videotelefonat|(?:zoom|teams)-?call",
        ),
        # the verb last: "Mit Anna Krause … habe ich mich zum Mittagessen getroffen"
        ("log_activity", "meeting", r"getroffen|traf\s+(?:mich|ich)\s+mit"),
        (
            "log_activity",
            "visit",
            r"war\s+ich\s+(?:heute\s+|gestern\s+)?(?:bei|in|im)|vor\s+ort\s+bei",
        ),
    ),
    "fr": (
        ("remind", None, r"^(?:appeler|rappeler|envoyer|relancer)"),
        ("remind", None, r"^(?:je\s+dois|il\s+faut\s+que\s+je)"),  # "Je dois relancer Orange"
        (
            "log_activity",
            "meeting",
            r"^(?:dejeuner|diner|petit-dejeuner|cafe|rendez-vous|rdv)\s+avec|j'ai\s+rencontre|j'ai\s+vu",
        ),
        ("log_activity", "email", r"^(?:j'ai\s+)?envoye\s+(?:un|une|la|le|les)|^mail\s+a"),
        ("log_activity", "call", r"j'ai\s+(?:appele|parle\s+avec)|^appele"),
        # "Je viens de raccrocher avec …", "rdv demain 11h …", "Passé voir …", "mail envoyé à …"
        (
            "log_activity",
            "call",
            r"raccroche\w*|au\s+telephone\s+avec|eu\s+(?:\S+\s+){1,5}au\s+telephone",
        ),
        ("log_activity", "meeting", r"reunion|rdv|rendez-vous|visio"),
        ("log_activity", "visit", r"passee?s?\s+(?:voir|chez)|visite|visitee?s?"),
        ("log_activity", "email", r"mail\s+envoye|e-?mail\s+envoye|courriel\s+envoye"),
    ),
    "es": (
        ("remind", None, r"^(?:llamar\s+a|enviar|mandar)"),
        ("remind", None, r"^(?:tengo\s+que|debo|hay\s+que)"),  # "tengo que enviar …"
        ("log_activity", "meeting", r"^(?:comida|almuerzo|cena|desayuno|cafe)\s+con"),
        (
            "log_activity",
            "email",
            r"(?:le\s+)?mande\s+(?:un|una|el|la|los|las)|envie\s+(?:un|una|el|la)|"
            r"(?:le\s+)?(?:he|hemos)\s+(?:mandado|enviado|escrito)\s+(?:un|una|el|la|los|las)",
        ),
        # "acabo de colgar con …", "reunión el miércoles … con …", "me pasé por …",
        # "le escribí un email a …"
        (
            "log_activity",
            "call",
            # "Hablé por teléfono con Carmen Vidal …"
            r"colgar\s+con|colgue\s+con|hable\s+(?:por\s+telefono\s+)?con|hablamos\s+"
            r"(?:por\s+telefono\s+)?con|llamada\s+con|(?:he|hemos)\s+(?:hablado\s+con|llamado\s+a)",
        ),
        ("log_activity", "meeting", r"reunion|me\s+reuni|(?:comi|cene|desayune|almorce)\s+con"),
        ("log_activity", "visit", r"me\s+pase\s+por|pasamos\s+por|visite|visita"),
        (
            "log_activity",
            "email",
            r"(?:le\s+)?escribi\s+(?:un|una)\s+(?:e-?mail|correo|mail)|le\s+escribi",
        ),
    ),
    "nb": (
        ("remind", None, r"^(?:ring|send)"),
        ("remind", None, r"^(?:jeg\s+)?må"),  # "Jeg må ringe Ola i morgen"
        ("log_activity", "meeting", r"^(?:lunsj|middag|frokost|kaffe)\s+med"),
        ("log_activity", "email", r"^sendte\s+(?:en\s+)?e-?post|^e-?post\s+til|^sendte"),
        # "Snakket nettopp med …", "Lang prat med …", "Var innom Tine …", "lunsj m/ Jens"
        (
            "log_activity",
            "call",
            r"snakket(?:\s+nettopp)?\s+med|snakka\s+med|prat(?:et|a)?\s+med|ringte",
        ),
        ("log_activity", "meeting", r"møte|møtte|lunsj|middag"),
        ("log_activity", "visit", r"var\s+innom|stakk\s+innom|besøkte|besøk\s+hos"),
        ("log_activity", "email", r"sendte\s+(?:en\s+)?(?:mail|e-?post)"),
    ),
}
_CUE_RX = {
    lang: [(intent, kind, _rx(rf"(?<!\w)(?:{p})(?!\w)")) for intent, kind, p in table]
    for lang, table in _CUES.items()
}


def cue_of(text: str, lang: str) -> Cue | None:
    """The intent the message's own words say, or None (English has the rules)."""
    table = _CUE_RX.get(lang)
    if not table:
        return None
    f = fold(text)
    hits: list[Cue] = []
    for intent, kind, rx in table:
        m = rx.search(f)
        if m:
            hits.append(Cue(intent, kind, m.start(), m.end()))
    if not hits:
        return None
    for pick in ("remind", "create_deal", "create_contact", "list_reminders", "find"):
        for h in hits:
            if h.intent == pick:
                return h
    return min(hits, key=lambda h: h.at)  # the first activity word says what was done


# ---- asking for one's agenda (the whole message is the ask, a day at most after it)

_AGENDA = {
    "el": _rx(
        r"^(?:τι\s+(?:\S+\s+)?(?:εχω|εχουμε|εχει\s+το\s+προγραμμα)(?:\s+\S+){0,3}"
        r"|(?:δειξε\s+μου\s+)?(?:τισ\s+)?υπενθυμισεισ\s+μου(?:\s+\S+){0,3}"
        r"|(?:δειξε\s+μου\s+)?το\s+προγραμμα\s+μου(?:\s+\S+){0,3})[\s;?!.]*$"
    ),
    "kk": _rx(
        r"^(?:\S+\s+)?(?:не\s+жоспарланған|не\s+бар|кездесулерім\s+қандай|істерім\s+қандай|"
        r"не\s+істеуім\s+керек|қандай\s+жоспар(?:\s+бар)?|қандай\s+кездесулер(?:\s+бар)?|"
        r"қандай\s+(?:еске\s+салғыштар|істер)\w*(?:\s+бар)?)"
        r"[\s?!.]*$"
        r"|^(?:менің\s+)?(?:еске\s+салғыштарым\w*|кездесулерім\w*|істерім\w*)(?:\s+көрсет\w*)?"
        r"[\s?!.]*$"
    ),
    "eu": _rx(
        r"^(?:zer\s+(?:oroigarri\w*\s+|zeregin\w*\s+)?(?:daukat|dut|ditut)(?:\s+\S+){0,2}"
        r"|(?:erakutsi\s+)?nire\s+(?:oroigarriak|agenda|zereginak)(?:\s+\S+){0,2})[\s?!.]*$"
    ),
    "de": _rx(
        r"^(?:(?:zeig|zeige)\s+(?:mir\s+)?)?meine\s+(?:aufgaben|termine|erinnerungen|to-?dos)"
        r"\s+(?:für|am)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
        r"heute|morgen|übermorgen)[\s?!.]*$"
        r"|^(?:welche|was\s+für)\s+(?:erinnerungen|termine|aufgaben)\s+(?:hab|habe)\s+ich"
        r"(?:\s+(?:am|für|für\s+den)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
        r"sonntag)|\s+(?:heute|morgen|übermorgen))?[\s?!.]*$"
    ),
    "nb": _rx(
        r"^(?:(?:vis|se)\s+)?(?:mine\s+)?(?:påminnelser|påminnelsene|oppgaver|oppgavene|avtaler|"
        r"avtalene)(?:\s+mine)?\s+(?:for|på|i)\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|"
        r"lørdag|søndag|dag|morgen)[\s?!.]*$"
    ),
}


def agenda_asked(text: str, lang: str) -> bool:
    rx = _AGENDA.get(lang)
    return bool(rx and rx.match(fold(text).strip()))


# ---- stage moves said in the language: "Kaspi мәмілесін ұттық", "Χάσαμε τη συμφωνία X"

_WON = (
    r"gewonnen|gagnee?|gagne|ganad[oa]|ganamos|vunnet|vant|κερδηθηκε|κερδισαμε|"
    # signed, closed, awarded: "est signé", "Cerramos el trato", "Κλείσαμε τη συμφωνία",
    # "Zuschlag erhalten für"
    r"signee?|firmad[oa]|cerramos|κλεισαμε|υπογραφηκε|zuschlag(?:\s+erhalten)?|signert|"
    r"sinatu(?:\s+dugu)?|"
    r"irabazi(?:\s+(?:dugu|da|genuen))?|ұттық|ұтып\s+алдық|жеңдік|жеңіп\s+алдық|қол\s+қойылды|қол\s+қойдық"
)
_LOST = (
    r"verloren|perdue?|perdid[oa]|perdimos|tapt|tapte|mistet|χαθηκε|χασαμε|"
    r"galdu(?:\s+(?:dugu|da|genuen))?|жоғалттық|ұтылдық|ұтылды|айырылдық|жеңіліс\s+тапты"
)
# negotiation, the stage most often said in words: "Iberdrola akordioa negoziazioan dago"
_CLOSING = (
    r"negoziazioan|negoziazioa|negoziazio\w*|διαπραγματευση|διαπραγματευσεισ|келіссөз\w*|"
    r"verhandlung|verhandlungen|negociacion|negociation|forhandling|forhandlinger"
)
# the proposal stage, only with the word that moves a deal into it (a "προσφορά" alone is an offer)
_PRESENTATION = r"(?:σε|στην|στο\s+σταδιο)\s+(?:προσφορα\w*|παρουσιαση\w*)|ұсыныс\s+кезең\w*"
_MOVE_STAGE = _rx(
    rf"(?<!\w)(?P<won>{_WON})(?!\w)|(?<!\w)(?P<lost>{_LOST})(?!\w)|(?<!\w)(?P<closing>{_CLOSING})(?!\w)"
    rf"|(?<!\w)(?P<presentation>{_PRESENTATION})(?!\w)"
)
# words around a deal's name that are not the name
_DEAL_NOISE = _rx(
    r"(?<!\w)l'(?=\w)|(?<!\w)(?:der|die|das|den|deal|ist|wurde|vertrag|auftrag|mit|el|la|los|"
    r"trato|negocio|"
    r"oportunidad|de|del|esta|ha\s+sido|fue|le|affaire|opportunite|est|a\s+ete|avtalen|avtale|med|er|ble|"
    r"dealen|η|τη|την|το|συμφωνια|ευκαιρια|ηταν|akordioa|akordio|aukera|negozioa|"
    r"auftrag|für|von|leider|lo|lamentablemente|malheureusement|dessverre|"
    r"мәміле\w*|келісім\w*|we|the)(?!\w)"
)
_GLUED_DEAL = _rx(r"(?i)-(?:avtalen|avtale|dealen|deal|akordioa)(?!\w)")


def move_of(text: str, lang: str) -> tuple[str, str] | None:
    """(deal, stage) of a short "deal won/lost" message in another language, or None.

    The deal is the message before the reason (a comma) without its stage word, the word for
    "deal", articles and the copula: "Der Deal Henkel Rollout ist gewonnen" is Henkel Rollout."""
    if lang == "en":
        return None
    parts = re.split(r"[,;:.!?]\s", text.strip() + " ", maxsplit=1)
    head = parts[0].strip(" .!?")
    if len(parts) > 1 and not tidy_deal(head) and _MOVE_STAGE.fullmatch(fold(head)):
        head = f"{head} {parts[1].strip(' .!?')}"  # "Gewonnen: Audi Flottenvertrag"
    because = _BECAUSE.search(fold(head))
    head = head[: because.start()] if because else head
    if not head or len(head.split()) > 8:
        return None
    m = _MOVE_STAGE.search(fold(head))
    if m is None:
        return None
    deal = tidy_deal(f"{head[: m.start()]} {head[m.end() :]}")
    if not deal or len(deal.split()) > 4 or not any(c.isupper() for c in deal):
        return None
    stage = next(k for k in ("won", "lost", "closing", "presentation") if m.group(k))
    return deal, stage


# "Perdimos el trato de Telefónica por precio": "por" (for, because of) starts the reason
_BECAUSE = _rx(
    r"\s+(?:porque|por|weil|wegen|parce\s+que|à\s+cause|pour\s+cause|fordi|på\s+grunn|"
    r"επειδή)(?!\w)"
)


def before_reason(head: str) -> str:
    """A stage move's words before its reason ("Telefónica por precio" → "Telefónica")."""
    because = _BECAUSE.search(fold(head))
    return head[: because.start()] if because else head


def tidy_deal(name: str) -> str:
    """A deal's name without the stage word, the word for "deal", articles and the copula
    around it ("Der Deal Henkel Rollout ist gewonnen" → Henkel Rollout); words inside the
    name stay ("Banco de Chile renewal")."""
    words = name.split()

    def noise(word: str) -> bool:
        w = fold(word).strip(".,;:!?\"'")
        w = re.sub(r"^[ld]'", "", w) if re.match(r"^[ld]'\w", w) else w
        return not w or any(rx.fullmatch(w) for rx in (_MOVE_STAGE, _DEAL_NOISE, _LINK_VERB))

    def elided(word: str) -> str:  # "L'affaire" → "affaire", "d'Orange" → "Orange"
        return word[2:] if re.match(r"(?i)^[ld]['’]\w", word) else word

    while words and noise(words[0]):
        words.pop(0)
    while words and noise(words[-1]):
        words.pop()
    if words:
        words[0] = elided(words[0])
    if words and noise(words[0]):
        words.pop(0)
    rest = _GLUED_DEAL.sub(" ", " ".join(words))
    return " ".join(rest.split()).strip(" -")


# the verb of a stage move: "ist jetzt in", "est passé en", "πήγε σε", "pasó a"
_LINK_VERB = _rx(
    r"marca|marcar|pon|poner|mueve|mover|pasa|pasar|como|con|markiere|setze|verschiebe|als|"
    r"marque|mets|passe|comme|flytt|merk|sett|som|vi|we|wir|nous|on|hemos|har|haben|avons|med|"
    r"ist|jetzt|nun|in|im|est|passee|en|a|pasó|paso|está|esta|er|i|til|gikk|πηγε|"
    r"περασε|μπηκε|σε|στη|στην|στο|dago|da|fase|stage|phase|etapa|fasen|κατασταση|кезеңге|өтті|"
    r"auf|setzen|stellen|verschieben|pasatu|кезең\w*|wir|haben|hemos|ont|avons|"
    # "Schieb den Deal X ins Angebot", "Χάσαμε τη συμφωνία με τη X", "X мәмілесін … ауыстыр"
    r"schieb|schiebe|schieben|geschoben|setz|bitte|ins|zum|zur|με|ауыстыр\w*|βαλε|βαλτε"
)


# ---- a time said too vaguely to set ("later", "after lunch"): the bot asks when

_VAGUE = {
    "de": r"später|spaeter|nachher|irgendwann|bald|nach\s+dem\s+mittagessen",
    "fr": r"plus\s+tard|tout\s+à\s+l'heure|bientôt|un\s+de\s+ces\s+jours|après\s+le\s+déjeuner",
    "es": r"luego|más\s+tarde|mas\s+tarde|después\s+de\s+comer|algún\s+día|pronto",
    "nb": r"senere|etterpå|snart|en\s+gang|etter\s+lunsj",
    "el": r"αργότερα|μετά\s+το\s+(?:φαγητό|μεσημεριανό|μεσημέρι)|μετά\s+τη\s+δουλειά|κάποια\s+στιγμή|σύντομα|αρχές\s+\w+|στις\s+αρχές\s+\w+|μέσα\s+\w+ου",
    "kk": r"кейінірек|кейін\s+бір|бір\s+уақытта|түскі\s+астан\s+кейін|\w+\s+басында|\w+\s+ортасында|"
    r"\w+\s+(?:бірінші|екінші|соңғы)\s+(?:жартысында|аптасында)",
    "eu": r"geroago|gero|laster|bazkalostean|\w+\s+hasieran|\w+\s+erdialdean",
}
_VAGUE_RX = {lang: _rx(rf"(?<!\w)(?:{p})(?!\w)") for lang, p in _VAGUE.items()}


def vague_when(text: str, lang: str) -> str | None:
    """The vague time words of a message in another language, as written, or None."""
    rx = _VAGUE_RX.get(lang)
    if rx is None:
        return None
    m = rx.search(fold(text))
    return text[m.start() : m.end()] if m else None


# ---- deal updates said in the language: a close moved, an amount raised or lowered

# the close of a deal: "Abschluss", "la clôture", "el cierre", "lukkedato"
_CLOSE_NOUN = _rx(
    r"(?<!\w)(?:abschluss(?:datum|termin)?|closing|clôture|date\s+de\s+clôture|date\s+de\s+signature|"
    r"cierre|fecha\s+de\s+cierre|lukkedato(?:en)?|lukkedatoen|sluttdato(?:en)?|"
    r"ημερομηνία\s+κλεισίματος|κλείσιμο|itxiera(?:\s+data)?|жабылу\s+күн\w*)(?!\w)"
)
# a verb that moves it: "verschieben", "décaler", "mueve", "utsett"
_MOVE_VERB = _rx(
    r"(?<!\w)(?:verschieb\w*|verleg\w*|ändern|ändere|setz\w*|décal\w*|repouss\w*|report\w*|"
    r"déplac\w*|passer|mueve|mover|mov[ií]|pasa|pasar|retras\w*|aplaz\w*|cambia|cambiar|"
    r"utsett\w*|flytt\w*|endre|endr\w*|μετάθεσε|μετέθεσε|άλλαξε|μετακίνησε|atzeratu|aldatu|ауыстыр\w*|өзгерт\w*|"
    r"шегер\w*)(?!\w)"
)
# a verb that changes its amount: "erhöhen", "montant revu", "sube", "øk"
_AMOUNT_VERB = _rx(
    r"(?<!\w)(?:erhöh\w*|anheben|senk\w*|reduzier\w*|montant|augment\w*|baiss\w*|rév\w*|revu|"
    r"revoir|sube|subir|subimos|baja|bajar|bajamos|importe|øk|øke|økt|senk|reduser\w*|beløp\w*|"
    r"betrag|αύξησε|μείωσε|ποσό|igo|jaitsi|zenbateko\w*|сомасын)(?!\w)"
)
# the deal's own name: after the word for "deal", before the link to the new value
_UPDATE_DEAL = _rx(
    r"(?<!\w)(?:deal|affaire|opportunité|trato|oportunidad|negocio|avtalen|avtale|dealen|"
    r"συμφωνία|συμφωνίας|akordioa)\s+(?:(?:de|del|von|vom|du|de\s+la|med)\s+)?"
    r"(?P<deal>[^,;:]+?)\s*(?:[,;:]|\s(?:auf|au|à|al|a|til|på|σε|στις|στο|για|μέχρι)\s|$)"
)
_GLUED_UPDATE_DEAL = _rx(
    r"(?P<deal>[^\W\d_][\w&.]*(?:\s+[\w&.]+){0,3}?)-(?:avtalen|dealen|deal)(?!\w)"
    # Basque and Kazakh name the deal before its noun: "Kaspi мәмілесінің сомасын", "Orona
    # akordioaren zenbatekoa"
    r"|(?P<deal2>[^\W\d_][\w&.\-]*(?:\s+[\w&.\-]+){0,3}?)\s+(?:мәміле\w*|akordio\w*)"
)


_NEW_WORDS = frozenset({fold("жаңа"), "berria", "berri"})


def update_of(text: str, lang: str) -> tuple[str, str] | None:
    """(deal, "close" or "amount") of a deal update said in another language, or None:
    "Abschluss für den Deal Dräger Service auf den 15. Januar verschieben" (close),
    "Sube el trato Cepsa renovación a 90.000 euros" (amount). The new value is read by the
    date and amount readers; no value, no update."""
    if lang == "en":
        return None
    f = fold(text)
    # "Flytt Aker BP-avtalen til 1. mars": a deal moved to a date (the reader needs the date)
    amount = _AMOUNT_VERB.search(f)
    # "Cambia el importe del trato …": a verb that moves a close changes an amount it names
    close = (_CLOSE_NOUN.search(f) and _MOVE_VERB.search(f)) or (_MOVE_VERB.match(f) and not amount)
    # "L'affaire Danone yaourts est décalée au 15 janvier": the deal itself moved to a date
    close = close or (_MOVE_VERB.search(f) and _UPDATE_DEAL.search(f) and not amount)
    if not (close or amount):
        return None
    glued = _GLUED_UPDATE_DEAL.search(f)
    m = glued or _UPDATE_DEAL.search(f)
    if m is None:
        return None
    group = "deal2" if glued and glued.group("deal2") else "deal"
    words = tidy_deal(text[m.start(group) : m.end(group)]).split()
    if group == "deal2" and any(fold(w) in _NEW_WORDS for w in words):
        return None  # "Жаңа мәміле …": a new deal, no deal's name
    if glued:  # "Utsett lukkedato for Norwegian-avtalen": the capitalised words before it
        tail: list[str] = []
        for w in reversed(words):
            if not w[:1].isupper():
                break
            tail.insert(0, w)
        words = tail[-2:] if len(tail) > 2 else tail
        if len(words) > 1 and words[0] == text.split()[0]:
            words = words[1:]
    while words and not words[0][:1].isupper():  # "Utsett lukkedato for Norwegian-avtalen"
        words.pop(0)
    for i, w in enumerate(words[1:], 1):
        # "El trato de Iberdrola sube a 80.000 €", "l'affaire Orange fibre est repoussée": the
        # name ends at the verb of the change or the copula
        fw = fold(w)
        if _AMOUNT_VERB.fullmatch(fw) or _MOVE_VERB.fullmatch(fw) or fw in _COPULA:
            words = words[:i]
            break
    deal = " ".join(words)
    if not deal or len(words) > 5 or not any(c.isupper() for c in deal):
        return None
    return deal, "close" if close else "amount"


_COPULA = frozenset(["est", "es", "está", "esta", "ist", "er", "se", "va", "sont", "wird"])
