"""Case archives: a .zip that hands a case from a consumer to a volunteer.

Layout: case.json (the case JSON format, evidence paths inside the archive),
originals/…, manifest.sha256 (`sha256sum -c` compatible), audit.json.
Import trusts nothing: every entry name, size and hash is checked first.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from app.core.case_json import case_to_json, parse_draft
from app.core.errors import CaseFileError, CaseTampered, DomainError
from app.core.fsutil import make_parent, temp_beside
from app.core.timeutil import iso_beijing
from app.evidence.vault import file_sha256
from app.services.integrity import case_problems
from app.services.outputs import check_outputs

if TYPE_CHECKING:
    from app.services.cases import CaseService

MAX_ARCHIVE_BYTES = 8 * 1024**3  # uncompressed total
MAX_ENTRIES = 20_000
MANIFEST = "manifest.sha256"


class ArchiveRejected(DomainError):
    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def _safe_name(name: str, index: int) -> str:
    # Keep the extension (it tells the importer the type); drop anything path-like.
    base = name.replace("/", "_").replace("\\", "_").strip() or "file"
    return f"originals/{index:03d}-{base[-120:]}"


def export_archive(service: CaseService, case_id: int, out: Path, force: bool = False) -> Path:
    check_outputs([("--out", out)], data_dir=service.data_dir, database=service.database_file, force=force,
                  example="case.zip")
    info = service.get_case(case_id)
    problems = case_problems(service, case_id)
    if problems:
        raise CaseTampered(case_id, info.data.title, problems)
    data = case_to_json(info.data)
    evidence, manifest = [], []
    for i, item in enumerate(info.evidence, start=1):
        src = service.original_path(item)
        actual = file_sha256(src) if src.is_file() else None
        if actual != item.sha256:
            raise ArchiveRejected(item.title, "the original in the vault is missing or damaged; run verify")
        arc = _safe_name(item.original_name, i)
        evidence.append({"file": arc, "kind": item.kind, "title": item.title, "source": item.source,
                         "proves": item.proves, "occurred_at": iso_beijing(item.occurred_at),
                         "original_name": item.original_name, "sha256": item.sha256})
        manifest.append((item.sha256, arc, src))
    data["evidence"] = evidence
    data["events"] = [{"at": iso_beijing(e.at), "text": e.text} for e in info.events]
    audit_rows = [{"seq": a.seq, "at": iso_beijing(a.at), "action": a.action, "detail": json.loads(a.detail),
                   "prev_hash": a.prev_hash, "hash": a.hash} for a in service.audit_log(case_id)]
    make_parent(out)
    tmp_name = temp_beside(out)
    try:
        with zipfile.ZipFile(tmp_name, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("case.json", json.dumps(data, ensure_ascii=False, indent=2))
            zf.writestr("audit.json", json.dumps(audit_rows, ensure_ascii=False, indent=2))
            for _sha, arc, src in manifest:
                zf.write(src, arc)
            lines = [f"{sha}  {arc}" for sha, arc, _ in manifest]
            zf.writestr(MANIFEST, "\n".join(lines) + "\n")
        with open(tmp_name, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_name, out)
    except BaseException:
        tmp_name.unlink(missing_ok=True)
        raise
    return out


def _check_entries(zf: zipfile.ZipFile, path: Path, limit: int) -> list[zipfile.ZipInfo]:
    entries = zf.infolist()
    if len(entries) > MAX_ENTRIES:
        raise ArchiveRejected(path, f"too many entries ({len(entries)})")
    seen: set[str] = set()
    total = 0
    for e in entries:
        name = e.filename
        pure = PurePosixPath(name)
        if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
            raise ArchiveRejected(path, f"entry {name!r} has an absolute path")
        if ".." in pure.parts:
            raise ArchiveRejected(path, f"entry {name!r} escapes the target folder")
        mode = e.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise ArchiveRejected(path, f"entry {name!r} is a link")
        key = name.rstrip("/").casefold()
        if key in seen:
            raise ArchiveRejected(path, f"entry {name!r} appears twice")
        seen.add(key)
        total += e.file_size
        if total > limit:
            raise ArchiveRejected(path, f"archive is larger than the {_size(limit)} limit when unpacked")
    return entries


def _size(n: int) -> str:
    return f"{n / 1024**3:g} GiB" if n >= 1024**3 else f"{n} bytes"


def _extract(zf: zipfile.ZipFile, entries: list[zipfile.ZipInfo], target: Path, path: Path, limit: int) -> None:
    budget = limit
    for e in entries:
        if e.is_dir():
            continue
        dest = (target / e.filename).resolve()
        if not dest.is_relative_to(target.resolve()):
            raise ArchiveRejected(path, f"entry {e.filename!r} escapes the target folder")
        dest.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(e) as src, open(dest, "xb") as dst:
            # Count real bytes: the sizes in a zip header can lie (zip bombs).
            while chunk := src.read(1024 * 1024):
                budget -= len(chunk)
                if budget < 0:
                    raise ArchiveRejected(path, f"archive is larger than the {_size(limit)} limit when unpacked")
                dst.write(chunk)


def _check_manifest(root: Path, path: Path) -> None:
    manifest = root / MANIFEST
    if not manifest.is_file():
        raise ArchiveRejected(path, f"{MANIFEST} is missing")
    listed: set[str] = set()
    for line in manifest.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        sha, _, name = line.partition("  ")
        if not name or (root / name).resolve().parent != (root / "originals").resolve():
            raise ArchiveRejected(path, f"bad manifest line: {line[:80]!r}")
        target = root / name
        if not target.is_file():
            raise ArchiveRejected(path, f"{name} is listed in the manifest but missing")
        actual = file_sha256(target)
        if actual != sha.lower():
            raise ArchiveRejected(path, f"{name}: SHA-256 {actual} does not match the manifest ({sha})")
        listed.add(name)
    originals = root / "originals"
    present = {f"originals/{p.name}" for p in originals.iterdir()} if originals.is_dir() else set()
    extra = sorted(present - listed)
    if extra:
        raise ArchiveRejected(path, f"{extra[0]} is not in the manifest")


def import_archive(service: CaseService, path: Path, max_bytes: int = MAX_ARCHIVE_BYTES) -> int:
    """Check everything, then create the case as `case create` would; returns the new case id."""
    if not path.exists():
        raise ArchiveRejected(path, "file does not exist")
    if path.is_dir():
        raise ArchiveRejected(path, "is a folder, not a zip archive")
    if not zipfile.is_zipfile(path):  # also False for a file that cannot be read
        raise ArchiveRejected(path, "not a zip archive")
    work = Path(tempfile.mkdtemp(prefix="archive-", dir=service.data_dir))
    try:
        try:
            with zipfile.ZipFile(path) as zf:
                entries = _check_entries(zf, path, max_bytes)
                _extract(zf, entries, work, path, max_bytes)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
                raise ArchiveRejected(path, "not enough disk space to unpack the archive")
            raise ArchiveRejected(path, f"archive is damaged ({exc})")
        if not (work / "case.json").is_file():
            raise ArchiveRejected(path, "case.json is missing")
        _check_manifest(work, path)
        try:
            raw = json.loads((work / "case.json").read_text("utf-8"), parse_float=Decimal)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ArchiveRejected(path, f"case.json is not valid JSON ({exc})")
        try:
            draft = parse_draft(raw, work)
        except CaseFileError as exc:
            raise ArchiveRejected(path, f"case.json: {exc}")
        for spec in draft.evidence:
            if Path(spec.file).resolve().parent != (work / "originals").resolve():
                raise ArchiveRejected(path, f"case.json names a file outside originals/: {spec.file}")
        return service.create_from_draft(draft)
    finally:
        shutil.rmtree(work, ignore_errors=True)
