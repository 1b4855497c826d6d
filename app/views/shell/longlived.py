"""Keep what lives as long as the window out of the garbage collector's full passes.

A full (generation 2) collection walks every container object in the process: with Qt's
wrappers, SQLAlchemy's metadata and the bundle font's tables loaded, one took 50-66 ms,
and it runs on whichever thread happens to allocate, holding the GIL: the window stalled
for that long at the start of an export (bench/ui_stall_bench.py). gc.freeze() moves what
exists now to a permanent generation that collections skip; it is cheap, and it is called
after each large batch of long-lived objects appears (store opened, tabs built, font read).
"""

from __future__ import annotations

import gc


def settle_long_lived() -> None:
    gc.freeze()
