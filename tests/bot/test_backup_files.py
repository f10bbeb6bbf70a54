"""crmbot backup / restore cover the file store: attached files are copied beside the
backup (FILE.files/, only new ones on the next run) and put back on restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Clock

from bot.app import _free_text
from bot.cli import main
from handlers.core import Bot
from handlers.types import Attachment, Incoming, Sender
from storage import filestore
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.workspaces import get_or_create_workspace

ANA = Sender("console", "ana", "ana")


def test_backup_and_restore_carry_the_attached_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    live_files = tmp_path / "live-files"
    filestore.configure(filestore.LocalStore(live_files))
    live = tmp_path / "live.db"
    engine = make_engine(f"sqlite:///{live}")
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    with transaction(sessions) as s:
        ws_id = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR").id
    bot = Bot(sessions, clock=Clock(), free_text=_free_text())
    bot.handle(Incoming(ws_id, ANA, text="account add Acme"))
    pdf_text = b"the contract of Acme, plain text"
    r = bot.handle(Incoming(ws_id, ANA, text="Acme", files=(Attachment("contract.txt", pdf_text),)))
    assert "Attached to" in r.text
    engine.dispose()

    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{live}")
    monkeypatch.setenv("CRMBOT_FILES_DIR", str(live_files))
    bak = tmp_path / "crm.bak"
    assert main(["backup", str(bak)]) == 0
    out = capsys.readouterr().out
    assert "files: 1 in" in out
    sha = filestore.digest(pdf_text)
    assert filestore.LocalStore(Path(str(bak) + ".files")).get(sha) == pdf_text

    restored_files = tmp_path / "restored-files"
    restored = tmp_path / "restored.db"
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{restored}")
    monkeypatch.setenv("CRMBOT_FILES_DIR", str(restored_files))
    assert main(["restore", str(bak)]) == 0
    assert "files: 1 restored" in capsys.readouterr().out
    # the restored CRM sends the file back
    filestore.configure(filestore.LocalStore(restored_files))
    again = make_engine(f"sqlite:///{restored}")
    bot2 = Bot(make_sessionmaker(again), clock=Clock(), free_text=_free_text())
    sent = bot2.handle(Incoming(ws_id, ANA, text="file send contract"))
    assert sent.files and sent.files[0].data == pdf_text

    # a restore without the files beside the backup says which are missing (exit 1)
    (Path(str(bak) + ".files") / sha[:2] / sha).unlink()
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'third.db'}")
    monkeypatch.setenv("CRMBOT_FILES_DIR", str(tmp_path / "third-files"))
    assert main(["restore", str(bak)]) == 1
    assert "1 attached file is not in" in capsys.readouterr().out
    again.dispose()
