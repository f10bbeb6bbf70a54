"""Platform gestures on support cases, translated at the edge into ordinary core commands.

Each gesture is a command a user could type, with a ``from=`` link to the message:

* Slack message shortcut "Open a case" / a 🎫 reaction / Telegram `/case` as a reply →
  ``case new [WHAT:] FIRST LINE description=TEXT from=slack:C123/1700000000.0001``;
* a reply in a case's Slack thread → ``case note TEXT from=slack:C123/THREAD_TS`` (the case
  is found by the message it was opened from);
* a Telegram reply to the bot's case card ("🎫 Case #12 …") → ``case note #12 TEXT
  from=telegram:CHAT/MESSAGE``.

Pure functions: the adapters call them and hand the result to the core like any text.
"""

from __future__ import annotations

import re

from handlers import registry

_CARD = re.compile(r"🎫 Case #(\d+)\b")
_CASE_CMD = re.compile(r"^/case(?:@\w+)?(?:\s+(?P<rest>.*))?$", re.S | re.I)
TITLE_MAX = 120


def _safe(text: str) -> str:
    """User words embedded in a command: 'a=b' stays words, never an option."""
    return re.sub(r"(\w)=", r"\1 =", text)


def open_case_command(message: str, source: str, what: str = "") -> str | None:
    """``case new`` for a message: its first line is the title, all of it the description.

    ``what`` is what the person added to the gesture ("/case Acme p1"): the account and
    priority, said before the title. Without it, the core reads an account that starts the
    first line, or asks which account (the answer completes the same command).
    """
    text = " ".join(message.replace("\r", "").split("\n")[0].split()) if message else ""
    if not text:
        return None
    title = text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
    title = _safe(title).replace(":", " -")  # a colon would split off an "account"
    what = _safe(" ".join(what.split())).strip(" :")
    head = f"{what}: {title}" if what else title
    desc = _safe(" ".join(message.split()))
    return f"case new {head} description={desc} from={source}"


def note_command(text: str, source: str, number: int | None = None) -> str | None:
    text = " ".join((text or "").split())
    if not text:
        return None
    ref = f"#{number} " if number is not None else ""
    return f"case note {ref}{_safe(text)} from={source}"


def case_on_card(bot_text: str | None) -> int | None:
    """The case number a bot message shows ("🎫 Case #12"), if it is a case card."""
    m = _CARD.search(bot_text or "")
    return int(m.group(1)) if m else None


def is_command(text: str) -> bool:
    """Whether a reply is a command of its own (then it is run, not noted on the case)."""
    cmd, _ = registry.lookup(text.strip())
    return cmd is not None


def telegram_text(
    text: str,
    chat_id: int | str,
    message_id: int,
    reply_to: tuple[int, str, bool] | None,
) -> str:
    """What a Telegram message means, case gestures translated.

    ``reply_to`` is (message id, text, written by this bot) of the message replied to.
    ``/case`` replying to a message opens a case from it; ``/case`` alone explains itself;
    a plain reply to the bot's case card is a timeline entry. Anything else is unchanged.
    """
    m = _CASE_CMD.match(text.strip())
    if m is not None:
        rest = (m.group("rest") or "").strip()
        if rest and is_command(f"case {rest}"):
            return f"case {rest}"  # "/case show #3"
        if reply_to is None or not reply_to[1].strip():
            return "help case new" if not rest else f"case new {rest}"
        cmd = open_case_command(reply_to[1], f"telegram:{chat_id}/{reply_to[0]}", rest)
        return cmd or text
    if reply_to is not None and reply_to[2]:
        number = case_on_card(reply_to[1])
        if number is not None and not text.startswith("/") and not is_command(text):
            return note_command(text, f"telegram:{chat_id}/{message_id}", number) or text
    return text


def slack_thread_source(channel: str, thread_ts: str) -> str:
    return f"slack:{channel}/{thread_ts}"
