"""Norwegian Bokmål date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="i dag|idag",
    tomorrow="i morgen|imorgen",
    after_tomorrow="i overmorgen|overmorgen",
    yesterday="i går|igår",
    before_yesterday="i forgårs|forgårs",
    next_week="neste uke|i neste uke|neste veke|uka etter|neste uka",
    next_month="neste måned|i neste måned",
    weekdays="mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag",
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
    half_hour="en halvtime|en halv time|halvtime",
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
)
