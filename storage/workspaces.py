"""Workspaces, their settings, and the people in them."""

from __future__ import annotations

import copy
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.errors import UserError
from storage.models import DEFAULT_PROBABILITY, STAGES, Identity, User, Workspace
from storage.text import name_key

DEFAULT_SETTINGS: dict[str, Any] = {
    "stage_labels": {},  # key -> label; missing keys use the key itself, title-cased
    "stage_probabilities": {},  # key -> percent; missing keys use DEFAULT_PROBABILITY
    "working_hours": {"start": "08:00", "end": "19:00", "days": [0, 1, 2, 3, 4]},
    "followups": {
        "stale_deal": {"enabled": True, "days": 7, "per_stage": {}},
        "overdue_close": {"enabled": True},
        "birthday": {"enabled": True},
        "anniversary": {"enabled": True},
        "keep_in_touch": {"enabled": True},
        "daily_digest": {"enabled": True, "time": "08:30"},
        "weekly_digest": {"enabled": True, "channel": None},
    },
    "auto_create": False,
    "fx_rates": {},  # "USD": "0.92" means 1 USD = 0.92 of the workspace currency
}


def check_timezone(tz: str) -> str:
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserError(
            f"'{tz}' is not a time zone I know; use an IANA name such as Europe/Madrid"
        ) from exc
    return tz


def settings(ws: Workspace) -> dict[str, Any]:
    """The workspace settings merged over the defaults (missing keys filled in)."""
    merged = copy.deepcopy(DEFAULT_SETTINGS)
    for key, value in (ws.settings or {}).items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def setting(ws: Workspace, key: str) -> Any:
    """One top-level setting, as :func:`settings` would give it, without copying the
    whole tree of defaults (a message that needs one flag asks this)."""
    default = DEFAULT_SETTINGS[key]
    if isinstance(default, dict):
        return settings(ws)[key]
    return (ws.settings or {}).get(key, default)


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = (
            _deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
        )
    return out


def update_settings(ws: Workspace, patch: dict[str, Any]) -> None:
    # Reassign (not mutate) so SQLAlchemy sees the JSON change.
    ws.settings = _deep_merge(dict(ws.settings or {}), patch)


def stage_label(ws: Workspace, stage: str) -> str:
    labels = settings(ws)["stage_labels"]
    return str(labels.get(stage) or stage.capitalize())


def stage_probability(ws: Workspace, stage: str) -> int:
    probs = settings(ws)["stage_probabilities"]
    return int(probs.get(stage, DEFAULT_PROBABILITY[stage]))


def stage_table(ws: Workspace) -> list[tuple[str, str, int]]:
    return [(s, stage_label(ws, s), stage_probability(ws, s)) for s in STAGES]


def get_workspace(session: Session, name: str) -> Workspace | None:
    return session.scalar(select(Workspace).where(Workspace.name == name))


def get_or_create_workspace(
    session: Session, name: str, timezone: str = "UTC", currency: str = "EUR"
) -> Workspace:
    ws = get_workspace(session, name)
    if ws is None:
        ws = Workspace(name=name, timezone=timezone, currency=currency, settings={})
        session.add(ws)
        session.flush()
    return ws


def pick_workspace(session: Session, name: str | None) -> Workspace:
    """The named workspace, or the only one; a clear error otherwise (for CLI commands)."""
    if name:
        ws = get_workspace(session, name)
        if ws is None:
            raise UserError(f"no workspace named '{name}'")
        return ws
    all_ws = list(session.scalars(select(Workspace).order_by(Workspace.id).limit(2)))
    if len(all_ws) == 1:
        return all_ws[0]
    if not all_ws:
        raise UserError("there is no workspace yet; run 'crmbot console' or 'crmbot demo-data'")
    raise UserError("several workspaces exist; say which with --workspace NAME")


def user_count(session: Session, ws: Workspace) -> int:
    return session.scalar(select(func.count()).where(User.workspace_id == ws.id)) or 0


def has_active_admin(session: Session, ws: Workspace) -> bool:
    return (
        session.scalar(
            select(User.id)
            .where(User.workspace_id == ws.id, User.role == "admin", User.active.is_(True))
            .limit(1)
        )
        is not None
    )


def find_identity(session: Session, ws: Workspace, platform: str, pid: str) -> User | None:
    return session.scalar(_BY_IDENTITY, {"ws": ws.id, "platform": platform, "pid": pid})


# Built once (every message looks its sender up): its cache key is computed once.
_BY_IDENTITY = (
    select(User)
    .join(Identity, Identity.user_id == User.id)
    .where(
        Identity.workspace_id == bindparam("ws"),
        Identity.platform == bindparam("platform"),
        Identity.platform_user_id == bindparam("pid"),
    )
)


