"""'keep in touch with maria every 2 weeks' logged a call that never happened and set no
cadence. The cadence said in words now sets the contact's keep_in_touch (with Undo)."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.db import transaction
from storage.models import Activity, Contact


def cadence(sessions):
    with transaction(sessions) as s:
        return s.scalars(select(Contact)).one().keep_in_touch_weeks


def no_activity(sessions):
    with transaction(sessions) as s:
        return s.scalar(select(func.count()).select_from(Activity)) == 0


def test_every_n_weeks_or_months(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("keep in touch with maria every 2 weeks")
    assert "keep in touch: every 2 weeks" in out and cadence(sessions) == 2
    console.say("check in with maria monthly")
    assert cadence(sessions) == 4
    console.say("stay in touch with Maria Lopez every three weeks")
    assert cadence(sessions) == 3 and no_activity(sessions)


def test_stop_and_undo(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    console.say("keep in touch with maria every 2 weeks")
    console.say("stop keeping in touch with maria")
    assert cadence(sessions) is None
    console.say("undo")
    assert cadence(sessions) == 2


def test_a_cadence_out_of_range_is_refused_not_logged(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("keep in touch with maria every 500 weeks")
    assert "How often?" in out and cadence(sessions) is None and no_activity(sessions)


def test_a_do_not_contact_person_is_warned_about(console, sessions):
    """The cadence was saved without a word, and no nudge ever came (do-not-contact)."""
    console.say("contact add Dina Berg account=Acme dnc=yes")
    out = console.say("keep in touch with Dina Berg every 2 weeks")
    assert cadence(sessions) == 2
    assert "Dina Berg is marked do-not-contact: no keep-in-touch nudges" in out
    assert "do-not-contact: no keep-in-touch" not in console.say("contact edit Dina Berg title=CFO")
