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
import json
import lzma
import os
import re
import stat
import uuid
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from app.core.bounded import MAX_CASE_JSON, InputRefused, check_regular, read_limited, size_text
from app.core.case_json import case_to_json, parse_draft, parse_json_bytes
from app.core.errors import CaseFileError, CaseTampered, DomainError
from app.core.fsutil import make_parent, temp_beside
from app.core.timeutil import iso_beijing
from app.evidence.vault import file_sha256, remove_tree
from app.services.integrity import case_problems
from app.services.outputs import check_outputs

if TYPE_CHECKING:
    from app.services.cases import CaseService

MAX_ARCHIVE_BYTES = 8 * 1024**3  # uncompressed total
MAX_ENTRIES = 20_000
MANIFEST = "manifest.sha256"
SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")
PASSWORD_MIN = 8  # ZIP's AES key derivation is fast (1,000 rounds): the password is the protection


class ArchiveAlreadyHere(DomainError):
    """The archive holds a case this store already has (the same lasting identity): open it, or import a copy."""

    def __init__(self, path: str | Path, case_id: int, title: str) -> None:
        super().__init__(f"{path}: this case is already here as case {case_id} ({title}); "
                         "to have it twice, import it as a copy (--as-copy)")
        self.path, self.case_id, self.title = str(path), case_id, title


