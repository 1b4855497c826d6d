"""`joint`: joint complaints (Art. 12): suggest, group, consent, representatives, the election, the bundle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.check import parse_as_of
from app.cli.output import EXIT_OK, open_service, print_json, record_id, say
from app.core.enums import Language, Recipient
from app.core.joint import JointInfo
from app.core.money import fmt
from app.core.timeutil import iso_beijing


def add_joint_parser(sub: Any) -> list[argparse.ArgumentParser]:
    joint = sub.add_parser("joint", help="joint complaints: cases against one business filed together (Art. 12)")
    acts = joint.add_subparsers(dest="action", required=True)
    made: list[argparse.ArgumentParser] = []

    def act(name: str, text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = acts.add_parser(name, help=text, description=text)
        made.append(p)
        return p

    p = act("suggest", "groups of cases against one business (legal name or shop, normalised), in no joint "
                       "complaint yet")
    p.add_argument("--json", action="store_true")
    p = act("create", "group cases into a joint complaint; prints its id")
    p.add_argument("cases", type=record_id, nargs="+", metavar="CASE_ID")
    p.add_argument("--title", default="")
    p = act("list", "the joint complaints")
    p.add_argument("--json", action="store_true")
    p = act("show", "one joint complaint: members, consent, representatives, what is missing")
    p.add_argument("id", type=record_id)
    p.add_argument("--json", action="store_true")
    for name, text in (("add", "add a case"), ("remove", "take a case out (the complainant withdrew)")):
        p = act(name, text)
        p.add_argument("id", type=record_id)
        p.add_argument("case", type=record_id, metavar="CASE_ID")
    p = act("consent", "record that a complainant agreed to complain jointly")
    p.add_argument("id", type=record_id)
    p.add_argument("case", type=record_id, metavar="CASE_ID")
    p.add_argument("--how", default="", help="how it was given, e.g. 'signed the election' or 'WeChat message'")
    p.add_argument("--at", metavar="ISO", help="when (default: now)")
    p.add_argument("--withdraw", action="store_true", help="the complainant no longer agrees")
    p = act("elect", "the representatives (at most two), from complainants who consented")
    p.add_argument("id", type=record_id)
    p.add_argument("cases", type=record_id, nargs="*", metavar="CASE_ID")
    p = act("edit", "the joint complaint's title, facts and requests")
    p.add_argument("id", type=record_id)
    p.add_argument("--title")
    p.add_argument("--facts")
    p.add_argument("--demands")
    p = act("election", "the written election of representatives (推选代表人书) for signatures, as a PDF")
    p.add_argument("id", type=record_id)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=tuple(Language), default="zh")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p = act("export", "the joint bundle PDF: letter with the roster and totals, election, every complainant's "
                      "exhibits (证据A-1 …), integrity appendix")
    p.add_argument("id", type=record_id)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--recipient", choices=tuple(Recipient), default="market_regulator")
    p.add_argument("--lang", choices=tuple(Language), default="zh")
    p.add_argument("--as-of", metavar="ISO")
    p.add_argument("--attach-originals", action="store_true")
    p.add_argument("--draft", action="store_true", help="mark every page 草稿/DRAFT (Art. 10 material may be missing)")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    return made


def joint_json(info: JointInfo) -> dict[str, Any]:
    return {"id": info.id, "title": info.title, "merchant": info.merchant_name, "shop": info.merchant_shop,
            "facts": info.facts, "demands": info.demands, "problems": info.problems(),
            "members": [{"case_id": m.case_id, "letter": m.letter, "complainant": m.complainant,
                         "order_number": m.order_number,
                         "amount_paid": fmt(m.amount_paid) if m.amount_paid is not None else None,
                         "consented_at": iso_beijing(m.consented_at), "consent_how": m.consent_how,
                         "representative": m.representative} for m in info.members]}


def print_joint(info: JointInfo) -> None:
    say(f"joint complaint {info.id} 「{info.title}」 against {info.merchant_name or info.merchant_shop or '-'}")
    for m in info.members:
        consent = f"consented {iso_beijing(m.consented_at)}" + (f" ({m.consent_how})" if m.consent_how else "") \
            if m.consented_at else "no consent yet"
        rep = "  REPRESENTATIVE" if m.representative else ""
        paid = f"¥{fmt(m.amount_paid)}" if m.amount_paid is not None else "-"
        say(f"  {m.letter:>2}  case {m.case_id}  {m.complainant or m.case_title}  order {m.order_number or '-'}"
            f"  {paid}  {consent}{rep}")
    for problem in info.problems():
        say(f"  not ready: {problem}")


def joint_command(args: argparse.Namespace) -> int:
    from app.services import joint

    service = open_service(args)
    action = args.action
    if action == "suggest":
        groups = joint.suggest(service)
        if args.json:
            print_json([{"merchant": g.merchant_name, "shop": g.merchant_shop, "cases": g.case_ids,
                         "complainants": g.complainants} for g in groups])
        for g in groups if not args.json else []:
            say(f"{g.merchant_name or g.merchant_shop}: cases {', '.join(map(str, g.case_ids))}  "
                f"(joint create {' '.join(map(str, g.case_ids))})")
        if not groups and not args.json:
            say("no two cases against the same business outside a joint complaint")
        return EXIT_OK
    if action == "list":
        found = joint.list_joint(service)
        if args.json:
            print_json([joint_json(j) for j in found])
        for j in found if not args.json else []:
            say(f"{j.id:>4}  {j.title}  {len(j.members)} complainants" + ("" if not j.problems() else "  (not ready)"))
        return EXIT_OK
    if action == "create":
        info = joint.create(service, args.cases, args.title)
        say(str(info.id))
        return EXIT_OK
    if action == "election":
        from app.services.joint_export import election_document

        pages = election_document(service, args.id, Path(args.out).expanduser(), args.lang, force=args.force)
        say(f"{Path(args.out).expanduser()}  {pages} page(s)")
        return EXIT_OK
    if action == "export":
        return _export(service, args)
    if action == "add":
        info = joint.add(service, args.id, args.case)
    elif action == "remove":
        info = joint.remove(service, args.id, args.case)
    elif action == "consent":
        at = parse_as_of(args.at) if args.at else None
        info = joint.consent(service, args.id, args.case, at, args.how, withdraw=args.withdraw)
    elif action == "elect":
        info = joint.elect(service, args.id, args.cases)
    elif action == "edit":
        info = joint.update(service, args.id, title=args.title, facts=args.facts, demands=args.demands)
    else:
        info = joint.get(service, args.id)
    if getattr(args, "json", False):
        print_json(joint_json(info))
    else:
        print_joint(info)
    return EXIT_OK


def _export(service: Any, args: argparse.Namespace) -> int:
    from app.cli.export import tty_progress
    from app.services.export import ExportOptions
    from app.services.joint_export import export_joint

    options = ExportOptions(recipient=args.recipient, lang=args.lang, as_of=parse_as_of(args.as_of),
                            attach_originals=args.attach_originals, force=args.force, draft=args.draft)
    outcome = export_joint(service, args.id, Path(args.out).expanduser(), options,
                           warn=lambda w: say(f"warning: {w}", err=True), progress=tty_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    say(f"{outcome.path}  {outcome.pages} pages  sha256 {outcome.sha256}")
    return EXIT_OK
