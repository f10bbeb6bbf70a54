"""me calendar: the private address of your calendar feed (reminders and meetings)."""

from __future__ import annotations

from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import calendar_feed
from storage.errors import UserError

HOW_TO = (
    "Subscribe to it (it updates by itself, every few hours in most apps):\n"
    "• Google Calendar: Other calendars ＋ → From URL\n"
    "• Outlook: Add calendar → Subscribe from web\n"
    "• Apple Calendar: File → New Calendar Subscription"
)


RESET_WORDS = ("reset", "revoke", "new", "rotate")


def _fits(rest: str) -> bool:
    """ "calendar invite sent to Maria" is a sentence, not this command: free text reads it."""
    return rest.strip().lower() in ("", *RESET_WORDS)


@command("me calendar", "me calendar [reset]", aliases=("my calendar", "calendar"), fits=_fits)
def me_calendar(call: Call) -> Reply:
    """The private address of your calendar: your reminders and planned meetings, each with
    an alert, in your time zone, for Google Calendar, Outlook or Apple Calendar.

    Anyone with the address sees your reminders: keep it to yourself. 'me calendar reset'
    makes a new address; the old one stops working at once.
    Example: me calendar     me calendar reset
    """
    word = call.rest.strip().lower()
    if word in RESET_WORDS:
        feed = calendar_feed.reset_feed(call.ctx)
        head = "🔁 Your calendar has a new address; the old one no longer works."
    elif word:
        raise UserError(
            f"I did not understand “{call.rest.strip()[:200]}”: me calendar takes nothing, or "
            "'reset' for a new address. To log something, say it with log (log note NAME: ...)."
        )
    else:
        feed = calendar_feed.feed_of(call.ctx)
        head = "📅 Your calendar (reminders and planned meetings, with alerts):"
    if not call.is_private:  # a group or channel: the address is a key, never shown there
        done = f"{head}\n" if word else ""
        return Reply.say(
            f"{done}I only show your calendar's address in our private chat: send me "
            "'me calendar' there (a DM)."
        )
    url = call.public_url.rstrip("/") + calendar_feed.path_of(feed)
    return Reply(
        sections=[
            f"{head}\n{url}",
            HOW_TO,
            "Keep this address to yourself: whoever has it sees your reminders. "
            "'me calendar reset' replaces it.",
        ],
        buttons=[] if word else [Button("New address (revoke this one)", "me calendar reset")],
        private=True,
    )
