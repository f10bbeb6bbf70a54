"""The console adapter: chat with the bot in a terminal, or script it through stdin.

Like Errbot's text backend, it is a real adapter (same core, same replies), which
makes it the harness for end-to-end tests.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from handlers.core import Bot
from handlers.types import Incoming, Reply, Sender

PROMPT = "you> "


def render(reply: Reply) -> str:
    """Text plus buttons and choices as a numbered list the user can answer."""
    out = [reply.text] if reply.text else []
    options = [*reply.choices, *reply.buttons]
    if options:
        out.append("\n".join(f"  [{i}] {b.label}" for i, b in enumerate(options, 1)))
    if reply.image is not None and reply.image_name:
        out.append(f"(chart saved to {reply.image_name})")
    for f in reply.files:  # save_image writes them when the console has a folder for files
        out.append(
            f"(file saved to {f.name})"
            if "/" in f.name
            else f"(file {f.name}, {len(f.data):,} bytes)"
        )
    return "\n".join(out)


class ConsoleAdapter:
    """Feeds lines to the core as one console user and prints each reply."""

    def __init__(
        self,
        bot: Bot,
        workspace_id: int,
        user: str,
        timezone: str | None = None,
        out: TextIO | None = None,
        charts_dir: Path | None = None,
        *,
        platform: str = "console",
        chat_id: str | None = None,
        private: bool = True,
    ) -> None:
        self.bot = bot
        self.workspace_id = workspace_id
        # ``platform``, ``chat_id`` and ``private`` let a test speak as another platform's
        # user (the access policy is per platform), in a private chat or a group.
        self.platform = platform
        self.sender = Sender(platform, user, user, timezone)
        self.chat_id = chat_id or f"{platform}:{user}"
        self.private = private
        self.out = out or sys.stdout
        self.charts_dir = charts_dir  # where chart images go (run() defaults to ./charts)

    def send(self, text: str) -> Reply:
        return self.bot.handle(
            Incoming(
                workspace_id=self.workspace_id,
                sender=self.sender,
                text=text,
                channel="console" if self.platform == "console" else self.chat_id,
                is_private=self.private,
                chat_id=self.chat_id,
            )
        )

    def press(self, token: str) -> Reply:
        """A button press that carries a stored token (as Telegram's callback data does)."""
        return self.bot.handle(
            Incoming(
                workspace_id=self.workspace_id,
                sender=self.sender,
                channel=self.chat_id,
                is_private=self.private,
                chat_id=self.chat_id,
                button_token=token,
            )
        )

    def say(self, text: str) -> str:
        """One message in, the rendered reply out (the test helper, like Errbot's testbot)."""
        return render(self.save_image(self.send(text)))

    def save_image(self, reply: Reply) -> Reply:
        """Write a chart to charts_dir and point the reply's image_name at the file."""
        if reply.image is not None and reply.image_name and self.charts_dir is not None:
            self.charts_dir.mkdir(parents=True, exist_ok=True)
            path = self.charts_dir / Path(reply.image_name).name
            path.write_bytes(reply.image)
            reply.image_name = str(path)
        if reply.files and self.charts_dir is not None:
            folder = self.charts_dir.parent / "files"  # ./files beside ./charts
            folder.mkdir(parents=True, exist_ok=True)
            saved = []
            for f in reply.files:
                path = folder / Path(f.name).name
                path.write_bytes(f.data)
                saved.append(replace(f, name=str(path)))
            reply.files = saved
        return reply

    def run(self, lines: Iterable[str], interactive: bool) -> None:
        if self.charts_dir is None:
            self.charts_dir = Path("charts")
        if interactive:
            self.out.write("crmbot console — type 'help', or 'quit' to leave.\n")
            self.out.flush()
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            if line.lower() in ("quit", "exit", ":q"):
                break
            self.out.write(self.say(line) + "\n\n")
            self.out.flush()


def interactive_lines() -> Iterable[str]:
    with contextlib.suppress(ImportError):  # line editing and history where available
        import readline  # noqa: F401
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            return
        except KeyboardInterrupt:
            print()
            return
