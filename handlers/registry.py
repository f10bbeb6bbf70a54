"""One registry of commands; a command's docstring is its help text.

A command is addressed by one or two words (``pipeline``, ``contact add``). The
registry also suggests the nearest command for a typo, via rapidfuzz.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import process

from handlers.ports import Mailer
from handlers.types import Attachment, Reply
from storage.context import Ctx

Handler = Callable[["Call"], Reply]


@dataclass
class Call:
    """A command invocation: the context, the argument text, and the raw message."""

    ctx: Ctx
    rest: str
    text: str
    channel: str = ""
    is_private: bool = True
    files: tuple[Attachment, ...] = ()  # files sent with the message (import, attach)
    # Per platform, a link that opens the bot with an invite code ("{code}" filled in);
    # only the platforms whose adapter knows its address (Telegram: the bot's username).
    join_links: Mapping[str, str] = field(default_factory=dict)
    # The app's mailer (handlers/ports.py); None when the bot was built without one.
    mailer: Mailer | None = None
    public_url: str = "http://localhost:3000"  # CRMBOT_PUBLIC_URL (a calendar's address)


@dataclass(frozen=True)
class Command:
    name: str
    handler: Handler
    usage: str
    summary: str
    help: str
    admin_only: bool = False
    # For a command with a one-word alias that also starts plain sentences ("meeting with
    # Jon tomorrow at 10"): whether the rest follows the command's syntax. When it does
    # not, free text reads the message first.
    fits: Callable[[str], bool] | None = None
    # Whether the command reads the files sent with it (import, file attach): a file sent
    # with any other words is an attachment (handlers/commands/files.py decides where).
    takes_files: bool = False
    # False for a command that reads no words after its name ("home", "members"): words
    # after it are a sentence ("home visit with Maria today, signed"), read by free text
    # first and never dropped (the command once ran and the words were lost).
    words: bool = True
    # A command only a button sends ("understood yes …", "card save …"): never offered as
    # a "Did you mean …?" hint, since typed by hand it answers a question nobody asked.
    hidden: bool = False


COMMANDS: dict[str, Command] = {}
ALIASES: dict[str, str] = {}


def command(
    name: str,
    usage: str = "",
    *,
    aliases: tuple[str, ...] = (),
    admin_only: bool = False,
    fits: Callable[[str], bool] | None = None,
    takes_files: bool = False,
    words: bool = True,
    hidden: bool = False,
) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        doc = inspect.getdoc(fn) or ""
        summary = doc.splitlines()[0] if doc else name
        COMMANDS[name] = Command(
            name, fn, usage or name, summary, doc, admin_only, fits, takes_files, words, hidden
        )
        for alias in aliases:
            ALIASES[alias] = name
        return fn

    return register


def lookup(text: str) -> tuple[Command | None, str]:
    """Find the command that ``text`` starts with (two words before one)."""
    words = text.split(None, 2)
    if not words:
        return None, ""
    first = words[0].lower().lstrip("/")
    first = first.split("@", 1)[0]  # Telegram's /cmd@botname
    if len(words) >= 2:
        two = f"{first} {words[1].lower()}"
        two = ALIASES.get(two, two)
        if two in COMMANDS:
            return COMMANDS[two], words[2] if len(words) > 2 else ""
    one = ALIASES.get(first, first)
    if one in COMMANDS:
        rest = text.split(None, 1)[1] if len(words) > 1 else ""
        return COMMANDS[one], rest
    return None, ""


def nearest(text: str) -> str | None:
    words = text.lower().split()
    if not words:
        return None
    # Button-only commands are never a hint (a typo of "understood" once suggested
    # 'understood yes', which re-runs a message from a question already answered).
    names = [n for n, c in COMMANDS.items() if not c.hidden]
    names += [a for a, n in ALIASES.items() if n in COMMANDS and not COMMANDS[n].hidden]
    probe = " ".join(words[:2])
    best = process.extractOne(probe, names, score_cutoff=60)
    if best is None:
        best = process.extractOne(words[0], names, score_cutoff=60)
    if best is None:
        return None
    return ALIASES.get(best[0], best[0])


def groups() -> dict[str, list[Command]]:
    out: dict[str, list[Command]] = {}
    for cmd in COMMANDS.values():
        out.setdefault(cmd.name.split()[0], []).append(cmd)
    return out
