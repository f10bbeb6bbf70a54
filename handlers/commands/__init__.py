"""Command modules; importing this package registers every command."""

from handlers.commands import (  # noqa: F401
    accounts,
    activities,
    campaigns,
    cases,
    contacts,
    deals,
    followups,
    help,
    home,
    imports,
    me,
    members,
    pipeline,
    privacy,
    reminders,
    segments,
    sequences,
    settings,
    teams,
    undo,
)
