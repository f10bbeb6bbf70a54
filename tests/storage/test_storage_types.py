"""Storage rules: UTC-aware times, exact money, name keys, URL mapping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from storage.db import normalize_url, transaction
from storage.models import Opportunity, Workspace
from storage.money import (
    MoneyError,
    decimal_str,
    format_money,
    from_minor,
    parse_amount,
    to_decimal,
    to_minor,
)
from storage.text import name_key, phone_reversed
from storage.types import UTCDateTime


def test_datetimes_come_back_aware_utc(sessions):
    madrid = timezone(timedelta(hours=1))
    with transaction(sessions) as s:
        ws = Workspace(name="t", settings={}, created_at=datetime(2026, 3, 29, 3, 0, tzinfo=madrid))
        s.add(ws)
    with transaction(sessions) as s:
        got = s.scalar(select(Workspace).where(Workspace.name == "t"))
        assert got.created_at.tzinfo is not None
        assert got.created_at == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
        assert got.created_at.utcoffset() == timedelta(0)


def test_naive_datetimes_are_refused(sessions):
    with pytest.raises(Exception, match="naive"), transaction(sessions) as s:
        s.add(Workspace(name="n", settings={}, created_at=datetime(2026, 1, 1)))
        s.flush()


def test_money_round_trips_exactly(sessions):
    with transaction(sessions) as s:
        ws = Workspace(name="m", settings={})
        s.add(ws)
        s.flush()
        amount, cur = parse_amount("999999999999.57 EUR", "USD")
        s.add(
            Opportunity(
                workspace_id=ws.id,
                title="big",
                title_key="big",
                currency=cur,
                amount_minor=to_minor(amount, cur),
            )
        )
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity).where(Opportunity.title == "big"))
        assert from_minor(d.amount_minor, d.currency) == Decimal("999999999999.57")


@pytest.mark.parametrize(
    ("text", "amount", "cur"),
    [
        ("12k EUR", "12000", "EUR"),
        ("$45,000", "45000", "USD"),
        ("€3.5k", "3500", "EUR"),
        ("8500 EUR", "8500", "EUR"),
        ("8500", "8500", "NOK"),
        ("1.5M USD", "1500000", "USD"),
        ("99.99 gbp", "99.99", "GBP"),
        ("500 JPY", "500", "JPY"),
        ("12,5k", "12500", "NOK"),  # a decimal comma, as in Spanish or Norwegian
        ("8.500 EUR", "8500", "EUR"),  # a German thousands point
        ("1.250,50 EUR", "1250.5", "EUR"),
        ("1,250.50 USD", "1250.5", "USD"),
        ("15 000 EUR", "15000", "EUR"),  # a space groups thousands (French, Norwegian)
        ("1 250 000 NOK", "1250000", "NOK"),
        ("USD 5k", "5000", "USD"),  # a code before the number
        ("€ 45k", "45000", "EUR"),
        ("12000 eur", "12000", "EUR"),
        ("0,500", "0.5", "NOK"),  # a leading zero is never a thousands group
        ("1000000000000 EUR", "1000000000000", "EUR"),  # the largest allowed (MAX_AMOUNT)
    ],
)
def test_parse_amount(text, amount, cur):
    value, currency = parse_amount(text, "NOK")
    assert decimal_str(value) == amount
    assert currency == cur


@pytest.mark.parametrize(
    "bad",
    ["twelve", "12.3456 EUR", "1.5 JPY", "12 EURO", "", "-5 EUR", "12k XYZ", "1e9", "$5 EUR"],
)
def test_parse_amount_rejects(bad):
    with pytest.raises(MoneyError):
        parse_amount(bad, "EUR")


def test_a_thousandth_is_not_a_thousand():
    assert to_decimal("0.001") == Decimal("0.001") and to_decimal("0,5") == Decimal("0.5")
    assert to_decimal("1.001") == Decimal(1001) and to_decimal("0.001.000") is None
    with pytest.raises(MoneyError, match="more decimals than EUR allows"):
        parse_amount("0.001 EUR", "EUR")


def test_an_amount_beyond_the_bigint_column_is_refused_in_words():
    # The bound is MAX_AMOUNT (10^12 major units), so that every total stays exact.
    with pytest.raises(MoneyError, match="too large to store; the most is EUR 1,000,000,000,000"):
        parse_amount("999999999999999999999 EUR", "EUR")
    with pytest.raises(MoneyError, match="too large"):
        to_minor(Decimal("92233720368547758.08"), "EUR")
    with pytest.raises(MoneyError, match="too large"):
        to_minor(Decimal("9223372036854775807"), "JPY")
    assert to_minor(Decimal("1000000000000"), "JPY") == 10**12


def test_format_money():
    assert format_money(1_200_000, "EUR") == "EUR 12,000"
    assert format_money(350_050, "USD") == "USD 3,500.50"
    assert format_money(None, None) == "-"


def test_name_key_folds_case_and_accents():
    assert name_key("  Ørsted   A/S ") == "orsted a/s"
    assert name_key("Chloé DUBOIS") == name_key("chloe dubois")
    assert name_key("Søren") == "soren"


def test_phone_reversed_for_suffix_search():
    assert phone_reversed("+34 600-12 34") == "432100643"
    assert phone_reversed("+34 600 1234").startswith("4321")


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_normalize_url(url, want):
    assert normalize_url(url) == want


def test_utc_datetime_fast_bind_path_gives_what_the_general_path_gives():
    """The fast path (an exact datetime already in UTC) and the general processor chain
    (this decorator, then the dialect's type) bind the same value on both backends."""
    from zoneinfo import ZoneInfo

    from sqlalchemy.dialects.postgresql import psycopg
    from sqlalchemy.dialects.sqlite import pysqlite
    from sqlalchemy.types import TypeDecorator

    values = [
        datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(1999, 3, 28, 1, 30, 0, 7, tzinfo=ZoneInfo("Europe/Madrid")),
        datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5))),
        None,
    ]
    for dialect in (pysqlite.dialect(), psycopg.dialect()):
        typ = UTCDateTime().dialect_impl(dialect)
        fast = typ.bind_processor(dialect)
        general = TypeDecorator.bind_processor(typ, dialect)
        for value in values:
            assert fast(value) == general(value), (dialect.name, value)
        with pytest.raises(ValueError):
            fast(datetime(2026, 1, 2))  # naive: refused, as before


