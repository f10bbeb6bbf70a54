"""``crmbot eval-parser``: how well the free-text parser reads labelled messages.

A measurement, not a test: it prints the figures and exits 0 however low they are (2 only when
a file is missing or malformed). The rows and the scoring rules are described in
``tests/data/nlu_eval/README.md``; the scorer is ``handlers.language.evaluate``.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli import SubParsers, runner, subcommand
from bot.config import Config
from storage.errors import UserError

if TYPE_CHECKING:
    from handlers.language.evaluate import EvalRow
    from storage.known_names import KnownNames

# The sets kept in the repository (dev.jsonl, test.jsonl), used when no FILE is given.
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "nlu_eval"


@subcommand
def add_parser(sub: SubParsers) -> None:
    p = sub.add_parser(
        "eval-parser",
        help="measure the free-text parser on labelled messages (dev/test sets)",
        description=(
            "Run the parser on each labelled message and print, per file, the share of "
            "messages fully right, per intent, per field and per style, and the outcomes: "
            "read wrong (a value that is not the one meant; the worst), asked, not understood. "
            "Dates and amounts read wrong are counted apart. Exit code 0 whatever the figures."
        ),
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="JSON Lines files of labelled messages (default: tests/data/nlu_eval/*.jsonl)",
    )
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also list the first N messages per file that were not right, expected vs got "
        "(not for test*.jsonl: the test set is not for tuning)",
    )
    p.add_argument(
        "--known",
        metavar="FILE",
        help="parse as in a workspace that knows these names: a JSON file "
        '{"contacts": [...], "accounts": [...], "deals": [...]}',
    )
    p.add_argument(
        "--known-labelled",
        action="store_true",
        help="parse as in a workspace that has every contact, account and deal the file's "
        "rows name (their labels), besides any --known FILE: what knowing the records adds",
    )
    p.add_argument(
        "--show-test-errors",
        action="store_true",
        help="list failures of test*.jsonl too (for the final review, never for tuning)",
    )


def is_test_set(path: Path) -> bool:
    """The blind test set (``test.jsonl``, ``test_*.jsonl``): measured, never looked into."""
    return path.name.startswith("test")


def _files(raw: list[str]) -> list[Path]:
    if raw:
        paths = [Path(f) for f in raw]
    else:
        paths = sorted(DEFAULT_DIR.glob("*.jsonl")) if DEFAULT_DIR.is_dir() else []
        if not paths:
            raise UserError("no FILE given and no tests/data/nlu_eval/*.jsonl found")
    for path in paths:
        if not path.is_file():
            raise UserError(f"{path}: no such file")
    return paths


def _known(ns: argparse.Namespace, rows: list[EvalRow]) -> KnownNames | None:
    from storage.known_names import KnownNames, from_json

    lists: dict[str, list[str]] = {"contacts": [], "accounts": [], "deals": []}
    if ns.known:
        try:
            data = json.loads(Path(ns.known).read_text("utf-8"))
            from_json(data)  # checks the shape
        except (OSError, ValueError) as exc:
            raise UserError(f"--known {ns.known}: {exc}") from exc
        for key in lists:
            lists[key] += data.get(key) or []
    if ns.known_labelled:
        for row in rows:
            for key, field in (("contacts", "contact"), ("accounts", "account"), ("deals", "deal")):
                value = row.expected.get(field)
                if value:
                    lists[key].append(str(value))
    if not ns.known and not ns.known_labelled:
        return None
    return KnownNames.build(lists["contacts"], lists["accounts"], lists["deals"])


@runner("eval-parser")
def run_eval(ns: argparse.Namespace, config: Config) -> int:
    from handlers.language.evaluate import (
        RowError,
        ask_threshold,
        load_rows,
        predict,
        render_errors,
        render_text,
        score_rows,
        summarise,
    )

    if ns.errors < 0:
        raise UserError("--errors takes a number from 0 up")
    ask_below = ask_threshold()
    report: dict[str, object] = {"ask_below": ask_below, "files": {}}
    texts: list[str] = []
    for path in _files(ns.files):
        try:
            rows = load_rows(path)
        except RowError as exc:
            raise UserError(str(exc)) from exc
        known = _known(ns, rows)
        scored = score_rows(rows, partial(predict, known=known), ask_below=ask_below)
        summary = summarise(scored)
        report["files"][path.name] = summary  # type: ignore[index]
        text = render_text(path.name, summary)
        if ns.errors and is_test_set(path) and not ns.show_test_errors:
            text += "\n\n(failures of a test set are not listed: it is not for tuning)"
        elif ns.errors:
            errors = render_errors(scored, ns.errors)
            text += "\n\nnot right (first {}):\n{}".format(ns.errors, errors or "(none)")
        texts.append(text)
    if ns.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(f"ask threshold: {ask_below}\n\n" + "\n\n".join(texts) + "\n")
    return 0
