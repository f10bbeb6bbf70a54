"""The CRM's tables, as typed SQLAlchemy 2 models.

Every business row carries ``workspace_id``; composite indexes lead with it so
that one team's lookups never scan another team's rows. Names have a stored
``*_key`` (see :mod:`storage.text`) so case/accent-insensitive lookups use an index.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STAGES: tuple[str, ...] = ("prospecting", "pre-approach", "presentation", "closing", "won", "lost")
OPEN_STAGES: tuple[str, ...] = STAGES[:4]
DEFAULT_PROBABILITY: dict[str, int] = {
    "prospecting": 10,
    "pre-approach": 25,
    "presentation": 50,
    "closing": 75,
    "won": 100,
    "lost": 0,
}
LIFECYCLES: tuple[str, ...] = ("prospect", "lead", "customer", "inactive")
LEAD_SOURCES: tuple[str, ...] = (
    "mailing campaign",
    "web search",
    "personal contact",
    "event",
    "cold call",
    "referral",
    "other",
)
ACTIVITY_TYPES: tuple[str, ...] = ("call", "meeting", "visit", "email", "note")
ROLES: tuple[str, ...] = ("rep", "manager", "admin", "support")
REMINDER_STATUSES: tuple[str, ...] = (
    "pending",
    "claimed",
    "sent",
    "done",
    "snoozed",
    "cancelled",
    "failed",
)


def _not_null(column: str) -> dict[str, Any]:
    """A partial index's condition on both databases: only rows that have ``column``.

    For a column most rows leave empty and only looked up by a value (``= ?``, ``IN``):
    a row without it costs no index entry (a write-ahead page a commit on SQLite), and
    both planners still use the index for any lookup that names a value (migration 0020)."""
    where = text(f"{column} IS NOT NULL")
    return {"sqlite_where": where, "postgresql_where": where}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it as a class attribute)
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class Stamped:
    """Who created/changed a row and when: every user change is attributable."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Workspace(Base):
    __tablename__ = "workspaces"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Team(Base):
    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("workspace_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", use_alter=True, name="fk_teams_manager_id_users")
    )


