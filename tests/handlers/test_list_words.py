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
