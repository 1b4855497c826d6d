"""Case archives: a .zip that hands a case from a consumer to a volunteer.

Layout: case.json (the case JSON format, evidence paths inside the archive, each item's redaction
boxes), originals/…, manifest.sha256 (`sha256sum -c` compatible), audit.json.
Import trusts nothing: every entry name, size and hash is checked first.

With a password every entry is encrypted with AES-256 (WinZip AE-2, the ZIP encryption 7-Zip, WinZip
and macOS' Archive Utility open), written straight into the encrypted archive: no plain copy of any
part is written on the way. Entry names, which ZIP leaves readable, say nothing about the case
(originals/001.jpg). The password is used and forgotten, never stored.
"""

from __future__ import annotations

import errno
import hashlib
import json
import lzma
import os
import re
import uuid
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.bounded import InputRefused, check_regular
from app.core.case_draft import parse_draft, parse_json_bytes
from app.core.case_json import case_to_json
from app.core.errors import CaseFileError, CaseTampered, DomainError
from app.core.fsutil import make_parent, temp_beside
from app.core.timeutil import iso_beijing
from app.evidence.vault import file_sha256, remove_tree
from app.services.archive_zip import (
    MANIFEST,
    ArchiveRejected,
    WrongPassword,
    arc_name,
    check_entries,
    check_manifest,
    check_password,
    extract,
    read_small,
    reader,
    unlock,
    writer,
)
from app.services.evidence_import import create_with_evidence
from app.services.integrity import case_problems
from app.services.outputs import check_outputs

if TYPE_CHECKING:
    from app.services.cases import CaseService

MAX_ARCHIVE_BYTES = 8 * 1024**3  # uncompressed total
UID = re.compile(r"[0-9a-f]{32}")  # a case's lasting identity (app.models.case.Case.uid)


class ArchiveAlreadyHere(DomainError):
    """The archive holds a case this store already has (the same lasting identity): open it, or import a copy."""

    def __init__(self, path: str | Path, case_id: int, title: str) -> None:
        super().__init__(f"{path}: this case is already here as case {case_id} ({title}); "
                         "to have it twice, import it as a copy (--as-copy)")
        self.path, self.case_id, self.title = str(path), case_id, title


def export_archive(service: CaseService, case_id: int, out: Path, force: bool = False,
                   password: str | None = None) -> Path:
    """Write the case to `out`; with a password, every entry AES-256 encrypted."""
    if password is not None:
        check_password(password)
    check_outputs([("--out", out)], data_dir=service.data_dir, database=service.database_file, force=force,
                  example="case.zip")
    info = service.get_case(case_id)
    problems = case_problems(service, case_id)
    if problems:
        raise CaseTampered(case_id, info.data.title, problems)
    data = case_to_json(info.data)
    data["uid"] = service.case_uid(case_id)  # an import into a store that has it says so
    evidence, manifest = [], []
    for i, item in enumerate(info.evidence, start=1):
        src = service.original_path(item)
        actual = file_sha256(src) if src.is_file() else None
        if actual != item.sha256:
            raise ArchiveRejected(item.title, "the original in the vault is missing or damaged; run verify")
        arc = arc_name(item.original_name, i, password is not None)
        entry: dict[str, object] = {"file": arc, "kind": item.kind, "title": item.title, "source": item.source,
                 "proves": item.proves, "occurred_at": iso_beijing(item.occurred_at),
                 "original_name": item.original_name, "sha256": item.sha256}
        if item.redaction is not None:
            entry["redact"] = [b.to_json() for b in item.redaction.boxes]
        evidence.append(entry)
        manifest.append((item.sha256, arc, src))
    data["evidence"] = evidence
    data["events"] = [{"at": iso_beijing(e.at), "text": e.text} for e in info.events]
    audit_rows = [{"seq": a.seq, "at": iso_beijing(a.at), "action": a.action, "detail": json.loads(a.detail),
                   "prev_hash": a.prev_hash, "hash": a.hash, "actor": a.actor} for a in service.audit_log(case_id)]
    make_parent(out)
    tmp_name = temp_beside(out)
    try:
        with writer(tmp_name, password) as zf:
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