class ArchiveRejected(DomainError):
    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class PasswordNeeded(ArchiveRejected):
    """The archive is encrypted and no password was given."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "the archive is encrypted; its password is needed")


class WrongPassword(ArchiveRejected):
    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "wrong password")


class WeakPassword(DomainError):
    """A password too short to protect an archive (refused before anything is written)."""

    def __init__(self) -> None:
        super().__init__(f"the password must have at least {PASSWORD_MIN} characters (a phrase of several words "
                         "is best)")


def check_password(password: str) -> None:
    if len(password) < PASSWORD_MIN:
        raise WeakPassword()


def _arc_name(name: str, index: int, encrypted: bool) -> str:
    if not encrypted:
        return _safe_name(name, index)
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    return f"originals/{index:03d}" + (suffix if SUFFIX.fullmatch(suffix) else "")


def _writer(path: Path, password: str | None) -> zipfile.ZipFile:
    if password is None:
        return zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
    import pyzipper

    zf = pyzipper.AESZipFile(path, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
    zf.setpassword(password.encode("utf-8"))
    zf.setencryption(pyzipper.WZ_AES, nbits=256)
    return zf


def is_encrypted(path: Path) -> bool:
    """Does the archive hold encrypted entries? (Reads only the directory; False for anything not a zip.)"""
    try:
        check_regular(path)  # never a device or a pipe: /dev/zero would be read for ever
    except InputRefused:
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            return any(e.flag_bits & 0x1 for e in zf.infolist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def _safe_name(name: str, index: int) -> str:
    """A name every system can extract: the item's number and a plain extension. The original name
    (newlines, `: ? * "`, CON, 300 bytes…) travels in case.json and audit.json, not in the file system."""
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    ext = suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""
    return f"originals/{index:03d}{ext}"


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
        arc = _arc_name(item.original_name, i, password is not None)
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
        with _writer(tmp_name, password) as zf:
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


# What an archive may hold, and how much of each (read in full: case.json, the manifest, the log).
SMALL_ENTRIES = {"case.json": MAX_CASE_JSON, MANIFEST: 4 * 1024**2, "audit.json": 64 * 1024**2}
METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate", zipfile.ZIP_BZIP2: "bzip2",
           zipfile.ZIP_LZMA: "lzma"}
METHOD_NAMES = {9: "Deflate64", 99: "AES encryption", 6: "Implode", 93: "Zstandard", 95: "XZ", 98: "PPMd"}
# Deflate gives at most ~1000:1; real evidence (photos, PDFs, chat text) stays far below this.
MAX_RATIO = 100
RATIO_FLOOR = 1024**2  # entries smaller than this unpack to little whatever their ratio


def _check_entries(zf: zipfile.ZipFile, path: Path, limit: int) -> list[zipfile.ZipInfo]:
    entries = zf.infolist()
    if len(entries) > MAX_ENTRIES:
        raise ArchiveRejected(path, f"too many entries ({len(entries)}; the limit is {MAX_ENTRIES})")
    seen: set[str] = set()
    total = 0
    for e in entries:
        name = e.filename
        shown = repr(name[:120])
        pure = PurePosixPath(name)
        if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
            raise ArchiveRejected(path, f"entry {shown} has an absolute path")
        if ".." in pure.parts:
            raise ArchiveRejected(path, f"entry {shown} escapes the target folder")
        mode = e.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise ArchiveRejected(path, f"entry {shown} is a link")
        key = name.rstrip("/").casefold()
        if key in seen:
            raise ArchiveRejected(path, f"entry {shown} appears twice")
        seen.add(key)
        if e.is_dir():
            continue
        if e.flag_bits & 0x1 and getattr(e, "wz_aes_strength", None) is None:  # pyzipper reads AES entries
            raise ArchiveRejected(path, f"entry {shown} is encrypted with the old ZIP encryption (ZipCrypto), which "
                                        "protects nothing; case archives are encrypted with AES-256")
        if e.compress_type not in METHODS:
            method = METHOD_NAMES.get(e.compress_type, "unknown")
            raise ArchiveRejected(path, f"entry {shown} uses compression method {e.compress_type} ({method}), which "
                                        "is not supported (stored, deflate, bzip2 and lzma are)")
        small = SMALL_ENTRIES.get(name)
        if small is not None and e.file_size > small:
            raise ArchiveRejected(path, f"{name} is too large ({size_text(e.file_size)}; the limit is "
                                        f"{size_text(small)})")
        if small is None and not name.startswith("originals/"):
            raise ArchiveRejected(path, f"entry {shown} is not part of a case archive (case.json, {MANIFEST}, "
                                        "audit.json and originals/ are)")
        if e.file_size > RATIO_FLOOR and e.file_size > MAX_RATIO * max(e.compress_size, 1):
            ratio = e.file_size // max(e.compress_size, 1)
            raise ArchiveRejected(path, f"entry {shown} would unpack {size_text(e.compress_size)} to "
                                        f"{size_text(e.file_size)} ({ratio}:1; the limit is {MAX_RATIO}:1): "
                                        "possibly a zip bomb")
        total += e.file_size
        if total > limit:
            raise ArchiveRejected(path, f"archive is larger than the {size_text(limit)} limit when unpacked")
    return entries


def _extract(zf: zipfile.ZipFile, entries: list[zipfile.ZipInfo], target: Path, path: Path, limit: int) -> None:
    budget = limit
    for e in entries:
        if e.is_dir():
            continue
        dest = (target / e.filename).resolve()
        if not dest.is_relative_to(target.resolve()):
            raise ArchiveRejected(path, f"entry {e.filename[:120]!r} escapes the target folder")
        dest.parent.mkdir(parents=True, exist_ok=True)
        left = e.file_size
        with zf.open(e) as src, open(dest, "xb") as dst:
            # Count real bytes: the sizes in a zip header can lie (zip bombs).
            while chunk := src.read(1024 * 1024):
                budget -= len(chunk)
                left -= len(chunk)
                if budget < 0:
                    raise ArchiveRejected(path, f"archive is larger than the {size_text(limit)} limit when unpacked")
                if left < 0:
                    raise ArchiveRejected(path, f"entry {e.filename[:120]!r} holds more than its header says "
                                                f"({size_text(e.file_size)}): possibly a zip bomb")
                dst.write(chunk)


def _read_small(root: Path, name: str, path: Path) -> bytes:
    try:
        return read_limited(root / name, SMALL_ENTRIES[name], name)
    except InputRefused as exc:
        raise ArchiveRejected(path, f"{name}: {exc.reason}") from None


def _check_manifest(root: Path, path: Path) -> None:
    if not (root / MANIFEST).is_file():
        raise ArchiveRejected(path, f"{MANIFEST} is missing")
    try:
        text = _read_small(root, MANIFEST, path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArchiveRejected(path, f"{MANIFEST} is not UTF-8 text (byte {exc.start})") from None
    listed: set[str] = set()
    for raw_line in text.split("\n"):  # only \n ends a line: a name may hold U+2028, \x85, \f…
        line = raw_line.removesuffix("\r")
        if not line.strip():
            continue
        sha, _, name = line.partition("  ")
        if (not re.fullmatch(r"[0-9a-fA-F]{64}", sha) or not name
                or (root / name).resolve().parent != (root / "originals").resolve()):
            raise ArchiveRejected(path, f"bad manifest line: {line[:80]!r}")
        target = root / name
        if not target.is_file():
            raise ArchiveRejected(path, f"{name[:120]!r} is listed in the manifest but missing")
        actual = file_sha256(target)
        if actual != sha.lower():
            raise ArchiveRejected(path, f"{name[:120]!r}: SHA-256 {actual} does not match the manifest ({sha})")
        listed.add(name)
    originals = root / "originals"
    present = {f"originals/{p.name}" for p in originals.iterdir()} if originals.is_dir() else set()
    extra = sorted(present - listed)
    if extra:
        raise ArchiveRejected(path, f"{extra[0][:120]!r} is not in the manifest")


def _reader(path: Path) -> zipfile.ZipFile:
    """The archive opened for reading: pyzipper for one with encrypted entries, else the standard library."""
    zf = zipfile.ZipFile(path)
    if not any(e.flag_bits & 0x1 for e in zf.infolist()):
        return zf
    zf.close()
    import pyzipper

    return pyzipper.AESZipFile(path)


def _unlock(zf: zipfile.ZipFile, entries: list[zipfile.ZipInfo], path: Path, password: str | None) -> None:
    """Check the password on the first entry before anything is unpacked (a plain archive needs none)."""
    files = [e for e in entries if not e.is_dir()]
    locked = [bool(e.flag_bits & 0x1) for e in files]
    if not any(locked):
        return
    if not all(locked):  # an unencrypted entry could have been put in by anyone
        raise ArchiveRejected(path, "some entries are encrypted and some are not")
    if password is None:
        raise PasswordNeeded(path)
    zf.setpassword(password.encode("utf-8"))
    first = min(files, key=lambda e: e.file_size)
    try:
        with zf.open(first) as fh:  # read whole: the entry's authentication code is checked at its end
            while fh.read(1024 * 1024):
                pass
    except (RuntimeError, zipfile.BadZipFile) as exc:
        raise WrongPassword(path) from exc


def import_archive(service: CaseService, path: Path, max_bytes: int = MAX_ARCHIVE_BYTES,
                   password: str | None = None, *, as_copy: bool = False) -> int:
    """Check everything, then create the case as `case create` would; returns the new case id. A case the
    store already has raises ArchiveAlreadyHere unless as_copy.

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
            with _reader(path) as zf:
                entries = _check_entries(zf, path, max_bytes)
                _unlock(zf, entries, path, password)
                # Unpacked in this process's staging folder: if the process is killed, the next start removes it.
                work = service.vault.session() / f"archive-{uuid.uuid4().hex[:12]}"
                work.mkdir()
                _extract(zf, entries, work, path, max_bytes)
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
        _check_manifest(work, path)
        try:
            raw = parse_json_bytes(_read_small(work, "case.json", path), "case.json")
            draft = parse_draft(raw, work)
        except CaseFileError as exc:
            raise ArchiveRejected(path, f"case.json: {exc}" if not str(exc).startswith("case.json") else str(exc))
        for spec in draft.evidence:
            if Path(spec.file).resolve().parent != (work / "originals").resolve():
                raise ArchiveRejected(path, f"case.json names a file outside originals/: {spec.file[:120]!r}")
        uid = raw.get("uid") if isinstance(raw, dict) else None
        existing = service.find_case(uid) if isinstance(uid, str) and not as_copy else None
        if existing is not None:
            raise ArchiveAlreadyHere(path, existing, service.get_case(existing).data.title)
        case_id = service.create_from_draft(draft)
        _redact_again(service, case_id, raw, path)
        return case_id
    finally:
        if work is not None:
            remove_tree(work)


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
