"""Greek and Kazakh typed in Latin letters ("thymise mou avrio stis 10 …", "erten sagat 10-da
Asqarga qongyrau shaludy eske sal"): many people type so on a phone or a keyboard without the
other alphabet. The language's own words (:mod:`handlers.language.langcues`) and date words
are in its script, so such a message had been read by the English-trained model alone (a
reminder taken for a deal update, a log not understood).

Only the words of these tables are written in the language's script before the message is
read: the verbs that say an intent, the link words and the date words. Names stay as typed
(a Kazakh case ending typed in Latin letters is written in Cyrillic so it is cut as usual:
"Asqarga" is read as "Asqarға", the name Asqar), and every word put in is put back in what
the parser returns (the reminder's text is the user's own words). Nothing happens when the
message has a letter of the language's script, or fewer than two words of the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from handlers.language.result import ParseResult

# Whether the message being read was typed in Latin letters: a Latin name in a Greek or
# Kazakh message is then no sign of a company (handlers.language.names).
LATIN_TYPED: ContextVar[bool] = ContextVar("latin_typed", default=False)

_WORDS = {
    "el": """
θύμισε: thymise thimise thymhse thumise
μου: mou
αύριο: avrio aurio
σήμερα: simera shmera
μεθαύριο: methavrio methaurio
απόψε: apopse
στις: stis
στη: sti
στην: stin
στον: ston
να: na
θα: tha
μίλησα: milisa milhsa
τηλεφώνησα: tilefonisa thlefwnhsa tilefonhsa
συναντήθηκα: synantithika sunantithika
επισκέφθηκα: episkefthika episkeftika
έστειλα: esteila
με: me
τον: ton
την: tin
τις: tis
από: apo
ο: o
ποιος: poios poios
ποια: poia
είναι: einai ine
βρες: vres
νέα: nea
ευκαιρία: efkairia eukairia
συμφωνία: symfonia sumfonia simfonia
επαφή: epafi epafh
Δευτέρα: deftera deutera
Τρίτη: triti trith
Τετάρτη: tetarti tetarth
Πέμπτη: pempti pemptη
Παρασκευή: paraskevi paraskeuh paraskeui
Σάββατο: savvato sabbato
Κυριακή: kyriaki kiriaki
πρωί: proi
βράδυ: vradi vrady
απόγευμα: apogevma apogeuma
ώρες: ores
ώρα: ora
σε: se
δύο: dyo dio
πάρω: paro
κερδίσαμε: kerdisame
χάσαμε: xasame hasame chasame
υπενθύμιση: ypenthymisi ipenthimisi
έχω: exo eho echo
και: kai
μισή: misi
μία: mia
ένα: ena
τέταρτο: tetarto
λεπτά: lepta
μέρες: meres meres
τρεις: treis tris
συνάντηση: synantisi sunantisi synantisi
ραντεβού: rantevou rantebou
καφές: kafes
τη: ti
κλείσιμο: kleisimo klisimo
τέλος: telos
τέλη: teli
Ιανουαρίου: ianouariou
Ιανουαριος: ianouarios
Ιανουαριο: ianouario
Φεβρουαρίου: fevrouariou febrouariou
Φεβρουαριος: fevrouarios febrouarios
Φεβρουαριο: fevrouario febrouario
Μαρτίου: martiou
Μαρτιος: martios
Μαρτιο: martio
Απριλίου: apriliou
Απριλιος: aprilios
Απριλιο: aprilio
Μαΐου: maiou
Μαιος: maios
Μαιο: maio
Ιουνίου: iouniou
Ιουνιος: iounios
Ιουνιο: iounio
Ιουλίου: iouliou
Ιουλιος: ioulios
Ιουλιο: ioulio
Αυγουστίου: avgoustiou augoustiou
Αυγουστιος: avgoustios augoustios
Αυγουστιο: avgoustio augoustio
Σεπτεμβρίου: septemvriou septembriou
Σεπτεμβριος: septemvrios septembrios
Σεπτεμβριο: septemvrio septembrio
Οκτωβρίου: oktovriou oktobriou oktwbriou
Οκτωβριος: oktovrios oktobrios oktwbrios
Οκτωβριο: oktovrio oktobrio oktwbrio
Νοεμβρίου: noemvriou noembriou
Νοεμβριος: noemvrios noembrios
Νοεμβριο: noemvrio noembrio
Δεκεμβρίου: dekemvriou dekembriou
Δεκεμβριος: dekemvrios dekembrios
Δεκεμβριο: dekemvrio dekembrio
""",
    "kk": """
