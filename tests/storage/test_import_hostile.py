"""Point 12 (issue 12): hostile or broken CSV files get a clean import or a clean refusal
that names the line, never a traceback, never mojibake, never a NUL byte in a name."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.cli import main as cli
from handlers.types import Attachment, Incoming, Sender
from storage.context import Ctx
from storage.db import transaction
from storage.errors import UserError
from storage.importer import ImportOptions, import_csv
from storage.models import Contact, User, Workspace


def _cli_import(tmp_path, monkeypatch, data: bytes, *extra: str) -> int:
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/h.db")
    monkeypatch.chdir(tmp_path)
    f = tmp_path / "in.csv"
    f.write_bytes(data)
    return cli(["import", "contacts", str(f), *extra])


def _names(tmp_path) -> list[str]:
    from storage.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path}/h.db")
    with engine.connect() as conn:
        out = list(conn.scalars(select(Contact.name).order_by(Contact.id)))
    engine.dispose()
    return out


def test_binary_file_is_refused_cleanly(tmp_path, monkeypatch, capsys):
    data = bytes(range(256)) * 40
    assert _cli_import(tmp_path, monkeypatch, data) == 2
    err = capsys.readouterr().err
    assert "crmbot:" in err and "Traceback" not in err and "CSV" in err, err


def test_field_over_131072_characters_is_refused_naming_the_line(tmp_path, monkeypatch, capsys):
    data = b"Name,Email\nAna Gil,ana@x.com\nBig," + b"x" * 200_000 + b"\n"
    assert _cli_import(tmp_path, monkeypatch, data) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "Traceback" not in err, err


def test_cr_only_line_endings_import(tmp_path, monkeypatch, capsys):
    data = b"Name,Email\rAna Gil,ana@x.com\rJon Snow,jon@x.com\r"
    assert _cli_import(tmp_path, monkeypatch, data) == 0, capsys.readouterr()
    assert _names(tmp_path) == ["Ana Gil", "Jon Snow"]


def test_nul_bytes_are_never_stored_in_names(tmp_path, monkeypatch, capsys):
    data = b"Name,Email\nAna\x00 Gil,ana@x.com\n"
    assert _cli_import(tmp_path, monkeypatch, data) == 2
    err = capsys.readouterr().err
    assert "line 2" in err and "NUL" in err, err


def test_one_bad_utf8_byte_is_reported_not_turned_into_mojibake(tmp_path, monkeypatch, capsys):
    data = "Name,Email\nJörg Müller,jorg@x.de\n".encode() + b"Bad \xff Byte,bad@x.de\n"
    assert _cli_import(tmp_path, monkeypatch, data) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "UTF-8" in err, err
    assert "Ã" not in err
    # a file that is Windows-1252 throughout still imports, with its accents right
    data = "Name,Email\nJörg Müller,jorg@x.de\n".encode("cp1252")
    assert _cli_import(tmp_path, monkeypatch, data) == 0
    out = capsys.readouterr().out
    assert "Windows-1252" in out, out
    assert _names(tmp_path) == ["Jörg Müller"]


def test_unclosed_quote_is_refused_naming_the_line(tmp_path, monkeypatch, capsys):
    data = b'Name,Email\nAna Gil,ana@x.com\n"Jon Snow,jon@x.com\nArya Stark,arya@x.com\n'
    assert _cli_import(tmp_path, monkeypatch, data) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "quote" in err, err
    assert _names(tmp_path) == []


def test_chat_import_reports_a_bad_utf8_byte_instead_of_mojibake(bot, ws_id, console, sessions):
    console.say("me")  # Ana is the admin
    data = "Name,Email\nJörg Müller,jorg@x.de\n".encode() + b"Bad \xff Byte,bad@x.de\n"
    reply = bot.handle(
        Incoming(
            ws_id,
            Sender("console", "ana", "ana"),
            text="import contacts",
            files=(Attachment("people.csv", data, "text/csv"),),
        )
    )
    assert not reply.ok and "line 3" in reply.text and "UTF-8" in reply.text, reply.text
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


HOSTILE = st.one_of(
    st.binary(max_size=400),
    st.lists(
        st.sampled_from(
            [
                b"Name,Email\n",
                b"Name;Email\r\n",
                b"Name,Email,Company,Phone,Deal,Amount\n",
                b"Account,Stage,Close Date,Owner\n",
                b"12k",
                b"-5",
                b"2026-13-45",
                b"Won",
                b'"',
                b",",
                b"\r",
                b"\n",
                b"\x00",
                b"\xff",
                b"\xc3\xb6",
                b"\xef\xbb\xbf",
                b"=cmd|' /C calc'!A0",
                b"Ana Gil",
                b"a@b.co",
                b"\x1b[31m",
                b"\xe2\x80\xae",
                b"\t",
                b"x" * 70_000,
                b'""',
                b"\xfe\xff",
            ]
        ),
        max_size=30,
    ).map(b"".join),
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=HOSTILE, table=st.sampled_from(["contacts", "deals", "accounts"]))
def test_hostile_csv_property_clean_import_or_clean_refusal(sessions, ws_id, data, table):
    with sessions() as s:
        ws = s.get(Workspace, ws_id)
        admin = User(workspace_id=ws_id, display_name="ana", name_key="ana", role="admin")
        s.add(admin)
        s.flush()
        ctx = Ctx(session=s, workspace=ws, user=admin)
        try:
            res = import_csv(ctx, ImportOptions(table, skip_bad=True), data)
        except UserError as exc:
            assert str(exc)
        else:
            for name in s.scalars(select(Contact.name)):
                assert "\x00" not in name and "\x1b" not in name and "\u202e" not in name
            assert res.rows >= 0
        finally:
            s.rollback()
