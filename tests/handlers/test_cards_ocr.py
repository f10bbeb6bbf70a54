"""Business cards: pictures rendered with Pillow in several layouts and languages, read by
the real Tesseract, parsed into a proposed contact; Save / Edit / Cancel in the core."""

from __future__ import annotations

from typing import Any

import pytest
from card_images import FONT, render
from sqlalchemy import func, select

from handlers import cards_ocr
from handlers.cards_parse import parse_card
from handlers.core import Bot
from handlers.types import Attachment, Incoming, Reply, Sender
from storage.models import Contact
from storage.text import name_key

ANA = Sender("console", "ana", "ana")

CARDS: dict[str, tuple[dict[str, Any], dict[str, str]]] = {
    "english, left-aligned, PNG": (
        {
            "lines": [
                ("Maria Lopez", 52, True),
                ("Chief Financial Officer", 34, False),
                ("Acme Inc.", 40, True),
                ("maria.lopez@acme.com", 32, False),
                ("Tel: +1 415 555 0134", 32, False),
                ("www.acme.com", 32, False),
            ]
        },
        {
            "name": "Maria Lopez",
            "title": "Chief Financial Officer",
            "company": "Acme Inc.",
            "email": "maria.lopez@acme.com",
            "phone": "+1 415 555 0134",
            "website": "acme.com",
        },
    ),
    "german, centred, company first, JPEG": (
        {
            "lines": [
                ("Müller & Söhne GmbH", 44, True),
                ("Jürgen Weiß", 52, True),
                ("Geschäftsführer", 34, False),
                ("Telefon: +49 30 1234 5678", 32, False),
                ("Fax: +49 30 1234 5679", 32, False),
                ("j.weiss@mueller-soehne.de", 32, False),
                ("www.mueller-soehne.de", 30, False),
            ],
            "layout": "center",
            "fmt": "JPEG",
        },
        {
            "name": "Jürgen Weiß",
            "title": "Geschäftsführer",
            "company": "Müller & Söhne GmbH",
            "email": "j.weiss@mueller-soehne.de",
            "phone": "+49 30 1234 5678",  # the phone, not the fax
            "website": "mueller-soehne.de",
        },
    ),
    "french, two columns": (
        {
            "lines": [
                ("Chloé Dubois", 52, True),
                ("Directrice Commerciale", 34, False),
                ("Lumière SARL", 40, True),
            ],
            "right": [
                ("Tél. +33 1 42 68 53 00", 30, False),
                ("chloe.dubois@lumiere.fr", 30, False),
                ("lumiere.fr", 30, False),
            ],
        },
        {
            "name": "Chloé Dubois",
            "title": "Directrice Commerciale",
            "company": "Lumière SARL",
            "email": "chloe.dubois@lumiere.fr",
            "phone": "+33 1 42 68 53 00",
            "website": "lumiere.fr",
        },
    ),
    "spanish, slightly rotated, no website": (
        {
            "lines": [
                ("Innovaciones Ibéricas S.L.", 40, True),
                ("Lucía Fernández", 50, True),
                ("Gerente de Ventas", 34, False),
                ("Móvil: +34 612 345 678", 32, False),
                ("lucia@ibericas.es", 32, False),
            ],
            "angle": 2.0,
        },
        {
            "name": "Lucía Fernández",
            "title": "Gerente de Ventas",
            "company": "Innovaciones Ibéricas S.L.",
            "email": "lucia@ibericas.es",
            "phone": "+34 612 345 678",
        },
    ),
}


def _same(a: str, b: str) -> bool:
    """OCR may drop an accent ("Muller"): fields compare case- and accent-free."""
    return name_key(a).replace(" ", "") == name_key(b).replace(" ", "")


@pytest.mark.parametrize("which", list(CARDS))
@pytest.mark.usefixtures("_skip_without_ocr")
def test_card_fields_are_read_from_rendered_cards(which: str) -> None:
    spec, want = CARDS[which]
    image = render(spec["lines"], **{k: v for k, v in spec.items() if k != "lines"})
    got = parse_card(cards_ocr.read_text(image)).as_dict()
    for key, value in want.items():
        assert _same(got.get(key, ""), value), (which, key, got)
    assert set(got) == set(want), (which, got)


