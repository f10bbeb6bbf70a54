"""Buttons shared by several replies: a delivered reminder, reminder lists, the home view.

A button is a label and the command it stands for, so a press on any platform is just
another message to the core. Kept here, not inside a command module, because the
scheduler's reminder message and the home view use the same ones.
"""

from __future__ import annotations

from handlers.types import Button

_LETTERS = {"contact": "c", "account": "a", "deal": "d"}


def open_button(kind: str | None, record_id: int | None, label: str = "Open") -> Button | None:
    """Open a record ("deal show #d5"); None when there is no record to open."""
    if kind == "case" and record_id:  # a case is opened by its number, not its id
        return Button(label, f"case show id={record_id}")
    letter = _LETTERS.get(kind or "")
    if not letter or not record_id:
        return None
    return Button(label, f"{kind} show #{letter}{record_id}")


def reminder_buttons(rid: int, linked_type: str | None, linked_id: int | None) -> list[Button]:
    """Done, the three snoozes, and Open: the same on a delivered reminder and in lists."""
    buttons = [
        Button("Done", f"reminders done {rid}", "primary"),
        Button("Snooze 1h", f"reminders snooze {rid} 1h"),
        Button("Tomorrow 9:00", f"reminders snooze {rid} tomorrow"),
        Button("Next Monday 9:00", f"reminders snooze {rid} monday"),
    ]
    opened = open_button(linked_type, linked_id)
    if opened is not None:
        buttons.append(opened)
    return buttons
