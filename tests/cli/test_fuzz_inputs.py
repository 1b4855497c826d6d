"""#14: fuzzed case JSON, archives and chat logs end in `error: …` (exit 1 or 2) or succeed; never a traceback.

Hypothesis with a fixed seed (derandomize) and a bounded number of examples, so the suite stays
fast and every run tries the same inputs. The command line is called in this process: an
exception escaping it, or the CLI's last-resort "unexpected failure", fails the test.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.conftest import run_in_process
from tests.store_helpers import case_dict, png
from tests.store_template import seed_sqlite_store

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # zipfile: a name written twice

FUZZ = settings(derandomize=True, max_examples=30, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

# Any character, surrogates and controls included: what a hostile or broken file can hold.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
NASTY_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.sampled_from(["", " ", "199.00", "-1", "1e400", "NaN", "２０２６-11-01", "2026-13-45T99:99:99",
                     "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "\ud800", "\x1b[2J", "\u202e",
                     "../../etc/passwd", "/etc/passwd", "C:\\x", "a" * 5000]),
)
LEAF = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                 st.floats(allow_nan=False, allow_infinity=False), NASTY_TEXT)
JSONISH = st.recursive(LEAF, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                       max_leaves=20)
FIELDS = ["title", "platform", "status", "consumer", "merchant", "order", "course", "refund", "demands", "facts",
          "evidence", "events", "order.amount", "order.paid_at", "course.progress_percent", "refund.status",
          "refund.requested_at", "refund.refunded_amount", "evidence.0.file", "evidence.0.kind",
          "evidence.0.occurred_at", "events.0.at", "events.0.text"]


def _mutate(doc: dict[str, Any], field: str, value: Any) -> dict[str, Any]:
    node: Any = doc
    parts = field.split(".")
    for part in parts[:-1]:
        if isinstance(node, list) and not node:
            return doc  # an earlier change emptied the list: nothing at "evidence.0" to change
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
        if not isinstance(node, (dict, list)):
            return doc
    last = parts[-1]
    if isinstance(node, list):
        if node:
            node[int(last)] = value
    else:
        node[last] = value
    return doc


def _ok(proc: Any) -> None:
    assert proc.returncode in (0, 1, 2), (proc.returncode, proc.stderr)
    assert "unexpected failure" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    if proc.returncode:
        assert "error: " in proc.stderr or "usage:" in proc.stderr, proc.stderr


@pytest.fixture
def folder(tmp_path: Path, sqlite_template: Path) -> Path:
    """One folder for all of a test's examples; its store (data/) starts as a copy of the run's migrated one."""
    seed_sqlite_store(tmp_path / "data", sqlite_template)
    png(tmp_path / "in" / "pay.png", 1)
    (tmp_path / "in" / "chat.txt").write_text("2026-11-01 20:00:12 张三: 可以退款吗？\n", "utf-8")
    return tmp_path


@FUZZ
@given(changes=st.lists(st.tuples(st.sampled_from(FIELDS), JSONISH), max_size=4))
def test_fuzzed_case_json(folder: Path, changes: list[tuple[str, Any]]) -> None:
    doc = case_dict(evidence=[{"file": "pay.png", "kind": "payment"}, {"file": "chat.txt", "kind": "chat"}])
    for field, value in changes:
        doc = _mutate(doc, field, value)
    path = folder / "in" / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=True, default=str), "utf-8")
    data = folder / "data"
    _ok(run_in_process(["--data-dir", str(data), "case", "create", "--json", str(path)]))
    _ok(run_in_process(["--data-dir", str(data), "check", "--file", str(path), "--json"]))


@FUZZ
@given(raw=st.one_of(st.binary(max_size=300), st.text(ANY_CHAR, max_size=300).map(
    lambda t: t.encode("utf-8", "surrogatepass"))))
def test_fuzzed_bytes_as_case_json(folder: Path, raw: bytes) -> None:
    path = folder / "raw.json"
    path.write_bytes(raw)
    _ok(run_in_process(["--data-dir", str(folder / "data"), "case", "create", "--json", str(path)]))


ENTRY_NAMES = st.one_of(
    st.sampled_from(["case.json", "manifest.sha256", "audit.json", "originals/001.png", "originals/002.txt",
                     "../x", "/abs", "originals/../../y", "originals/", "C:/z", "originals/a\nb", "extra.bin"]),
    st.text(ANY_CHAR.filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF), min_size=1, max_size=20),
)


@FUZZ
@given(entries=st.lists(st.tuples(ENTRY_NAMES, st.one_of(st.binary(max_size=200), JSONISH.map(
    lambda v: json.dumps(v, default=str).encode()))), max_size=6),
    method=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
    manifest_lines=st.lists(st.text(ANY_CHAR, max_size=80), max_size=3))
def test_fuzzed_archives(folder: Path, entries: list[tuple[str, bytes]], method: int,
                         manifest_lines: list[str]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        zf.writestr("case.json", json.dumps(case_dict(evidence=[{"file": "originals/001.png"}])))
        zf.writestr("manifest.sha256", "\n".join(manifest_lines).encode("utf-8", "surrogatepass"))
        for name, data in entries:
            try:
                zf.writestr(name, data)
            except (ValueError, UserWarning):
                continue
    path = folder / "fuzz.zip"
    path.write_bytes(buffer.getvalue())
    _ok(run_in_process(["--data-dir", str(folder / "data"), "archive", "import", str(path)]))


LINE = st.one_of(
    st.text(ANY_CHAR, max_size=60),
    st.builds(lambda y, mo, d, h, mi, who, what: f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:00 {who}: {what}",
              st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99), st.integers(0, 99), st.integers(0, 99),
              st.text(max_size=10), st.text(ANY_CHAR, max_size=30)),
    st.builds(lambda cells: ",".join(cells), st.lists(st.text(ANY_CHAR, max_size=12), max_size=5)),
)


@FUZZ
@given(lines=st.lists(LINE, max_size=30), suffix=st.sampled_from([".txt", ".csv", ".html"]),
       header=st.sampled_from(["", "时间,发送人,内容\n", "time\tsender\tmessage\n", "<html><body>"]),
       encoding=st.sampled_from(["utf-8", "gb18030", "utf-16", "latin-1"]))
def test_fuzzed_chat_logs(folder: Path, lines: list[str], suffix: str, header: str, encoding: str) -> None:
    data = folder / "data"
    case_id = _plain_case(folder)
    path = folder / f"chat{suffix}"
    path.write_bytes((header + "\n".join(lines)).encode(encoding, "surrogatepass" if encoding.startswith("utf")
                                                        else "replace"))
    _ok(run_in_process(["--data-dir", str(data), "evidence", "add", case_id, str(path)]))
    _ok(run_in_process(["--data-dir", str(data), "case", "show", case_id]))


def _plain_case(folder: Path) -> str:
    """The case every example adds its chat log to, made by the first example."""
    path = folder / "plain.json"
    if not path.exists():
        path.write_text(json.dumps(case_dict()), "utf-8")
        created = run_in_process(["--data-dir", str(folder / "data"), "case", "create", "--json", str(path)])
        assert created.returncode == 0, created.stderr
        (folder / "plain.id").write_text(created.stdout.strip().splitlines()[-1], "utf-8")
    return (folder / "plain.id").read_text("utf-8")
