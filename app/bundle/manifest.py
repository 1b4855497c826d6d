"""The manifest of originals: manifest.csv, the bundle id, and the integrity appendix (完整性校验)."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import datetime

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from app.bundle import fmt
from app.bundle.layout import section
from app.bundle.model import Context, Exhibit
from app.bundle.styles import FRAME_W, grid, p
from app.core.timeutil import iso_beijing, to_beijing

CSV_COLUMNS = ["exhibit", "title", "original name", "size", "sha256", "imported at", "redacted copy sha256"]


def manifest_csv(exhibits: list[Exhibit], by_label: bool = False) -> bytes:
    """UTF-8 with a BOM, so Excel on a Chinese Windows opens it without mojibake (by_label: 证据A-1, not 1)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for ex in exhibits:
        info = ex.info
        writer.writerow([ex.label if by_label else ex.number, info.title, fmt.safe_name(info.original_name),
                         info.size, info.sha256,
                         iso_beijing(info.imported_at), info.redaction.sha256 if info.redaction else ""])
    return buf.getvalue().encode("utf-8-sig")


def bundle_id(case_id: int, as_of: datetime, manifest: bytes) -> str:
    """Case, date and a short hash of the manifest, e.g. C12-20261120-3fa9c2d1."""
    short = hashlib.sha256(manifest).hexdigest()[:8]
    return f"C{case_id}-{to_beijing(as_of):%Y%m%d}-{short}"


def _hash_row(text: str) -> list[str]:
    return [text, "", "", ""]


def integrity(ctx: Context) -> list[Flowable]:
    """Each original's name, size and import time, then its full SHA-256 on a line of its own.

    The hash sits in a row spanning the table, in a size that keeps all 64 digits on one line,
    so a clerk can copy it whole and compare it with what certutil or shasum prints.
    """
    t, s = ctx.t, ctx.styles
    rows = [[t("integrity.col.no"), t("integrity.col.name"), t("integrity.col.size"), t("integrity.col.imported")]]
    spans: list[tuple[object, ...]] = []
    for ex in ctx.exhibits:
        info = ex.info
        rows.append([ex.label, fmt.safe_name(info.original_name), f"{info.size:,}", fmt.stamp(info.imported_at)])
        hashes = [f"SHA-256 {info.sha256.lower()}"]
        if info.redaction is not None:  # both: the original the complainant keeps, the copy shown here
            hashes = [t("integrity.original", sha=info.sha256.lower()),
                      t("integrity.redacted", sha=info.redaction.sha256.lower())]
        for text in hashes:
            rows.append(_hash_row(text))
            row = len(rows) - 1
            spans += [("SPAN", (0, row), (-1, row)), ("LINEBELOW", (0, row - 1), (-1, row - 1), 0, colors.white),
                      ("TOPPADDING", (0, row), (-1, row), 0), ("LEFTPADDING", (0, row), (-1, row), 12)]
    widths = [FRAME_W * f for f in (0.12, 0.43, 0.2, 0.25)]
    table = grid(rows, widths, s, extra=spans)
    name = t("integrity.file")
    out: list[Flowable] = [
        *section(ctx, "integrity"), p(t("integrity.intro"), s.body), table, Spacer(1, 10), p(t("integrity.how"), s.h2),
        p(t("integrity.windows"), s.body), p(f"certutil -hashfile {name} SHA256", s.mono), Spacer(1, 4),
        p(t("integrity.mac"), s.body), p(f"shasum -a 256 {name}", s.mono), Spacer(1, 4),
        p(t("integrity.compare"), s.body),
    ]
    redacted = [ex.label for ex in ctx.exhibits if ex.redacted]
    if redacted:
        out.append(p(t("integrity.redacted_note", labels="、".join(redacted) if ctx.lang == "zh" else
                       ", ".join(redacted)), s.body))
    if ctx.attach_originals:
        out.append(p(t("integrity.attached"), s.body))
    out += [Spacer(1, 8), p(t("integrity.manifest", bundle_id=ctx.bundle_id), s.small), p(ctx.manifest_sha, s.small)]
    return out
