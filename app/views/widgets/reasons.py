"""Why a file was refused, in the window's language.

The core (app/evidence) must not import Qt, so it raises `ImportRejected` with a code and the
fields of its text (app.core.errors.REJECTIONS); the command line prints the English text. The
window translates by code at call time (`shown_reason`), so a language switch takes effect at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.errors import ImportRejected

CONTEXT = "ImportReason"


# Code (app.core.errors.REJECTIONS) -> translatable text with the same named fields. The source text is
# the core's English text, so the existing translations carry over; QT_TRANSLATE_NOOP only marks it for
# lupdate, PySide's stub types it as object, hence str().
REASONS: dict[str, str] = {
    "missing": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file does not exist")),
    "over_limit": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file is larger than the 2 GiB limit")),
    "disk_full": str(QT_TRANSLATE_NOOP(
        "ImportReason", "not enough disk space to store the file; nothing was changed")),
    "file_size_limit": str(QT_TRANSLATE_NOOP(
        "ImportReason", "the file is larger than this computer lets the app write "
        "(file size limit); nothing was changed")),
    "store_read_only": str(QT_TRANSLATE_NOOP(
        "ImportReason", "the data folder is read-only; nothing was changed")),
    "store_permission": str(QT_TRANSLATE_NOOP(
        "ImportReason", "permission denied when storing the file in the data folder; "
        "nothing was changed")),
    "read_permission": str(QT_TRANSLATE_NOOP(
        "ImportReason", "permission denied when reading the file")),
    "store_failed": str(QT_TRANSLATE_NOOP(
        "ImportReason", "cannot store the file in the data folder ({error}); nothing "
        "was changed")),
    "read_failed": str(QT_TRANSLATE_NOOP(
        "ImportReason", "cannot read the file ({error})")),
    "undecodable": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file could not be read as {suffix}: {error}")),
    "undecodable_file": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file could not be read as evidence: {error}")),
    "unreadable": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file cannot be read ({error})")),
    "not_regular": str(QT_TRANSLATE_NOOP(
        "ImportReason", "not a regular file")),
    "empty": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file is empty")),
    "too_large": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file is too large ({size} GB; limit {limit} GB)")),
    "not_image": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file content is not a {kind} image (it looks like {what})")),
    "not_pdf": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file content is not a PDF document (it looks like {what})")),
    "not_text": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file content is not text (it looks like {what})")),
    "image_damaged": str(QT_TRANSLATE_NOOP(
        "ImportReason", "{kind} image is truncated or damaged")),
    "image_bomb": str(QT_TRANSLATE_NOOP(
        "ImportReason", "image is too large ({width}×{height} pixels; limit {limit} "
        "megapixels) — possible decompression bomb")),
    "image_bomb_unsized": str(QT_TRANSLATE_NOOP(
        "ImportReason", "image is too large (limit {limit} megapixels) — possible "
        "decompression bomb")),
    "pdf_no_pages": str(QT_TRANSLATE_NOOP(
        "ImportReason", "PDF has no pages")),
    "pdf_damaged": str(QT_TRANSLATE_NOOP(
        "ImportReason", "PDF is damaged and cannot be opened")),
    "pdf_encrypted": str(QT_TRANSLATE_NOOP(
        "ImportReason", "PDF is password-protected")),
    "text_too_large": str(QT_TRANSLATE_NOOP(
        "ImportReason", "text file is too large to read ({size} MB; limit {limit} "
        "MB)")),
    "text_bad_bytes": str(QT_TRANSLATE_NOOP(
        "ImportReason", "text file says it is {encoding} but contains invalid "
        "bytes")),
    "text_unknown_encoding": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file is not readable text (unknown encoding or binary "
        "data)")),
    "text_nul": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file contains binary data (NUL bytes), not text")),
    "text_binary": str(QT_TRANSLATE_NOOP(
        "ImportReason", "file contains binary data, not text")),
    "object_damaged": str(QT_TRANSLATE_NOOP(
        "ImportReason", "its bytes no longer match its SHA-256 (they hash to {actual}); the vault copy is damaged")),
    "in_data_folder": str(QT_TRANSLATE_NOOP(
        "ImportReason", "is inside the app's own data folder (the case database and the originals); add your own "
                        "files instead")),
    "folder_empty": str(QT_TRANSLATE_NOOP("ImportReason", "the folder holds no file to add")),
    "folder_unreadable": str(QT_TRANSLATE_NOOP("ImportReason", "the folder cannot be read ({error})")),
    "chat_too_long": str(QT_TRANSLATE_NOOP(
        "ImportReason", "chat log has more than {limit} messages; split it into parts of at most {limit}")),
    "image_frames": str(QT_TRANSLATE_NOOP(
        "ImportReason", "animation has more than {limit} frames; the app reads at most {limit}")),
    "image_text_chunk": str(QT_TRANSLATE_NOOP(
        "ImportReason", "the picture carries embedded text (metadata) over the {limit} MB the app reads")),
}

# What app.evidence.sniff.describe() says a file looks like (the {what} above). A raw media type
# (its fallback for types without a friendly name) is shown as it is.
DESCRIPTIONS: dict[str, str] = {
    "unrecognised binary data": str(QT_TRANSLATE_NOOP("ImportReason", "unrecognised binary data")),
    "a PNG image": str(QT_TRANSLATE_NOOP("ImportReason", "a PNG image")),
    "a JPEG image": str(QT_TRANSLATE_NOOP("ImportReason", "a JPEG image")),
    "a WebP image": str(QT_TRANSLATE_NOOP("ImportReason", "a WebP image")),
    "a GIF image": str(QT_TRANSLATE_NOOP("ImportReason", "a GIF image")),
    "a BMP image": str(QT_TRANSLATE_NOOP("ImportReason", "a BMP image")),
    "a HEIC image": str(QT_TRANSLATE_NOOP("ImportReason", "a HEIC image")),
    "a PDF document": str(QT_TRANSLATE_NOOP("ImportReason", "a PDF document")),
    "a ZIP archive or Office document": str(QT_TRANSLATE_NOOP("ImportReason", "a ZIP archive or Office document")),
    "a RAR archive": str(QT_TRANSLATE_NOOP("ImportReason", "a RAR archive")),
    "a 7-Zip archive": str(QT_TRANSLATE_NOOP("ImportReason", "a 7-Zip archive")),
    "a gzip archive": str(QT_TRANSLATE_NOOP("ImportReason", "a gzip archive")),
    "an MP4/MOV video": str(QT_TRANSLATE_NOOP("ImportReason", "an MP4/MOV video")),
    "an MP3 audio file": str(QT_TRANSLATE_NOOP("ImportReason", "an MP3 audio file")),
    "an HTML page": str(QT_TRANSLATE_NOOP("ImportReason", "an HTML page")),
    "text": str(QT_TRANSLATE_NOOP(
        "ImportReason", "text")),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_reason(exc: ImportRejected) -> str:
    """The refusal reason in the current UI language; the core's English text for an unknown code."""
    source = REASONS.get(exc.code)
    if source is None:
        return exc.reason
    fields: dict[str, object] = dict(exc.fields)
    what = fields.get("what")
    if isinstance(what, str) and what in DESCRIPTIONS:
        fields["what"] = _translate(DESCRIPTIONS[what])
    try:
        return _translate(source).format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return exc.reason


def rejected_text(exc: ImportRejected) -> str:
    """"name — reason" for a refused file, the reason in the UI language."""
    return f"{Path(exc.path).name or exc.path} — {shown_reason(exc)}"
