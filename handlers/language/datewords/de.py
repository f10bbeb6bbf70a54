"""German date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="heute",
    tomorrow="morgen",
    after_tomorrow="übermorgen",
    yesterday="gestern",
    before_yesterday="vorgestern",
    next_week=("nächste woche|nächster woche|kommende woche|in der nächsten woche|nächsten woche"),
    next_month="nächsten monat|nächster monat|im nächsten monat|kommenden monat",
    end_of="ende|ende des|bis ende|zum ende|ende vom",
    this_month="monats|des monats|dieses monats",
    month_vague="anfang|mitte",
    # "irgendwann nächste Woche": a week, no one day in it (asked, as "sometime next week")
    vague="irgendwann nächste woche|nächste woche irgendwann|irgendwann diese woche|"
    "irgendwann morgen|morgen irgendwann",
    weekdays="montag|dienstag|mittwoch|donnerstag|freitag|samstag sonnabend|sonntag",
    # chat abbreviations, read only after a lead word or before a time ("Mi. 9:15", "Fr 10 Uhr")
    wd_short="0: mo; 1: di; 2: mi; 3: do; 4: fr; 5: sa",
    wd_short_lead="am|ab|bis|nächsten|kommenden",
    wd_pre=(
        "am|nächsten|nächster|nächste|kommenden|kommender|diesen|am nächsten|am kommenden|"
        "bis|bis zum|ab"
    ),
    nw_pre="nächste woche|nächste woche am|kommende woche|kommende woche am",
    nw_post=(
        "nächste woche|nächster woche|in der nächsten woche|der nächsten woche|"
        "kommende woche|kommender woche"
    ),
    months=(
        "januar jänner jan|februar feb|märz mär|april apr|mai|juni jun|juli jul|august aug|"
        "september sept sep|oktober okt|november nov|dezember dez"
    ),
    md_pre="am|bis zum|zum",
    day_suf=r"\.?",
    in_pre="in",
    units=(
        "minute: minuten|minute|min; hour: stunden|stunde|std; day: tagen|tage|tag; "
        "week: wochen|woche; month: monaten|monate|monat"
    ),
    nums=(
        "1: ein|eine|einer|einem|einen; 2: zwei|ein paar; 3: drei; 4: vier; 5: fünf; "
        "6: sechs; 7: sieben; 8: acht; 9: neun; 10: zehn; 14: vierzehn"
    ),
    nums_vague="ein paar",  # "in ein paar Tagen": a count of no one size
    half_hour="einer halben stunde|einer halbe stunde|einer halbstunde",
    quarter_hour="einer viertelstunde|einer viertel stunde",
    clock24=True,
    t_pre="um|gegen|ab",
    t_pre_weak="ab",
    t_suf="uhr",
    mer=(
        "am: morgens|früh|vormittags|am morgen|am vormittag; pm: nachmittags|abends|"
        "am nachmittag|am abend; night: nachts|in der nacht"
    ),
    noon="mittag|mittags|zu mittag|um 12 uhr mittags",
    midnight="mitternacht|um mitternacht",
    pod="9: früh|vormittag; 15: nachmittag; 18: abend",
    today_pod=("9: heute morgen|heute früh|heute vormittag; 15: heute nachmittag; 20: heute abend"),
    rel_block_before="guten|am|jeden|diesen|den|einen|schönen",
    day_pre="am",
    day_suf_req=r"\.",
    min_pre="15: viertel nach; -15: viertel vor; -30: halb",
    one_half="anderthalb|eineinhalb",
    and_words="und",
)


# Typed on a keyboard without umlauts: "uebermorgen", "naechsten Montag", "frueh", "Maerz".
_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _with_ascii(value: str, *, groups: bool = False) -> str:
    """Each alternative that has an umlaut also spelt with "ae", "oe", "ue" (in a weekday
    or month group, as another spelling of the group; in a map, of the same value)."""
    if ";" in value or ":" in value:
        parts = []
        for part in value.split(";"):
            key, _, phrases = part.partition(":")
            parts.append(f"{key}:{_with_ascii(phrases)}")
        return ";".join(parts)
    out = []
    for alt in value.split("|"):
        if groups:
            spell = alt.split()
            spell += [w.translate(_ASCII) for w in spell if w.translate(_ASCII) != w]
            out.append(" ".join(spell))
        else:
            out.append(alt)
            if alt.translate(_ASCII) != alt:
                out.append(alt.translate(_ASCII))
    return "|".join(out)


for _key in [
    "after_tomorrow",
    "next_week",
    "next_month",
    "vague",
    "wd_short_lead",
    "wd_pre",
    "nw_pre",
    "nw_post",
    "nums",
    "mer",
    "pod",
    "today_pod",
    "months",
]:
    WORDS[_key] = _with_ascii(str(WORDS[_key]), groups=_key == "months")

_ORD = [
    "erste",
    "zweite",
    "dritte",
    "vierte",
    "fünfte",
    "sechste",
    "siebte",
    "achte",
    "neunte",
    "zehnte",
    "elfte",
    "zwölfte",
    "dreizehnte",
    "vierzehnte",
    "fünfzehnte",
    "sechzehnte",
    "siebzehnte",
    "achtzehnte",
    "neunzehnte",
]
_UNITS = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]


def _inflected(word: str) -> str:
    return "|".join(word + end for end in ("", "n", "r", "m", "s"))


NUMBERS: dict[str, object] = {
    "atoms": (
        "null|eins|ein|eine|einer|einem|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
        "elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|"
        "dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|"
        "million|millionen"
    ),
    "glue": "und|",  # "dreiundzwanzig", "zweihundert", "vierzigtausend"
    "values": {
        1: "eins|ein|eine",
        2: "zwei",
        3: "drei",
        4: "vier",
        5: "fünf",
        6: "sechs",
        7: "sieben",
        8: "acht",
        9: "neun",
        10: "zehn",
        11: "elf",
        12: "zwölf",
    },
    "ordinals": {
        **{i + 1: _inflected(w) for i, w in enumerate(_ORD)},
        20: _inflected("zwanzigste"),
        **{i + 21: _inflected(f"{u}undzwanzigste") for i, u in enumerate(_UNITS)},
        30: _inflected("dreißigste"),
        31: _inflected("einunddreißigste"),
    },
}
