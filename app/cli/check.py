"""`check`: the refund-rule check of a stored case or of a case JSON file."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.output import EXIT_OK, EXIT_USAGE, error, open_service, print_json, record_id, say
from app.core.enums import Language
from app.core.errors import CaseFileError
from app.core.timeutil import BadDateTime, now, parse_datetime


def add_check_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser("check", help="check a case against the refund rules")
    p.add_argument("id", type=record_id, nargs="?", help="a stored case")
    p.add_argument("--file", metavar="CASE.json", help="a case JSON instead of a stored case")
    p.add_argument("--as-of", metavar="ISO", help="evaluation time (default now; naive means Beijing time)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=tuple(Language), default="zh")
    return p


def parse_as_of(text: str | None) -> datetime:
    if not text:
        return now()
    try:
        return parse_datetime(text)
    except BadDateTime as exc:
        raise CaseFileError("--as-of", str(exc))


def check_command(args: argparse.Namespace) -> int:
    from app.core.case_draft import evidence_kinds_of, load_json_file
    from app.core.case_json import parse_case
    from app.rules.report import render_text
    from app.services.rule_check import rulebook_for

    if (args.id is None) == (args.file is None):
        error("give either a case ID or --file CASE.json")
        return EXIT_USAGE
    as_of = parse_as_of(args.as_of)
    if args.file:
        raw = load_json_file(Path(args.file))
        case, kinds = parse_case(raw, require_title=False), evidence_kinds_of(raw)
        book = rulebook_for(None)
    else:
        service = open_service(args)
        info = service.get_case(args.id)
        case, kinds = info.data, info.evidence_kinds
        book = rulebook_for(service.data_dir)
    result = book.check(case, kinds, args.lang, as_of)
    # A stored case's facts beside what its screenshots show (agreements, contradictions naming exhibits).
    findings = []
    if args.id is not None:
        from app.services.proof import check as check_proof

        findings = check_proof(service, args.id)
    if args.json:
        out = result.to_json()
        if args.id is not None:
            out["proof"] = [f.to_json() for f in findings]
        print_json(out)
    else:
        for line in render_text(result).split("\n"):
            say(line)
        if findings:
            from app.services.export import finding_text

            say()
            say("Facts against the evidence:")
            for f in findings:
                say(f"  {'CONTRADICTS' if f.contradicts else 'agrees'}  {finding_text(f)}")
    return EXIT_OK

