"""team list|add|assign|region|manager: who belongs to which team (and so who sees what)."""

from __future__ import annotations

from handlers.args import parse_args
from handlers.registry import Call, command
from handlers.types import Reply
from storage import teams as t
from storage.errors import UserError
from storage.models import User
from storage.workspaces import find_user


def _team_lines(call: Call) -> str:
    ctx = call.ctx
    out = []
    for team in t.list_teams(ctx.session, ctx.workspace):
        boss = ctx.session.get(User, team.manager_id) if team.manager_id else None
        members = sorted(
            u.display_name
            for u in ctx.session.query(User).filter(
                User.workspace_id == ctx.ws_id, User.team_id == team.id
            )
        )
        out.append(
            f"👥 {team.name} · region {team.region or '-'} · manager "
            f"{boss.display_name if boss else '-'}\n   " + (", ".join(members) or "no members")
        )
    return "\n".join(out) or "No teams yet. Create one: team add North manager=Ana region=North"


@command("team list", "team list", aliases=("teams",), words=False)
def team_list(call: Call) -> Reply:
    """Teams with their region, manager and members."""
    return Reply.say(_team_lines(call))


@command("team add", "team add NAME [manager=NAME] [region=REGION]", admin_only=True)
def team_add(call: Call) -> Reply:
    """Create a team (admins). Its manager sees every summary of the team.

    Example: team add North manager=Ana region=Nordics
    """
    args = parse_args(call.rest)
    team = t.create_team(
        call.ctx, args.words, args.fields.get("manager"), args.fields.get("region")
    )
    return Reply.say(f"✅ Team {team.name} created", _team_lines(call))


@command("team assign", "team assign USER to TEAM", admin_only=True)
def team_assign(call: Call) -> Reply:
    """Put a rep in a team (admins); 'team assign Bob to none' takes them out.

    Example: team assign Bob to North
    """
    ctx = call.ctx
    if " to " not in call.rest:
        raise UserError("example: team assign Bob to North")
    who, _, name = call.rest.rpartition(" to ")
    user = find_user(ctx.session, ctx.workspace, who.strip())
    if user is None:
        raise UserError(f"no user named '{who.strip()}'")
    team = None
    if name.strip().lower() != "none":
        team = t.get_team(ctx.session, ctx.workspace, name.strip())
        if team is None:
            raise UserError(f"no team named '{name.strip()}'; see: team list")
    t.assign(ctx, user, team)
    return Reply.say(
        f"✅ {user.display_name} is now in {team.name if team else 'no team'}", _team_lines(call)
    )


@command("team region", "team region TEAM REGION", admin_only=True)
def team_region(call: Call) -> Reply:
    """Set a team's region (admins). Example: team region North Nordics"""
    ctx = call.ctx
    for team in t.list_teams(ctx.session, ctx.workspace):
        if call.rest.lower().startswith(team.name.lower() + " "):
            t.update_team(ctx, team, region=call.rest[len(team.name) :].strip())
            return Reply.say("✅ Saved", _team_lines(call))
    raise UserError("example: team region North Nordics (the team must exist; see: team list)")


@command("team rename", "team rename TEAM to NEW NAME", admin_only=True)
def team_rename(call: Call) -> Reply:
    """Rename a team (admins). Team changes are not undone by 'undo' (they change who sees
    what), so the reply says how to rename it back.

    Example: team rename North to Nordics
    """
    ctx = call.ctx
    old, sep, new = call.rest.rpartition(" to ")
    if not sep or not old.strip() or not new.strip():
        raise UserError("say both names: team rename North to Nordics")
    team = t.get_team(ctx.session, ctx.workspace, old.strip().strip("\"'"))
    if team is None:
        raise UserError(f"no team named '{old.strip()}' (see: team list); nothing was renamed")
    before = team.name
    t.rename_team(ctx, team, new)
    return Reply.say(
        f"✅ Team {before} is now {team.name} (to change it back: team rename {team.name} to "
        f"{before})",
        _team_lines(call),
    )


@command("team manager", "team manager TEAM USER", admin_only=True)
def team_manager(call: Call) -> Reply:
    """Set a team's manager (admins). Example: team manager North Ana"""
    ctx = call.ctx
    for team in t.list_teams(ctx.session, ctx.workspace):
        if call.rest.lower().startswith(team.name.lower() + " "):
            t.update_team(ctx, team, manager=call.rest[len(team.name) :].strip())
            return Reply.say("✅ Saved", _team_lines(call))
    raise UserError("example: team manager North Ana")
