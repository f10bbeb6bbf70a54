"""What a merge will move, said in its question: every kind of row, with counts.

The question once named "activities, deals, reminders, emails and phones" while the merge
also moved cases, files, chat accounts, campaign memberships and sequence enrolments
(storage.merge_links): a rep agreed to more than they were told. It is built from the same
list of links the merge and its undo use, so a kind added there is said here too.
"""

from __future__ import annotations

from storage.context import Ctx
from storage.merge_links import Link, rows_linked

# table -> (one, several), as a rep says them
_WORDS = {
    "activities": ("activity", "activities"),
    "opportunities": ("deal", "deals"),
    "reminders": ("reminder", "reminders"),
    "cases": ("case", "cases"),
    "documents": ("file", "files"),
    "contact_handles": ("chat account", "chat accounts"),
    "campaign_members": ("campaign membership", "campaign memberships"),
    "sequence_enrollments": ("sequence enrolment", "sequence enrolments"),
    "contacts": ("contact", "contacts"),
}


def _count(n: int, table: str) -> str:
    one, several = _WORDS.get(table, (table, table))
    return f"{n} {one if n == 1 else several}"


def _join(parts: list[str], last: str = "and") -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {last} {parts[-1]}"


def what_moves(ctx: Ctx, links: tuple[Link, ...], drop: int, keep: int, keep_name: str) -> str:
    """ "Moving to Maria Lopez: 2 activities, 1 case and 1 file (it has no deals, …)."
    Rows that stay (a campaign the kept record is already in) are said too."""
    moving, staying, none = [], [], []
    for link in links:
        total = rows_linked(ctx, link, drop)
        n = len(link.ids_to_move(ctx, drop, keep)) if link.once_per is not None else total
        if n:
            moving.append(_count(n, link.table))
        if total > n:
            staying.append(_count(total - n, link.table))
        if not total:
            none.append(_WORDS.get(link.table, (link.table, link.table))[1])
    if moving:
        out = f"Moving to {keep_name}: {_join(moving)}"
        out += f" (it has no {_join(none, 'or')})." if none else "."
    else:
        out = f"Nothing else points at it: its fields fill {keep_name}'s empty ones."
    if staying:
        out += f" Staying with the duplicate: {_join(staying)} ({keep_name} is already in those)."
    return out
