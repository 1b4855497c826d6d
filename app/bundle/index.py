"""The index of exhibits (证据目录): one linked row per exhibit with its real page numbers."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.bundle import fmt
from app.bundle.layout import section
from app.bundle.model import Context
from app.bundle.styles import FRAME_W, grid, p

WIDTHS = [f * FRAME_W for f in (0.08, 0.25, 0.16, 0.25, 0.13, 0.13)]


def index_rows(ctx: Context) -> list[list[str]]:
    t = ctx.t
    rows = [[t("index.col.no"), t("index.col.title"), t("index.col.source"), t("index.col.proves"),
             t("index.col.time"), t("index.col.pages")]]
    for ex in ctx.exhibits:
        info = ex.info
        rows.append([str(ex.number), info.title, info.source, info.proves,
                     fmt.date_short(info.occurred_at or info.captured_at), fmt.page_range(*ctx.exhibit_pages(ex))])
    return rows


def index(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    # DESTINATION makes every cell of the row a link to the exhibit's named destination.
    links = [("DESTINATION", (0, row), (-1, row), ex.key) for row, ex in enumerate(ctx.exhibits, 1)]
    return [*section(ctx, "index"), p(t("index.note"), s.small), grid(index_rows(ctx), WIDTHS, s, extra=links)]
