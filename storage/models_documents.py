"""Files attached to records: what each one is; the bytes live in the blob store.

A document belongs to one record (a deal, contact, account or case, by kind and id) or,
for a moment, to none: a file whose record the bot is still asking about is kept
"unfiled", seen only by who sent it, until they pick the record. Versions of one name on
one record share ``group_key`` (the name without extension and version marks) and count
up in ``version``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow

RECORD_KINDS: tuple[str, ...] = ("deal", "contact", "account", "case")


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_ws_record", "workspace_id", "record_kind", "record_id", "group_key"),
        Index("ix_documents_ws_sha", "workspace_id", "sha256"),
        Index("ix_documents_sha", "sha256"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    record_kind: Mapped[str | None] = mapped_column(String(10))
    record_id: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))
    group_key: Mapped[str] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(Integer, default=1)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(10))
    mime: Mapped[str] = mapped_column(String(120))
    # What was said with the file (its caption), and the text read from inside it (PDF,
    # Word, plain text), lower-cased and accent-free for `find`.
    note: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
