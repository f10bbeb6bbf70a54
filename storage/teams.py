"""Teams: a manager, their reps, and a region; the basis of who sees which summaries.

Visibility lives here (not in each report) so commands, digests, charts and exports
all ask one function, :func:`scope_for`, and cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, SQLColumnExpression, bindparam, select
from sqlalchemy.orm import Session

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Team, User, Workspace
from storage.renames import rename
from storage.text import name_key
from storage.workspaces import find_user


@dataclass(frozen=True)
class Scope:
    """Whose deals a reader may see.

    ``owner_ids`` bounds every summary and list (None: the whole workspace);
    ``team_ids`` are the owners behind the team totals a rep may see (aggregates only).
    """

    user_id: int
    role: str
    owner_ids: frozenset[int] | None
    team_owner_ids: frozenset[int] | None = None
    label: str = ""

    @property
    def whole_workspace(self) -> bool:
        return self.owner_ids is None

    def may_see_owner(self, owner_id: int | None) -> bool:
        return self.owner_ids is None or (owner_id is not None and owner_id in self.owner_ids)


def managed_team_ids(session: Session, user: User) -> list[int]:
    return list(session.scalars(_MANAGED, {"ws": user.workspace_id, "user": user.id}))


def member_ids(session: Session, ws_id: int, team_ids: list[int]) -> set[int]:
    if not team_ids:
        return set()
    return set(session.scalars(_MEMBERS, {"ws": ws_id, "teams": list(team_ids)}))


def manager_member_ids(session: Session, user: User) -> set[int]:
    """The members of the teams a manager manages and of their own team, in one statement
    (the teams, then their members, were two: most messages of a manager ask)."""
    params = {"ws": user.workspace_id, "me": user.id, "own": user.team_id}
    return set(session.scalars(_MANAGERS_MEMBERS, params))


def manager_owner_clause(owner: SQLColumnExpression[int | None]) -> ColumnElement[bool]:
    """A manager's deal scope (:func:`deal_owner_ids`) as SQL on an owner column, for a
    statement that would otherwise need the ids read first. Bound parameters: ``ws``,
    ``me`` (the manager) and ``own`` (their own team, or None)."""
    return owner.in_(_MANAGERS_MEMBERS.scalar_subquery()) | (owner == bindparam("me"))


# Built once (a manager's or rep's scope is worked out on most messages).
_MANAGED = select(Team.id).where(
    Team.workspace_id == bindparam("ws"), Team.manager_id == bindparam("user")
)
_MEMBERS = select(User.id).where(
    User.workspace_id == bindparam("ws"), User.team_id.in_(bindparam("teams", expanding=True))
)
# Members of the teams ``me`` manages or belongs to (``own``; NULL matches no row, as
# team_id = NULL is never true): the one SQL form of a manager's scope.
_MANAGERS_MEMBERS = select(User.id).where(
    User.workspace_id == bindparam("ws"),
    User.team_id.in_(
        select(Team.id)
        .where(Team.workspace_id == bindparam("ws"), Team.manager_id == bindparam("me"))
        .scalar_subquery()
    )
    | (User.team_id == bindparam("own")),
)


def scope_for(session: Session, user: User) -> Scope:
    """Admins: the workspace. Managers: the teams they manage (and their own deals).
    Reps: their own deals in detail, plus their team's totals."""
    if user.role == "admin":
        return Scope(user.id, "admin", None, None, "workspace")
    if user.role == "manager":
        ids = manager_member_ids(session, user) | {user.id}
        return Scope(user.id, "manager", frozenset(ids), None, "your team")
    team = member_ids(session, user.workspace_id, [user.team_id]) if user.team_id else set()
    return Scope(
        user.id, "rep", frozenset({user.id}), frozenset(team | {user.id}) if team else None, "you"
    )


def deal_owner_ids(session: Session, user: User) -> frozenset[int] | None:
    """``scope_for(session, user).owner_ids`` without what it does not need: a rep's own
    deals need no statement (their team's totals, which scope_for also reads, are not
    asked here); a manager's team is one statement; an admin sees everything (None)."""
    if user.role == "admin":
        return None
    if user.role == "manager":
        return frozenset(manager_member_ids(session, user) | {user.id})
    return frozenset({user.id})


def managers_of(session: Session, owner: User) -> list[User]:
    """The managers whose scope (:func:`scope_for`) covers ``owner``: the manager of the
    owner's team and managers who are members of it. Used to say who may act on a record."""
    if owner.team_id is None:
        return []
    team = session.get(Team, owner.team_id)
    rows = session.scalars(
        select(User)
        .where(
            User.workspace_id == owner.workspace_id,
            User.role == "manager",
            User.id != owner.id,
            (User.team_id == owner.team_id) | (User.id == (team.manager_id if team else None)),
        )
        .order_by(User.id)
    )
    return list(rows)


def get_team(session: Session, ws: Workspace, name: str) -> Team | None:
    key = name_key(name)
    for team in session.scalars(select(Team).where(Team.workspace_id == ws.id)):
        if name_key(team.name) == key:
            return team
    return None


def list_teams(session: Session, ws: Workspace) -> list[Team]:
    return list(session.scalars(select(Team).where(Team.workspace_id == ws.id).order_by(Team.name)))


def _user(ctx: Ctx, name: str) -> User:
    user = find_user(ctx.session, ctx.workspace, name)
    if user is None:
        raise UserError(f"no user named '{name}' in this workspace")
    return user


def create_team(ctx: Ctx, name: str, manager: str | None, region: str | None) -> Team:
    name = " ".join(name.split())
    if not name:
        raise UserError("a team needs a name; example: team add North manager=Ana region=North")
    if get_team(ctx.session, ctx.workspace, name) is not None:
        raise UserError(f"a team named '{name}' already exists")
    team = Team(workspace_id=ctx.ws_id, name=name, region=region or None)
    if manager:
        boss = _user(ctx, manager)
        team.manager_id = boss.id
        if boss.role == "rep":
            boss.role = "manager"
        if boss.team_id is None:
            ctx.session.flush()
    ctx.session.add(team)
    ctx.session.flush()
    if manager and boss.team_id is None:
        boss.team_id = team.id
    record(ctx, "create", team, None)
    return team


def update_team(
    ctx: Ctx, team: Team, *, manager: str | None = None, region: str | None = None
) -> Team:
    before = snapshot(team)
    if manager:
        boss = _user(ctx, manager)
        team.manager_id = boss.id
        if boss.role == "rep":
            boss.role = "manager"
    if region is not None:
        team.region = region or None
    record(ctx, "update", team, before)
    return team


def rename_team(ctx: Ctx, team: Team, new: str) -> Team:
    """Give a team another name (audited: undo gives the old one back); its members and
    manager point at it by id."""
    named = lambda name: get_team(ctx.session, ctx.workspace, name)  # noqa: E731
    return rename(ctx, team, new, kind="team", example="team rename North to Nordics", named=named)


def assign(ctx: Ctx, user: User, team: Team | None) -> None:
    before = {"team_id": user.team_id}
    user.team_id = team.id if team else None
    record(ctx, "update", user, before, {"team_id": user.team_id})
