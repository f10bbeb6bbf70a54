"""The unit of work every service call runs in: whose workspace, who, which batch."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import Session

from storage.models import User, Workspace
from storage.types import utcnow


def new_batch_id() -> str:
    """``uuid.uuid4().hex``: 16 random bytes with the version 4 and RFC 4122 variant bits
    set as ``uuid.UUID(version=4)`` sets them, formatted as ``UUID.hex`` does.

    Why: ``UUID.__init__`` checks its arguments and builds an object only for its hex, on
    every message (about 3% of an empty transaction's instructions, issue 18).
    """
    n = int.from_bytes(os.urandom(16), "big")
    n = (n & ~(0xC000 << 48)) | (0x8000 << 48)  # variant: RFC 4122
    n = (n & ~(0xF000 << 64)) | (4 << 76)  # version 4
    return f"{n:032x}"


@dataclass
class Ctx:
    """Scope and attribution for one message: all queries filter on ``workspace.id``."""

    session: Session
    workspace: Workspace
    user: User
    now: datetime = field(default_factory=utcnow)
    batch: str = field(default_factory=lambda: new_batch_id())
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # The message's clock, for work done at commit (scores: storage.scoring_hooks).
        self.session.info["crmbot_now"] = self.now

    @classmethod
    def load(cls, session: Session, workspace_id: int, user_id: int, **kw: object) -> Ctx:
        """The context of a known member: their user row and workspace in one statement
        (two primary-key loads were two round trips on PostgreSQL)."""
        from storage.write_path import load_rows

        found = load_rows(
            session, _USER_AND_WORKSPACE, {"uid": user_id, "ws": workspace_id}, (User, Workspace)
        )
        if len(found) != 1:  # as Result.one() says it (the pair is unique by its keys)
            raise NoResultFound("No row was found when one was required")
        user, workspace = found[0]
        return cls(session=session, workspace=workspace, user=user, **kw)  # type: ignore[arg-type]

    def deal_owner_ids(self) -> frozenset[int] | None:
        """Whose deals this user may see in detail (None: everyone's). Cached per message.

        One rule for every path (lists, cards, lookups, summaries): see storage.teams.
        """
        if "deal_owners" not in self._cache:
            from storage.teams import deal_owner_ids

            self._cache["deal_owners"] = deal_owner_ids(self.session, self.user)
        owners = self._cache["deal_owners"]
        assert owners is None or isinstance(owners, frozenset)
        return owners

    def deal_owners_known(self) -> bool:
        """Whether :meth:`deal_owner_ids` was already worked out for this message."""
        return "deal_owners" in self._cache

    @property
    def ws_id(self) -> int:
        # From the instance dict when loaded (what the attribute returns then): every query
        # asks for it, and the instrumented read costs more than the rest of this (issue 18).
        found = self.workspace.__dict__.get("id")
        return found if found is not None else self.workspace.id  # type: ignore[no-any-return]

    @property
    def user_id(self) -> int:
        """``user.id``, read as :attr:`ws_id` is (every write records who made it)."""
        found = self.user.__dict__.get("id")
        return found if found is not None else self.user.id  # type: ignore[no-any-return]

    @property
    def tz(self) -> str:
        # From the rows' dicts when loaded, as ws_id: a free-text message asks about ten times.
        mine = self.user.__dict__.get("timezone", _ABSENT)
        if mine is _ABSENT:
            mine = self.user.timezone
        if mine:
            return mine  # type: ignore[no-any-return]
        theirs = self.workspace.__dict__.get("timezone", _ABSENT)
        if theirs is _ABSENT:
            theirs = self.workspace.timezone
        return theirs or "UTC"  # type: ignore[no-any-return]

    @property
    def is_admin(self) -> bool:
        return self.user.role == "admin"

    @property
    def is_manager(self) -> bool:
        return self.user.role in ("manager", "admin")


# Built once, on the tables' columns (storage.write_path.load_rows makes the objects):
# compiled once, whatever the ids.
_USERS: Any = User.__table__
_WORKSPACES: Any = Workspace.__table__
_USER_AND_WORKSPACE = (
    select(*_USERS.c, *_WORKSPACES.c)
    .join_from(_USERS, _WORKSPACES, _WORKSPACES.c.id == _USERS.c.workspace_id)
    .where(_USERS.c.id == bindparam("uid"), _USERS.c.workspace_id == bindparam("ws"))
)


_ABSENT = object()  # a column not loaded in the instance dict
