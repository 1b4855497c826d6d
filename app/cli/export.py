"""`export`: the evidence bundle PDF of a stored case, or one document of it (--document, PDF or DOCX)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.check import parse_as_of
from app.cli.output import EXIT_FAIL, EXIT_OK, EXIT_USAGE, error, escaped, open_service, record_id, say
from app.core.enums import Language, Recipient


def add_export_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser("export", help="export the evidence bundle PDF")
    p.add_argument("id", type=record_id)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--recipient", choices=tuple(Recipient), default="market_regulator")
    p.add_argument("--lang", choices=tuple(Language), default="zh")
    p.add_argument("--as-of", metavar="ISO")
    p.add_argument("--attach-originals", action="store_true")
    p.add_argument("--zip", metavar="FILE.zip")
    p.add_argument("--force", action="store_true", help="replace --out / --zip if they exist")
    p.add_argument("--authorisation", action="store_true",
                   help="add a letter of authorisation (授权委托书) for a complaint filed through an agent")
    p.add_argument("--draft", action="store_true",
                   help="export even when the complaint lacks Art. 10 material; every page is marked DRAFT")
    p.add_argument("--document", choices=DOCUMENTS,
                   help="one document instead of the bundle: the complaint letter, the statement of claim "
                        "(民事起诉状), the evidence list (证据清单) or the letter of authorisation (授权委托书)")
    p.add_argument("--format", choices=FORMATS, help="with --document: pdf or docx (default: from --out, else pdf)")
    return p


DOCUMENTS = ("complaint", "claim", "evidence-list", "authorisation")  # app.services.documents.DOCUMENTS
FORMATS = ("pdf", "docx")
BUNDLE_ONLY = (("zip", "--zip"), ("attach_originals", "--attach-originals"), ("authorisation", "--authorisation"),
               ("draft", "--draft"))


def document_command(args: argparse.Namespace) -> int:
    from app.services.documents import export_document

    for attr, option in BUNDLE_ONLY:
        if getattr(args, attr):
            error(f"{option} applies to the bundle, not to --document {args.document}")
            return EXIT_USAGE
    out = Path(args.out).expanduser()
    fmt = args.format or ("docx" if out.suffix.lower() == ".docx" else "pdf")
    as_of = parse_as_of(args.as_of)
    service = open_service(args)
    result = export_document(service, args.id, args.document, fmt, out, lang=args.lang, recipient=args.recipient,
                             as_of=as_of, force=args.force)
    pages = f"  {result.pages} pages" if result.pages is not None else ""
    say(f"{result.path}{pages}  sha256 {result.sha256}")
    return EXIT_OK


def export_command(args: argparse.Namespace) -> int:
    from app.services.export import ExportOptions, export_case

    if args.document:
        return document_command(args)
    if args.format not in (None, "pdf"):
        error("--format docx needs --document: the bundle is a PDF")
        return EXIT_USAGE

    as_of = parse_as_of(args.as_of)
    service = open_service(args)
    options = ExportOptions(recipient=args.recipient, lang=args.lang, as_of=as_of,
                            attach_originals=args.attach_originals, authorisation=args.authorisation,
                            zip_path=Path(args.zip).expanduser() if args.zip else None, force=args.force,
                            draft=args.draft)
    outcome = export_case(service, args.id, Path(args.out).expanduser(), options,
                          warn=lambda w: say(f"warning: {w}", err=True), progress=tty_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    say(f"{outcome.path}  {outcome.pages} pages  sha256 {outcome.sha256}"
        + ("  DRAFT: every page marked 草稿, not for filing" if args.draft else ""))
    return EXIT_OK if outcome.pages > 0 else EXIT_FAIL


def tty_progress(done: int, total: int, label: str) -> None:
    """An export's steps on one line of a terminal's stderr (nothing when it is redirected)."""
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {escaped(label[:40]):<40}", end="", file=sys.stderr)
