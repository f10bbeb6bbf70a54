"""help: every command's usage, from its docstring."""

from __future__ import annotations

from handlers import registry
from handlers.registry import Call, command
from handlers.types import Button, Reply

INTRO = (
    "I'm crmbot, your CRM in chat. Just write the way you talk (\"called Maria at Acme,"
    ' wants a quote, follow up Tuesday 9am") or use the commands below.'
)


@command("help", "help [command]", aliases=("start", "?"))
def help_cmd(call: Call) -> Reply:
    """Show what I can do, or the details of one command. Example: help deal move"""
    topic = call.rest.strip().lower()
    if topic:
        cmd, _ = registry.lookup(topic)
        if cmd is not None and (len(topic.split()) > 1 or topic == cmd.name):
            return Reply.say(f"{cmd.usage}\n\n{cmd.help}")
        group = registry.groups().get(topic.split()[0])
        if group:
            return Reply.say("\n".join(f"• {c.usage}\n    {c.summary}" for c in group))
        guess = registry.nearest(topic)
        return Reply.error(
            f"No help on '{topic}'." + (f" Did you mean '{guess}'?" if guess else "")
        )
    groups = registry.groups()
    order = [g for g in _ORDER if g in groups] + sorted(g for g in groups if g not in _ORDER)
    lines = []
    for name in order:
        group = groups[name]
        subs = "|".join(c.name.split(" ", 1)[1] for c in group if " " in c.name)
        head = f"{name} {subs}" if subs else name
        lines.append(f"• {head} — {_GROUP_SUMMARIES.get(name) or _first_sentence(group[0])}")
    examples = (
        "Examples:\n  contact add Maria Lopez email=maria@acme.com account=Acme\n"
        "  log call Maria: wants a quote follow=next tuesday 9am\n"
        "  deal add Acme renewal 12k EUR\n  deal move Acme renewal to negotiation\n"
        "  remind me tomorrow 9am: send the contract\n  pipeline"
    )
    return Reply(
        sections=[
            INTRO,
            "\n".join(lines),
            examples,
            "Type 'help <command>' for details, e.g. help deal. When I ask you something, "
            "'cancel' (or 'never mind') drops the question.",
        ],
        choices=[Button(f"help {g}", f"help {g}") for g in ("contact", "deal", "log", "remind")],
    )


_ORDER = (
    "contact",
    "account",
    "deal",
    "case",
    "cases",
    "log",
    "activity",
    "remind",
    "reminders",
    "score",
    "hot",
    "pipeline",
    "forecast",
    "winrate",
    "stale",
    "changes",
    "team",
    "me",
    "undo",
    "import",
    "invite",
    "members",
    "remove",
    "link",
    "settings",
    "help",
)


def _first_sentence(cmd: registry.Command) -> str:
    text = cmd.summary.rstrip(":").split(". ")[0].rstrip(".")
    return text if len(text) <= 80 else text[:79].rsplit(" ", 1)[0] + "…"


_GROUP_SUMMARIES = {
    "team": "teams: a manager, their reps, a region",
    "remove": "remove a member's access (their records stay)",
    "pipeline": "deals per stage, owner, manager, region, month… with a chart",
    "contact": "people",
    "account": "companies",
    "deal": "opportunities and stages",
    "log": "calls, meetings, visits, emails, notes",
    "activity": "one logged activity in full; put it on another deal",
    "reminders": "your reminders",
    "case": "support cases: open, assign, note, solve; SLA clocks in working hours",
    "cases": "the cases you may see, breaching first; 'cases report' with a chart",
    "settings": "workspace settings (admins); 'settings sla': support-case SLA targets",
    "score": "lead scores and why; the rules, decay and alert threshold (admins)",
    "hot": "the best-scored leads nobody worked lately",
    "sequence": "nurturing: emails, call reminders and waits that keep leads warm",
    "enroll": "put a contact or a segment into a nurturing sequence",
}


def _group_summary(name: str) -> str:
    return _GROUP_SUMMARIES.get(name, name)
