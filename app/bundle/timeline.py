"""The timeline (大事记): the case's events and the dated evidence, in time order, Beijing time."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from app.bundle import fmt
from app.bundle.layout import section
from app.bundle.model import Context
from app.bundle.styles import FRAME_W, grid, p
from app.core.timeutil import aware


def entries(ctx: Context) -> list[tuple[datetime, str]]:
    """(when, what) for every event and every exhibit with a date, oldest first."""
    t = ctx.t
    labels = {ex.info.id: ex.label for ex in ctx.exhibits}
    items: list[tuple[datetime, str]] = []
    for event in ctx.case.events:
        see = t("timeline.see", label=labels[event.evidence_id]) if event.evidence_id in labels else ""
        items.append((aware(event.at), event.text + see))
    for ex in ctx.exhibits:
        when = ex.info.occurred_at or ex.info.captured_at
        if when is not None:
            items.append((aware(when), t("timeline.evidence", label=ex.label, title=ex.info.title)))
    return sorted(items, key=lambda item: item[0])  # sorted() is stable: equal times keep their order


def timeline(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out = [*section(ctx, "timeline"), p(t("beijing_time"), s.small)]
    rows = [[fmt.stamp(when), what] for when, what in entries(ctx)]
    if not rows:
        return [*out, p(t("timeline.empty"), s.body)]
    table = [[t("timeline.col.time"), t("timeline.col.event")], *rows]
    out.append(grid(table, [FRAME_W * 0.25, FRAME_W * 0.75], s))
    return out
