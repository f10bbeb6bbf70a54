"""The console notifier: prints delivered reminders (for `crmbot console` and
`crmbot scheduler` without a chat platform, and as the fallback route)."""

from __future__ import annotations

import sys
import threading
from typing import TextIO

from handlers.types import Reply
from scheduler.delivery import Target


def render_delivery(target: Target, reply: Reply) -> str:
    """The reminder text, then each button with the command to type for it."""
    where = f"#{target.chat_id.lstrip('#')}" if not target.direct else f"@{target.chat_id}"
    lines = [f"🔔 to {where}", reply.text]
    for b in reply.buttons:
        lines.append(f"  [{b.label}] type: {b.action}")
    return "\n".join(lines)


class ConsoleNotifier:
    """Writes each delivery to a text stream; one lock keeps messages whole."""

    platform = "console"

    def __init__(self, out: TextIO | None = None, prompt: str = "") -> None:
        self.out = out or sys.stdout
        self.prompt = prompt  # re-printed after a delivery that interrupted typing
        self._lock = threading.Lock()

    async def send(self, target: Target, reply: Reply) -> None:
        text = render_delivery(target, reply)
        with self._lock:
            lead = "\r\n" if self.prompt else ""
            self.out.write(f"{lead}{text}\n\n{self.prompt}")
            self.out.flush()
