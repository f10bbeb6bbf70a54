"""Secondary emails and phone numbers of a contact.

The primary email and phone stay on the contact row (``email``/``phone`` with their
indexed keys), which every card, lookup and export already reads. A contact may hold more:
the duplicate's addresses after a merge, or ones added with ``contact edit NAME
email+=...``. Each is a row here with the same normalised key the primary one has
(``email_key`` lower-cased, ``phone_rev`` the reversed digits), so the same indexed
lookups find them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow

CHANNEL_KINDS = ("email", "phone")


class ContactChannel(Base):
    __tablename__ = "contact_channels"
    __table_args__ = (
        Index("ix_contact_channels_ws_kind_key", "workspace_id", "kind", "value_key"),
        Index("ix_contact_channels_ws_contact", "workspace_id", "contact_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # email | phone
    value: Mapped[str] = mapped_column(String(254))  # as typed (validated)
    value_key: Mapped[str] = mapped_column(String(254))  # email lower-cased; phone digits reversed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
