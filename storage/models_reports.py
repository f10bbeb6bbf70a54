"""Tables of the reports/import/privacy feature.

Only one so far: the suppression list. An erased person leaves no readable trace,
but a salted digest of their email (or phone, or name when that is all we had)
stays, so that a later import or a re-typed contact does not bring them back.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class Suppression(Base):
    """A do-not-contact marker that survives erasure (GDPR Art. 17 + Art. 21)."""

    __tablename__ = "suppressions"
    __table_args__ = (UniqueConstraint("workspace_id", "kind", "digest"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # email | phone | name
    digest: Mapped[str] = mapped_column(String(64))  # sha256 hex of "ws:kind:normalised value"
    reason: Mapped[str] = mapped_column(String(40), default="erasure")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