@pytest.fixture
def _skip_without_ocr() -> None:
    if FONT is None:
        pytest.skip("no TrueType font on this system to draw cards")
    if not cards_ocr.available():
        pytest.skip("Tesseract is not installed (apt-get install tesseract-ocr)")


def test_parse_rules_without_ocr() -> None:
    """The parsing rules on text alone: labels, fax last, domain as company."""
    card = parse_card(
        "JOHN SMITH\nSenior Account Executive\nFax: +44 20 7946 0001\n"
        "M: +44 7700 900123\njohn.smith@northwind.co.uk\nnorthwind.co.uk\nLevel 4, 10 Main St\n"
    )
    assert card.email == "john.smith@northwind.co.uk"
    assert card.phone == "+44 7700 900123"
    assert card.title == "Senior Account Executive"
    assert card.company == "Northwind"  # from the domain: no line spelled it
    assert "Level 4, 10 Main St" in card.unused  # shown, not dropped
    assert parse_card("").empty


def send(
    bot: Bot, ws_id: int, text: str = "", *files: Attachment, action: str | None = None
) -> Reply:
    return bot.handle(
        Incoming(ws_id, ANA, text=text, files=tuple(files), channel="c1", action=action)
    )


def contacts(sessions: Any) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Contact)) or 0


@pytest.mark.usefixtures("_skip_without_ocr")
def test_save_edit_cancel_and_the_duplicate_check(
    console: Any, bot: Bot, ws_id: int, sessions
) -> None:
    console.say("me")
    png = render(CARDS["english, left-aligned, PNG"][0]["lines"])
    r = send(bot, ws_id, "", Attachment("card.png", png))
    assert [b.label for b in r.buttons] == ["Save", "Edit", "Cancel"]
    assert "nothing is saved until you press Save" in r.text and contacts(sessions) == 0
    # Cancel: nothing saved
    cancel = next(b.action for b in r.buttons if b.label == "Cancel")
    assert "not saved" in send(bot, ws_id, action=cancel).text and contacts(sessions) == 0
    # a proposal's buttons answer once (handlers/question_once.py): the cancelled one is done
    edit = next(b.action for b in r.buttons if b.label == "Edit")
    assert "already answered" in send(bot, ws_id, action=edit).text
    # Edit: field=value changes, then the proposal again
    r = send(bot, ws_id, "", Attachment("card.png", png))
    edit = next(b.action for b in r.buttons if b.label == "Edit")
    asked = send(bot, ws_id, action=edit)
    assert "field=value" in asked.text
    shown = send(bot, ws_id, "title=CFO & Treasurer")
    assert "title: CFO & Treasurer" in shown.text, shown.text
    save = next(b.action for b in shown.buttons if b.label == "Save")
    saved = send(bot, ws_id, action=save)
    assert "Contact created" in saved.text, saved.text
    with sessions() as s:
        c = s.scalar(select(Contact))
        assert c is not None and c.title == "CFO & Treasurer" and c.email == "maria.lopez@acme.com"
        assert c.account is not None and c.account.website == "acme.com"
    # the same card again: the usual duplicate check, nothing created
    again = send(bot, ws_id, "card", Attachment("card.png", png))
    dup = send(bot, ws_id, action=next(b.action for b in again.buttons if b.label == "Save"))
    assert "already exists" in dup.text and contacts(sessions) == 1


def test_without_tesseract_the_bot_says_how_to_enable_it(
    console: Any, bot: Bot, ws_id: int
) -> None:
    console.say("me")
    old = cards_ocr.config().command
    cards_ocr.configure(command="/nonexistent/bin/tesseract")
    try:
        r = send(bot, ws_id, "", Attachment("card.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 32))
    finally:
        cards_ocr.configure(command=old)
    assert (
        not r.ok and "apt-get install tesseract-ocr" in r.text and "CRMBOT_TESSERACT_CMD" in r.text
    )
