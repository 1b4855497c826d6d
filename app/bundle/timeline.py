"""The timeline (大事记): key dates, events and dated evidence in time order, Beijing time.

Each row names the exhibits that show it, so a clerk can go from a date to its proof.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.bundle import fmt
from app.bundle.facts import timeline_entries
from app.bundle.layout import section
from app.bundle.model import Context
from app.bundle.styles import FRAME_W, grid, p


def timeline(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out = [*section(ctx, "timeline"), p(t("beijing_time"), s.small)]
    sep = t("facts.label_sep")
    rows = [[fmt.stamp(e.at), e.text, sep.join(e.exhibits)] for e in timeline_entries(ctx)]
    if not rows:
        return [*out, p(t("timeline.empty"), s.body)]
    table = [[t("timeline.col.time"), t("timeline.col.event"), t("timeline.col.exhibits")], *rows]
    out.append(grid(table, [FRAME_W * 0.22, FRAME_W * 0.58, FRAME_W * 0.2], s))
    return out