def test_utc_datetime_fast_read_path_gives_what_the_general_path_gives():
    """SQLite's text of a stored time is read in one step; every text, the stored form and
    the odd ones (no fraction, an offset, a T, garbage), reads as the general chain reads it
    (the dialect's parse, then this decorator): same value, same zone object, same error."""
    from sqlalchemy.dialects.sqlite import pysqlite
    from sqlalchemy.types import DateTime, TypeDecorator

    dialect = pysqlite.dialect()
    typ = UTCDateTime().dialect_impl(dialect)
    coltype = dialect.dbapi.DATETIME if dialect.dbapi else None
    fast = typ.result_processor(dialect, coltype)
    general = TypeDecorator.result_processor(typ, dialect, coltype)
    assert fast is not general
    texts = [
        "2026-12-07 10:00:00.000000",
        "2026-01-02 03:04:05.999999",
        "1999-03-28 01:30:00.000007",
        "2026-12-07 10:00:00",
        "2026-12-07T10:00:00.123456",
        "2026-12-07 10:00:00.123+01:00",
        "2026-12-07 10:00:00.1234+0100",
        "2026-13-07 10:00:00.000000",
        "2026-12-07 10:00:00.00000x",
        "2026-12-07 10:00:00.000000"[:-1] + "\u0661",
        None,
    ]
    for text in texts:
        try:
            want: object = general(text)
        except ValueError as e:
            want = ("ValueError", type(e))
        try:
            got: object = fast(text)
        except ValueError as e:
            got = ("ValueError", type(e))
        assert got == want, text
        if isinstance(got, datetime):
            assert isinstance(want, datetime) and got.tzinfo is want.tzinfo is UTC
    assert isinstance(typ.impl_instance, DateTime)


def test_the_last_sqlite_text_kept_is_the_values_own():
    """storage.types.sqlite_text keeps the last value's text: values that alternate, equal
    values that are distinct objects, and a repeated object all get their own text."""
    from sqlalchemy.dialects.sqlite import pysqlite

    dialect = pysqlite.dialect()
    typ = UTCDateTime().dialect_impl(dialect)
    fast = typ.bind_processor(dialect)
    from sqlalchemy.types import TypeDecorator

    general = TypeDecorator.bind_processor(typ, dialect)
    a = datetime(2026, 12, 7, 9, 0, 0, 1, tzinfo=UTC)
    b = datetime(2026, 12, 7, 9, 0, 0, 2, tzinfo=UTC)
    for value in (a, a, b, a, b, b, a + timedelta(0), a.replace(microsecond=0)):
        assert fast(value) == general(value)


def test_json_columns_are_written_as_json_dumps_writes_them():
    import json
    import math

    from storage.db import json_dumps

    values = [
        None, True, 0, -3, 1.5, math.inf, math.nan, "", "Zoë “quoted” \\ \n", [], {},
        {"a": [1, {"b": None}], "ñ": "€", "x": 1e-7, "t": False},
        [{"k": "v"}, [[]], "x" * 300],
    ]  # fmt: skip
    for value in values:
        assert json_dumps(value) == json.dumps(value)
    loop: list[object] = []
    loop.append(loop)
    for bad, error in ((Decimal("1.5"), TypeError), ({"d": datetime(2026, 1, 1)}, TypeError)):
        with pytest.raises(error):
            json_dumps(bad)
    with pytest.raises(ValueError, match="Circular"):
        json_dumps(loop)


def test_a_failed_json_value_leaves_no_marker_behind():
    """json_dumps keeps one C encoder per thread; a value that fails leaves its containers
    in the encoder's circular-reference markers, so the encoder is dropped: the same
    container, now encodable, is written as json.dumps writes it (not "circular")."""
    import json
    import threading

    from storage.db import json_dumps

    bad: dict[str, object] = {"inner": [1, {"d": datetime(2026, 1, 1)}]}
    with pytest.raises(TypeError):
        json_dumps(bad)
    bad["inner"] = [1, {"d": "2026-01-01"}]  # the same dict and list objects, now valid
    assert json_dumps(bad) == json.dumps(bad)
    # Another thread has an encoder of its own (markers are not shared between threads).
    out: list[str] = []
    t = threading.Thread(target=lambda: out.append(json_dumps({"t": [bad]})))
    t.start()
    t.join()
    assert out == [json.dumps({"t": [bad]})]
