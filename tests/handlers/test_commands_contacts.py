"""contact and account commands, happy paths and bad input, through the console adapter."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.db import transaction
from storage.models import Account, AuditLog, Contact


def count(sessions, model, **where):
    with transaction(sessions) as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return s.scalar(q)


def test_contact_add_show_and_account_autocreate(console, sessions):
    out = console.say(
        "contact add Søren Kierkegaard email=soren@orsted.dk account=Ørsted "
        "title=CTO phone=+45 1234 5678 source=event birthday=1985-05-05"
    )
    assert "Contact created" in out and "Søren Kierkegaard" in out and "Ørsted" in out
    assert count(sessions, Account, name="Ørsted") == 1
    out = console.say("contact show soren kierkegard")  # accents and a typo
    assert "#c1 " in out or "Søren Kierkegaard  #c1" in out
    assert "soren@orsted.dk" in out and "source: event" in out


def test_contact_add_warns_on_duplicate_email_and_offers_existing(console, sessions):
    console.say("contact add Maria Lopez email=maria@acme.com")
    out = console.say("contact add María L. email=MARIA@acme.com")
    assert "already exists" in out and "[1] Show Maria Lopez" in out and "Create anyway" in out
    assert count(sessions, Contact) == 1
    out = console.say("2")  # Create anyway
    assert "Contact created" in out
    assert count(sessions, Contact) == 2


def test_contact_add_warns_on_same_name_same_account(console, sessions):
    console.say("contact add Jon Berg account=Acme")
    out = console.say("contact add jon berg at Acme")
    assert "already exists" in out
    out = console.say("contact add Jon Berg account=Globex")  # another company: fine
    assert "Contact created" in out


def test_bad_input_says_what_and_how(console, sessions):
    assert "not a valid email" in console.say(
        "contact add Ana email=ana@"
    ) and "example" in console.say("contact add Ana email=ana@")
    assert "not a phone number" in console.say("contact add Ana phone=abc")
    assert "not a lifecycle" in console.say("contact add Ana lifecycle=vip")
    assert "not a lead source" in console.say("contact add Ana source=tv")
    assert "unknown contact field 'colour'" in console.say("contact add Ana colour=red")
    assert "not a date" in console.say("contact add Ana birthday=31/02/1990")
    assert "Which contact?" in console.say("contact add")
    assert count(sessions, Contact) == 0  # nothing half-written


def test_ambiguous_name_asks_with_numbered_choices(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Maria Garcia account=Globex")
    out = console.say("contact show maria")
    assert "matches several" in out and "[1]" in out and "[2]" in out
    out = console.say("2")
    assert "Maria Garcia" in out and "Globex" in out


def test_unknown_name_offers_to_create(console, sessions):
    out = console.say("contact show Nobody Here")
    assert "found no contact" in out and "Create contact 'Nobody Here'" in out
    out = console.say("1")
    assert "Contact created" in out and count(sessions, Contact) == 1


def test_contact_edit_find_list(console):
    console.say("contact add Chloé Dubois email=chloe@acme.fr")
    assert "title: " not in console.say("contact show chloe")
    out = console.say("contact edit chloe title=CEO lifecycle=lead tags=vip,eu dnc=yes")
    assert (
        "CEO" in out
        and "lead" in out
        and "vip, eu" in out.replace("eu, vip", "vip, eu")
        and "do-not-contact" in out
    )
    assert "Chloé Dubois" in console.say("find chloe@acme.fr")
    assert "Chloé Dubois" in console.say("find dubios")
    out = console.say("contact list")
    assert "1 in all" in out and "Chloé Dubois" in out


def test_contact_list_pages(console, sessions, bot, ws_id):
    from storage.demo import generate
    from storage.models import Workspace

    with transaction(sessions) as s:
        generate(s, s.get(Workspace, ws_id), contacts=45, activities_per_contact=0)
    out = console.say("contact list")
    assert "45 in all · page 1" in out and "More" in out
    out = console.say("1")  # More
    assert "page 2" in out


def test_contact_merge_moves_history(console, sessions):
    console.say("contact add Maria Lopez email=maria@acme.com")
    console.say("contact add Maria Lopes phone=+34 600 111 222 account=Acme")
    console.say("log note Maria Lopes: met at the fair")
    out = console.say("contact merge Maria Lopes into maria@acme.com confirm=yes")
    assert "Merged" in out
    card = console.say("contact show maria lopez")
    assert "+34 600 111 222" in card and "met at the fair" in card
    assert count(sessions, Contact, deleted_at=None) == 1


def test_contact_delete_is_soft_confirmed_and_audited(console, sessions):
    console.say("contact add Pablo Ruiz")
    out = console.say("contact delete pablo")
    assert "Delete #c1" in out and "Yes, delete" in out
    assert count(sessions, Contact, deleted_at=None) == 1
    assert "Deleted Pablo Ruiz" in console.say("1")
    assert count(sessions, Contact, deleted_at=None) == 0
    assert count(sessions, Contact) == 1  # soft
    assert count(sessions, AuditLog, action="delete", entity_type="contacts") == 1
    assert "found no contact" in console.say("contact show pablo")


def test_account_commands(console, sessions):
    out = console.say(
        "account add Acme Corp industry=Retail region=Iberia size=51-200 source=referral"
    )
    assert "Account created" in out and "Retail · Iberia" in out
    assert "already exists" in console.say("account add ACME corp")
    assert "Acme Corp" in console.say("account show acme corp")
    out = console.say("account edit acme corp website=https://acme.example tags=key")
    assert "https://acme.example" in out
    console.say("account add Acme Inc")
    console.say("contact add Ana Ruiz account=Acme Inc")
    assert "Merged Acme Inc" in console.say("account merge Acme Inc into Acme Corp confirm=yes")
    assert "Ana Ruiz" in console.say("account show acme corp")
    out = console.say("account list")
    assert "1 in all" in out and "Acme Corp" in out
    assert "not a lead source" in console.say("account add X source=billboard")


def test_every_write_is_attributed(console, console_bob, sessions):
    console_bob.say("contact add Eleni Georgiou")
    with transaction(sessions) as s:
        c = s.scalar(select(Contact))
        log = s.scalar(select(AuditLog).where(AuditLog.entity_type == "contacts"))
        from storage.models import User

        bob = s.get(User, log.user_id)
        assert (
            bob.display_name == "bob"
            and c.created_by_id == bob.id
            and log.after["name"] == "Eleni Georgiou"
        )
