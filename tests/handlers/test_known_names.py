"""The workspace's known names read into free text: the gazetteer (storage.known_names) and
its use by the parser (handlers.language.known), end to end through the console bot."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from handlers.language.known import find_known
from handlers.language.nlu import ASK_BELOW, parse_message
from storage import known_names as kn
from storage.db import transaction
from storage.models import Activity, Contact, Reminder

NOW = datetime(2026, 11, 26, 10)
TZ = "Europe/Madrid"


def _read(text: str, names: kn.KnownNames | None) -> dict[str, object]:
    return parse_message(text, NOW, TZ, known=names).to_json_dict()


def test_names_are_found_case_and_accent_blind_longest_first():
    names = kn.KnownNames.build(
        ["Ngozi Okafor", "Søren Kierkegaard", "Ana Ruiz", "Ana Lopez"],
        ["Dangote Cement plc", "Ørsted A/S"],
        ["Dangote Cement expansion"],
    )
    text = "met SOREN kierkegaard at orsted, then ana about the dangote cement expansion"
    found = [(text[k.start : k.end], sorted(k.kinds)) for k in find_known(text, names)]
    assert found == [
        ("SOREN kierkegaard", ["contact"]),
        ("orsted", ["account"]),  # without its legal suffix
        ("dangote cement expansion", ["deal"]),  # the longest run wins over the account
    ]  # "ana" is two contacts' first name: not one record, so not taken alone


def test_everyday_words_are_never_a_name_alone():
    names = kn.KnownNames.build(["Will Turner", "Mark Hope"], ["Call Systems Ltd"])
    text = "will call mark tomorrow about hope"
    assert find_known(text, names) == []
    other = "emailed will turner"
    assert [other[k.start : k.end] for k in find_known(other, names)] == ["will turner"]


def test_known_names_fix_what_the_words_alone_miss():
    names = kn.KnownNames.build(["Ngozi Okafor", "Will Turner"], ["Dangote Cement plc", "Acme"])
    before = _read("cb ngozi fri re the po for dangote", None)
    after = _read("cb ngozi fri re the po for dangote", names)
    assert before["account"] is None
    assert (after["contact"], after["account"]) == ("ngozi", "dangote")
    assert after["due"] == before["due"] and after["intent"] == before["intent"]
    # "re dangote quote": the words alone name the firm of the thing now (issue 10, pterse2),
    # and the known names agree
    for known in (None, names):
        got = _read("cb ngozi re dangote quote fri", known)
        assert (got["contact"], got["account"]) == ("ngozi", "dangote")
    got = _read("called ngozi okafor dangote about the quote", names)
    assert (got["contact"], got["account"]) == ("ngozi okafor", "dangote")
    got = _read("emailed will turner at acme", names)
    assert (got["contact"], got["account"]) == ("will turner", "acme")


def test_an_unknown_name_reads_as_without_names():
    names = kn.KnownNames.build(["Ngozi Okafor"], ["Dangote Cement plc"])
    for text in (
        "called Maria Lopez at Acme, wants a quote, follow up next Tuesday 9am",
        "new contact Mia Berg at Initech",
        "move Globex pilot to negotiation",
        "remind me tomorrow at 3 to send the contract",
    ):
        assert _read(text, names) == _read(text, None)


def test_a_new_contact_keeps_its_new_name_and_gets_the_known_account():
    names = kn.KnownNames.build(["Ngozi Okafor"], ["Dangote Cement plc"])
    got = _read("add mia berg dangote cement to my contacts", names)
    assert got["intent"] == "create_contact"
    assert got["account"] == "dangote cement" and got["contact"] == "mia berg"


def test_a_deal_update_keeps_its_deal_slot():
    names = kn.KnownNames.build([], ["Tyrell"], ["Tyrell renewal"])
    got = _read("push the tyrell renewal to next month", names)
    assert got["intent"] == "update_deal" and got["deal"] == "tyrell renewal"


def test_the_cache_follows_the_workspace_writes(console, sessions, ws_id):
    """Built once; a new record's name is added to it at commit; a rename or a delete
    rebuilds it; another workspace has its own."""
    from storage.context import Ctx
    from storage.models import User
    from storage.workspaces import ensure_user, get_or_create_workspace

    def names() -> kn.KnownNames:
        with transaction(sessions) as s:
            return kn.known_names(Ctx.load(s, ws_id, user_id))

    def reads(text: str) -> list[str]:
        return [text[k.start : k.end] for k in find_known(text, names())]

    console.say("contact add Ngozi Okafor")
    with transaction(sessions) as s:
        user_id = s.scalar(select(User.id))
    first = names()
    assert first.counts == (1, 0, 0) and names() is first  # cached
    console.say("account add Dangote Cement plc")
    assert names() is first  # the new account was added in place, no rebuild
    assert reads("cb ngozi re dangote") == ["ngozi", "dangote"]
    console.say("contact add Ngozi Adeyemi")  # "ngozi" is no longer one contact's name
    assert reads("cb ngozi re dangote") == ["dangote"]
    console.say("contact edit Ngozi Okafor title=CFO")  # no name changed: kept
    assert names() is first
    out = console.say("account edit Dangote Cement plc name=Dangote Industries")
    assert "Dangote Industries" in out, out
    rebuilt = names()
    assert rebuilt is not first and rebuilt.counts == (2, 1, 0)
    assert reads("met the dangote industries team") == ["dangote industries"]
    with transaction(sessions) as s:  # another workspace, same database: none of these
        other = get_or_create_workspace(s, "other", "Europe/Madrid", "EUR")
        member = ensure_user(s, other, "console", "bo", "Bo")
        assert len(kn.known_names(Ctx.load(s, other.id, member.id))) == 0


def test_console_reads_the_workspace_names(console, sessions):
    """Words alone give no account in "cb ngozi re dangote quote fri"; the workspace's
    contact at Dangote Cement plc does."""
    console.say("account add Dangote Cement plc")
    console.say("contact add Ngozi Okafor account=Dangote Cement plc")
    out = console.say("called ngozi re dangote quote, follow up fri")
    assert "Logged call" in out, out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        ngozi = s.scalar(select(Contact))
        rem = s.scalar(select(Reminder))
    assert act.contact_id == ngozi.id and act.account_id == ngozi.account_id
    assert rem is not None and rem.linked_id == ngozi.id


def test_console_logs_on_a_lower_case_name_only_the_workspace_knows(console, sessions):
    """ "emailed will turner at dangote": from the words alone there is no contact (the
    bot would ask who); the workspace's Will Turner at Dangote Cement plc answers it."""
    message = "emailed will turner at dangote re the quote"
    alone = _read(message, None)
    assert alone["contact"] is None and alone["account"] is None
    console.say("account add Dangote Cement plc")
    console.say("contact add Will Turner account=Dangote Cement plc")
    out = console.say(message)
    assert "Logged email" in out, out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        will = s.scalar(select(Contact))
    assert act.type == "email" and act.contact_id == will.id
    assert act.account_id == will.account_id is not None


