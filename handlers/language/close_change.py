"""A deal's close moved, said in a sentence that reads like a to-do with a date: "Pull the
Ostara Foods renewal in to Dec 12", "please move the close date to 15 January", "we're now
targeting Jan 8 for the Vesper Hotels deal", "tyrell ren -> jan 15".

Why: such messages were read as reminders (a date and an order), so the bot would have set a
reminder on the deal's new close day and left the deal's close unchanged: a date written in
the wrong place. A message that says a close is changing, and does not ask to be reminded, is
read as a deal update instead (``nlu._parse_body``); when that reading finds no deal or no
close, the bot asks.
"""

from __future__ import annotations

from handlers.language.patterns import _rx

# The words of a close that changes: "close date", "expected close", "push the close",
# "the close is now", "closing on/by".
_CLOSE_WORDS = _rx(
    r"(?<!\w)(?:(?:close|closing)\s+date|expected\s+close|"
    r"(?:move|moved|moving|push|pushed|pushing|pull|pulled|change|changed|set|shift|shifted|"
    r"slip|slipped|bring|brought)\s+(?:the\s+|its\s+|their\s+)?close(?!\w)|"
    r"the\s+close\s+(?:is|to|on|moved|moves|slipped|slips|got|now)(?!\w))"
)
# A deal word with a verb that moves its close: "pull the X renewal in to Dec 12", "targeting
# Jan 8 for the X deal", "X pilot slipped to the 15th".
_DEAL_NOUN = r"(?:deal|renewal|pilot|rollout|expansion|upgrade|opp|opportunity|contract)"
_MOVED_DEAL = _rx(
    rf"(?<!\w)(?:(?:push|pushed|pull|pulled|slip|slipped|slipping|slips|targeting|target)(?!\w)"
    rf"[^.;!?]{{0,60}}?(?<!\w){_DEAL_NOUN}(?!\w)|"
    rf"{_DEAL_NOUN}\s+(?:is\s+|has\s+)?(?:pushed|pulled|slipped|slipping|slips|moved)(?!\w))"
)
# "tyrell ren -> jan 15": a name, an arrow, and nothing after it but the date (checked by the
# caller against the date reader); an order ("call bob -> tmrw") is a to-do.
_ARROW_DATE = _rx(r"^(?P<head>[^,;:>→]{2,50}?)\s*(?:->|→|=>)\s*(?P<tail>\S.*)$")
_ORDER_HEAD = _rx(
    r"^(?:please\s+)?(?:call|ring|phone|ping|text|email|e-mail|send|chase|prepare|book|schedule|"
    r"follow|check|meet|visit|remind|cb|f/u|fu|email|mail|prep|buy|get|pay|ask|tell|invite)(?!\w)"
)
# A reminder asked for in so many words: its dates are the reminder's ("remind me friday to
# update the Greyhawk close date").
_REMIND_ASKED = _rx(
    r"(?<!\w)(?:remind|reminder|ping\s+me|nudge\s+me|don'?t\s+let\s+me\s+forget|note\s+to\s+self|"
    r"alert\s+me|to-?do|todo)(?!\w)"
)


def close_change_said(text: str, folded: str, date_span: tuple[int, int] | None) -> bool:
    """Whether ``text`` (``folded`` its folded form) says a deal's close changes and asks for
    no reminder. ``date_span`` is the first date the reader found (for the arrow form)."""
    if _REMIND_ASKED.search(folded):
        return False
    if _CLOSE_WORDS.search(folded) or _MOVED_DEAL.search(folded):
        return True
    arrow = _ARROW_DATE.match(folded)
    if arrow is None or date_span is None or _ORDER_HEAD.match(folded):
        return False
    start, end = date_span
    return start == arrow.start("tail") and not folded[end:].strip(" .!")
