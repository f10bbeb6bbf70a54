"""crmbot import card PHOTO: the proposal is printed, saved only after a yes."""

from __future__ import annotations

from pathlib import Path

import pytest
from card_images import FONT, render
from sqlalchemy import select

from bot.cli import main
from handlers import cards_ocr
from storage.db import make_engine, make_sessionmaker
from storage.models import Contact

CARD = [
    ("Lucía Fernández", 50, True),
    ("Gerente de Ventas", 34, False),
    ("Innovaciones Ibéricas S.L.", 40, True),
    ("Móvil: +34 612 345 678", 32, False),
    ("lucia@ibericas.es", 32, False),
]


def _contacts(db: Path) -> list[tuple[str, str | None]]:
    engine = make_engine(f"sqlite:///{db}")
    with make_sessionmaker(engine)() as s:
        rows = [(c.name, c.email) for c in s.scalars(select(Contact))]
    engine.dispose()
    return rows


@pytest.mark.skipif(FONT is None, reason="no TrueType font on this system to draw cards")
def test_import_card_asks_then_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if not cards_ocr.available():
        pytest.skip("Tesseract is not installed (apt-get install tesseract-ocr)")
    photo = tmp_path / "card.jpg"
    photo.write_bytes(render(CARD, fmt="JPEG"))
    db = tmp_path / "crm.db"
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("CRMBOT_FILES_DIR", str(tmp_path / "files"))
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main(["import", "card", str(photo)]) == 1
    out = capsys.readouterr().out
    assert "lucia@ibericas.es" in out and "Not saved." in out
    assert _contacts(db) == []
    assert main(["import", "card", str(photo), "--yes"]) == 0
    assert "Contact created" in capsys.readouterr().out
    ((name, email),) = _contacts(db)
    assert email == "lucia@ibericas.es" and "Fern" in name


def test_import_card_without_tesseract_says_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = tmp_path / "card.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 32)
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'crm.db'}")
    monkeypatch.setenv("CRMBOT_TESSERACT_CMD", str(tmp_path / "no-such-tesseract"))
    old = cards_ocr.config().command
    try:
        assert main(["import", "card", str(photo)]) == 2
    finally:
        cards_ocr.configure(command=old)
    assert "apt-get install tesseract-ocr" in capsys.readouterr().err
