"""`evidence redact EVIDENCE_ID --box X,Y,W,H [--page N] … [--clear]`: the redacted copy the bundle shows."""

from __future__ import annotations

import argparse

from app.cli.output import EXIT_OK, EXIT_USAGE, error, open_service, print_json, say
from app.core.domain import EvidenceInfo
from app.core.privacy import PDF_DPI, BadBox, RedactionBox, parse_box


def boxes_from(ops: list[tuple[str, str]]) -> list[RedactionBox]:
    """--page N applies to the --box options after it; boxes before the first --page go on that page."""
    pages = [op for op in ops if op[0] == "--page"]
    page = _page(pages[0][1]) if pages else 1
    boxes = []
    for option, value in ops:
        if option == "--page":
            page = _page(value)
        else:
            boxes.append(parse_box(value, page))
    return boxes


def _page(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise BadBox(f"--page {text!r}: give a page number from 1")
    return int(text)


def describe(item: EvidenceInfo) -> dict[str, object]:
    r = item.redaction
    return {"id": item.id, "title": item.title, "original_sha256": item.sha256,
            "redacted": r is not None, "areas": r.count if r else 0,
            "boxes": [{"page": b.page, "x": b.x, "y": b.y, "w": b.w, "h": b.h} for b in r.boxes] if r else [],
            "redacted_sha256": r.sha256 if r else None, "units": f"pixels; PDF pages at {PDF_DPI} dpi"}


def redact_command(args: argparse.Namespace) -> int:
    from app.services import redaction

    ops = args.ops or []
    try:
        boxes = boxes_from(ops)
    except BadBox as exc:
        error(str(exc))
        return EXIT_USAGE
    if any(op[0] == "--page" for op in ops) and not boxes:
        error("--page names the page of the --box options after it; give at least one --box")
        return EXIT_USAGE
    service = open_service(args)
    if args.clear and not boxes:
        item = redaction.clear_redaction(service, args.id)
    elif boxes:
        try:
            item = redaction.redact(service, args.id, boxes, keep_existing=not args.clear)
        except BadBox as exc:
            error(f"evidence {args.id}: {exc}; nothing was changed")
            return EXIT_USAGE
    else:
        item = redaction.evidence_item(service, args.id)
    if args.json:
        print_json(describe(item))
        return EXIT_OK
    r = item.redaction
    if r is None:
        say(f"evidence {item.id} 「{item.title}」: not redacted; the bundle shows the original "
            f"(sha256 {item.sha256})")
        return EXIT_OK
    say(f"evidence {item.id} 「{item.title}」: {r.count} area(s) redacted")
    for b in r.boxes:
        say(f"  page {b.page}: {b.text()}")
    say(f"  original sha256 {item.sha256} (unchanged in the vault)")
    say(f"  redacted copy sha256 {r.sha256} (what the bundle shows)")
    return EXIT_OK
