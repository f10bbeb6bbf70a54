"""segment save|show|list|delete: who a campaign reaches, saved by name."""

from __future__ import annotations

from handlers import render
from handlers.args import parse_args
from handlers.commands import common
from handlers.list_words import read_list_words
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import segments
from storage.errors import UserError
from storage.scoring_filter import score_fields

FILTER_HELP = "\n".join(f"  {k}= {v}" for k, v in segments.FILTERS.items())


def filters_of(ctx: object, fields: dict[str, str]) -> dict[str, str]:
    """Filters typed in a list command; ``segment=NAME`` brings a saved segment's filters."""
    fields = dict(fields)
    name = fields.pop("segment", None)
    out: dict[str, str] = {}
    if name:
        out.update(segments.find_segment(ctx, name).filters)  # type: ignore[arg-type]
    out.update(segments.normalise(fields))
    return out


def _contacts(n: int) -> str:
    return f"{n} contact" + ("" if n == 1 else "s")


def left_out_line(excluded: dict[str, int]) -> str:
    if not excluded:
        return "Left out: nobody."
    parts = ", ".join(f"{n} {why}" for why, n in sorted(excluded.items()))
    return f"Left out: {sum(excluded.values())} ({parts})."


@command(
    "segment save",
    "segment save NAME FILTERS",
    aliases=("segment add", "segment new", "segment create"),
)
def segment_save(call: Call) -> Reply:
    """Save a segment: contacts (and their accounts) matching filters. Saving a name again
    replaces its filters.

    Example: segment save Nordic logistics industry=logistics region=Nordics lifecycle=lead
    Filters (a,b = either one): industry=, region= (the account's), size=, account=, tag=,
    lifecycle=, source= (a lead source or campaign:NAME), owner= (a name or me), team=,
    country= (the contact's: Germany or DE), tz= (the contact's time zone: Europe/Berlin),
    active_before= / active_after= (YYYY-MM-DD, last activity), stage= (an open deal in that
    stage), has=email|phone|telegram, score>=60 / score<40 / score=40..80 (the lead score).
    Do-not-contact, erased and (for email) unsubscribed people are never reached; counts say
    who was left out and why.
    """
    typed = common.need(call, "segment", "segment save Nordic logistics industry=logistics")
    args = parse_args(score_fields(typed))
    if not args.fields:
        return Reply.error(
            "Give at least one filter, e.g. segment save Nordic logistics industry=logistics "
            "region=Nordics\n" + FILTER_HELP
        )
    seg, created = segments.save_segment(call.ctx, args.words, args.fields)
    reach = segments.reachable(call.ctx, seg.filters)
    verb = "saved" if created else "updated"
    return Reply(
        sections=[
            f"✅ Segment {verb}: {seg.name} · {segments.describe(seg.filters)}",
            f"{_contacts(len(reach.member_ids))}. {left_out_line(reach.excluded)}",
        ],
        buttons=[
            common.undo_button(call.ctx),
            Button("Show", f"segment show {seg.name}"),
            Button("New campaign", f"campaign new {seg.name} campaign segment={seg.name}"),
        ],
    )


@command("segment show", "segment show NAME", aliases=("segment view",))
def segment_show(call: Call) -> Reply:
    """How many contacts a segment holds now, who is left out and why, and a few of them.

    Example: segment show Nordic logistics   (add channel=email to count as an email campaign
    would: people without an address or who unsubscribed are left out too)
    """
    args = parse_args(score_fields(common.need(call, "segment", "segment show Nordic logistics")))
    seg = segments.find_segment(call.ctx, args.words)
    channel = args.fields.get("channel")
    reach = segments.reachable(call.ctx, seg.filters, channel=channel)
    some = segments.sample(call.ctx, reach.member_ids)
    lines = [render.contact_line(c) for c in some]
    return Reply(
        sections=[
            f"👥 {seg.name} · {segments.describe(seg.filters)}",
            _contacts(len(reach.member_ids))
            + (f" reachable by {channel}" if channel else "")
            + f". {left_out_line(reach.excluded)}",
            render.timeline("For example", lines),
        ],
        buttons=[
            Button("List all", f"contact list segment={seg.name}"),
            Button("Email count", f"segment show {seg.name} channel=email"),
            Button("New campaign", f"campaign new {seg.name} campaign segment={seg.name}"),
        ],
        private=True,
    )


@command("segment list", "segment list", aliases=("segments",))
def segment_list(call: Call) -> Reply:
    """The saved segments and their filters ('segment show NAME' counts one)."""
    segs = segments.list_segments(call.ctx)
    # A segment list has no filters: words after it are shown back, never ignored.
    read_list_words(call.rest, "segment", {}, "segment list, or segment show NAME",
                    names=[s.name for s in segs])  # fmt: skip
    if not segs:
        return Reply.say(
            "No segments yet. Example: segment save Nordic logistics industry=logistics "
            "region=Nordics"
        )
    return Reply(
        sections=["\n".join(f"👥 {s.name} · {segments.describe(s.filters)}" for s in segs)],
        choices=[Button(s.name, f"segment show {s.name}") for s in segs[:10]],
    )


@command("segment delete", "segment delete NAME", aliases=("segment remove",))
def segment_delete(call: Call) -> Reply:
    """Delete a saved segment (campaigns already started keep their members; one not started
    yet reaches no segment until 'campaign edit NAME segment=…'). Undo puts it back."""
    seg = segments.find_segment(call.ctx, common.need(call, "segment", "segment delete Nordic"))
    name = seg.name
    unlinked = segments.delete_segment(call.ctx, seg)
    lines = [f"🗑 Segment {name} deleted"]
    started = [c.name for c in unlinked if c.status in ("running", "ended")]
    waiting = [c.name for c in unlinked if c.status not in ("running", "ended")]
    if started:
        lines.append(f"Started from it, keeping their members: {', '.join(started)}.")
    if waiting:
        lines.append(
            f"Not started, now reaching no segment: {', '.join(waiting)} "
            "(campaign edit NAME segment=… sets another)."
        )
    return Reply(sections=lines, buttons=[common.undo_button(call.ctx)])


@command("segment rename", "segment rename NAME to NEW NAME")
def segment_rename(call: Call) -> Reply:
    """Rename a segment; the campaigns that reach it follow (undo gives the old name back).

    Example: segment rename Nordic leads to Nordics
    """
    text = common.need(call, "segment", "segment rename Nordic leads to Nordics")
    old, sep, new = text.rpartition(" to ")
    if not sep or not old.strip() or not new.strip():
        raise UserError("say both names: segment rename Nordic leads to Nordics")
    seg = segments.find_segment(call.ctx, old)
    before = seg.name
    segments.rename_segment(call.ctx, seg, new)
    return Reply(
        sections=[f"✅ Segment {before} is now {seg.name}"],
        buttons=[common.undo_button(call.ctx), Button("Show", f"segment show {seg.name}")],
    )
