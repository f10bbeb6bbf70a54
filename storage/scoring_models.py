"""Tables of lead scoring (issue 15): each contact's current score, and a workspace's
learned model.

The score is stored (not computed per read) so lists, segments, ``hot`` and exports sort
and filter on an indexed column. ``eng_raw`` is the engagement before rounding, capping and
the no-reply penalty, as of ``computed_at``: every event's points decay by the same factor
(``2 ** (-age / half_life)``), so the value at a later time is ``eng_raw`` times one factor
and the decay job never re-reads anyone's activities (see :mod:`storage.scoring`); and as
the instant the rounded value next changes is known in advance (``next_change_at``), the job
reads only the rows due to change.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class ContactScore(Base):
    __tablename__ = "contact_scores"
    __table_args__ = (
        Index("ix_contact_scores_ws_score", "workspace_id", "score"),
        Index("ix_contact_scores_ws_next", "workspace_id", "next_change_at"),
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    score: Mapped[int] = mapped_column(Integer, default=0)
    fit: Mapped[int] = mapped_column(Integer, default=0)
    engagement: Mapped[int] = mapped_column(Integer, default=0)
    eng_raw: Mapped[float] = mapped_column(Float, default=0.0)
    # The first outreach (an email) not answered since the last reply: the no-reply penalty.
    unanswered_since: Mapped[datetime | None] = mapped_column()
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)  # eng_raw's instant
    full_at: Mapped[datetime] = mapped_column(default=utcnow)  # last read of the events
    above: Mapped[bool] = mapped_column(Boolean, default=False)  # at/over the alert threshold
    # When time alone next changes the whole-number score (decay crosses a rounding step, or
    # the no-reply penalty grows); NULL: never. The decay job reads only rows that are due.
    next_change_at: Mapped[datetime | None] = mapped_column()
    # What a write's points need to be added without re-reading the events (issue 18,
    # storage.scoring_increment): the latest signal (a reply, call, meeting, visit, campaign
    # response or deal; the no-reply penalty counts the emails after it), and the latest
    # event the last full read saw, or that read's instant (``full_at``): later than
    # ``full_at``, an event dated in the future was counted undecayed, so ``eng_raw`` is not
    # the decayed sum until the next full read. NULL on rows from before 0018: re-read.
    last_signal_at: Mapped[datetime | None] = mapped_column()
    events_until: Mapped[datetime | None] = mapped_column()


class ScoreModel(Base):
    """A workspace's learned win model (logistic regression over the scoring features)."""

    __tablename__ = "score_models"
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    trained_at: Mapped[datetime] = mapped_column(default=utcnow)
    won: Mapped[int] = mapped_column(Integer, default=0)
    lost: Mapped[int] = mapped_column(Integer, default=0)
    model: Mapped[dict[str, Any]] = mapped_column(default=dict)
