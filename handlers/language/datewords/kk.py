"""Kazakh date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="бүгін",
    tomorrow="ертең",
    after_tomorrow="бүрсігүні|арғы күні",
    yesterday="кеше",
    before_yesterday="алдыңгүні",
    next_week="келесі аптада|келесі апта|келер аптада",
    next_month="келесі айда|келесі ай",
    weekdays="дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі",
    wd_wild=True,
    # the case endings a day, month or unit takes ("жұмада", "қаңтарға", "сағаттан"), so a
    # name that starts like one ("Жұмабаев", "Наурызбаев", "Айгүл") is no date
    wild_suf=(
        "да|де|та|те|нда|нде|ға|ге|қа|ке|на|не|а|е|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|"
        "тың|тің|ны|ні|ды|ді|ты|ті|н|сы|сі|ы|і|сында|сінде|ында|інде|сына|сіне|ына|іне|сын|"
        "сін|ын|ін|дағы|дегі|тағы|тегі|ндағы|ндегі|ғы|гі|қы|кі|лар|лер|дар|дер|тар|тер|ларда|"
        "лерде|дарда|дерде|тарда|терде|сындағы|сіндегі|ындағы|індегі"
    ),
    wd_pre="келесі|осы|келер",
    wd_post="күні",
    nw_pre="келесі аптаның|келесі аптадағы|келесі аптада|келесі апта",
    nw_post="келесі аптада",
    months=("қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"),
    mon_wild=True,
    day_suf=r"(?:-?(?:інде|ында|нші|ншы|нде|нда|іне|ына|ші|шы|сі|сы|де|да|не|на|ге|ға|і|ы))?",
    in_post="кейін|соң|ішінде",
    units="minute: минут; hour: сағат; day: күн; week: апта; month: ай",
    unit_wild=True,
    nums=("1: бір; 2: екі; 3: үш; 4: төрт; 5: бес; 6: алты; 7: жеті; 8: сегіз; 9: тоғыз; 10: он"),
    half_hour="жарты сағат|жарты сағаттан",
    quarter_hour="ширек сағат|ширек сағаттан",
    t_pre="сағат",
    t_suf_glued="-да|-де|-та|-те|да|де|та|те|-ге|-ға|ге|ға",
    mer_pre="am: таңғы|таңертеңгі; pm: кешкі|түстен кейінгі|түнгі",
    noon="түсте|түс кезінде|түскі",
    midnight="түн ортасында",
    pod="9: таңертең|таңертен; 15: түстен кейін; 18: кешке|кешкісін",
    today_pod="20: бүгін кешке; 9: бүгін таңертең",
    one_half="бір жарым",
)

_UNITS = {1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті"}
_UNITS |= {8: "сегіз", 9: "тоғыз"}
_TENS = {10: "он", 20: "жиырма", 30: "отыз", 40: "қырық", 50: "елу"}
# to 99, so an amount's "жетпіс бес мың" is never read as its tail (5 000)
_TENS |= {60: "алпыс", 70: "жетпіс", 80: "сексен", 90: "тоқсан"}

_BACK = set("аоұы")


def _day_forms(n: int) -> str:
    """A day of the month as Kazakh says it of a date: the ordinal ("он бесінші") and the
    possessive with the locative or dative ("желтоқсанның он бесінде", "он бесіне"), the
    suffix on the last word by vowel harmony. Without them "он бесінде" read as "он" (the
    10th) and the 15th was read wrong."""
    words = (_TENS[n - n % 10] + " " if n >= 10 and n % 10 else "") + (
        _UNITS[n % 10] if n % 10 else _TENS[n]
    )
    head, _, last = words.rpartition(" ")
    back = next((c in _BACK for c in reversed(last) if c in "аоұыәеіөүи"), False)
    y = "ы" if back else "і"
    poss = last + ("с" + y if last[-1] in "аоұыәеіөүи" else y)
    ordinal = last + ("н" if last[-1] in "аоұыәеіөүи" else y + "н") + ("шы" if back else "ші")
    if n == 20:
        ordinal = "жиырмасыншы"
    forms = [poss + ("нда" if back else "нде"), poss + "на" if back else poss + "не", ordinal]
    return "|".join((head + " " if head else "") + f for f in forms)


# No text2num for Kazakh: every spelling from 1 to 59 ("жиырма үш" = 20 + 3).
# "hours_at" are the hours with the locative glued on, read after "сағат" ("сағат жетіде").
NUMBERS: dict[str, object] = {
    "values": {
        **_UNITS,
        **_TENS,
        **{t + u: f"{tw} {uw}" for t, tw in _TENS.items() for u, uw in _UNITS.items()},
    },
    "ordinals": {n: _day_forms(n) for n in range(1, 32)},
    # "бес жүз мың теңге" (500 000), "жүз жиырма мың" (120 000): the hundreds by composition
    "hundred": "жүз",
    "hours_at": {
        1: "бірде",
        2: "екіде",
        3: "үште",
        4: "төртте",
        5: "бесте",
        6: "алтыда",
        7: "жетіде",
        8: "сегізде",
        9: "тоғызда",
        10: "онда",
        11: "он бірде",
        12: "он екіде",
    },
}