def ensure_user(
    session: Session,
    ws: Workspace,
    platform: str,
    pid: str,
    display_name: str,
    *,
    timezone: str | None = None,
    role: str | None = None,
) -> User:
    """The CRM user behind a platform identity, created on first contact.

    The first user of a workspace becomes its admin, so a fresh install is usable.
    """
    user = find_identity(session, ws, platform, pid)
    if user is not None:
        return user
    first = user_count(session, ws) == 0
    try:
        # A savepoint: two first messages of one person handled at once by two workers or
        # processes both find no identity; the second insert waits for the first commit and
        # fails on the unique identity, and then uses the user the first one created.
        with session.begin_nested():
            user = User(
                workspace_id=ws.id,
                display_name=display_name,
                name_key=name_key(display_name),
                timezone=timezone,
                role=role or ("admin" if first else "rep"),
            )
            session.add(user)
            session.flush()
            session.add(
                Identity(
                    workspace_id=ws.id, user_id=user.id, platform=platform, platform_user_id=pid
                )
            )
            session.flush()
    except IntegrityError:
        theirs = find_identity(session, ws, platform, pid)
        if theirs is None:
            raise
        return theirs
    return user


_NTH = re.compile(r"^(.*\S)\s*\((\d{1,3})\)$")


def find_user(session: Session, ws: Workspace, name: str) -> User | None:
    """A workspace member by display name (case/accent-insensitive), or by '@name'.

    Two members may share a name (old data, imports): the name alone is then refused,
    never guessed; "Bob (2)" picks the second oldest, as reports label them.
    """
    text = name.strip().lstrip("@")
    users = _users_named(session, ws, text)
    m = _NTH.match(text)
    if not users and m:
        same = _users_named(session, ws, m.group(1))
        nth = int(m.group(2))
        return same[nth - 1] if 1 <= nth <= len(same) else None
    if len(users) > 1:
        which = " or ".join(f"'{users[0].display_name} ({i})'" for i in range(1, len(users) + 1))
        raise UserError(
            f"{len(users)} members are called '{users[0].display_name}'; say {which} "
            "(oldest first), or one of them can change name with 'me name …'"
        )
    if not users and not m and " " not in name_key(text):
        return _by_first_name(session, ws, text)
    return users[0] if users else None


def _by_first_name(session: Session, ws: Workspace, first: str) -> User | None:
    """ "@Carla" for Carla Gómez, when she is the only Carla of the workspace."""
    key = name_key(first)
    if not key:
        return None
    users = list(
        session.scalars(
            select(User)
            .where(User.workspace_id == ws.id, User.name_key.like(f"{key} %"))
            .order_by(User.id)
            .limit(10)
        )
    )
    if len(users) > 1:
        names = ", ".join(u.display_name for u in users[:5])
        raise UserError(f"'{first}' could be {names}; give the full name")
    return users[0] if users else None


def _users_named(session: Session, ws: Workspace, name: str) -> list[User]:
    key = name_key(name)
    return list(
        session.scalars(
            select(User)
            .where(User.workspace_id == ws.id, User.name_key == key)
            .order_by(User.id)
            .limit(10)
        )
    )


def check_name_free(session: Session, user: User, name: str) -> None:
    """A display name is one member's: reports, teams and '@name' tell people apart by it."""
    if _NTH.match(name.strip()):
        raise UserError("a name cannot end in a number in brackets, e.g. '(2)'")
    other = session.scalar(
        select(User).where(
            User.workspace_id == user.workspace_id,
            User.name_key == name_key(name),
            User.id != user.id,
        )
    )
    if other is not None:
        raise UserError(f"another member is already called {other.display_name}; pick another name")


def check_keeps_an_admin(session: Session, user: User, new_role: str | None = None) -> None:
    """Refuse demoting or removing the last active admin (``new_role`` None: removing).

    Only an admin can hand out roles, so a workspace without one cannot get one back.
    """
    if user.role != "admin" or new_role == "admin":
        return
    others = session.scalar(
        select(func.count()).where(
            User.workspace_id == user.workspace_id,
            User.role == "admin",
            User.active.is_(True),
            User.id != user.id,
        )
    )
    if not others:
        raise UserError(
            f"{user.display_name} is the only admin of this workspace; "
            "make someone else admin first (settings role NAME admin)"
        )


def list_users(session: Session, ws: Workspace) -> list[User]:
    return list(
        session.scalars(select(User).where(User.workspace_id == ws.id).order_by(User.display_name))
    )