def test_other_writers_are_seen_by_the_stamp(console, sessions, ws_id, engine, monkeypatch):
    """A record written outside this process's sessions (an import run from the CLI) is
    seen by the ids stamp, checked at most every STAMP_EVERY seconds."""
    from sqlalchemy import insert

    from storage.context import Ctx
    from storage.models import Account, User

    console.say("contact add Ngozi Okafor")
    with transaction(sessions) as s:
        user_id = s.scalar(select(User.id))
        first = kn.known_names(Ctx.load(s, ws_id, user_id))
    with engine.begin() as conn:  # no Session: no event sees it
        conn.execute(
            insert(Account.__table__),
            [{"workspace_id": ws_id, "name": "Kaspi Bank JSC", "name_key": "kaspi bank jsc",
              "tags": []}],
        )  # fmt: skip
    with transaction(sessions) as s:
        assert kn.known_names(Ctx.load(s, ws_id, user_id)) is first  # not checked yet
    monkeypatch.setattr(kn, "STAMP_EVERY", 0.0)
    with transaction(sessions) as s:
        again = kn.known_names(Ctx.load(s, ws_id, user_id))
    assert again is not first and again.counts == (1, 1, 0)


def test_a_bulk_insert_through_a_session_rebuilds(console, sessions, ws_id):
    from sqlalchemy import insert

    from storage.context import Ctx
    from storage.models import User

    console.say("contact add Ngozi Okafor")
    with transaction(sessions) as s:
        user_id = s.scalar(select(User.id))
        first = kn.known_names(Ctx.load(s, ws_id, user_id))
    with transaction(sessions) as s:
        rows = [
            {"workspace_id": ws_id, "name": f"Person {i}", "name_key": f"person {i}",
             "first_key": "person", "last_key": str(i), "tags": []}
            for i in range(3)
        ]  # fmt: skip
        s.execute(insert(Contact), rows)
    with transaction(sessions) as s:
        again = kn.known_names(Ctx.load(s, ws_id, user_id))
    assert again is not first and again.counts == (4, 0, 0)


