"""The app's modules parsed once per test process, for the tests that read the source (walls, raise sites,
translatable strings): each parse of every module costs ~0.3 s, and several tests walk the same trees.
The trees are shared: the tests only read them."""

from __future__ import annotations

import ast
import functools
from pathlib import Path


@functools.cache
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text("utf-8"))
