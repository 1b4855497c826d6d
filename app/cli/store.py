"""Command-line handlers for the store: case, evidence, verify, archive."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.output import EXIT_FAIL, EXIT_OK, EXIT_USAGE, error, open_service, path_arg, print_json, say
from app.core.case_draft import read_draft
from app.core.case_json import case_to_json
from app.core.domain import CaseInfo
from app.core.money import fmt
from app.core.timeutil import iso_beijing


def case_json(info: CaseInfo) -> dict[str, Any]:
    out: dict[str, Any] = {"id": info.id, **case_to_json(info.data),
                           "created_at": iso_beijing(info.created_at), "updated_at": iso_beijing(info.updated_at),
                           "updated_by": info.updated_by, "version": info.version, "assignee": info.assignee}
    out["evidence"] = [
        {"id": e.id, "kind": e.kind, "title": e.title, "sha256": e.sha256, "size": e.size,
         "original_name": e.original_name, "media_type": e.media_type, "position": e.position,
         "source": e.source, "proves": e.proves, "occurred_at": iso_beijing(e.occurred_at),
         "captured_at": iso_beijing(e.captured_at), "imported_at": iso_beijing(e.imported_at),
         "page_count": e.page_count}
        for e in info.evidence
    ]
    out["events"] = [{"id": ev.id, "at": iso_beijing(ev.at), "text": ev.text} for ev in info.events]
    out["exports"] = [{"at": iso_beijing(x.at), "recipient": x.recipient, "lang": x.lang, "pages": x.pages,
                       "sha256": x.sha256, "file_name": x.file_name, "path": x.path, "draft": x.draft}
                      for x in info.exports]
    return out


def case_command(args: argparse.Namespace) -> int:
    if args.action == "erase":
        return erase_command(args)
    if args.action == "create":
        draft = read_draft(path_arg(args.json_file))  # CaseFileError -> exit 2, nothing created
        service = open_service(args)
        say(str(service.create_from_draft(draft)))
        return EXIT_OK
    service = open_service(args)
    if args.action == "list":
        assignee = "" if args.unassigned else (service.actor if args.mine else args.assignee)
        rows = service.list_cases(args.search, assignee=assignee)
        if args.json:
            print_json([{"id": r.id, "title": r.title, "merchant": r.merchant, "consumer": r.consumer,
                         "order_number": r.order_number,
                         "amount": fmt(r.amount) if r.amount is not None else None,
                         "status": r.status, "refund_status": r.refund_status,
                         "updated_at": iso_beijing(r.updated_at), "updated_by": r.updated_by,
                         "assignee": r.assignee, "version": r.version} for r in rows])
        else:
            for r in rows:
                amount = f"¥{fmt(r.amount)}" if r.amount is not None else "-"
                who = f"  @{r.assignee}" if r.assignee else ""
                say(f"{r.id:>5}  {r.title}  [{r.status}]  {r.merchant or '-'}  {amount}{who}")
        return EXIT_OK
    if args.action == "assign":
        info = service.assign_case(args.id, "" if args.nobody else (args.volunteer or service.actor))
        say(f"#{info.id} {info.data.title}: " + (f"assigned to {info.assignee}" if info.assignee else "unassigned"))
        return EXIT_OK
    info = service.get_case(args.id)
    if args.json:
        print_json(case_json(info))
        return EXIT_OK
    print_case(info)
    return EXIT_OK


def _percent(value: object) -> str:
    return "-" if value is None else f"{value}%"


def erase_command(args: argparse.Namespace) -> int:
    import sys

    from app.services.erase import erase_case

    service = open_service(args)
    info = service.get_case(args.id)  # NotFound before anything is asked
    if not args.yes:
        say(f"Erase case {info.id} 「{info.data.title}」 with {len(info.evidence)} evidence item(s) and its audit "
            "log? This cannot be undone.", err=True)
        print(f"Type {info.id} to erase it: ", end="", file=sys.stderr, flush=True)
        answer = sys.stdin.readline() if sys.stdin is not None else ""
        if answer.strip() != str(info.id):
            error("not erased: the id typed does not match")
            return EXIT_FAIL
    report = erase_case(service, args.id, remove_originals=not args.keep_originals)
    say(f"erased: case {report.case_id} 「{report.title}」: {report.originals_removed} original(s) and "
          f"{report.copies_removed} redacted copy(ies) removed from the vault"
          + (f", {report.originals_shared} kept for another case" if report.originals_shared else "")
          + (f", {report.originals_kept} kept as you asked (released)" if report.originals_kept else ""))
    say(f"recorded in {service.data_dir / 'deletions.log'}")
    if report.compacted:
        say("the database was rewritten (VACUUM): no deleted row is left in it")
    for backup in report.backups:
        say(f"note: {backup} is a copy of the database made before a schema upgrade and may still hold this "
              "case; delete it if you do not need to undo that upgrade")
    say("note: bundles and case archives you exported are files of their own: delete them where you saved them")
    return EXIT_OK


def print_case(info: CaseInfo) -> None:
    d = info.data
    amount = f"¥{fmt(d.order.amount)}" if d.order.amount is not None else "-"
    say(f"#{info.id} {d.title} [{d.status}] platform={d.platform}")
    say(f"  assigned to {info.assignee or 'nobody'}; version {info.version}, last changed "
        f"{iso_beijing(info.updated_at)}" + (f" by {info.updated_by}" if info.updated_by else ""))
    say(f"  consumer: {d.consumer.name or '-'}  {d.consumer.phone}  {d.consumer.address}")
    say(f"  merchant: {d.merchant.name or '-'}  {d.merchant.shop}  {d.merchant.address}")
    say(f"  order: {d.order.number or '-'}  {d.order.item}  {amount}  paid {iso_beijing(d.order.paid_at) or '-'}")
    say(f"  course: starts {iso_beijing(d.course.starts_at) or '-'}  progress {_percent(d.course.progress_percent)}"
          f"  misrepresented={d.course.misrepresented}")
    refused = f"  refused {iso_beijing(d.refund.refused_at)}" if d.refund.refused_at else ""
    say(f"  refund: {d.refund.status}  requested {iso_beijing(d.refund.requested_at) or '-'}"
        f"  refunded ¥{fmt(d.refund.refunded_amount)}{refused}")
    for c in d.complaints:
        steps = [f"{name} {iso_beijing(at)}" for name, at in
                 (("filed", c.filed_at), ("accepted", c.accepted_at), ("closed", c.closed_at)) if at]
        say(f"  complaint: {c.channel}  {c.number or '-'}  {'  '.join(steps) or 'not filed yet'}"
              f"  {c.outcome or 'open'}")
    say(f"  evidence ({len(info.evidence)}):")
    for e in info.evidence:
        say(f"    {e.position:>3}. [{e.kind}] {e.title}  {e.original_name}  {e.size} B  sha256 {e.sha256[:16]}…")
    for ev in info.events:
        say(f"  event {iso_beijing(ev.at)}  {ev.text}")
    for x in info.exports:
        say(f"  export {iso_beijing(x.at)}  {'DRAFT (草稿, not for filing)  ' if x.draft else ''}{x.recipient}  "
            f"{x.lang}  {x.pages} pages  {x.file_name}  sha256 {x.sha256[:16]}…")


def evidence_command(args: argparse.Namespace) -> int:
    if args.action == "redact":
        from app.cli.redact import redact_command

        return redact_command(args)
    service = open_service(args)
    paths = [path_arg(p) for p in args.paths]
    report = service.add_evidence(args.id, paths, kind=args.kind, title=args.title, proves=args.proves,
                                  source=args.source)
    print_import(report)
    return EXIT_FAIL if report.rejected else EXIT_OK


def print_import(report: Any) -> None:
    for item in report.added:
        say(f"added: {item.id}  {item.original_name}  sha256 {item.sha256}")
    for item in report.healed:
        say(f"restored: evidence {item.id} 「{item.title}」: the vault copy was missing or damaged; these bytes "
              f"match its SHA-256 {item.sha256} and replace it")
    for dup in report.duplicates:
        say(f"already present: {dup.path} (evidence {dup.existing_id} 「{dup.title}」)", err=True)
    for rej in report.rejected:
        error(f"{rej.path}: {rej.reason}")


def verify_command(args: argparse.Namespace) -> int:
    from app.services.integrity import LEFTOVER, verify

    # No start-up housekeeping here: verify must be able to show what is reclaimable.
    service = open_service(args, housekeeping=False)
    report = verify(service, repair=args.repair)
    if args.json:
        print_json(report.to_json())
        return EXIT_OK if report.ok else EXIT_FAIL
    if args.orphans:
        for o in report.orphans:
            say(o.describe())
        if not report.orphans:
            say("no orphans: every original in the vault belongs to a case")
        else:
            say(f"{len(report.orphans)} orphan(s). Give one back with `orphan attach OBJ CASE_ID`, all the lost "
                  "ones with `rebuild`, or set one aside with `orphan quarantine OBJ`.")
        return EXIT_OK if report.ok else EXIT_FAIL
    for p in report.problems:
        error(p.describe())
    if any(p.kind == "orphan" for p in report.problems):
        error("orphans are kept in the vault: `verify --orphans` lists them, `rebuild` gives the lost ones back "
              "to their cases, `orphan attach OBJ CASE_ID` / `orphan quarantine OBJ` one at a time")
    leftovers = {o.path for o in report.orphans if o.status == LEFTOVER}
    for r in report.reclaimable:
        if r in report.removed:
            say(f"removed: {r} (staging files of a process that has ended; not evidence)")
        elif r in leftovers:
            verb = "moved to quarantine" if args.repair else "leftover"
            say(f"{verb}: {r} (left by an import that never committed; not evidence)")
        else:
            say(f"reclaimable: {r} (staging files of a process that has ended; not evidence)")
    for q in report.quarantined:
        say(f"quarantined: {q} (you may delete the quarantine folder)")
    state = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    say(f"verified {report.checked} original(s): {state}")
    return EXIT_OK if report.ok else EXIT_FAIL


def orphan_command(args: argparse.Namespace) -> int:
    from app.services import orphans

    service = open_service(args, housekeeping=False)
    if args.action == "attach":
        report = orphans.attach(service, args.object, args.id)
        print_import(report)
        return EXIT_FAIL if report.rejected else EXIT_OK
    moved = orphans.quarantine(service, args.object)
    say(f"quarantined: {moved} (you may delete the quarantine folder)")
    return EXIT_OK


def rebuild_command(args: argparse.Namespace) -> int:
    from app.services import orphans

    service = open_service(args, housekeeping=False)
    report = orphans.rebuild(service)
    if args.json:
        print_json({"attached": [{"id": e.id, "case_id": e.case_id, "sha256": e.sha256,
                                  "original_name": e.original_name} for e in report.attached],
                    "cases_made": [{"id": i, "title": t} for i, t in report.cases_made],
                    "left": [o.to_json() for o in report.left],
                    "rejected": [{"path": r.path, "reason": r.reason} for r in report.rejected]})
    else:
        for case_id, title in report.cases_made:
            say(f"case made again: {case_id} 「{title}」 (from the vault's records)")
        for e in report.attached:
            say(f"re-attached: evidence {e.id} in case {e.case_id}  {e.original_name}  sha256 {e.sha256}")
        for o in report.left:
            say(f"left for you to decide: {o.describe()}")
        for r in report.rejected:
            error(f"{r.path}: {r.reason}")
        say(f"rebuilt: {len(report.attached)} original(s) given back, {len(report.cases_made)} case(s) made again")
    return EXIT_FAIL if report.rejected else EXIT_OK


def archive_command(args: argparse.Namespace) -> int:
    from app.cli import passwords
    from app.services.archive_zip import WeakPassword, check_password, is_encrypted
    from app.services.case_archive import export_archive, import_archive

    if args.action == "export":
        password = passwords.given(args, confirm=True)
        if password is not None:
            try:
                check_password(password)  # before the store is opened: nothing is written
            except WeakPassword as exc:
                error(str(exc))
                return EXIT_USAGE
        service = open_service(args)
        out = export_archive(service, args.id, path_arg(args.out), force=args.force, password=password)
        say(str(out))
        return EXIT_OK
    source = path_arg(args.file)
    password = passwords.given(args)
    if password is None and is_encrypted(source):  # an encrypted archive: ask for its password
        try:
            password = passwords.ask()
        except passwords.PasswordInputError as exc:
            error(f"{source}: the archive is encrypted and {exc}; give it at the prompt or with --password-file FILE")
            return EXIT_FAIL
    service = open_service(args)
    say(str(import_archive(service, source, password=password, as_copy=args.as_copy)))
    return EXIT_OK
