"""The translation catalogues: complete, placeholders intact, nothing in app/views forgotten, .qm compiled."""

from __future__ import annotations

import ast
import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.paths import resource_path
from app.views.widgets.i18n import app_catalog
from tests.app_sources import parsed

VIEWS = Path(__file__).resolve().parents[2] / "app" / "views"
LANGUAGES = ("zh_CN", "en")
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def ts_file(language: str) -> Path:
    return resource_path("translations", f"refund_evidence_{language}.ts")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file(language)).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 100
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [
            translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for form in forms:
            if placeholders(form) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
    assert not problems, "\n".join(problems)


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrappers(tree: ast.AST) -> dict[str, str]:
    """Helpers like `def _t(text): return QCoreApplication.translate("Ctx", text)`: name -> context.

    lupdate cannot see the strings passed to them, so they are checked here too.
    """
    found = {}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.args.args:
            for node in ast.walk(fn):
                if isinstance(node, ast.Call) and _call_name(node) == "translate" and len(node.args) >= 2:
                    context, text = _literal(node.args[0]), node.args[1]
                    if context is not None and isinstance(text, ast.Name) and text.id == fn.args.args[0].arg:
                        found[fn.name] = context
    return found


@functools.cache
def _strings_in(path: Path) -> frozenset[tuple[str, str]]:
    """(context, text) of self.tr("...") (context: the enclosing class), translate("Context", "...")
    and of calls to translate() wrappers. Found once per test process: both languages' tests look for the same."""
    tree = parsed(path)
    wrappers = _wrappers(tree)
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                name, first = _call_name(child), _literal(child.args[0])
                if name == "tr" and isinstance(child.func, ast.Attribute) and first is not None:
                    found.add((cls, first))
                elif name == "translate" and len(child.args) >= 2 and first is not None:
                    text = _literal(child.args[1])
                    if text is not None:
                        found.add((first, text))
                elif name in wrappers and first is not None:
                    found.add((wrappers[name], first))
            visit(child, cls)

    visit(tree, "")
    return frozenset(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_views_is_in_the_catalogue(language: str) -> None:
    catalogue = {(context, m.findtext("source") or "") for context, m in messages(language)}
    missing = sorted(f"{path.name}: {pair}" for path in sorted(VIEWS.rglob("*.py")) for pair in _strings_in(path)
                     if pair not in catalogue)
    assert not missing, "run scripts/update_translations.sh and translate:\n" + "\n".join(missing)


def test_compiled_catalogues_translate_and_count(qapp: QCoreApplication) -> None:
    zh, en = QTranslator(), QTranslator()
    assert zh.load(app_catalog("zh_CN")) and en.load(app_catalog("en"))
    assert zh.translate("MainWindow", "Evidence") == "证据"
    assert zh.translate("Summary", "%1 days left") == "还剩 %1 天"
    assert zh.translate("CaseListPanel", "%n case(s)", "", 2) == "共 %n 个案件"
    assert en.translate("CaseListPanel", "%n case(s)", "", 1) == "%n case"
    assert en.translate("CaseListPanel", "%n case(s)", "", 2) == "%n cases"


def test_compiled_catalogues_are_what_the_sources_compile_to(tmp_path: Path) -> None:
    """Each committed .qm is exactly what lrelease makes of its .ts (file times mean nothing in a checkout)."""
    import shutil
    import subprocess
    import sys

    import PySide6

    # The compiler pyside6-lrelease runs (PySide6/scripts/pyside_tool.py: PySide6/lrelease), without the
    # Python interpreter that wrapper starts first (~0.2 s of CPU per call against ~0.01 s).
    lrelease = Path(PySide6.__file__).with_name("lrelease")
    wrapper = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.is_file() else str(wrapper) if wrapper.exists() else shutil.which(
        "pyside6-lrelease")
    assert tool, "pyside6-lrelease (PySide6) is missing"
    for language in LANGUAGES:
        fresh = tmp_path / f"{language}.qm"
        subprocess.run([tool, "-removeidentical", "-silent", str(ts_file(language)), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == Path(app_catalog(language)).read_bytes(), \
            f"{language}: the .qm is not compiled from the .ts; run scripts/update_translations.sh"
