"""``crmbot import card PHOTO``: a business-card photo read into a contact, after a yes.

The same reading as in chat (handlers/cards_ocr.py, handlers/cards_parse.py) and the same
save (``card save``, with the duplicate check of ``contact add``): the proposal is printed,
and nothing is written until you answer yes (or pass --yes).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from bot.config import Config
from storage.errors import UserError


def run_import_card(
    ns: argparse.Namespace, config: Config, ask: Callable[[str], str] = input
) -> int:
    from bot.cli_reports import _open, cli_ctx
    from handlers import cards_ocr
    from handlers.cards_parse import parse_card
    from handlers.commands.cards import card_save, encode, proposal
    from handlers.registry import Call

    path = Path(ns.file)
    if not path.is_file():
        raise UserError(f"{path} is not a file")
    app, session, ws = _open(config, ns.workspace, create=True)  # configures the OCR too
    try:
        try:
            text = cards_ocr.read_text(path.read_bytes())
        except cards_ocr.OcrUnavailable as exc:
            raise UserError(str(exc)) from None
        except cards_ocr.NotAnImage:
            raise UserError(f"{path} is not a picture I can open (PNG, JPEG, ...)") from None
        card = parse_card(text)
        if card.empty:
            print(f"I read no name, email or phone on {path.name}.", file=sys.stderr)
            return 1
        fields = card.as_dict()
        print(proposal(fields, card.unused).text.replace("Save / Edit / Cancel", ""))
        if not fields.get("name"):
            print("No name was read: add it with contact add NAME ... instead.", file=sys.stderr)
            return 1
        if not getattr(ns, "yes", False):
            answer = ask("Save this contact? [y/N] ").strip().lower()
            if answer not in ("y", "yes"):
                print("Not saved.")
                return 1
        ctx = cli_ctx(session, ws, ns.as_user)
        rest = encode(fields)
        reply = card_save(Call(ctx=ctx, rest=rest, text=f"card save {rest}"))
        print(reply.text)
        if reply.ok:
            session.commit()
            return 0
        session.rollback()
        return 1
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        app.engine.dispose()
