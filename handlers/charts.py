"""PNG charts of summaries, drawn with matplotlib's Agg backend (no display needed).

Sized for a phone screen: 1080 px wide, large labels, values written on the bars so
nobody has to read an axis. One currency per chart: the converted one, or the
currency with the most open value (the caption says which).
"""

from __future__ import annotations

import functools
import io
import threading
from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ParamSpec

from matplotlib.figure import Figure

from storage.reports import Row, Summary

P = ParamSpec("P")
# The object API (Figure, not pyplot) keeps no global state, so adapters' worker threads
# can draw at once; the lock only guards the small cache below.
_LOCK = threading.Lock()
_CACHE: OrderedDict[str, bytes | None] = OrderedDict()
_CACHE_SIZE = 64


def _cached(draw: Callable[P, bytes | None]) -> Callable[P, bytes | None]:
    """Same figures, same PNG: a manager asking twice for an unchanged pipeline gets the
    image from memory instead of ~80 ms of drawing."""

    @functools.wraps(draw)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> bytes | None:
        key = (
            draw.__name__
            + "|".join(_fingerprint(a) if isinstance(a, Summary) else repr(a) for a in args)
            + repr(sorted(kwargs.items()))
        )
        with _LOCK:
            if key in _CACHE:
                _CACHE.move_to_end(key)
                return _CACHE[key]
        png = draw(*args, **kwargs)
        with _LOCK:
            _CACHE[key] = png
            while len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
        return png

    return wrapper


def _fingerprint(summary: Summary) -> str:
    """What a chart shows (not, say, the ages in stage, which change every second)."""

    def rows(rs: list[Row]) -> list[tuple[Any, ...]]:
        return [
            (r.key, r.currency, r.open_count, r.open_amount, r.weighted_amount, r.won_amount)
            for r in rs
        ]

    return repr(
        (
            rows(summary.rows),
            rows(summary.totals),
            summary.converted_to,
            summary.rates,
            summary.unconverted,
        )
    )


def _figure(width: float, height: float) -> tuple[Figure, Any]:
    fig = Figure(figsize=(width, height))
    return fig, fig.add_subplot()


WIDTH_IN, DPI = 7.2, 150  # 1080 px wide
COLORS = {"open": "#9ecae1", "weighted": "#3182bd", "won": "#31a354"}


def _short(value: Decimal) -> str:
    v = float(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= limit:
            return f"{v / limit:.1f}{suffix}"
    return f"{v:.0f}"


def chart_currency(summary: Summary) -> str | None:
    if summary.converted_to and any(r.currency == summary.converted_to for r in summary.rows):
        return summary.converted_to
    if not summary.totals:
        return None
    return max(summary.totals, key=lambda r: (r.open_amount + r.won_amount, r.currency)).currency


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight")  # Agg: no display needed
    return buf.getvalue()


def _caption(summary: Summary, currency: str) -> str:
    others = sorted({r.currency for r in summary.totals} - {currency})
    note = f"amounts in {currency}"
    if summary.converted_to:
        note += " (converted with workspace rates)"
    if others:
        note += f"; not shown: {', '.join(others)}"
    return note


@_cached
def funnel_png(summary: Summary, labels: dict[str, str], title: str = "Pipeline") -> bytes | None:
    """Open pipeline by stage as a centred funnel: bar width = open amount."""
    currency = chart_currency(summary)
    if currency is None:
        return None
    rows: list[Row] = [
        r for r in summary.rows if r.currency == currency and r.key not in ("won", "lost")
    ]
    if not rows:
        return None
    n = len(rows)
    fig, ax = _figure(WIDTH_IN, 1.1 * n + 1.6)
    widest = max(float(r.open_amount) for r in rows) or 1.0
    for i, r in enumerate(rows):
        y = n - 1 - i
        w = max(float(r.open_amount), widest * 0.02)
        ax.barh(y, w, left=-w / 2, color=COLORS["open"], height=0.8)
        wt = float(r.weighted_amount)
        ax.barh(y, wt, left=-wt / 2, color=COLORS["weighted"], height=0.8)
        ax.text(
            0,
            y,
            f"{labels.get(r.key, r.key)}\n{r.open_count} · {_short(r.open_amount)}"
            f" (wtd {_short(r.weighted_amount)})",
            ha="center",
            va="center",
            fontsize=13,
            fontweight="bold",
        )
    ax.set_xlim(-widest / 2 * 1.05, widest / 2 * 1.05)
    ax.set_ylim(-0.6, n - 0.4)
    ax.axis("off")
    ax.set_title(title, fontsize=18, fontweight="bold")
    fig.text(0.5, 0.01, _caption(summary, currency), ha="center", fontsize=11, color="#555")
    return _png(fig)


@_cached
def forecast_png(summary: Summary, title: str = "Forecast") -> bytes | None:
    """Per close month (or quarter): best case (all open), weighted, and won so far."""
    currency = chart_currency(summary)
    if currency is None:
        return None
    rows = [r for r in summary.rows if r.currency == currency and not r.key.startswith("(")]
    if not rows:
        return None
    fig, ax = _figure(WIDTH_IN, 5.4)
    xs = range(len(rows))
    width = 0.27
    series = (
        ("best case", "open", [r.open_amount for r in rows], -width),
        ("weighted", "weighted", [r.weighted_amount for r in rows], 0.0),
        ("won", "won", [r.won_amount for r in rows], width),
    )
    for label, color, values, dx in series:
        bars = ax.bar(
            [x + dx for x in xs],
            [float(v) for v in values],
            width,
            label=label,
            color=COLORS[color],
        )
        for bar, v in zip(bars, values, strict=True):
            if v:
                ax.text(
                    bar.get_x() + bar.get_width() / 2,
                    bar.get_height(),
                    _short(v),
                    ha="center",
                    va="bottom",
                    fontsize=10,
                )
    ax.set_xticks(list(xs), [r.key for r in rows], fontsize=12, rotation=30 if len(rows) > 6 else 0)
    ax.tick_params(axis="y", labelsize=11)
    ax.yaxis.set_major_formatter(lambda v, _pos: _short(Decimal(v)))
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=12, frameon=False)
    ax.set_title(title, fontsize=18, fontweight="bold")
    fig.text(0.5, -0.02, _caption(summary, currency), ha="center", fontsize=11, color="#555")
    return _png(fig)
