"""English date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="today|2day|tday|tdy",
    tomorrow="tomorrow|tmrw|tmr|tmw|tomorow|tommorow|tommorrow|2moro|2morrow|2mrw|2morow|tmrow",
    after_tomorrow="the day after tomorrow|day after tomorrow",
    yesterday="yesterday|yday",
    before_yesterday="the day before yesterday|day before yesterday",
    next_week="next week|the following week|next wk|nxt wk|nxt week",
    next_month="next month",
    end_of="end of|the end of|end of the|by the end of|by end of|at the end of|"
    "the last day of|last day of|the last day of the",
    this_month="month|this month|the month",
    month_vague="early|mid|late|beginning of|middle of|the beginning of|the middle of|"
    # a week or half of a month is no one day: "first week of march" is asked about
    "first week of|the first week of|second week of|the second week of|third week of|"
    "the third week of|last week of|the last week of|1st week of|2nd week of|3rd week of|"
    "first half of|the first half of|second half of|the second half of|"
    "in the first week of|in the second week of|in the third week of|in the last week of|"
    "in the first half of|in the second half of",
    weekdays=(
        "monday mon mondays|tuesday tues tue tuesdays|wednesday wed weds wednesdays|"
        "thursday thurs thur thu thursdays|friday fri fridays|saturday saturdays|sunday sundays"
    ),
    wd_pre="on|next|nxt|this|this coming|coming|on next|on this|until",
    wd_short="5: sat; 6: sun",
    wd_short_lead="on|next|nxt|this|coming|by|until|till|before|f/u|fu|cb|rmd|due|eod|from",
    nw_pre="next week|next week on|next wk|nxt wk",
    nw_post="next week|of next week|the following week|next wk|nxt wk",
    months=(
        "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|"
        "september sept sep|october oct|november nov|december dec"
    ),
    md_pre="on|on the|the",
    md_cardinal_words=True,
    md_link="of|the",
    day_suf=r"(?:st|nd|rd|th)?",
    in_pre="in|within|after|timer for|a timer for",
    in_post="from now|from today",
    in_tail="time|' time|'s time",
    units=(
        "minute: minutes|minute|mins|min; hour: hours|hour|hrs|hr|h; day: days|day; "
        "week: weeks|week|wks|wk; month: months|month"
    ),
    nums=(
        "1: a|an|one; 2: two|a couple of|couple of|a couple; 3: three|a few; 4: four; "
        "5: five; 6: six; 7: seven; 8: eight; 9: nine; 10: ten; 11: eleven; 12: twelve; "
        "15: fifteen; 20: twenty; 30: thirty"
    ),
    nums_vague="a couple of|couple of|a couple|a few",
    half_hour="half an hour|a half hour|half hour",
    t_pre="at|around|@|at around|about",
    t_pre_weak="about|around",
    t_suf="o'clock|oclock",
    t_suf_glued="ish",
    # next to a date or time, a doubt: "tomorrow 4.30", "tomorrow 16h", "at 3 pm est",
    # "at 3 or 4", "at 2 to 3" (one regex; the whole phrase is then asked about)
    near=(
        # "at 15h" is a time said the French way, never left for 09:00 of the day before it
        r"\d{1,2}\.[0-5]\d|(?:(?:at|@)\s*)?\d{1,2}h|(?:est|edt|pst|pdt|cst|cdt|mst|mdt|gmt|utc|bst|cet|cest|"
        r"eet|ist|et|pt|ct)|(?:or|to|till|until|-|–)\s*\d{1,2}(?::\d\d)?(?:\s*(?:am|pm))?|"
        # "at six thirtyish": the minutes are a guess, so the whole time is asked about
        r"(?:five|ten|fifteen|twenty|thirty|forty|forty[\s-]five|fifty)[\s-]?ish"
    ),
    vague="later today|later on today|later on|sometime today|sometime soon|soonish|sometime|"
    "some time next week|sometime next week|early next week|later this week|later next week|"
    "end of the week|end of week|end of next week|end of this week|eow|in a fortnight|fortnight|"
    "monday week|tuesday week|wednesday week|thursday week|friday week|on monday week|"
    "on tuesday week|on wednesday week|on thursday week|on friday week|a week on monday|"
    "a week on tuesday|a week on wednesday|a week on thursday|a week on friday|"
    "over the weekend|this weekend|next weekend|at some point|after lunch|before lunch|"
    "after work|before work|after the meeting|after the call|"
    "early q1|early q2|early q3|early q4|mid q1|mid q2|mid q3|mid q4|late q1|late q2|late q3|"
    "late q4|before christmas|by christmas|after christmas|before the holidays|"
    "after the holidays|over christmas|in the new year|after the new year|"
    "before the end of the year|before year end|before year-end|lunchtime|at lunchtime|"
    "around lunchtime|around lunch|"
    # "the week after next", "follow up the week after": a week, no one day in it
    "the week after next|week after next|the week after",
    mer="am: am|a.m.|a m|in the morning; pm: pm|p.m.|p m|in the afternoon|in the evening|at night",
    # "noonish" is noon as "11ish" is 11:00; "lunchtime" is a span (12 to 2), asked about
    noon="noon|midday|12 noon|twelve noon|noonish|noon-ish",
    midnight="midnight",
    pod=(
        "9: morning|in the morning|first thing|first thing in the morning|am|a.m.; "
        "15: afternoon|in the afternoon; 18: evening|"
        "in the evening; 20: night"
    ),
    today_pod=(
        "9: this morning; 15: this afternoon; 18: this evening; 20: tonight|tonite|2nite; "
        "17: end of day|"
        "eod|end of the day|close of business|by close of business|cob|eob|end of business"
    ),
    day_pre="on the|the|by the|until the",
    day_suf_req=r"(?:st|nd|rd|th)",
    day_bare_next=(
        r"at|@|of|in|on|to|for|and|or|by|from|until|till|please|pls|morning|afternoon|evening|"
        r"night|am|pm|a\.m\.|p\.m\.|next|this|then|before|after|is|works|ok|okay|if|so|but|i|"
        r"we|you|let|with|w/|re|about|around|noon|eod|cob|first|latest|instead|would|could|"
        r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
        r"june|july|august|september|october|november|december"
    ),
    min_pre=(
        "15: quarter past|a quarter past|quarter after; 30: half past; -15: quarter to|"
        "a quarter to|quarter of"
    ),
    min_rel="1: past|after; -1: to|till|til",
    half_before="half",
    and_half="and a half",
    one_half="one and a half|1 and a half",
    and_words="and",
    not_after_hour="of|point|time|least|all|once|another|first|last|the|a|an|stage|home|work",
)

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth|twelveth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]

# Number words: text2num reads cardinals ("twenty three", "forty thousand"); the atoms are
# what a number phrase may be made of, the values the single words of an hour, the
# ordinals the days of a month ("the ninth", "twenty-third").
NUMBERS: dict[str, object] = {
    "atoms": (
        "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
        "seventy|eighty|ninety|hundred|thousand|million"
    ),
    "join": "and",
    "values": {**{i + 1: w for i, w in enumerate(_UNITS)}, 10: "ten", 11: "eleven", 12: "twelve"},
    "ordinals": {
        **{i + 1: w for i, w in enumerate(_ORD_UNITS)},
        **{i + 10: w for i, w in enumerate(_ORD_TEENS)},
        20: "twentieth",
        **{i + 21: f"twenty-{w}|twenty {w}|twenty{w}" for i, w in enumerate(_ORD_UNITS)},
        30: "thirtieth",
        31: "thirty-first|thirty first",
    },
}
