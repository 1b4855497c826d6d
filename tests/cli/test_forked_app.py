"""The forked app processes of tests/forked_app.py are real processes that end as `python -m app` would."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run, cli_env
from tests.forked_app import ForkServer


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_a_forked_app_is_its_own_process_with_the_exit_code_of_python_m_app(run: Run, data_dir: Path,
                                                                            fork_server: ForkServer) -> None:
    listed = fork_server.run(["--data-dir", str(data_dir), "case", "list", "--json"], cli_env())
    assert (listed.returncode, listed.stdout, listed.stderr) == (0, "[]\n", "")
    missing = fork_server.run(["--data-dir", str(data_dir), "case", "show", "12"], cli_env())
    assert missing.returncode == 1 and missing.stderr.startswith("error: ") and missing.stdout == ""
    assert missing.stderr == run("case", "show", "12").stderr  # the same words as in this process
    usage = fork_server.run(["--data-dir", str(data_dir), "case", "bogus"], cli_env())
    assert usage.returncode == 2 and "invalid choice" in usage.stderr
    process = fork_server.popen(["--data-dir", str(data_dir), "case", "list"], cli_env())
    assert process.pid not in (os.getpid(), os.getppid())
    assert process.communicate(timeout=60) == ("", "") and process.returncode == 0  # no case: no line
    # A kill -9 comes back as -9: tests/cli/test_kill_during_import.py, five times.
