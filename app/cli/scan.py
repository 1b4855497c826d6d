"""`scan PATH... [--json]`: the text and facts in screenshots, without a case (nothing is stored)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.output import EXIT_FAIL, EXIT_OK, error, print_json, say

EXIT_NO_OCR = 3


def add_scan_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "scan", help="recognise the text in screenshots and PDFs and propose the facts they show (nothing is stored)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="image or PDF files, or folders")
    p.add_argument("--json", action="store_true")
    return p


def scan_command(args: argparse.Namespace) -> int:
    from app.evidence.ocr.install import OcrUnavailable
    from app.services.reading import scan

    try:
        readings = scan(args.paths)
    except OcrUnavailable as exc:
        error(str(exc))
        return EXIT_NO_OCR
    if args.json:
        print_json({"files": [r.to_json() for r in readings]})
    else:
        for r in readings:
            if r.error is not None:
                error(f"{r.path}: {r.error}")
                continue
            say(f"{r.path}: {r.kind}, {len(r.lines)} lines")
            for key, fact in r.facts.items():
                say(f"  {key:15} {fact.value}    ({fact.text})")
            for n, line in enumerate(r.lines):
                x, y, w, h = line.box
                page = f"p{r.pages[n]} " if r.pages is not None else ""
                say(f"    {page}[{x},{y} {w}×{h}] {line.score:.2f}  {line.text}")
    return EXIT_FAIL if any(r.error is not None for r in readings) else EXIT_OK
