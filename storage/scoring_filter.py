"""The lead score as a segment filter: ``score>=60``, ``score<40``, ``score=40..80``.

Command arguments are ``key=value`` fields (handlers.args), so a comparison typed with
``>=``/``<=``/``>``/``<`` is first rewritten into a field (``score>=60`` -> ``score=>=60``)
by :func:`score_fields`; :func:`normalise` then turns every form into one stored range,
``low..high`` (``score>=60`` is saved as ``score=60..100``), checked when it is typed.
"""

from __future__ import annotations

import re

from storage.errors import UserError

_COMPARISON = re.compile(r"(?:(?<=\s)|^)score\s*(>=|<=|=>|=<|>|<)\s*(?=\d)", re.I)
_RANGE = re.compile(r"^(\d{1,3})\s*(?:\.\.|-|to)\s*(\d{1,3})$")
_OP = re.compile(r"^(>=|<=|=>|=<|>|<)?\s*(\d{1,3})(\+)?$")


def score_fields(text: str) -> str:
    """``contact list score>=60 industry=x`` -> ``contact list score=>=60 industry=x``."""
    return _COMPARISON.sub(lambda m: f"score={m.group(1)}", text)


def normalise(value: str) -> str:
    """Any typed form as ``low..high`` (0..100), or a clear error."""
    head, _, tail = value.strip().partition(" ")
    whole = value.strip().replace(" ", "")
    if (
        tail.strip()
        and not (_OP.match(whole) or _RANGE.match(whole))
        and (_OP.match(head) or _RANGE.match(head))
    ):
        # "contacts score>=10 zebra": a field's value runs to the next key=, so the words
        # after the score came here; said back as words, not as "score=>=10 zebra".
        shown = f"score{head}" if head[:1] in "<>=" else f"score={head}"
        raise UserError(f"I can't filter by '{tail.strip()}' (after {shown}): give it as key=value")
    v = value.strip().replace(" ", "")
    r = _RANGE.match(v)
    if r:
        low, high = int(r.group(1)), int(r.group(2))
        if low > high:
            raise UserError(f"score={value}: the first number must be the smaller")
    else:
        m = _OP.match(v)
        if not m:
            raise UserError(
                f"'score={value}' is not a score filter; examples: score>=60, score<40, "
                "score=40..80"
            )
        op, n = (m.group(1) or ("+" if m.group(3) else "=")), int(m.group(2))
        low, high = {
            ">=": (n, 100), "=>": (n, 100), "+": (n, 100), ">": (n + 1, 100),
            "<=": (0, n), "=<": (0, n), "<": (0, n - 1), "=": (n, n),
        }[op]  # fmt: skip
    if not (0 <= low <= 100 and 0 <= high <= 100) or low > high:
        raise UserError(f"score={value}: a score is from 0 to 100")
    return f"{low}..{high}"


def bounds(value: str) -> tuple[int, int]:
    low, _, high = normalise(value).partition("..")
    return int(low), int(high)
