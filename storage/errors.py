"""Errors that carry a message meant for the user (what was wrong, and the fix)."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action; its text is shown to the user as is."""


class NotAllowed(UserError):
    """The user's role does not permit this action."""