class User(Base):
    __tablename__ = "users"
    __table_args__ = (Index("ix_users_ws_name_key", "workspace_id", "name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    display_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    timezone: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")
    # How "3/4" is read: "dmy", "mdy", or None (a date with two readings is asked about).
    date_order: Mapped[str | None] = mapped_column(String(3))
    role: Mapped[str] = mapped_column(String(16), default="rep")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    identities: Mapped[list[Identity]] = relationship(back_populates="user")


class Identity(Base):
    """One platform account of a user (the same person on Slack and Telegram is one user)."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("workspace_id", "platform", "platform_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    platform_user_id: Mapped[str] = mapped_column(String(64))
    user: Mapped[User] = relationship(back_populates="identities")


class Account(Stamped, Base):
    __tablename__ = "accounts"
    __table_args__ = (
        Index(
            "uq_accounts_ws_name_key_live",
            "workspace_id",
            "name_key",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_accounts_ws_owner", "workspace_id", "owner_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
    size: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(300))
    lead_source: Mapped[str | None] = mapped_column(String(40))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    tags: Mapped[list[str]] = mapped_column(default=list)
    deleted_at: Mapped[datetime | None] = mapped_column()


class Contact(Stamped, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_ws_name_key_account", "workspace_id", "name_key", "account_id"),
        Index("ix_contacts_ws_first_key", "workspace_id", "first_key"),
        Index("ix_contacts_ws_last_key", "workspace_id", "last_key"),
        Index("ix_contacts_ws_email_key", "workspace_id", "email_key", **_not_null("email_key")),
        Index("ix_contacts_ws_phone_rev", "workspace_id", "phone_rev"),
        Index("ix_contacts_ws_account", "workspace_id", "account_id", **_not_null("account_id")),
        Index("ix_contacts_ws_owner", "workspace_id", "owner_id"),
        Index(
            "ix_contacts_ws_birthday_md", "workspace_id", "birthday_md", **_not_null("birthday_md")
        ),
        Index("ix_contacts_ws_country", "workspace_id", "country", **_not_null("country")),
        Index("ix_contacts_campaign_id", "campaign_id", **_not_null("campaign_id")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    first_key: Mapped[str] = mapped_column(String(100))
    last_key: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    email_key: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_rev: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(120))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    lifecycle: Mapped[str] = mapped_column(String(16), default="prospect")
    lead_source: Mapped[str | None] = mapped_column(String(40))
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    birthday: Mapped[date | None] = mapped_column(Date)
    birthday_md: Mapped[str | None] = mapped_column(
        String(5)
    )  # "MM-DD", indexed for the daily sweep
    keep_in_touch_weeks: Mapped[int | None] = mapped_column(Integer)
    last_activity_at: Mapped[datetime | None] = mapped_column()
    tags: Mapped[list[str]] = mapped_column(default=list)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deleted_at: Mapped[datetime | None] = mapped_column()
    # Campaigns (0011): the campaign this contact came from; when they unsubscribed by email.
    campaign_id: Mapped[int | None] = mapped_column(Integer)  # ix_contacts_campaign_id
    email_opt_out_at: Mapped[datetime | None] = mapped_column()
    # Where the person is and how else to reach them (0013): ISO 3166 country code, IANA
    # time zone, Telegram username (without the @).
    country: Mapped[str | None] = mapped_column(String(2))
    timezone: Mapped[str | None] = mapped_column(String(64))
    telegram: Mapped[str | None] = mapped_column(String(64))
    account: Mapped[Account | None] = relationship()


class Opportunity(Stamped, Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        Index("ix_opps_ws_title_key", "workspace_id", "title_key"),
        # Covers the pipeline summary (an index-only scan: no table row is read).
        Index(
            "ix_opps_ws_pipeline",
            "workspace_id",
            "status",
            "stage",
            "currency",
            "probability",
            "amount_minor",
            "deleted_at",
            "owner_id",
        ),
        Index("ix_opps_ws_owner_status", "workspace_id", "owner_id", "status"),
        Index("ix_opps_ws_account", "workspace_id", "account_id", **_not_null("account_id")),
        # Three equality columns, so the planner prefers it over ws+status for
        # "open deals of this contact" (two columns tie and SQLite may pick the wrong one).
        Index("ix_opps_ws_contact_status", "workspace_id", "contact_id", "status"),
        Index("ix_opps_ws_close", "workspace_id", "status", "close_date"),
        Index("ix_opportunities_campaign_id", "campaign_id", **_not_null("campaign_id")),
        Index(
            "uq_opps_ws_external_id",
            "workspace_id",
            "external_id",
            unique=True,
            sqlite_where=text("external_id IS NOT NULL"),
            postgresql_where=text("external_id IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    title_key: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    stage: Mapped[str] = mapped_column(String(16), default="prospecting")
    probability: Mapped[int | None] = mapped_column(Integer)  # None: the stage's default
    close_date: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(8), default="open")
    lost_reason: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    stage_entered_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column()
    last_activity_at: Mapped[datetime | None] = mapped_column()
    paused_until: Mapped[date | None] = mapped_column(Date)
    deleted_at: Mapped[datetime | None] = mapped_column()
    # Attribution (0011); indexed by ix_opportunities_campaign_id.
    campaign_id: Mapped[int | None] = mapped_column(Integer)
    account: Mapped[Account | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    owner: Mapped[User | None] = relationship(foreign_keys=[owner_id])


class StageChange(Base):
    __tablename__ = "stage_changes"
    __table_args__ = (
        Index("ix_stage_changes_ws_opp", "workspace_id", "opportunity_id", "at"),
        Index("ix_stage_changes_ws_at", "workspace_id", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunities.id", ondelete="CASCADE"))
    from_stage: Mapped[str | None] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Activity(Base):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_ws_contact", "workspace_id", "contact_id", "occurred_at"),
        Index(
            "ix_activities_ws_account",
            "workspace_id",
            "account_id",
            "occurred_at",
            **_not_null("account_id"),
        ),
        Index("ix_activities_ws_opp", "workspace_id", "opportunity_id", "occurred_at"),
        Index("ix_activities_ws_user", "workspace_id", "user_id", "occurred_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()


class Reminder(Base):
    """A reminder is a row: the scheduler only decides *when* to look at it."""

    __tablename__ = "reminders"
    __table_args__ = (
        Index("ix_reminders_status_due", "status", "due_at"),
        Index("ix_reminders_ws_user_status", "workspace_id", "user_id", "status", "due_at"),
        Index("ix_reminders_ws_link", "workspace_id", "linked_type", "linked_id", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # for whom
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime] = mapped_column()
    # Delivery target: None = DM the user on their platform; else "platform:channel_id".
    channel: Mapped[str | None] = mapped_column(String(120))
    linked_type: Mapped[str | None] = mapped_column(String(16))  # contact|account|deal
    linked_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24), default="manual")
    status: Mapped[str] = mapped_column(String(12), default="pending")
    fail_reason: Mapped[str | None] = mapped_column(Text)
    recurrence: Mapped[str | None] = mapped_column(String(40))  # daily|weekly:MO|monthly|yearly
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    lease_until: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_ws_entity", "workspace_id", "entity_type", "entity_id"),
        Index("ix_audit_ws_at", "workspace_id", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(24))
    entity_type: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    batch: Mapped[str | None] = mapped_column(String(36), index=True)  # one message = one batch


class ConversationState(Base):
    """A pending question (multi-turn), kept in the database so it survives restarts."""

    __tablename__ = "conversation_state"
    __table_args__ = (UniqueConstraint("workspace_id", "user_id", "channel"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(120), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    expires_at: Mapped[datetime] = mapped_column()


class ProcessedEvent(Base):
    """Idempotency keys of platform deliveries (Slack event_id, Telegram update_id)."""

    __tablename__ = "processed_events"
    __table_args__ = (UniqueConstraint("source", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
