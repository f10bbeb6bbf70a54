"""The words after campaign, segment and sequence lists (and commands that take none) are
filters or shown back: "campaign list running" once listed the drafts too."""

from __future__ import annotations

from bot.console import ConsoleAdapter


def _setup(console: ConsoleAdapter) -> None:
    console.say("segment save Nordic logistics industry=logistics region=Nordics")
    console.say("campaign new Q1 webinar type=webinar segment=Nordic logistics")
    console.say("campaign new Spring mail type=email")
    console.say("sequence new Trial")
    console.say("sequence new Onboarding")
    console.say("sequence pause Onboarding")


def test_campaign_list_reads_status_and_type(console: ConsoleAdapter) -> None:
    _setup(console)
    out = console.say("campaigns webinar")
    assert "Q1 webinar" in out and "Spring mail" not in out and "webinar:" in out
    out = console.say("campaign list running")
    assert "No running campaigns" in out and "Q1 webinar ·" not in out
    out = console.say("campaign list status=active")
    assert "No running campaigns" in out
    out = console.say("campaign list mine email")
    assert "Spring mail" in out and "Q1 webinar" not in out


def test_campaign_list_shows_back_words_it_cannot_filter_by(console: ConsoleAdapter) -> None:
    _setup(console)
    out = console.say("campaign list zebra")
    assert "can't list campaigns by 'zebra'" in out and "📣 Q1" not in out
    out = console.say("campaign list q1")
    assert "campaign show Q1 webinar" in out
    assert "one status at a time" in console.say("campaign list draft running")
    assert "can't list campaigns by 'budget=2k'" in console.say("campaign list budget=2k")


def test_segment_and_sequence_lists_read_every_word(console: ConsoleAdapter) -> None:
    _setup(console)
    out = console.say("segment list nordic")
    assert "can't list segments by 'nordic'" in out and "segment show Nordic logistics" in out
    assert "Nordic logistics · industry" in console.say("segments")
    out = console.say("sequence list paused")
    assert "Onboarding" in out and "Trial" not in out
    out = console.say("sequences active")
    assert "Trial" in out and "Onboarding" not in out
    assert "can't list sequences by 'zebra'" in console.say("sequence list zebra")


def test_commands_without_words_refuse_them(console: ConsoleAdapter) -> None:
    out = console.say("score learn for the sales team only")
    assert "takes no words" in out and "Not enough history" not in out
    assert "takes no words" in console.say("team list north")


def test_a_sentence_read_as_a_look_up_says_the_words_it_did_not_use(
    console: ConsoleAdapter,
) -> None:
    """'Maria Lopez prefers whatsapp over email' showed her card and nothing else."""
    console.say("contact add Maria Lopez account=Nordfrakt")
    out = console.say("Maria Lopez prefers whatsapp over email")
    assert "I did not use 'prefers whatsapp over email'" in out and "👤 Maria Lopez" in out
    for plain in ("pull up Maria Lopez", "what's the phone number of maria lopez",
                  "can you show me the card of Maria Lopez please"):  # fmt: skip
        assert "did not use" not in console.say(plain)


def test_words_after_a_score_filter_are_said_back_as_typed(console: ConsoleAdapter) -> None:
    """'contacts score>=10 zebra' answered "'score=>=10 zebra' is not a score filter"."""
    console.say("contact add Maria Lopez email=maria@nordfrakt.no")
    out = console.say("contacts score>=10 zebra")
    assert "I can't filter by 'zebra' (after score>=10)" in out and "score=>=" not in out
    assert "Maria Lopez" not in out
    assert "can't filter" not in console.say("contact list score=0 to 50")
