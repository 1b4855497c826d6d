"""A whole case file: the JSON read safely from disk, the case (app.core.case_json), its evidence files
(paths inside the file's folder, reached without links) and its events -> CaseDraft.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

from app.core.bounded import MAX_CASE_JSON, InputRefused, loads, read_limited
from app.core.case_json import choice_field, json_object, parse_case, text_field, when_field
from app.core.domain import EVIDENCE_KINDS, CaseDraft, EventSpec, EvidenceSpec
from app.core.errors import CaseFileError


def load_json_file(path: Path, limit: int = MAX_CASE_JSON) -> Any:
    """A case JSON file: a regular file of at most 16 MiB, UTF-8, bounded numbers and nesting."""
    try:
        raw = read_limited(path, limit, "case JSON")
    except InputRefused as exc:
        raise CaseFileError(exc.where, exc.reason) from None
    return parse_json_bytes(raw, str(path))


def parse_json_bytes(raw: bytes, where: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseFileError(where, f"not UTF-8 text (byte {exc.start})") from exc
    try:
        return loads(text, where)
    except InputRefused as exc:
        raise CaseFileError(exc.where, exc.reason) from None


def parse_draft(data: Any, base_dir: Path) -> CaseDraft:
    """A whole case JSON: case, evidence files (resolved against base_dir) and events."""
    root = json_object(data, "(root)")
    case = parse_case(root)
    evidence_raw = root.get("evidence") or []
    if not isinstance(evidence_raw, list):
        raise CaseFileError("evidence", "must be a list")
    evidence = []
    for i, item in enumerate(evidence_raw):
        prefix = f"evidence[{i}]."
        obj = json_object(item, f"evidence[{i}]")
        name = text_field(obj, "file", prefix, limit=4096)
        if not name:
            raise CaseFileError(f"{prefix}file", "is required")
        path = evidence_path(base_dir, name, f"{prefix}file")
        evidence.append(
            EvidenceSpec(
                file=str(path),
                kind=choice_field(obj, "kind", prefix, EVIDENCE_KINDS, "other"),
                title=text_field(obj, "title", prefix, limit=200),
                source=text_field(obj, "source", prefix),
                proves=text_field(obj, "proves", prefix, limit=2000),
                occurred_at=when_field(obj, "occurred_at", prefix),
                original_name=text_field(obj, "original_name", prefix, limit=1024) or None,
            )
        )
    events_raw = root.get("events") or []
    if not isinstance(events_raw, list):
        raise CaseFileError("events", "must be a list")
    events = []
    for i, item in enumerate(events_raw):
        prefix = f"events[{i}]."
        obj = json_object(item, f"events[{i}]")
        at = when_field(obj, "at", prefix)
        if at is None:
            raise CaseFileError(f"{prefix}at", "is required")
        text = text_field(obj, "text", prefix, limit=2000)
        if not text:
            raise CaseFileError(f"{prefix}text", "is required")
        events.append(EventSpec(at=at, text=text))
    return CaseDraft(case=case, evidence=evidence, events=events)


def evidence_path(base_dir: Path, name: str, field: str) -> Path:
    """An evidence file named in a case JSON: inside the JSON's folder, reached without links.

    An absolute path, a `..` out of the folder or a link would let a case JSON from someone else
    pull any file of this computer (a key, a password store) into a case and its archives.
    """
    given = PurePath(name.replace("\\", "/"))
    if given.is_absolute() or PureWindowsPath(name).is_absolute() or PureWindowsPath(name).drive:
        raise CaseFileError(field, "must be a path relative to the case JSON's folder, not an absolute path")
    path = base_dir / given
    real_base = os.path.realpath(base_dir)
    lexical = os.path.normpath(os.path.join(real_base, str(given)))
    if os.path.commonpath([real_base, lexical]) != real_base:
        raise CaseFileError(field, "is outside the case JSON's folder")
    if os.path.realpath(path) != lexical:
        raise CaseFileError(field, "is reached through a link; links in a case JSON are not followed")
    return path


def read_draft(path: Path) -> CaseDraft:
    """Read a case JSON file; evidence paths are relative to it."""
    return parse_draft(load_json_file(path), path.resolve().parent)


def evidence_kinds_of(data: Any) -> list[str]:
    """Evidence kinds named in a case JSON, without touching any file (check --file)."""
    root = json_object(data, "(root)")
    items = root.get("evidence") or []
    if not isinstance(items, list):
        raise CaseFileError("evidence", "must be a list")
    kinds = []
    for i, item in enumerate(items):
        obj = json_object(item, f"evidence[{i}]")
        kinds.append(choice_field(obj, "kind", f"evidence[{i}].", EVIDENCE_KINDS, "other"))
    return kinds