def import_archive(service: CaseService, path: Path, max_bytes: int = MAX_ARCHIVE_BYTES,
                   password: str | None = None, *, as_copy: bool = False) -> int:
    """Check everything, then create the case as `case create` would; returns the new case id. The case keeps
    the archive's identity (archive_identity), so a case the store already has, from this archive or another of
    the same case, raises ArchiveAlreadyHere; as_copy makes a new case with an identity of its own.

    An encrypted archive needs its password (PasswordNeeded, WrongPassword: checked before anything is
    unpacked).
    """
    try:
        check_regular(path)
    except InputRefused as exc:
        reason = "is a folder, not a zip archive" if exc.reason.startswith("is a folder") else exc.reason
        raise ArchiveRejected(path, reason) from None
    if not zipfile.is_zipfile(path):  # also False for a file that cannot be read
        raise ArchiveRejected(path, "not a zip archive")
    work: Path | None = None
    try:
        try:
            with reader(path) as zf:
                entries = check_entries(zf, path, max_bytes)
                unlock(zf, entries, path, password)
                # Unpacked in this process's staging folder: if the process is killed, the next start removes it.
                work = service.vault.session() / f"archive-{uuid.uuid4().hex[:12]}"
                work.mkdir()
                extract(zf, entries, work, path, max_bytes)
        except ArchiveRejected:
            raise
        except RuntimeError as exc:
            if password is not None:  # pyzipper: an entry the password does not open
                raise WrongPassword(path) from exc
            raise ArchiveRejected(path, f"archive is damaged ({str(exc)[:200]})")
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError,
                ValueError, lzma.LZMAError) as exc:
            if isinstance(exc, OSError) and getattr(exc, "errno", None) == errno.ENOSPC:
                raise ArchiveRejected(path, "not enough disk space to unpack the archive")
            raise ArchiveRejected(path, f"archive is damaged ({str(exc)[:200]})")
        assert work is not None
        if not (work / "case.json").is_file():
            raise ArchiveRejected(path, "case.json is missing")
        check_manifest(work, path)
        try:
            case_json = read_small(work, "case.json", path)
            raw = parse_json_bytes(case_json, "case.json")
            draft = parse_draft(raw, work)
        except CaseFileError as exc:
            raise ArchiveRejected(path, f"case.json: {exc}" if not str(exc).startswith("case.json") else str(exc))
        for spec in draft.evidence:
            if Path(spec.file).resolve().parent != (work / "originals").resolve():
                raise ArchiveRejected(path, f"case.json names a file outside originals/: {spec.file[:120]!r}")
        uid = None if as_copy else archive_identity(raw, case_json)
        existing = service.find_case(uid) if uid is not None else None
        if existing is not None:
            raise ArchiveAlreadyHere(path, existing, service.get_case(existing).data.title)
        case_id = create_with_evidence(service, draft, uid=uid)  # a copy gets a new identity
        _redact_again(service, case_id, raw, path)
        return case_id
    finally:
        if work is not None:
            remove_tree(work)


def archive_identity(raw: object, case_json: bytes) -> str:
    """The lasting identity of the case an archive holds, which the imported case keeps: the uid the archive
    carries, or for an archive written before archives carried one, the SHA-256 of its case.json (its first 32
    hex digits, a uid's shape), so that importing the same archive again finds the case it made."""
    uid = raw.get("uid") if isinstance(raw, dict) else None
    if isinstance(uid, str) and UID.fullmatch(uid):
        return uid
    return hashlib.sha256(case_json).hexdigest()[:32]


def _redact_again(service: CaseService, case_id: int, raw: object, path: Path) -> None:
    """Give the imported items the redactions they had (the boxes travel in case.json)."""
    from app.core.privacy import BadBox, RedactionBox
    from app.services.redaction import redact

    wanted: dict[str, list[RedactionBox]] = {}
    for entry in (raw.get("evidence") or []) if isinstance(raw, dict) else []:
        if isinstance(entry, dict) and isinstance(entry.get("redact"), list) and isinstance(entry.get("sha256"), str):
            try:
                wanted[entry["sha256"].lower()] = [RedactionBox.from_json(b) for b in entry["redact"]]
            except BadBox as exc:
                raise ArchiveRejected(path, f"imported as case {case_id}, but a redaction in case.json is not "
                                      f"valid ({exc}); redact that item again before exporting a bundle")
    if not wanted:
        return
    for item in service.get_case(case_id).evidence:
        boxes = wanted.get(item.sha256)
        if boxes:
            try:
                redact(service, item.id, boxes)
            except DomainError as exc:
                raise ArchiveRejected(path, f"imported as case {case_id}, but the redaction of evidence {item.id} "
                                      f"「{item.title}」 could not be made again ({exc}); redact it again before "
                                      "exporting a bundle")
