"""What a merge moves: every kind of row that points at the merged contact or account.

``crm.merge_contacts`` / ``crm.merge_accounts`` point these rows at the kept record and write
their ids into the merge's audit entry; ``undo.unmerge`` moves exactly those ids back. It is
one list so that both directions always agree, and so that a table added later which points
at a contact (as cases, documents, campaigns and sequences did after merge was written) is
moved, and moved back, by adding one line here rather than being left on a deleted record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select

from storage.context import Ctx
from storage.models import Activity, Contact, Opportunity, Reminder
from storage.models_campaigns import CampaignMember
from storage.models_capture import ContactHandle
from storage.models_cases import Case
from storage.models_documents import Document
from storage.models_sequences import SequenceEnrollment


@dataclass(frozen=True)
class Link:
    """Rows of ``column.class_`` whose ``column`` holds the merged record's id."""

    table: str  # the key in the merge audit entry's "moved"
    column: Any  # an InstrumentedAttribute
    where: tuple[ColumnElement[bool], ...] = ()
    # A row whose partner (say its campaign) the kept record already has stays with the
    # duplicate: one person is a member of a campaign, or enrolled in a sequence, once.
    once_per: Any | None = None

    def ids_to_move(self, ctx: Ctx, old: int, new: int) -> list[int]:
        model = self.column.class_
        q = select(model.id).where(model.workspace_id == ctx.ws_id, self.column == old, *self.where)
        if self.once_per is not None:
            taken = select(self.once_per).where(
                model.workspace_id == ctx.ws_id, self.column == new, *self.where
            )
            q = q.where(self.once_per.not_in(taken))
        return list(ctx.session.scalars(q))


CONTACT_LINKS: tuple[Link, ...] = (
    Link("activities", Activity.contact_id),
    Link("opportunities", Opportunity.contact_id),
    Link("reminders", Reminder.linked_id, (Reminder.linked_type == "contact",)),
    Link("cases", Case.contact_id),
    Link("documents", Document.record_id, (Document.record_kind == "contact",)),
    Link("contact_handles", ContactHandle.contact_id),
    Link("campaign_members", CampaignMember.contact_id, once_per=CampaignMember.campaign_id),
    Link(
        "sequence_enrollments",
        SequenceEnrollment.contact_id,
        once_per=SequenceEnrollment.sequence_id,
    ),
)

ACCOUNT_LINKS: tuple[Link, ...] = (
    Link("contacts", Contact.account_id),
    Link("opportunities", Opportunity.account_id),
    Link("activities", Activity.account_id),
    Link("reminders", Reminder.linked_id, (Reminder.linked_type == "account",)),
    Link("cases", Case.account_id),
    Link("documents", Document.record_id, (Document.record_kind == "account",)),
)

LINKS_BY_TABLE: dict[str, tuple[Link, ...]] = {
    "contacts": CONTACT_LINKS,
    "accounts": ACCOUNT_LINKS,
}


def rows_linked(ctx: Ctx, link: Link, record_id: int) -> int:
    """How many live rows of ``link``'s table point at ``record_id`` (what a merge moves)."""
    from sqlalchemy import func, select

    model = link.column.class_
    return int(
        ctx.session.scalar(
            select(func.count())
            .select_from(model)
            .where(model.workspace_id == ctx.ws_id, link.column == record_id, *link.where)
        )
        or 0
    )
