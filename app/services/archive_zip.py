"""The zip side of case archives: entry names, AES encryption, and reading a zip that trusts nothing.

Every entry's name, kind, compression, size and ratio is checked before anything is unpacked; unpacking
counts real bytes (headers can lie); the manifest's hashes are checked against what was unpacked; an
encrypted archive's password is tried on one entry first. The case itself is app.services.case_archive's.
"""

from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path, PurePosixPath

from app.core.bounded import MAX_CASE_JSON, InputRefused, check_regular, read_limited, size_text
from app.core.errors import DomainError
from app.evidence.vault import file_sha256

MAX_ENTRIES = 20_000
MANIFEST = "manifest.sha256"
SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")
PASSWORD_MIN = 8  # ZIP's AES key derivation is fast (1,000 rounds): the password is the protection


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


def arc_name(name: str, index: int, encrypted: bool) -> str:
    if not encrypted:
        return safe_name(name, index)
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    return f"originals/{index:03d}" + (suffix if SUFFIX.fullmatch(suffix) else "")


def writer(path: Path, password: str | None) -> zipfile.ZipFile:
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


def safe_name(name: str, index: int) -> str:
    """A name every system can extract: the item's number and a plain extension. The original name
    (newlines, `: ? * "`, CON, 300 bytes…) travels in case.json and audit.json, not in the file system."""
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    ext = suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""
    return f"originals/{index:03d}{ext}"


# What an archive may hold, and how much of each (read in full: case.json, the manifest, the log).
SMALL_ENTRIES = {"case.json": MAX_CASE_JSON, MANIFEST: 4 * 1024**2, "audit.json": 64 * 1024**2}
METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate", zipfile.ZIP_BZIP2: "bzip2",
           zipfile.ZIP_LZMA: "lzma"}
METHOD_NAMES = {9: "Deflate64", 99: "AES encryption", 6: "Implode", 93: "Zstandard", 95: "XZ", 98: "PPMd"}
# Deflate gives at most ~1000:1; real evidence (photos, PDFs, chat text) stays far below this.
MAX_RATIO = 100
RATIO_FLOOR = 1024**2  # entries smaller than this unpack to little whatever their ratio


def check_entries(zf: zipfile.ZipFile, path: Path, limit: int) -> list[zipfile.ZipInfo]:
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


def extract(zf: zipfile.ZipFile, entries: list[zipfile.ZipInfo], target: Path, path: Path, limit: int) -> None:
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


def read_small(root: Path, name: str, path: Path) -> bytes:
    try:
        return read_limited(root / name, SMALL_ENTRIES[name], name)
    except InputRefused as exc:
        raise ArchiveRejected(path, f"{name}: {exc.reason}") from None


def check_manifest(root: Path, path: Path) -> None:
    if not (root / MANIFEST).is_file():
        raise ArchiveRejected(path, f"{MANIFEST} is missing")
    try:
        text = read_small(root, MANIFEST, path).decode("utf-8")
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


def reader(path: Path) -> zipfile.ZipFile:
    """The archive opened for reading: pyzipper for one with encrypted entries, else the standard library."""
    zf = zipfile.ZipFile(path)
    if not any(e.flag_bits & 0x1 for e in zf.infolist()):
        return zf
    zf.close()
    import pyzipper

    return pyzipper.AESZipFile(path)


def unlock(zf: zipfile.ZipFile, entries: list[zipfile.ZipInfo], path: Path, password: str | None) -> None:
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