ертең: erten erteń ertenğ
бүгін: bugin bugın
бүрсігүні: bursiguni
сағат: sagat saghat saǵat
жұма: juma zhuma
күні: kuni kúni
дүйсенбі: duisenbi dúısenbi
сейсенбі: seisenbi
сәрсенбі: sarsenbi
бейсенбі: beisenbi
сенбі: senbi
жексенбі: jeksenbi zheksenbi
кейін: keyin keiin
еске: eske
сал: sal
қоңырау: qongyrau qonyrau konyrau qońyraý
шалуды: shaludy
шалдым: shaldym
сөйлестім: soilestim soylestim sóılestim
кездестім: kezdestim
бардым: bardym
жібердім: jiberdim zhiberdim
жаңа: jana zhana jańa
мәміле: mamile mámile
кім: kim
тап: tap
теңге: tenge
млн: mln
мың: myn
мәмілесін: mamilesin
мәмілесінен: mamilesinen
ұттық: uttyq uttyk
айырылдық: aiyryldyq
жабылады: jabylady zhabylady
хабарласамын: habarlasamyn xabarlasamyn
хабарластым: habarlastym xabarlastym
кездесу: kezdesu
кездесеміз: kezdesemiz
бір: bir
екі: eki
ұсыныс: usynys
жіберемін: jiberemin zhiberemin
""",
}
_TABLE = {
    lang: {
        latin: native
        for line in raw.strip().splitlines()
        for native, _, spellings in [line.partition(":")]
        for latin in spellings.split()
    }
    for lang, raw in _WORDS.items()
}
_SCRIPT = {"el": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "kk": re.compile(r"[\u0400-\u04ff]")}
_TOKEN = re.compile(r"[^\W\d_]+|\d+-[^\W\d_]+|\S")
# a Kazakh case ending typed in Latin letters after a name ("Asqarga", "Nurlanmen"), or after
# a number ("10-da"): written in Cyrillic so the usual rules cut or read it
_KK_ENDING = {
    "men": "мен", "pen": "пен", "ben": "бен", "ga": "ға", "ge": "ге", "qa": "қа", "ke": "ке",
    "nyn": "ның", "nin": "нің", "dan": "дан", "den": "ден", "tan": "тан", "ten": "тен",
    "nan": "нан", "nen": "нен",
}  # fmt: skip
_KK_NAME_END = re.compile(
    rf"^(?P<stem>[A-Z][a-z]{{2,}}?)(?P<end>{'|'.join(sorted(_KK_ENDING, key=len, reverse=True))})$"
)
_KK_NUM_END = {"da": "да", "de": "де", "ta": "та", "te": "те", "ge": "ге", "ga": "ға"}


# months and weekdays typed in Latin letters with a case ending ("jeltoqsanda", "duisenbide"):
# the stem and the ending written in Cyrillic, so the date rules read them
_KK_STEMS = {
    "qantar": "қаңтар", "aqpan": "ақпан", "nauryz": "наурыз", "sauir": "сәуір", "mamyr": "мамыр",
    "mausym": "маусым", "shilde": "шілде", "tamyz": "тамыз", "qyrkuiek": "қыркүйек",
    "qazan": "қазан", "qarasha": "қараша", "jeltoqsan": "желтоқсан", "zheltoqsan": "желтоқсан",
    "duisenbi": "дүйсенбі", "seisenbi": "сейсенбі", "sarsenbi": "сәрсенбі",
    "beisenbi": "бейсенбі", "juma": "жұма", "zhuma": "жұма", "senbi": "сенбі",
    "jeksenbi": "жексенбі",
}  # fmt: skip
_KK_CASE = {
    "da": "да", "de": "де", "ta": "та", "te": "те", "ga": "ға", "ge": "ге", "qa": "қа",
    "ke": "ке", "nda": "нда", "nde": "нде", "dan": "дан", "den": "ден", "nan": "нан",
    "nen": "нен", "nyn": "ның", "nin": "нің", "dyn": "дың", "din": "дің", "na": "на", "ne": "не",
}  # fmt: skip
_KK_STEM_END = re.compile(
    rf"^(?P<stem>{'|'.join(sorted(_KK_STEMS, key=len, reverse=True))})"
    rf"(?P<end>{'|'.join(sorted(_KK_CASE, key=len, reverse=True))})$"
)


def native_words(text: str, lang: str) -> tuple[str, dict[str, str]] | None:
    """The message with the table's words in the language's script, and what to put back
    (native word -> as typed); None when it is not such a message."""
    table = _TABLE.get(lang)
    if table is None or _SCRIPT[lang].search(text):
        return None
    out: list[str] = []
    back: dict[str, str] = {}
    found = strong = 0
    last = 0
    for m in _TOKEN.finditer(text):
        out.append(text[last : m.start()])
        last = m.end()
        tok = m.group()
        native = table.get(tok.lower())
        if native == "τη" and not "".join(out).strip(" ,.!?"):
            native = "τι"  # "ti exo avrio?": the question word; "kerdisame ti symfonia": "τη"
        if native is None and lang == "kk":
            named = _KK_NAME_END.match(tok)
            num = re.fullmatch(r"(\d+)-([a-z]+)", tok)
            dated = _KK_STEM_END.match(tok.lower())
            after_hyphen = len(out) > 3 and out[-3:] == ["", "-", ""] and out[-4][-1:].isalpha()
            if dated:
                native = _KK_STEMS[dated.group("stem")] + _KK_CASE[dated.group("end")]
                found += 1
                strong += 1
            elif after_hyphen and tok.lower() in _KK_CASE:  # "Halyk Bank-ke"
                native = _KK_CASE[tok.lower()]
            elif named:
                native = named.group("stem") + _KK_ENDING[named.group("end")]
            elif num and num.group(2) in _KK_NUM_END:
                native = f"{num.group(1)}-{_KK_NUM_END[num.group(2)]}"
        elif native is not None:
            found += 1
            strong += len(tok) >= 4
            if tok[:1].isupper() and native[:1].islower():
                native = native[:1].upper() + native[1:]
        if native is None:
            out.append(tok)
            continue
        back.setdefault(native, tok)
        out.append(native)
    out.append(text[last:])
    if found < 2 or strong < 1:
        return None
    return "".join(out), back


def restored(result: ParseResult, back: dict[str, str]) -> ParseResult:
    """What the parser returns, with every word put in written back as the user typed it."""
    if not back:
        return result
    rx = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(w) for w in sorted(back, key=len, reverse=True))
        + r")(?!\w)"
    )

    def put_back(value: str | None) -> str | None:
        return rx.sub(lambda m: back[m.group()], value) if value else value

    return replace(
        result,
        contact=put_back(result.contact),
        account=put_back(result.account),
        deal=put_back(result.deal),
        text=put_back(result.text),
        unread=tuple(put_back(u) or u for u in result.unread),
    )


@contextmanager
def latin_typed() -> Iterator[None]:
    token = LATIN_TYPED.set(True)
    try:
        yield
    finally:
        LATIN_TYPED.reset(token)
