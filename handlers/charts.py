"""PNG charts of summaries, drawn with matplotlib's Agg backend (no display needed).

Sized for a phone screen: 1080 px wide, large labels, values written on the bars so
nobody has to read an axis. Amounts are never summed across currencies: one panel per
currency (the converted one first when the workspace has exchange rates, then any
currency without a rate), each captioned with its currency.
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


WIDTH_IN, DPI = 7.2, 150  # 1080 px wide
COLORS = {"open": "#9ecae1", "weighted": "#3182bd", "won": "#31a354"}


def _short(value: Decimal) -> str:
    v = float(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= limit:
            return f"{v / limit:.1f}{suffix}"
    return f"{v:.0f}"


def chart_currency(summary: Summary) -> str | None:
    """The first panel's currency: the converted one, else the one with the most value."""
    currencies = chart_currencies(summary)
    return currencies[0] if currencies else None


def chart_currencies(summary: Summary) -> list[str]:
    """Every currency a chart shows, one panel each: the converted currency first, then
    the others (no rate, or no rates at all) by their value, largest first. Never only
    the largest: a pipeline in EUR, USD and GBP without rates is three panels."""
    value: dict[str, Decimal] = {}
    for r in summary.totals:
        value[r.currency] = value.get(r.currency, Decimal(0)) + r.open_amount + r.won_amount
    order = sorted(value, key=lambda c: (-value[c], c))
    if summary.converted_to and summary.converted_to in order:
        order.remove(summary.converted_to)
        order.insert(0, summary.converted_to)
    return order


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight")  # Agg: no display needed
    return buf.getvalue()


def _caption(summary: Summary, currency: str) -> str:
    note = f"amounts in {currency}"
    if summary.converted_to == currency:
        note += " (converted with workspace rates)"
    return note


def _panels(summary: Summary, keep: Callable[[Row], bool]) -> list[tuple[str, list[Row]]]:
    out = []
    for currency in chart_currencies(summary):
        rows = [r for r in summary.rows if r.currency == currency and keep(r)]
        if rows:
            out.append((currency, rows))
    return out


def _footer(summary: Summary, fig: Figure, panels: list[tuple[str, list[Row]]]) -> None:
    if len(panels) > 1 and not summary.converted_to:
        fig.text(
            0.5,
            -0.01,
            "one panel per currency: no exchange rates set (an admin: settings fx USD=0.92 …)",
            ha="center",
            fontsize=10,
            color="#555",
        )


@_cached
def funnel_png(summary: Summary, labels: dict[str, str], title: str = "Pipeline") -> bytes | None:
    """Open pipeline by stage as a centred funnel per currency: bar width = open amount."""
    fig = funnel_figure(summary, labels, title)
    return None if fig is None else _png(fig)


def funnel_figure(
    summary: Summary, labels: dict[str, str], title: str = "Pipeline"
) -> Figure | None:
    panels = _panels(summary, lambda r: r.key not in ("won", "lost"))
    if not panels:
        return None
    heights = [1.1 * len(rows) + 1.2 for _, rows in panels]
    fig = Figure(figsize=(WIDTH_IN, sum(heights) + 0.4))
    axes = fig.subplots(len(panels), 1, squeeze=False, height_ratios=heights)[:, 0]
    for ax, (currency, rows) in zip(axes, panels, strict=True):
        _funnel_panel(ax, rows, labels)
        head = title if len(panels) == 1 else f"{title} · {currency}"
        ax.set_title(f"{head}\n{_caption(summary, currency)}", fontsize=16, fontweight="bold")
    _footer(summary, fig, panels)
    return fig


def _funnel_panel(ax: Any, rows: list[Row], labels: dict[str, str]) -> None:
    n = len(rows)
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


@_cached
def forecast_png(summary: Summary, title: str = "Forecast") -> bytes | None:
    """Per close month (or quarter): best case (all open), weighted, and won so far; one
    panel per currency."""
    fig = forecast_figure(summary, title)
    return None if fig is None else _png(fig)


def forecast_figure(summary: Summary, title: str = "Forecast") -> Figure | None:
    panels = _panels(summary, lambda r: not r.key.startswith("("))
    if not panels:
        return None
    fig = Figure(figsize=(WIDTH_IN, 5.4 * len(panels)))
    axes = fig.subplots(len(panels), 1, squeeze=False)[:, 0]
    for ax, (currency, rows) in zip(axes, panels, strict=True):
        _forecast_panel(ax, rows)
        head = title if len(panels) == 1 else f"{title} · {currency}"
        ax.set_title(f"{head}\n{_caption(summary, currency)}", fontsize=16, fontweight="bold")
    _footer(summary, fig, panels)
    return fig


def _forecast_panel(ax: Any, rows: list[Row]) -> None:
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
