"""The walls of ARCHITECTURE.md, read from the source: every import, at module level or inside a function.

Layers, top to bottom: entry points (launch, __main__, cli, selftest) > views > services > the core
packages (bundle, evidence, models, rules) > core. Type-only imports (under `if TYPE_CHECKING:`) count for
the walls but not for cycles, since they never run.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.app_sources import parsed

APP = Path(__file__).resolve().parents[1] / "app"
ENTRY = ("app.launch", "app.__main__", "app.cli", "app.selftest")
LOWER = ("app.bundle", "app.evidence", "app.models", "app.rules")


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    type_only: bool


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk(node: ast.AST, type_only: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield stmt, True
                yield from _walk(stmt, True)
            for stmt in child.orelse:
                yield stmt, type_only
                yield from _walk(stmt, type_only)
            continue
        yield child, type_only
        yield from _walk(child, type_only)


def imports_of(path: Path, known: set[str]) -> list[Import]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    found: list[Import] = []
    for node, type_only in _walk(parsed(path)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from app.x import y` names module app.x.y when that is a module, else app.x
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        found += [Import(source, n, node.lineno, type_only) for n in names]  # type: ignore[attr-defined]
    return found


@functools.cache  # parsed once for the tests below (each parse of every module takes ~1 s)
def all_imports() -> tuple[set[str], list[Import]]:
    files = [p for p in APP.rglob("*.py") if "migrations" not in p.parts]
    known = {module_name(p) for p in files}
    return known, [imp for p in files for imp in imports_of(p, known)]


def _in(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def wall_breaches(imports: list[Import]) -> list[str]:
    """Each import that crosses a wall, as 'source:line -> target'."""
    bad = []
    for imp in imports:
        s, t = imp.source, imp.target
        if _in(s, *ENTRY):
            continue
        broken = (
            (_in(s, "app.views") and _in(t, *ENTRY))
            or (_in(s, "app.services", *LOWER, "app.core") and _in(t, "PySide6", "shiboken6", "app.views", *ENTRY))
            or (_in(s, *LOWER, "app.core") and _in(t, "app.services"))
            or (_in(s, "app.core") and _in(t, *LOWER))
            or (_in(s, "app.rules") and _in(t, "app.models", "app.evidence", "app.bundle", "sqlalchemy"))
        )
        if broken:
            bad.append(f"{s}:{imp.line} -> {t}")
    return bad


def cycles(imports: list[Import], known: set[str]) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan) among run-time imports between app modules."""
    graph: dict[str, set[str]] = {m: set() for m in known}
    for imp in imports:
        if not imp.type_only and imp.target in known and imp.target != imp.source:
            graph[imp.source].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def test_no_import_crosses_a_wall() -> None:
    _, imports = all_imports()
    assert wall_breaches(imports) == []


def test_no_import_cycles() -> None:
    known, imports = all_imports()
    assert cycles(imports, known) == []


def test_the_check_sees_a_broken_wall_and_a_cycle() -> None:
    """The test can fail: a service importing a view, and two modules importing each other, are caught."""
    fake = [Import("app.services.cases", "app.views.shell.main_window", 3, False),
            Import("app.services.cases", "PySide6.QtCore", 4, False),
            Import("app.rules.engine", "app.models.case", 5, True),
            Import("app.core.money", "app.bundle.fmt", 6, False)]
    assert len(wall_breaches(fake)) == 4
    loop = [Import("app.a", "app.b", 1, False), Import("app.b", "app.a", 9, False), Import("app.b", "app.c", 2, True),
            Import("app.c", "app.b", 2, False)]
    assert cycles(loop, {"app.a", "app.b", "app.c"}) == [["app.a", "app.b"]]


@pytest.mark.parametrize("top", ["core", "services", "cli", "selftest", "views", "models", "evidence", "rules",
                                 "bundle"])
def test_the_layers_are_folders(top: str) -> None:
    assert (APP / top / "__init__.py").is_file()


def test_only_entry_points_sit_flat_in_app() -> None:
    assert sorted(p.name for p in APP.glob("*.py")) == ["__init__.py", "__main__.py", "launch.py"]


def test_one_palette_for_colours() -> None:
    """Colours are named in app/views/widgets/palette.py only."""
    import re

    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b")
    found = [f"{p.relative_to(APP)}:{n}" for p in (APP / "views").rglob("*.py") if p.name != "palette.py"
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1) if hex_colour.search(line)]
    assert found == []
