"""'contacts at globex' listed every contact (Brightwater's too) and 'accounts in madrid'
every account: the lists read only 'mine' and ignored the rest. Their words are now filters
or refused in words."""

from __future__ import annotations


def setup(console):
    console.say("contact add Maria Lopez account=Brightwater")
    console.say("contact add Tom Baker account=Globex lifecycle=customer")


def test_contacts_at_an_account(console):
    setup(console)
    out = console.say("contacts at globex")
    assert "Tom Baker" in out and "Maria Lopez" not in out


def test_contacts_by_lifecycle_word(console):
    setup(console)
    out = console.say("contacts customers")
    assert "Tom Baker" in out and "Maria Lopez" not in out


def test_words_that_are_no_filter_are_refused(console):
    setup(console)
    out = console.say("contact list big spenders")
    assert "can't list contacts by 'big spenders'" in out and "Maria" not in out
    out = console.say("accounts in madrid")
    assert "can't list accounts by 'in madrid'" in out and "find madrid" in out
    assert "Globex" not in out


def test_plain_lists_still_list_everyone(console):
    setup(console)
    out = console.say("contacts")
    assert "Tom Baker" in out and "Maria Lopez" in out
    assert "Globex" in console.say("accounts") and "Brightwater" in console.say("account list")
    assert "Tom Baker" in console.say("contact list mine")


def test_who_do_we_know_at_an_account_lists_its_people(console):
    # it listed the account and its deals, and none of its people
    setup(console)
    out = console.say("who do we know at globex")
    assert "Tom Baker" in out and "Maria Lopez" not in out


def _quiet_setup(console, clock):
    console.say("contact add Maria Lopez account=Brightwater")
    console.say("contact add Tom Baker account=Globex lifecycle=customer")
    console.say("log call Tom Baker: renewal talk")
    clock.advance(days=40)  # both quiet now
    console.say("contact add Lena Ortiz account=Globex lifecycle=customer")
    console.say("log call Lena Ortiz: intro")
    console.say("log call Maria Lopez: checked in")


def test_contacts_gone_quiet_are_listed_with_the_filter_said(console, clock):
    # "who haven't I talked to in a while" was not understood; "contacts quiet" refused
    _quiet_setup(console, clock)
    out = console.say("contacts quiet")
    assert "no activity since" in out and "Tom Baker" in out
    assert "Lena Ortiz" not in out and "Maria Lopez" not in out
    clock.advance(days=10)
    out = console.say("contacts not contacted in 2 weeks")
    assert "Tom Baker" in out  # 50 days; Lena and Maria 10 days ago
    assert "Lena Ortiz" not in out and "Maria Lopez" not in out
    out = console.say("contacts at globex quiet 5 days")
    assert "Tom Baker" in out and "Lena Ortiz" in out and "Maria Lopez" not in out
    out = console.say("contacts at nowhere inc quiet")  # an unknown account is said, not empty
    assert "no account matching 'nowhere inc'" in out


def test_quiet_contacts_asked_in_words(console, clock):
    _quiet_setup(console, clock)
    for said in (
        "who haven't I talked to in a while?",
        "who have I not contacted in 30 days",
        "show me contacts I haven't touched lately",
        "who's gone quiet",
    ):
        out = console.say(said)
        assert "Tom Baker" in out and "Lena Ortiz" not in out, said
        assert "no activity since" in out, said
    out = console.say("which customers haven't we called in 2 months")
    assert "Nothing matches: lifecycle=customer" in out  # Tom's call is 40 days old


def test_an_empty_filtered_list_says_its_filter(console):
    console.say("contact add Maria Lopez account=Brightwater")
    out = console.say("contact list account=brightwater industry=mining")
    assert "Nothing matches: account=Brightwater, industry=mining" in out


def test_who_did_i_call_yesterday_lists_activities_not_reminders(console, clock):
    # it answered "No open reminders for …": the past asked, the future shown
    console.say("contact add Maria Lopez")
    console.say("log call Maria Lopez: checked in")
    console.say("remind me tomorrow 9am to send the deck")
    clock.advance(days=1)
    out = console.say("who did I call yesterday?")
    assert "checked in" in out and "send the deck" not in out
