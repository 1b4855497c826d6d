"""The entry point's shortcut to the window must take only what the full parser would read the same way."""

from __future__ import annotations

import pytest

from app.cli.main import build_parser
from app.launch import gui_args


@pytest.mark.parametrize("argv", [
    [], ["gui"], ["gui", "--exit-after-show"], ["--data-dir", "/d"], ["--data-dir=/d", "gui"],
    ["--data-dir", "/d", "gui", "--exit-after-show"], ["gui", "--data-dir", "/e"],
])
def test_window_arguments_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    fast = gui_args(argv)
    full = build_parser().parse_args(argv)
    assert fast is not None
    assert fast.data_dir == full.data_dir
    assert fast.exit_after_show == getattr(full, "exit_after_show", False)
    assert (full.command or "gui") == "gui" and not full.self_test


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h"], ["--version"], ["--self-test"], ["--exit-after-show"], ["gui", "gui"],
    ["gui", "--bogus"], ["case", "list"], ["--data-dir"], ["--data-dir", "--self-test"], ["check", "1"],
    ["gui", "--help"],
])
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert gui_args(argv) is None


def test_what_the_shortcut_leaves_goes_to_the_full_parser() -> None:
    """app.launch.main hands it to the command line's parser, which refuses it (`python -m app` itself in a
    real process: tests/cli/test_cli_store.py's test of the entry point)."""
    from tests.cli.conftest import run_in_process

    done = run_in_process(["--exit-after-show"])
    assert done.returncode == 2 and "unrecognized arguments: --exit-after-show" in done.stderr
