"""The ZIP beside the bundle: the PDF, every original as originals/证据N_<name>, and manifest.csv.

A redacted item goes in as its redacted copy (证据N_<name>-已遮挡.png|.pdf), never as the original.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

from app.bundle.model import Cancelled, Context
from app.core.errors import IntegrityFailure
from app.core.timeutil import to_beijing

CHUNK = 1 << 20
# Already compressed: deflating them again costs time and saves nothing.
STORED_PREFIXES = ("image/", "video/", "audio/", "application/pdf", "application/zip")


def _entry(name: str, ctx: Context, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=to_beijing(ctx.as_of).timetuple()[:6])
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def _copy(zf: zipfile.ZipFile, entry: zipfile.ZipInfo, source: Path, cancel: Callable[[], bool] | None) -> str:
    """Stream a file into the archive; returns its SHA-256 as read."""
    digest = hashlib.sha256()
    entry.file_size = source.stat().st_size  # lets zipfile choose ZIP64 up front for huge videos
    with open(source, "rb") as src, zf.open(entry, "w") as dst:
        while chunk := src.read(CHUNK):
            if cancel is not None and cancel():
                raise Cancelled()
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest()


def write_zip(target: Path, pdf: Path, pdf_name: str, ctx: Context, manifest: bytes) -> None:
    with zipfile.ZipFile(target, "w", allowZip64=True) as zf:
        _copy(zf, _entry(pdf_name, ctx, zipfile.ZIP_STORED), pdf, ctx.cancel)
        for ex in ctx.exhibits:
            if ex.original is None or not ex.original.is_file():
                continue
            media = (ex.info.media_type or "").lower()
            method = zipfile.ZIP_STORED if media.startswith(STORED_PREFIXES) else zipfile.ZIP_DEFLATED
            actual = _copy(zf, _entry(f"originals/{ex.attachment_name}", ctx, method), ex.original, ctx.cancel)
            if actual != ex.file_sha256:
                raise IntegrityFailure(ex.label, ex.file_sha256, actual)
        zf.writestr(_entry("manifest.csv", ctx, zipfile.ZIP_DEFLATED), manifest)
