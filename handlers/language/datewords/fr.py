"""French date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="aujourd'hui|aujourdhui|auj",
    tomorrow="demain",
    after_tomorrow="après-demain|après demain|apres-demain",
    yesterday="hier",
    before_yesterday="avant-hier|avant hier",
    next_week="la semaine prochaine|semaine prochaine",
    next_month="le mois prochain|mois prochain",
    end_of="fin|fin de|à la fin de|a la fin de|fin du|d'ici la fin de|d'ici fin",
    this_month="mois|du mois|ce mois",
    month_vague="début|debut|mi|courant|mi-",
    weekdays="lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    # chat abbreviations, read only after a lead word or before a time ("ven. 9h", "jeu 14h")
    wd_short="0: lun; 2: mer; 3: jeu; 4: ven; 5: sam; 6: dim",
    wd_short_lead="le|ce|pour|d'ici",
    wd_pre="le|ce|d'ici|pour",
    wd_post="prochain",
    nw_post="de la semaine prochaine|la semaine prochaine",
    months=(
        "janvier janv|février févr fév|mars|avril avr|mai|juin|juillet juil|août|"
        "septembre sept|octobre oct|novembre nov|décembre déc"
    ),
    md_pre="le|pour le|d'ici le",
    day_suf=r"(?:er|e)?",
    in_pre="dans|d'ici",
    units=(
        "minute: minutes|minute|min; hour: heures|heure|h; day: jours|jour; week: semaines|"
        "semaine; month: mois"
    ),
    nums=(
        "1: un|une; 2: deux; 3: trois; 4: quatre; 5: cinq; 6: six; 7: sept; 8: huit; "
        "9: neuf; 10: dix; 15: quinze"
    ),
    half_hour="une demi-heure|une demi heure|une demiheure",
    quarter_hour="un quart d'heure",
    clock24=True,
    t_pre="à|vers|pour",
    t_pre_weak="à|vers|pour",
    t_suf="heures|heure",
    t_suf_glued="h",
    mer="am: du matin; pm: de l'après-midi|de l'aprem|du soir",
    noon="midi|à midi",
    midnight="minuit|à minuit",
    pod="9: matin; 15: après-midi|aprem; 18: soir; 17: en fin de journée",
    today_pod="9: ce matin; 15: cet après-midi|cet aprem; 20: ce soir",
    day_cardinal_words=True,
    min_post="15: et quart; 30: et demie|et demi; -15: moins le quart|moins quart",
    and_half="et demie|et demi",
    and_words="et",
)

NUMBERS: dict[str, object] = {
    "atoms": (
        "zéro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
        "quinze|seize|vingt|vingts|trente|quarante|cinquante|soixante|cent|cents|mille|million|"
        "millions"
    ),
    "join": "et",
    "values": {
        1: "une|un",
        2: "deux",
        3: "trois",
        4: "quatre",
        5: "cinq",
        6: "six",
        7: "sept",
        8: "huit",
        9: "neuf",
        10: "dix",
        11: "onze",
        12: "douze",
        13: "treize",
        14: "quatorze",
        15: "quinze",
        16: "seize",
        17: "dix-sept",
        18: "dix-huit",
        19: "dix-neuf",
        20: "vingt",
    },
    "ordinals": {1: "premier|1er"},
}
