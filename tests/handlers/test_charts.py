"""Charts: PNGs for a phone, drawn without a display, redrawn only when the figures change."""

from __future__ import annotations

from handlers.charts import funnel_png


def test_pipeline_chart_is_a_png_and_cached_until_figures_change(console):
    console.say("settings role ana admin")
    console.say("deal add Acme renewal 12k EUR stage=closing")
    first = console.send("pipeline")
    assert first.image is not None and first.image.startswith(b"\x89PNG")
    again = console.send("pipeline")
    assert again.image is first.image  # the same bytes object: served from the cache
    console.say("deal add Globex 5k EUR")
    changed = console.send("pipeline")
    assert changed.image is not None and changed.image != first.image
    assert funnel_png.__wrapped__ is not None  # the undecorated drawing stays reachable
