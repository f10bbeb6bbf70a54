"""Basque date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="gaur",
    tomorrow="bihar",
    after_tomorrow="etzi",
    yesterday="atzo",
    before_yesterday="herenegun",
    next_week="datorren astean|hurrengo astean|datorren aste|hurrengo aste",
    next_month="datorren hilabetean|hurrengo hilabetean",
    weekdays="astelehen|astearte|asteazken|ostegun|ostiral|larunbat|igande",
    wd_wild=True,
    wd_pre="datorren|hurrengo|honako",
    nw_pre="datorren asteko|hurrengo asteko",
    nw_post="datorren astean|hurrengo astean",
    months="urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu",
    mon_wild=True,
    day_suf=r"(?:-?(?:an|ean|a|ak|etik|era|erako|rako|ra))?",
    in_post="barru|barruan|buruan|barne",
    units="minute: minutu; hour: ordu; day: egun; week: aste; month: hilabete",
    unit_wild=True,
    one_units=(
        "week: astebete|aste bat; hour: ordubete|ordu bat; month: hilabete|hilabete bat; "
        "day: egun bat; minute: minutu bat"
    ),
    nums=(
        "1: bat; 2: bi; 3: hiru; 4: lau; 5: bost; 6: sei; 7: zazpi; 8: zortzi; 9: bederatzi; "
        "10: hamar"
    ),
    half_hour="ordu erdi",
    quarter_hour="ordu laurden|ordu laurden bat",
    t_suf_glued="etan|tan|ean|ak",
    mer_pre="am: goizeko; pm: arratsaldeko|gaueko",
    noon="eguerdian|eguerdi",
    midnight="gauerdian",
    pod="9: goizean|goiz; 15: arratsaldean; 18: iluntzean; 20: gauean",
    today_pod="9: gaur goizean; 15: gaur arratsaldean; 20: gaur gauean",
    one_half="ordu eta erdi",
)

_BASE = {1: "bat", 2: "bi", 3: "hiru", 4: "lau", 5: "bost", 6: "sei", 7: "zazpi"}
_BASE |= {8: "zortzi", 9: "bederatzi", 10: "hamar", 11: "hamaika", 12: "hamabi"}
_BASE |= {13: "hamahiru", 14: "hamalau", 15: "hamabost", 16: "hamasei", 17: "hamazazpi"}
_BASE |= {18: "hemezortzi", 19: "hemeretzi"}

# No text2num for Basque: every spelling from 1 to 59 ("hogeita hiru" = 20 + 3).
# "hours_at" are the hours with the "at" ending glued on ("zazpietan" = at seven).
NUMBERS: dict[str, object] = {
    "values": {
        **_BASE,
        20: "hogei",
        **{20 + n: f"hogeita {w}" for n, w in _BASE.items()},
        40: "berrogei",
        **{40 + n: f"berrogeita {w}" for n, w in _BASE.items()},
        # to 99, so an amount's "hirurogeita bost mila" is never read as its tail (5 000)
        60: "hirurogei",
        **{60 + n: f"hirurogeita {w}" for n, w in _BASE.items()},
        80: "laurogei",
        **{80 + n: f"laurogeita {w}" for n, w in _BASE.items()},
    },
    # hundreds are words of their own ("berrehun eta berrogeita hamar mila euro": 250 000)
    "hundreds": {
        100: "ehun",
        200: "berrehun",
        300: "hirurehun",
        400: "laurehun",
        500: "bostehun",
        600: "seiehun",
        700: "zazpiehun",
        800: "zortziehun",
        900: "bederatziehun",
    },
    "join": "eta",
    "hours_at": {
        1: "ordubatean",
        2: "bietan|ordubietan",
        3: "hiruretan",
        4: "lauretan|lauetan",
        5: "bostetan",
        6: "seietan",
        7: "zazpietan",
        8: "zortzietan",
        9: "bederatzietan",
        10: "hamarretan",
        11: "hamaiketan",
        12: "hamabietan",
    },
}
