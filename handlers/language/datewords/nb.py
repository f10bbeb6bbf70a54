"""Norwegian Bokmål date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="i dag|idag",
    tomorrow="i morgen|imorgen|i morra|imorra",  # "i morra": spoken and chat
    after_tomorrow="i overmorgen|overmorgen",
    yesterday="i går|igår",
    before_yesterday="i forgårs|forgårs",
    next_week="neste uke|i neste uke|neste veke|uka etter|neste uka",
    next_month="neste måned|i neste måned",
    end_of="slutten av|i slutten av|utgangen av|innen utgangen av",
    this_month="måneden|denne måneden",
    month_vague="begynnelsen av|midten av|starten av",
    weekdays="mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag",
    # chat abbreviations, read only after a lead word or before a time ("fre kl 12", "tirs 10")
    wd_short="0: man; 1: tir|tirs; 2: ons; 3: tor|tors; 4: fre; 5: lør; 6: søn",
    wd_short_lead="på|neste|innen|til",
    wd_pre="på|neste|på neste|nå på|førstkommende|til|innen",
    nw_pre="neste uke|neste uke på",
    nw_post="neste uke|i neste uke|uka etter",
    months=(
        "januar jan|februar feb|mars mar|april apr|mai|juni jun|juli jul|august aug|"
        "september sept sep|oktober okt|november nov|desember des"
    ),
    md_pre="den|til|innen",
    day_suf=r"\.?",
    in_pre="om|innen",
    units=(
        "minute: minutter|minutt|min; hour: timer|time|t; day: dager|dag|døgn; week: uker|"
        "uke|uka; month: måneder|måned|mnd"
    ),
    nums=(
        "1: en|ett|ei; 2: to|et par; 3: tre; 4: fire; 5: fem; 6: seks; 7: sju|syv; 8: åtte; "
        "9: ni; 10: ti; 14: fjorten"
    ),
    nums_vague="et par",  # "om et par dager": a count of no one size
    half_hour="en halvtime|en halv time|halvtime",
    quarter_hour="et kvarter|ett kvarter",
    clock24=True,
    clock24_pre="kl|kl.|klokka|klokken",
    t_pre="kl|kl.|klokka|klokken|ved|rundt",
    t_pre_weak="ved|rundt",
    mer=(
        "am: om morgenen|på morgenen|om formiddagen; pm: om ettermiddagen|på ettermiddagen|"
        "om kvelden"
    ),
    noon="midt på dagen|klokka tolv",
    midnight="midnatt",
    pod="9: tidlig|formiddag; 15: ettermiddag; 18: kveld",
    today_pod="9: i formiddag; 15: i ettermiddag; 20: i kveld",
    day_pre="den",
    day_suf_req=r"\.",
    min_pre="15: kvart over; -15: kvart på; -30: halv",
    one_half="halvannen|en og en halv",
    and_words="og",
)

_UNITS = {1: "en|ett|ei", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju|syv"}
_UNITS |= {8: "åtte", 9: "ni"}
_TEENS = [
    "ti",
    "elleve",
    "tolv",
    "tretten",
    "fjorten",
    "femten",
    "seksten",
    "sytten",
    "atten",
    "nitten",
]
_TENS = {20: "tjue|tyve", 30: "tretti|tredve", 40: "førti", 50: "femti", 60: "seksti"}
_TENS |= {70: "sytti", 80: "åtti", 90: "nitti"}
_ORD = [
    "første",
    "andre",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "sjuende|syvende",
    "åttende",
    "niende",
    "tiende",
    "ellevte",
    "tolvte",
    "trettende",
    "fjortende",
    "femtende",
    "sekstende",
    "syttende",
    "attende",
    "nittende",
]

# No text2num for Norwegian: every spelling from 1 to 99 ("tjuetre", "tjue tre").
# Hundreds compose ("to hundre og femti"): handlers.language.numwords reads them.
NUMBERS: dict[str, object] = {
    "hundred": "hundre|hundrede",
    "join": "og",
    "values": {
        **_UNITS,
        **{10 + i: w for i, w in enumerate(_TEENS)},
        **_TENS,
        **{
            t + u: "|".join(
                f"{a}{sep}{b}" for a in tw.split("|") for b in uw.split("|") for sep in ("", " ")
            )
            for t, tw in _TENS.items()
            for u, uw in _UNITS.items()
        },
    },
    "ordinals": {
        **{i + 1: w for i, w in enumerate(_ORD)},
        20: "tjuende",
        **{20 + i + 1: f"tjue{w}" for i, w in enumerate(_ORD[:9])},
        30: "trettiende",
        31: "trettiførste",
    },
}
