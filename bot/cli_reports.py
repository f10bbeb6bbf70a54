"""`crmbot import`, `crmbot export` and `crmbot report`: the reports feature on the command line.

They share the storage code the chat uses (storage.importer, storage.reports) and the
same visibility rules: `--as NAME` runs a report or export as that member would see it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.cli import SubParsers, runner, subcommand
from bot.config import Config
from storage.errors import UserError


def _pairs(text: str | None, what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not text:
        return out
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise UserError(f"{what} takes key=value pairs separated by commas, got '{part}'")
        k, v = part.split("=", 1)
        out[k.strip()] = v.strip()
    return out


@subcommand
def _add_parsers(sub: SubParsers) -> None:
    i = sub.add_parser(
        "import",
        help="import accounts, contacts, deals or users from a CSV file; or a business card "
        "photo (import card PHOTO)",
    )
    i.add_argument("table", choices=["accounts", "contacts", "deals", "users", "card"])
    i.add_argument(
        "file",
        help="CSV file (UTF-8 with or without BOM, or Windows-1252; , ; or tab), or the photo",
    )
    i.add_argument("--yes", action="store_true", help="card: save without asking")
    i.add_argument("--workspace", default=None)
    i.add_argument("--map", default=None, help="our_field=their_column,... (a+b joins columns)")
    i.add_argument("--stage-map", default=None, help="their_stage=our_stage,...")
    i.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    i.add_argument("--skip-bad", action="store_true", help="import the good rows of a bad file")
    i.add_argument("--date-format", default=None, help="strptime format, e.g. %%d/%%m/%%Y")
    i.add_argument("--currency", default=None, help="currency of amounts without one")
    i.add_argument("--as", dest="as_user", default=None, help="who the import is recorded as")

    e = sub.add_parser("export", help="export a table of a workspace to CSV")
    e.add_argument("table", help="a table, or 'campaign NAME' (its members and statuses)")
    e.add_argument("name", nargs="*", help="the campaign's name (export campaign NAME)")
    e.add_argument("--where", default=None, help="segment filters: 'industry=x region=y'")
    e.add_argument("--segment", default=None, help="a saved segment's contacts or accounts")
    e.add_argument("--workspace", default=None)
    e.add_argument("--out", default=None, help="file to write (default: standard output)")
    e.add_argument("--as", dest="as_user", default=None, help="export only what NAME may see")

    r = sub.add_parser("report", help="pipeline report as text, JSON or a PNG chart")
    r.add_argument("report", choices=["pipeline"])
    r.add_argument(
        "--by",
        default="stage",
        choices=["stage", "owner", "manager", "team", "region", "industry", "source", "campaign",
                 "month", "quarter"],
    )  # fmt: skip
    r.add_argument("--format", default="text", choices=["text", "json", "png"])
    r.add_argument("--period", default=None, help="this quarter, 2026-Q3, 2026-11, ...")
    r.add_argument("--workspace", default=None)
    r.add_argument("--as", dest="as_user", default=None, help="report as NAME would see it")
    r.add_argument("--out", default=None, help="PNG path (default: pipeline-BY.png)")
    r.add_argument("--no-convert", action="store_true", help="ignore fx_rates: per currency")


def cli_ctx(session, ws, as_user: str | None):  # type: ignore[no-untyped-def]
    """A Ctx for the command line: the named member, else the first admin."""
    from sqlalchemy import select

    from storage.context import Ctx
    from storage.models import User
    from storage.text import name_key
    from storage.workspaces import find_user

    if as_user:
        user = find_user(session, ws, as_user)
        if user is None:
            raise UserError(f"no user named '{as_user}' in workspace {ws.name}")
        return Ctx(session=session, workspace=ws, user=user)
    user = session.scalar(
        select(User)
        .where(User.workspace_id == ws.id)
        .order_by((User.role != "admin"), User.id)
        .limit(1)
    )
    if user is None:
        user = User(
            workspace_id=ws.id, display_name="admin", name_key=name_key("admin"), role="admin"
        )
        session.add(user)
        session.flush()
    return Ctx(session=session, workspace=ws, user=user)


def _open(config: Config, workspace: str | None, create: bool = False):  # type: ignore[no-untyped-def]
    from bot.app import build_app
    from storage.workspaces import get_or_create_workspace, pick_workspace

    app = build_app(config)
    session = app.sessions()
    if create and (workspace or not _any_workspace(session)):
        # A fresh install: the workspace the console would open ("default"), with you (the
        # terminal's user, as `crmbot console` would name you) as its first member and admin.
        import getpass

        from storage.workspaces import ensure_user

        fresh = not _any_workspace(session)
        ws = get_or_create_workspace(
            session, workspace or "default", config.timezone, config.currency
        )
        if fresh:
            me = getpass.getuser() or "me"
            ensure_user(session, ws, "console", me, me)
    else:
        ws = pick_workspace(session, workspace)
    return app, session, ws


def _any_workspace(session) -> bool:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.models import Workspace

    return session.scalar(select(Workspace.id).limit(1)) is not None


@runner("import")
def run_import(ns: argparse.Namespace, config: Config) -> int:
    from bot.progress import progress_bar
    from storage.importer import ImportOptions, import_csv

    if ns.table == "card":
        from bot.cli_cards import run_import_card

        return run_import_card(ns, config)
    data = Path(ns.file).read_bytes()
    from storage.vcards import looks_like_vcard

    if looks_like_vcard(Path(ns.file).name, None, data):
        return _import_vcards(ns, config, data)
    _app, session, ws = _open(config, ns.workspace, create=True)
    rows = max(0, data.count(b"\n") - 1) or None  # about the rows of the file (the bar's end)
    try:
        ctx = cli_ctx(session, ws, ns.as_user)
        opts = ImportOptions(
            table=ns.table,
            mapping=_pairs(ns.map, "--map"),
            stage_map=_pairs(ns.stage_map, "--stage-map"),
            dry_run=ns.dry_run,
            skip_bad=ns.skip_bad,
            date_format=ns.date_format,
            default_currency=ns.currency.upper() if ns.currency else None,
        )
        with progress_bar(rows, f"reading {Path(ns.file).name[:24]}", "rows") as step:
            opts.progress = step
            result = import_csv(ctx, opts, data)
        print(result.text())
        if result.applied:
            session.commit()
            return 0
        session.rollback()
        return 0 if ns.dry_run and not result.rejected else 1
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _import_vcards(ns: argparse.Namespace, config: Config, data: bytes) -> int:
    """``crmbot import contacts FILE.vcf``: each card a contact (duplicates left alone)."""
    from storage.vcards import import_cards, read_cards

    if ns.table != "contacts":
        raise UserError("a contact card file (.vcf) imports as contacts: crmbot import contacts")
    _app, session, ws = _open(config, ns.workspace, create=True)
    try:
        ctx = cli_ctx(session, ws, ns.as_user)
        cards, problems = read_cards(data)
        result = import_cards(ctx, cards, dry_run=ns.dry_run, problems=problems)
        print(result.text())
        if ns.dry_run or (result.rejected and not ns.skip_bad):
            session.rollback()  # all or nothing, like a CSV import, unless --skip-bad
            if not ns.dry_run:
                print("nothing was written: fix those cards, or add --skip-bad")
            return 0 if not result.rejected else 1
        session.commit()
        return 0
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@runner("export")
def run_export(ns: argparse.Namespace, config: Config) -> int:
    from bot.progress import progress_bar
    from storage.exporter import count_rows, export_csv
    from storage.teams import scope_for

    _app, session, ws = _open(config, ns.workspace)
    try:
        ctx = cli_ctx(session, ws, ns.as_user)
        owners = scope_for(session, ctx.user).owner_ids if ns.as_user else None
        special = _campaign_export(ctx, ns)
        if special is not None:
            if ns.out:
                with open(ns.out, "w", newline="", encoding="utf-8-sig") as fh:
                    n = special(fh)
                print(f"{n} rows written to {ns.out}", file=sys.stderr)
            else:
                special(sys.stdout)
            return 0
        total = count_rows(ctx, ns.table, owners)
        with progress_bar(total, f"exporting {ns.table}", "rows") as step:
            if ns.out:
                # utf-8-sig: Excel opens the file with its accents right
                with open(ns.out, "w", newline="", encoding="utf-8-sig") as fh:
                    n = export_csv(ctx, ns.table, fh, owners, progress=step)
            else:
                n = export_csv(ctx, ns.table, sys.stdout, owners, progress=step)
        if ns.out:
            print(f"{n} rows written to {ns.out}", file=sys.stderr)
        return 0
    finally:
        session.rollback()
        session.close()


def _campaign_export(ctx: object, ns: argparse.Namespace) -> Any:
    """`export campaign NAME` and `export contacts|accounts --where/--segment` (issue 14)."""
    from storage.campaign_export import export_campaign, export_filtered

    if ns.table == "campaign":
        if not ns.name:
            raise UserError("which campaign? crmbot export campaign NAME")
        return lambda fh: export_campaign(ctx, " ".join(ns.name), fh)  # type: ignore[arg-type]
    if ns.where or ns.segment:
        from handlers.args import parse_args
        from storage.segments import find_segment

        filters: dict[str, str] = {}
        if ns.segment:
            filters.update(find_segment(ctx, ns.segment).filters)  # type: ignore[arg-type]
        if ns.where:
            from storage.scoring_filter import score_fields

            filters.update(parse_args(score_fields(ns.where)).fields)
        return lambda fh: export_filtered(ctx, ns.table, filters, fh)  # type: ignore[arg-type]
    if ns.name:
        raise UserError(f"unexpected words after {ns.table}: {' '.join(ns.name)}")
    return None


@runner("report")
def run_report(ns: argparse.Namespace, config: Config) -> int:
    from handlers import charts
    from handlers.report_render import summary_text
    from storage.crm import as_local_date
    from storage.reports import Filters, parse_period, summarize, summary_json
    from storage.teams import scope_for
    from storage.workspaces import stage_label

    _app, session, ws = _open(config, ns.workspace)
    try:
        ctx = cli_ctx(session, ws, ns.as_user)
        scope = scope_for(session, ctx.user)
        period = None
        if ns.period:
            period = parse_period(ns.period, as_local_date(ctx.now, ws.timezone))
            if period is None:
                raise UserError(f"'{ns.period}' is not a period; try: this quarter, 2026-Q3")
        s = summarize(ctx, scope, ns.by, Filters(period=period), convert=not ns.no_convert)
        if ns.format == "json":
            print(json.dumps(summary_json(s), indent=2))
        elif ns.format == "text":
            print("\n\n".join(summary_text(ctx, s, f"Pipeline by {ns.by}")))
        else:
            if ns.by == "stage":
                labels = {r.key: stage_label(ws, r.key) for r in s.rows}
                png = charts.funnel_png(s, labels, "Pipeline")
            else:
                png = charts.forecast_png(s, f"Pipeline by {ns.by}")
            if png is None:
                print("nothing to chart", file=sys.stderr)
                return 1
            out = Path(ns.out or f"pipeline-{ns.by}.png")
            out.write_bytes(png)
            print(out)
        return 0
    finally:
        session.rollback()
        session.close()
