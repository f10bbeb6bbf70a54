"""Command modules; importing this package registers every command."""

from handlers.commands import (  # noqa: F401
    accounts,
    activities,
    campaigns,
    contacts,
    deals,
    followups,
    help,
    imports,
    me,
    members,
    pipeline,
    privacy,
    reminders,
    segments,
    settings,
    teams,
    undo,
)
