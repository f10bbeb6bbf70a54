"""A campaign's results as a chart: the member funnel beside what it brought in."""

from __future__ import annotations

from matplotlib.figure import Figure

from handlers.charts import _png
from storage.campaigns import Results


def results_png(r: Results) -> bytes | None:
    if r.members == 0 and not r.deals:
        return None
    fig = Figure(figsize=(7.2, 3.6))
    ax = fig.add_subplot(1, 2, 1)
    labels = ["members", "reached", "responded", "converted", "opted out"]
    values = [r.members, r.reached, r.responded, r.statuses.get("converted", 0), r.opted_out]
    ax.barh(labels[::-1], values[::-1], color="#3182bd")
    for i, v in enumerate(values[::-1]):
        ax.text(v, i, f" {v}", va="center", fontsize=8)
    ax.set_title(r.campaign.name, fontsize=10)
    ax2 = fig.add_subplot(1, 2, 2)
    labels2 = ["new leads", "deals", "won deals"]
    ax2.bar(labels2, [r.new_leads, r.deals, r.won_deals], color=["#9ecae1", "#3182bd", "#31a354"])
    ax2.set_title("what it brought in", fontsize=10)
    fig.tight_layout()
    return _png(fig)