def _crmbot(*args: str, env: dict[str, str] | None = None) -> list[dict[str, object]]:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).with_name("crmbot")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    out = subprocess.run(
        [*cmd, "parse", "--now", "2026-11-26T10:00", "--tz", "Europe/Madrid", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, **(env or {})},
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_crmbot_parse_reads_known_names_from_a_file_keys_unchanged(tmp_path):
    import json

    known = tmp_path / "known.json"
    known.write_text(
        json.dumps({"contacts": ["Ngozi Okafor"], "accounts": ["Dangote Cement plc"]}), "utf-8"
    )
    message = "cb ngozi fri re the po for dangote"  # the words alone name no firm
    (alone,) = _crmbot(message)
    (read,) = _crmbot("--known", str(known), message)
    assert list(read) == list(alone)  # every key, in the same order
    assert alone["account"] is None and (read["contact"], read["account"]) == ("ngozi", "dangote")
    assert {k: v for k, v in read.items() if k != "account"} == {
        k: v for k, v in alone.items() if k != "account"
    }


def test_crmbot_parse_reads_a_workspace_names(console, engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("the command line reads the workspace from one database; SQLite is enough")
    console.say("account add Dangote Cement plc")
    console.say("contact add Will Turner account=Dangote Cement plc")
    (read,) = _crmbot(
        "--workspace",
        "default",
        "emailed will turner at dangote re the quote",
        env={"CRMBOT_DATABASE_URL": str(engine.url)},
    )
    assert (read["contact"], read["account"]) == ("will turner", "dangote")


def test_a_known_first_name_and_the_verb_after_it():
    # "pepper loved the demo, …" was read as a contact "pepper loved" (no one by that name)
    names = kn.KnownNames.build(["Pepper Potts", "Lucius Fox"], ["Stark Industries"], [])
    got = _read("pepper loved the demo, wants legal to review the MSA", names)
    assert got["contact"] == "pepper"
    # a second word that is the name's own is kept
    assert _read("met pepper potts, she loved the demo", names)["contact"] == "pepper potts"


@pytest.mark.parametrize(
    "text", ["pepper potts loved the demo", "maria signed the contract", "bob sent the quote"]
)
def test_a_thing_done_is_no_stage_move(text):
    # "pepper potts loved the demo" was a sure move of a deal "pepper potts loved" to
    # Presentation; a learned guess of a move ("signed the contract") is asked about
    got = _read(text, None)
    assert got["intent"] != "move_deal" or got["confidence"] < ASK_BELOW


@pytest.mark.parametrize(
    ("text", "deal", "stage"),
    [
        ("Acme renewal is in the proposal stage", "Acme renewal", "presentation"),
        ("Globex pilot went to the demo stage", "Globex pilot", "presentation"),
        ("Acme renewal won", "Acme renewal", "won"),
    ],
)
def test_stage_moves_with_a_link_still_read(text, deal, stage):
    got = _read(text, None)
    assert (got["intent"], got["deal"], got["stage"]) == ("move_deal", deal, stage)


def _every_run(names: kn.KnownNames, words: list[str]) -> list[tuple[int, int, int]]:
    """The plain lookup runs_of shortcuts: every run of words, each probed."""
    spans, runs = [], []
    for i in range(len(words)):
        run = ""
        for j in range(i, min(i + kn.MAX_WORDS, len(words))):
            if not words[j]:
                break
            run = f"{run} {words[j]}" if run else words[j]
            spans.append((i, j))
            runs.append(run)
    return [(i, j, f) for (i, j), f in zip(spans, names.flags_of(runs), strict=True) if f]


def test_runs_of_equals_every_run():
    """runs_of looks a longer run up only from a word that begins a stored name (HEAD_ANY):
    the same answer as probing every run, for names built and names added later, for
    messages made of the names' own words, repeated, shuffled and broken by empty words."""
    import random

    rnd = random.Random(18)
    contacts = ["Ngozi Okafor", "Ana Ruiz", "Ana Lopez", "Jo Ann de la Cruz Smith", "Cher"]
    accounts = ["Dangote Cement plc", "Acme Corp", "Ørsted A/S", "New York Life Insurance Co"]
    deals = ["Acme renewal", "Dangote Cement expansion", "Q3 seats for the team"]
    names = kn.KnownNames.build(contacts, accounts, deals)
    added = kn.KnownNames.build(contacts[:2], accounts[:2], deals[:1])
    added.add(contacts[2:], accounts[2:], [*deals[1:], "Ruiz Okafor merger"])
    pool = sorted({w for n in contacts + accounts + deals for w in kn.word_keys(n)})
    pool += ["called", "at", "the", "and", "", "follow", "up", "ruiz", "okafor"]
    checked = 0
    for table in (names, added, kn.EMPTY):
        for _ in range(400):
            words = [rnd.choice(pool) for _ in range(rnd.randint(0, 16))]
            expected = _every_run(table, words)
            assert table.runs_of(words) == expected, words
            checked += bool(expected)
    assert checked > 300  # most messages named something
