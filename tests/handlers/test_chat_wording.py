"""The way reps really word things: articles around deal names, reasons after a comma,
notes meant for a deal, an email address as the only name (found by a QA pass)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Account, Activity, Contact, Opportunity, Reminder, User


def test_deal_names_with_articles_and_reasons_after_a_comma(console, sessions):
    console.say("deal add Initech pilot 5k")
    console.say("deal add Stark retrofit 9k")
    console.say("deal add Acme renewal 1k")
    assert "Marked lost" in console.say("lost the Initech deal")
    out = console.say("lost the Stark deal, went with competitor")
    assert "lost reason: went with competitor" in out
    assert "Won!" in console.say("won the acme deal")
    out = console.say("deal lost nothing here")
    assert "I found no deal matching 'nothing here'" in out
    assert "Create deal" not in out  # marking lost never offers to create a new deal
    out = console.say("mark the deal as won")
    assert "Which deal?" in out
    with transaction(sessions) as s:
        status = {d.title: (d.status, d.lost_reason) for d in s.scalars(select(Opportunity))}
    assert status == {
        "Initech pilot": ("lost", None),
        "Stark retrofit": ("lost", "went with competitor"),
        "Acme renewal": ("won", None),
    }


def test_a_note_for_a_deal_lands_on_the_deal_not_its_account(console, sessions):
    console.say("account add Globex")
    console.say("deal add Globex turbines 5k account=Globex")
    assert "on Globex turbines" in console.say("log note Globex turbines: budget approved")
    assert "on Globex turbines" in console.say("note on Globex turbines: legal is fine")
    # An account's note lands on its only open deal (issue 11); deal=none keeps it off.
    assert "on Globex\n" in console.say("log note Globex: account note deal=none") + "\n"
    with transaction(sessions) as s:
        deal = s.scalar(select(Opportunity))
        on_deal = [a.body for a in s.scalars(select(Activity)) if a.opportunity_id == deal.id]
    assert on_deal == ["budget approved", "legal is fine"]


def test_an_email_address_as_the_only_name_fills_the_email(console, sessions):
    console.say("emailed chloe.dubois@acme.fr, sent the price list")
    out = console.say("1")  # create it and log
    assert "Logged email" in out and "Chloe Dubois" in out
    with transaction(sessions) as s:
        c = s.scalar(select(Contact))
    assert (c.name, c.email) == ("Chloe Dubois", "chloe.dubois@acme.fr")


def test_the_more_button_of_a_drill_pages_on(console):
    """A drill with more deals than one page: the More button shows the next page."""
    for i in range(20):
        console.say(f"deal add Bulk {i:02d} 1k")
    out = console.say("pipeline drill prospecting")
    assert "20 in all" in out and "Bulk 00" in out and "Bulk 19" not in out
    more = [line for line in out.splitlines() if "More" in line]
    assert more, out
    number = more[0].split("]")[0].strip(" [")
    page2 = console.say(number)
    assert "unknown option" not in page2 and "Bulk 19" in page2 and "Bulk 00" not in page2


def test_a_new_deal_is_tied_to_an_account_only_by_its_whole_name(console, sessions):
    for name in ("Bobco", "Microsoft", "Acme", "Banco Santander"):
        console.say(f"account add {name}")
    for title in ("Bob A 1k", "Micro pilot 2k", "Acme renewal 3k", "Banco Santander app 4k"):
        console.say(f"deal add {title}")
    with transaction(sessions) as s:
        names = {a.id: a.name for a in s.scalars(select(Account))}
        linked = {d.title: names.get(d.account_id) for d in s.scalars(select(Opportunity))}
    assert linked == {
        "Bob A": None,
        "Micro pilot": None,
        "Acme renewal": "Acme",
        "Banco Santander app": "Banco Santander",
    }


def test_a_question_can_be_answered_in_words(console, sessions):
    console.say("contact add Maria Garcia account=Acme")
    console.say("contact add Maria Lopez account=Globex")
    assert "Which one?" in console.say("log call Maria: hi")
    assert "on Maria Garcia (Acme)" in console.say("garcia")  # a word of the choice
    assert "Yes, delete" in console.say("contact delete Maria Lopez")
    assert "Deleted Maria Lopez" in console.say("yes")
    assert "Which one?" not in console.say("contact find maria")
    assert "No deals yet" in console.say("pipeline")  # a command is never an answer
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        garcia = s.scalar(select(Contact).where(Contact.name == "Maria Garcia"))
    assert act.contact_id == garcia.id


def test_a_number_with_nothing_to_pick_is_just_a_message(console):
    console.say("me")  # a reply without buttons
    assert "pick a number from 1 to 0" not in console.say("3")


def test_finding_people_despite_typos_and_partial_addresses(console):
    console.say("contact add Maria Lopez email=maria@acme.com account=Acme")
    console.say("contact add Hank Scorpio account=Globex")
    # One match opens its card (the name and #id on its first line) rather than a list of one.
    assert "👤 Maria Lopez  #c1" in console.say("find maira")  # letters swapped in the stem
    assert "👤 Maria Lopez  #c1" in console.say("contact find lpoez")
    assert "👤 Maria Lopez  #c1" in console.say("find maria@acme")  # the start of an address
    assert "👤 Hank Scorpio" in console.say("contact show Hank at Globex")
    assert "Nothing matches 'xyzzy'" in console.say("find xyzzy")
    console.say("contact add Maria Zed")
    both = console.say("find maria")  # several matches: the list, each a button to its card
    assert "Contacts\n#c1 Maria Lopez" in both and "#c3 Maria Zed" in both
    assert console.say("find globex").startswith("🏢 Globex  #a")  # an account alone: its card
    console.say("deal add Zephyr pilot 3k")
    assert console.say("find zephyr").startswith("💼 Zephyr pilot  #d1")


def test_stale_deals_page_on(console, clock):
    for i in range(20):
        console.say(f"deal add Old {i:02d} 1k")
    clock.advance(days=30)
    out = console.say("stale")
    assert "20 deals without activity" in out and "1-15 shown" in out
    more = [line for line in out.splitlines() if "More" in line]
    page2 = console.say(more[0].split("]")[0].strip(" ["))
    assert "16-20 shown" in page2 and "Old 19" in page2 and "Old 00" not in page2


def test_my_pipeline_is_mine(console, console_bob):
    console_bob.say("deal add Bob deal 5k")
    assert "You own no deals yet" in console.say("what's in my pipeline?")  # the admin's own
    assert "Bob deal" not in console.say("pipeline drill prospecting mine")
    out = console_bob.say("what's in my pipeline?")
    assert "1 open" in out and "EUR 5,000" in out


def test_a_reopened_deal_drops_its_lost_reason(console, sessions):
    console.say("deal add Globex pilot 3k")
    console.say("deal lost Globex pilot reason=price")
    out = console.say("deal move Globex pilot to presentation confirm=yes")  # reopening asks
    assert "lost reason" not in out
    with transaction(sessions) as s:
        assert s.scalar(select(Opportunity)).lost_reason is None
    console.say("undo")  # undo brings the lost deal back with its reason
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity))
        assert (d.status, d.lost_reason) == ("lost", "price")


def test_a_second_open_deal_of_the_same_name_is_pointed_out(console):
    console.say("account add Acme")
    console.say("deal add Acme renewal 12k")
    out = console.say("deal add Acme renewal 12k")
    assert "Deal created" in out and "already an open deal called Acme renewal (#d1)" in out
    assert "already an open deal" not in console.say("deal add Acme expansion 5k")


def test_a_teammate_by_first_name_or_full_name(console, bot, ws_id, sessions):
    from bot.console import ConsoleAdapter

    console.say("me")
    ConsoleAdapter(bot, ws_id, "Carla Gómez", "Europe/Madrid").say("me")
    ConsoleAdapter(bot, ws_id, "Marta Manager", "Europe/Madrid").say("me")
    ConsoleAdapter(bot, ws_id, "Marta Ruiz", "Europe/Madrid").say("me")
    assert "Reminder set" in console.say("remind @Carla tomorrow 9am: send the deck")
    assert "Reminder set" in console.say("remind @Carla Gómez tomorrow 10am: call back")
    assert "could be Marta Manager, Marta Ruiz" in console.say("remind @Marta tomorrow: x")
    assert "Reminder set" in console.say("remind @Marta Ruiz tomorrow 9am: review")
    with transaction(sessions) as s:
        names = {u.id: u.display_name for u in s.scalars(select(User))}
        got = {r.text: names[r.user_id] for r in s.scalars(select(Reminder))}
    assert got == {
        "send the deck": "Carla Gómez",
        "call back": "Carla Gómez",
        "review": "Marta Ruiz",
    }


def test_logging_never_recreates_an_erased_person(console):
    console.say("contact add Zed Zulu email=zed@z.com")
    console.say("contact erase Zed confirm=yes")
    assert "asked to be erased" in console.say("log email zed@z.com: hi create=yes")


def test_words_after_a_new_accounts_name_are_never_dropped_silently(console):
    """ "new account Initech, software, 500 employees" kept the name and dropped the rest
    without a word; fields said as fields are used, anything else is shown back."""
    out = console.say("new account Initech, software, 500 employees")
    assert "Account created" in out
    assert "Not used: 'software, 500 employees'" in out and "account edit Initech" in out
    out = console.say("new account Hooli industry search, size 5000")
    assert "search · size 5000" in out and "Not used" not in out
    assert "Not used" not in console.say("new account Umbrella industry=Pharma")
    assert "Not used" not in console.say("add account Acme Corp.")


def test_a_sentence_after_a_commands_name_is_read_as_a_sentence(console, sessions):
    """ "log meeting with ana yesterday 3pm, she confirmed budget" began with the command's
    name, so the whole rest was taken for a name ("no contact matching 'ana yesterday …'")."""
    console.say("contact add Ana Ruiz account=Acme")
    out = console.say("log meeting with ana yesterday 3pm, she confirmed budget")
    assert "Logged meeting" in out and "on Ana Ruiz" in out and "Wed 25 Nov 15:00" in out
    out = console.say("log call Ana Ruiz: left a voicemail")  # the command's own form
    assert "Logged call" in out and "call: left a voicemail" in out
    with transaction(sessions) as s:
        kinds = sorted(a.type for a in s.scalars(select(Activity)))
    assert kinds == ["call", "meeting"]


def test_asking_for_a_records_history_finds_the_record(console):
    """ "show me ana's history" searched for the words "ana's history" and found nothing."""
    console.say("contact add Ana Ruiz account=Acme")
    console.say("deal add Initech pilot 5k")
    assert console.say("show me ana's history").startswith("👤 Ana Ruiz  #c1")
    assert console.say("what's the status of the initech deal").startswith("💼 Initech pilot")


def test_the_role_said_with_as_after_the_company_is_the_title(console, sessions):
    # "from Cyberdyne as CTO" made an account "Cyberdyne as CTO"; "at Acme as buyer"
    # dropped the role; "as a contact" is no role at all.
    console.say("add Sarah Connor from Cyberdyne as CTO")
    console.say("add Kyle Reese from Tech Noir as head of security")
    console.say("new contact John Doe at Acme as buyer john@acme.com")
    console.say("add Ann Lee from Cyberdyne as a contact")
    with transaction(sessions) as s:
        people = {
            c.name: (c.title, c.account.name if c.account else None, c.email)
            for c in s.scalars(select(Contact))
        }
        accounts = sorted(s.scalars(select(Account.name)).all())
    assert people == {
        "Sarah Connor": ("CTO", "Cyberdyne", None),
        "Kyle Reese": ("head of security", "Tech Noir", None),
        "John Doe": ("buyer", "Acme", "john@acme.com"),
        "Ann Lee": (None, "Cyberdyne", None),
    }
    assert accounts == ["Acme", "Cyberdyne", "Tech Noir"]


def test_a_follow_up_said_at_the_end_of_a_logged_note_sets_the_reminder(console, sessions):
    # "log call X: …, follow up friday" kept the words but set no reminder.
    console.say("contact add Priya Raman account=Globex")
    out = console.say("log visit Priya Raman: demo on site, follow up friday 10am")
    assert "⏰" in out and "demo on site, follow up friday 10am" in out
    out = console.say("log note Priya Raman: follow up with her boss about the budget")
    assert "⏰" not in out  # no time said: only the note
    with transaction(sessions) as s:
        reminders = s.scalars(select(Reminder)).all()
        assert len(reminders) == 1 and reminders[0].kind == "follow-up"
        assert s.scalars(select(Activity.body)).all() == [
            "demo on site, follow up friday 10am",
            "follow up with her boss about the budget",
        ]


def test_a_record_verb_not_understood_points_to_its_commands(console):
    # "merge priya raman into priya shah" answered "Did you mean 'me'?".
    # Now the merge command runs on the records named, and says which one it cannot find.
    console.say("contact add Priya Raman")
    out = console.say("merge priya raman into priya shah")
    assert "no contact matching 'priya shah'" in out and "'me'" not in out
    out = console.say("merge foo into bar")  # neither is a record: the commands are pointed to
    assert "'contact merge …' or 'account merge …'" in out


def test_role_and_company_in_brackets_after_the_name(console, sessions):
    # "(Sales Director, Umbrella)" was dropped: no title, no account.
    console.say("new contact: Bob Smith (Sales Director, Umbrella) bob@umbrella.com")
    with transaction(sessions) as s:
        bob = s.scalars(select(Contact)).one()
        assert (bob.title, bob.account.name, bob.email) == (
            "Sales Director",
            "Umbrella",
            "bob@umbrella.com",
        )
