"""A pool initializer that kills its worker, as the OOM killer or security software would.

In a module of its own that imports only `os`: a spawned worker imports the module that names its
initializer before it runs it, and the test module would have it import the bundle's code, pypdf and the
test fixtures (~0.4 s of CPU per worker) only to exit.
"""

from __future__ import annotations

import os


def die_at_start() -> None:
    os._exit(3)
