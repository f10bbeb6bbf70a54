"""A list asked for in words ("show cases", "show me my deals", "list all accounts"): that
list, the asker's own with "my". They were searches for the word ("Nothing matches 'cases'")
or not understood (handlers/freetext.py ``_list_asked``)."""

from __future__ import annotations


def test_show_a_list_in_words(console):
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k account=Acme")
    console.say("case new Acme: cannot export invoices")
    out = console.say("show cases")
    assert "cannot export invoices" in out and "Nothing matches" not in out
    assert "cannot export invoices" in console.say("show me my open tickets")
    assert "Maria Lopez" in console.say("show contacts")
    assert "Acme" in console.say("list all the companies")
    assert "Acme renewal" in console.say("show me my deals")
    out = console.say("show me deals closing next year")
    assert "closing 2027" in out  # the words after the noun are the list's filters
    out = console.say("show contacts in madrid please")  # a word the list cannot use: said
    assert "madrid" in out.lower() and "Maria Lopez" not in out


def test_a_record_is_still_a_search(console):
    console.say("contact add Maria Lopez")
    out = console.say("show me maria")
    assert "Maria Lopez" in out


def test_when_did_i_last_talk_to_someone(console):
    """It was a look-up whose note said the question's words were not used."""
    console.say("contact add Maria Chen account=Globex")
    console.say("contact add Tom Baker")
    console.say("called maria chen, she wants a quote")
    out = console.say("when did I last talk to maria chen?")
    assert "1 activity · for Maria Chen" in out and "she wants a quote" in out
    assert "did not use" not in out
    out = console.say("when was the last time we met with tom baker")
    assert "No activities logged (for Tom Baker)" in out


def test_new_contacts_and_leads_in_a_period(console, clock):
    """ "how many new leads this week?" was not understood, "new leads today" a reminder."""
    from datetime import timedelta

    console.say("contact add Old Timer lifecycle=lead")
    clock.now += timedelta(days=10)  # Sunday 6 Dec 2026
    console.say("contact add Li Wei lifecycle=lead")
    console.say("contact add Bo Dahl")
    out = console.say("how many new leads this week?")
    assert "1 in all · lifecycle=lead, added 30 Nov – 6 Dec 2026" in out and "Li Wei" in out
    out = console.say("new contacts today")
    assert "2 in all" in out and "added 6 Dec 2026" in out and "Old Timer" not in out
    out = console.say("contacts added last month")
    assert "Old Timer" in out and "Li Wei" not in out
    out = console.say("segment save Fresh added_after=2026-12-01")
    assert "Fresh" in out
