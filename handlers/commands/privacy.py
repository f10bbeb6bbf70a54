"""contact export / contact erase (admins): data-subject requests (GDPR Art. 15/17/20)."""

from __future__ import annotations

from handlers.args import parse_args
from handlers.commands import common
from handlers.registry import Call, command
from handlers.types import Attachment, Button, Reply
from storage import documents, privacy
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Contact
from storage.validate import boolean


def _contact(ctx: Ctx, query: str, redo: str) -> Contact:
    """By '#c12' even when already deleted (a deleted row still holds data), else by name."""
    q = query.strip()
    if q.lower().startswith("#c") and q[2:].isdigit():
        c = ctx.session.get(Contact, int(q[2:]))
        if c is None or c.workspace_id != ctx.ws_id:
            raise UserError(f"no contact {q}")
        return c
    return common.contact(ctx, q, lambda r: f"{redo} {r}", offer_create=False)


@command("contact export", "contact export NAME [vcf|format=csv]")
def contact_export(call: Call) -> Reply:
    """Everything stored about a person, as JSON (admins; for access/portability requests).

    format=csv gives it as CSV to open in a spreadsheet (cells that would run as a formula
    start with ' there). Example: contact export Maria Lopez
    'contact export NAME vcf' (anyone) gives the contact card (vCard) to save in a phone.
    """
    args = parse_args(common.need(call, "contact", "contact export Maria"))
    fmt = args.fields.pop("format", "json").strip().lower()
    words = args.words.split()
    if words and words[-1].lower() in ("vcf", "vcard"):
        fmt, args.words = "vcf", " ".join(words[:-1])
    if fmt in ("vcf", "vcard"):
        from handlers.commands.vcards import vcard_export

        if not args.words.strip():
            raise UserError("Which contact? Example: contact export Maria Lopez vcf")
        return vcard_export(call, args.words)
    if fmt not in ("json", "csv"):
        raise UserError("format is json, csv or vcf")
    if not call.ctx.is_admin:
        raise UserError("'contact export' as JSON or CSV is for admins of this workspace.")
    c = _contact(call.ctx, args.words, "contact export")
    if fmt == "csv":
        return Reply(
            sections=[
                f"📦 Data held about {c.name} (#c{c.id}), as CSV:",
                privacy.export_csv_text(call.ctx, c),
            ],
            private=True,
        )
    data = privacy.export_json(call.ctx, c)
    ids = [c.id, *(m.id for m in privacy.merged_contacts(call.ctx, c))]
    archive = documents.export_archive(call.ctx, ids, data)
    head = f"📦 Data held about {c.name} (#c{c.id}), as JSON:"
    if archive is not None:
        head += " (with their files: the attached ZIP holds this JSON and the files)"
    return Reply(
        sections=[head, data],
        files=[Attachment(f"export-c{c.id}.zip", archive, "application/zip")] if archive else [],
        private=True,
    )


@command("contact erase", "contact erase NAME", admin_only=True, aliases=("contact forget",))
def contact_erase(call: Call) -> Reply:
    """Erase a person everywhere (admins; for erasure requests). Asks to confirm.

    The contact is anonymised, activity notes and reminders about them blanked (the
    activities stay, for the counts), audit-log copies scrubbed, and a do-not-contact
    marker (a digest, not the address) kept so an import or 'contact add' will not add
    them back. Duplicates merged into them are erased too.
    Cannot be undone. Example: contact erase Maria Lopez
    """
    args = parse_args(common.need(call, "contact", "contact erase Maria Lopez"))
    confirmed = boolean(args.fields.pop("confirm", "no"))
    c = _contact(call.ctx, args.words, "contact erase")
    if c.name == privacy.ERASED_NAME and c.email is None:
        raise UserError(f"#c{c.id} is already erased")
    kept = privacy.merged_into(call.ctx, c)
    if kept is not None:
        raise UserError(f"#c{c.id} was merged into #c{kept}: erase #c{kept}, which erases both")
    if not confirmed:
        return Reply(
            sections=[
                f"Erase {c.name} (#c{c.id}) and everything about them? This cannot be undone."
            ],
            buttons=[
                Button("Yes, erase", f"contact erase #c{c.id} confirm=yes", "danger"),
                Button("Export first", f"contact export #c{c.id}"),
            ],
            asks="confirm",
            private=True,
        )
    counts = privacy.erase_contact(call.ctx, c)
    done = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items())
    return Reply.say(f"🧹 Erased #c{c.id}. Scrubbed: {done}. A do-not-contact marker was kept.")
