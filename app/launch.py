"""The entry point (`python -m app`, the `refund-evidence` script, the frozen app).

Starting the window is the common case, so it skips the command line's parser and its
imports (argparse, JSON, the sub-commands: about 20 ms of a 150 ms first paint). Anything
that is not plainly `[--data-dir DIR] [gui [--exit-after-show] [--data-dir DIR]]` goes to
app.cli.main, which parses, validates and prints help or errors as usual.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace


def gui_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The window's arguments if argv asks for nothing else, else None (the full parser decides)."""
    data_dir: str | None = None
    exit_after_show = False
    seen_gui = False
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "gui" and not seen_gui:
            seen_gui = True
        elif token == "--exit-after-show" and seen_gui:
            exit_after_show = True
        elif token == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif token.startswith("--data-dir=") and len(token) > len("--data-dir="):
            data_dir = token.split("=", 1)[1]
        else:
            return None
    return SimpleNamespace(command="gui", data_dir=data_dir, exit_after_show=exit_after_show, self_test=False)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if getattr(sys, "frozen", False):
        # A frozen app's process pool (the bundle's image workers) re-enters here in each child.
        import multiprocessing

        multiprocessing.freeze_support()
    args = gui_args(argv)
    if args is None:
        from app.cli.main import main as cli_main

        return cli_main(argv)
    from app.cli.output import utf8_console

    utf8_console()
    from app.views.shell.application import run_gui

    return run_gui(args)
