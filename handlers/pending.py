"""Words that name no record: 'move the deal to closing' must ask which deal."""

from __future__ import annotations

VAGUE = frozenset(
    {
        "the deal",
        "deal",
        "it",
        "this deal",
        "that deal",
        "the opportunity",
        "this",
        "that",
        "my deal",
    }
)


def is_vague(name: str) -> bool:
    return name.strip().lower() in VAGUE
