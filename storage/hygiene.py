"""Every name and note written through the ORM is cleaned of control characters and
terminal escapes before it reaches the database (storage.text.clean_text).

A flush hook rather than a call in each command: chat commands, free text, forms,
reminders and the scheduler all write through sessions, so one place covers every path,
including ones added later. Bulk Core inserts (the importer, demo data) clean their cells
themselves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from storage.models import Account, Activity, Contact, Opportunity, Reminder, Team, User
from storage.text import clean_text, name_key, name_parts

# model -> (single-line columns, multi-line columns)
TEXT_COLUMNS: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Contact: (("name", "title"), ()),
    Account: (("name", "industry", "region", "size", "website"), ()),
    Opportunity: (("title",), ("next_step", "lost_reason")),
    Activity: ((), ("body",)),
    Reminder: ((), ("text",)),
    Team: (("name", "region"), ()),
    User: (("display_name",), ()),
}


def clean_row(obj: Any) -> None:
    cols = TEXT_COLUMNS.get(type(obj))
    if cols is None:
        return
    single, multi = cols
    changed = False
    for attr in (*single, *multi):
        value = obj.__dict__.get(attr)
        if not isinstance(value, str):
            continue
        new = clean_text(value, multiline=attr in multi)
        if attr in single:
            new = " ".join(new.split())
        if new != value:
            setattr(obj, attr, new)
            changed = True
    if not changed:
        return
    if isinstance(obj, Contact) and obj.name:  # keys follow the cleaned name
        obj.name_key = name_key(obj.name)
        obj.first_key, obj.last_key = name_parts(obj.name_key)
    elif isinstance(obj, Account) and obj.name:
        obj.name_key = name_key(obj.name)
    elif isinstance(obj, Opportunity) and obj.title:
        obj.title_key = name_key(obj.title)
    elif isinstance(obj, User) and obj.display_name:
        obj.name_key = name_key(obj.display_name)


@event.listens_for(Session, "before_flush")
def _clean_before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        clean_row(obj)
