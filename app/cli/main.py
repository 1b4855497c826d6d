"""The command line: parse, call the same service functions as the window, print, exit.

Exit codes: 0 ok; 1 something failed (a file refused, damage found); 2 bad input.
"""

from __future__ import annotations

import argparse
import functools
import io
import logging
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.output import EXIT_FAIL, EXIT_USAGE, close_services, error, record_id, utf8_console
from app.core.domain import EVIDENCE_KINDS
from app.core.errors import CaseFileError, DomainError
from app.services.outputs import OutputRefused


class _Ordered(argparse.Action):
    """--box and --page kept in the order given, so a --page applies to the boxes after it."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        ops = list(getattr(namespace, self.dest, None) or [])
        ops.append((option_string, values))
        setattr(namespace, self.dest, ops)


def _add_data_dir(p: argparse.ArgumentParser, top: bool) -> None:
    # Accepted before or after the sub-command; the sub-command's copy wins only if given.
    p.add_argument("--data-dir", metavar="DIR", default=None if top else argparse.SUPPRESS,
                   help="data folder (default: $REFUND_EVIDENCE_HOME or the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="refund-evidence", description="维权证据夹 · Refund Evidence Organizer")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true", help="run the packaged self-test and exit")
    _add_data_dir(parser, True)
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="the desktop app (default)")
    gui.add_argument("--exit-after-show", action="store_true", help="print ms to first paint and exit")
    _add_data_dir(gui, False)

    _add_case_parser(sub)
    _add_evidence_parser(sub)
    _add_vault_parsers(sub)
    _add_archive_parser(sub)

    from app.cli.check import add_check_parser
    from app.cli.export import add_export_parser
    from app.cli.joint import add_joint_parser
    from app.cli.scan import add_scan_parser

    for p in (add_check_parser(sub), add_export_parser(sub), add_scan_parser(sub), *add_joint_parser(sub)):
        _add_data_dir(p, False)
    return parser


def _add_case_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """case create | list | show | erase | assign."""
    case = sub.add_parser("case", help="create, list and show cases").add_subparsers(dest="action", required=True)
    c = case.add_parser("create", help="new case from a case JSON; prints the new id")
    c.add_argument("--json", dest="json_file", required=True, metavar="FILE")
    c = case.add_parser("list", help="list cases")
    c.add_argument("--json", action="store_true")
    c.add_argument("--search", default="", help="filter by title, names, order number, evidence titles")
    who = c.add_mutually_exclusive_group()
    who.add_argument("--assignee", metavar="NAME", help="only the cases assigned to NAME")
    who.add_argument("--mine", action="store_true",
                     help="only the cases assigned to you ($REFUND_EVIDENCE_USER, Settings, else your login)")
    who.add_argument("--unassigned", action="store_true", help="only the cases nobody has")
    c = case.add_parser("show", help="show one case")
    c.add_argument("id", type=record_id)
    c.add_argument("--json", action="store_true")
    c = case.add_parser("erase", help="erase a case completely: rows, audit log, originals no other case uses",
                        description="Erases the case's facts, evidence, recognised text, redactions, events, "
                        "exports and audit log, every original and redacted copy no other case uses (with its "
                        "sidecar and thumbnails), then rewrites the database so nothing deleted stays in it; "
                        "deletions.log records what went. The window's trash (Delete for good) does the same. "
                        "Asks you to type the case's id unless --yes is given. Cannot be undone.")
    c.add_argument("id", type=record_id)
    c.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    c.add_argument("--keep-originals", action="store_true",
                   help="keep the originals only this case used in the vault (verify lists them as released)")
    c = case.add_parser("assign", help="give a case to a volunteer (you, if no name is given)")
    c.add_argument("id", type=record_id)
    c.add_argument("volunteer", nargs="?", help="the volunteer's name")
    c.add_argument("--nobody", action="store_true", help="take the case away from whoever has it")
    for name in ("create", "list", "show", "erase", "assign"):
        _add_data_dir(case.choices[name], False)


def _add_evidence_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """evidence add | redact."""
    ev = sub.add_parser("evidence", help="add evidence files").add_subparsers(dest="action", required=True)
    e = ev.add_parser("add", help="import files or folders into a case")
    e.add_argument("id", type=record_id)
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("--kind", choices=EVIDENCE_KINDS)
    e.add_argument("--title")
    e.add_argument("--proves")
    e.add_argument("--source")
    _add_data_dir(e, False)
    e = ev.add_parser("redact", help="cover areas of a picture or PDF page in the copy the bundle shows",
                      description="Boxes are X,Y,W,H in whole pixels from the top left corner: of the picture as "
                      "shown upright (after its EXIF orientation), or of a PDF page rendered at 200 dpi (the "
                      "pixels of `pdftoppm -r 200`). --page N applies to the --box options after it (boxes before "
                      "the first --page are on the first page named, else page 1). The boxes are added to those "
                      "the item has; --clear removes them first (alone: the bundle shows the original again). "
                      "Without --box or --clear: list the item's boxes.")
    e.add_argument("id", type=record_id, metavar="EVIDENCE_ID")
    e.add_argument("--box", dest="ops", action=_Ordered, metavar="X,Y,W,H", help="an area to fill (repeatable)")
    e.add_argument("--page", dest="ops", action=_Ordered, metavar="N", help="PDF page of the boxes after it (1-based)")
    e.add_argument("--clear", action="store_true", help="remove the item's boxes first")
    e.add_argument("--json", action="store_true")
    _add_data_dir(e, False)


def _add_vault_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """verify, orphan attach | quarantine, rebuild: the originals in the vault."""
    v = sub.add_parser("verify", help="re-hash every original; check database, vault and audit log")
    v.add_argument("--repair", action="store_true",
                   help="remove the staging files of ended processes; move import leftovers to quarantine")
    v.add_argument("--orphans", action="store_true", help="list the originals no case refers to, with what is known")
    v.add_argument("--json", action="store_true")
    _add_data_dir(v, False)

    orphan = sub.add_parser("orphan", help="give an orphaned original back to a case, or set it aside")
    oa = orphan.add_subparsers(dest="action", required=True)
    o = oa.add_parser("attach", help="add an orphan (or a quarantined object) to a case")
    o.add_argument("object", metavar="OBJ", help="SHA-256 (or its first 8+ hex digits, or its path)")
    o.add_argument("id", type=record_id, metavar="CASE_ID")
    _add_data_dir(o, False)
    o = oa.add_parser("quarantine", help="move an orphan to the vault's quarantine folder")
    o.add_argument("object", metavar="OBJ")
    _add_data_dir(o, False)

    rb = sub.add_parser("rebuild", help="give every original the database lost back to its case (from the vault)")
    rb.add_argument("--json", action="store_true")
    _add_data_dir(rb, False)


def _add_archive_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """archive export | import: a case handed over as a .zip."""
    ar = sub.add_parser("archive", help="hand a case over as a .zip").add_subparsers(dest="action", required=True)
    from app.cli.passwords import add_password_options

    a = ar.add_parser("export")
    a.add_argument("id", type=record_id)
    a.add_argument("--out", required=True, metavar="FILE.zip")
    a.add_argument("--force", action="store_true", help="replace FILE.zip if it exists")
    add_password_options(a, writing=True)
    _add_data_dir(a, False)
    a = ar.add_parser("import")
    a.add_argument("file", metavar="FILE.zip")
    add_password_options(a, writing=False)
    a.add_argument("--as-copy", action="store_true", help="import a case this store already has, as a second one")
    _add_data_dir(a, False)


@functools.cache
def _parser() -> argparse.ArgumentParser:
    # Built once per process: ~9 ms (argparse looks up a gettext catalogue for every help string and
    # measures the terminal for every option), which a caller running many commands in one process (the
    # tests: ~800 commands) would otherwise pay each time. Parsing never changes a parser.
    return build_parser()


def main(argv: Sequence[str] | None = None) -> int:
    utf8_console()
    # Libraries' own warnings ("EOF marker not found") would print beside, and before, the
    # clear "error: FILE: reason" line for the same file; they add nothing for the user.
    for noisy in ("pypdf", "PIL"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    finally:
        close_services()


def _run(args: argparse.Namespace) -> int:
    try:
        return dispatch(args)
    except (CaseFileError, OutputRefused) as exc:
        error(str(exc))
        return EXIT_USAGE
    except DomainError as exc:
        error(str(exc))
        return EXIT_FAIL
    except OSError as exc:  # a file or folder the command was given (or writes) cannot be used
        where = f"{exc.filename}: " if exc.filename else ""
        error(f"{where}{exc.strerror or exc}")
        return EXIT_FAIL
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:  # `… | head`: the reader has gone; nothing to say, nobody to say it to
        _quiet_stdout()
        return EXIT_FAIL
    except Exception as exc:  # a bug: said in one line, the traceback kept in the log for the report
        where = _log_failure(args)
        error(f"unexpected failure: {type(exc).__name__}: {str(exc)[:300]}{where}")
        return EXIT_FAIL


def _quiet_stdout() -> None:
    import contextlib
    import os

    # Not a real file (tests capture it): nothing to flush at exit then.
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _log_failure(args: argparse.Namespace) -> str:
    import traceback

    from app.core import paths

    try:
        folder = paths.data_dir(getattr(args, "data_dir", None)) / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "command-errors.log"
        with open(log, "a", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(f"--- {' '.join(sys.argv)}\n{traceback.format_exc()}\n")
    except OSError:
        return ""
    return f" (details in {log}; please report it)"


def dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from app.selftest.runner import run_self_test

        return run_self_test()
    command = args.command or "gui"
    if command == "gui":
        from app.views.shell.application import run_gui

        return run_gui(args)
    from app.cli import store as cli_store

    handlers = {
        "case": cli_store.case_command,
        "evidence": cli_store.evidence_command,
        "verify": cli_store.verify_command,
        "archive": cli_store.archive_command,
        "orphan": cli_store.orphan_command,
        "rebuild": cli_store.rebuild_command,
    }
    if command in handlers:
        return handlers[command](args)
    if command == "check":
        from app.cli.check import check_command

        return check_command(args)
    if command == "scan":
        from app.cli.scan import scan_command

        return scan_command(args)
    if command == "joint":
        from app.cli.joint import joint_command

        return joint_command(args)
    from app.cli.export import export_command

    return export_command(args)
