"""A folder for one test run, shared by all its processes (light: imports nothing of the app)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from typing import Any


def start_run_folder(config: Any, env: str, prefix: str) -> None:
    """In the run's first process (not an xdist worker, whose folder is its controller's): a new empty
    folder for this run, named in $env before any worker starts (the workers and every process they spawn
    inherit it), removed when this process ends."""
    if hasattr(config, "workerinput"):
        return
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    os.environ[env] = folder
