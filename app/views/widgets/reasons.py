"""Why a file was refused, in the window's language.

The core (app/evidence) must not import Qt, so it raises `ImportRejected` with an English
reason, which the command line prints as it is. The window shows the reason through
`shown_reason`, which recognises each known English reason and translates it at call time,
so a language switch takes effect at once. A reason that is not recognised is shown as it is.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.errors import ImportRejected

CONTEXT = "ImportReason"


def _pattern(regex: str) -> re.Pattern[str]:
    """Matched against the whole reason; an exception's text inside one may span lines."""
    return re.compile(regex, re.DOTALL)


# (English reason as raised by app/evidence, translatable text with the same named fields).
# QT_TRANSLATE_NOOP only marks the text for lupdate; PySide's stub types it as object, hence str().
# The raise sites: app/evidence/inspection.py, textcodec.py and pipeline.py. Order matters where
# two patterns could match the same text: the more specific one comes first.
REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # pipeline.prepare
    (_pattern(r"file does not exist"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file does not exist"))),
    (_pattern(r"file is larger than the 2 GiB limit"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file is larger than the 2 GiB limit"))),
    (_pattern(r"not enough disk space to store the file; nothing was changed"),
     str(QT_TRANSLATE_NOOP("ImportReason", "not enough disk space to store the file; nothing was changed"))),
    (_pattern(r"the file is larger than this computer lets the app write \(file size limit\); nothing was changed"),
     str(QT_TRANSLATE_NOOP("ImportReason", "the file is larger than this computer lets the app write (file size "
                                           "limit); nothing was changed"))),
    (_pattern(r"the data folder is read-only; nothing was changed"),
     str(QT_TRANSLATE_NOOP("ImportReason", "the data folder is read-only; nothing was changed"))),
    (_pattern(r"permission denied when storing the file in the data folder; nothing was changed"),
     str(QT_TRANSLATE_NOOP("ImportReason", "permission denied when storing the file in the data folder; nothing "
                                           "was changed"))),
    (_pattern(r"permission denied when reading the file"),
     str(QT_TRANSLATE_NOOP("ImportReason", "permission denied when reading the file"))),
    (_pattern(r"cannot store the file in the data folder \((?P<error>.+)\); nothing was changed"),
     str(QT_TRANSLATE_NOOP("ImportReason", "cannot store the file in the data folder ({error}); nothing was "
                                           "changed"))),
    (_pattern(r"cannot read the file \((?P<error>.+)\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "cannot read the file ({error})"))),
    (_pattern(r"file could not be read as evidence: (?P<error>.*)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file could not be read as evidence: {error}"))),
    (_pattern(r"file could not be read as (?P<suffix>\S+): (?P<error>.*)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file could not be read as {suffix}: {error}"))),
    # importers (and pipeline): the file itself
    (_pattern(r"file cannot be read \((?P<error>.+)\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file cannot be read ({error})"))),
    (_pattern(r"not a regular file"),
     str(QT_TRANSLATE_NOOP("ImportReason", "not a regular file"))),
    (_pattern(r"file is empty"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file is empty"))),
    (_pattern(r"file is too large \((?P<size>[\d.]+) GB; limit (?P<limit>\d+) GB\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file is too large ({size} GB; limit {limit} GB)"))),
    # importers: content that does not match the extension
    (_pattern(r"file content is not a (?P<kind>\S+) image \(it looks like (?P<what>.+)\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file content is not a {kind} image (it looks like {what})"))),
    (_pattern(r"file content is not a PDF document \(it looks like (?P<what>.+)\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file content is not a PDF document (it looks like {what})"))),
    (_pattern(r"file content is not text \(it looks like (?P<what>.+)\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file content is not text (it looks like {what})"))),
    # importers: images
    (_pattern(r"(?P<kind>\S+) image is truncated or damaged"),
     str(QT_TRANSLATE_NOOP("ImportReason", "{kind} image is truncated or damaged"))),
    (_pattern(r"image is too large \((?P<width>\d+)×(?P<height>\d+) pixels; limit (?P<limit>\d+) megapixels\)"
                r" — possible decompression bomb"),
     str(QT_TRANSLATE_NOOP("ImportReason", "image is too large ({width}×{height} pixels; limit {limit} megapixels)"
                                             " — possible decompression bomb"))),
    (_pattern(r"image is too large \(limit (?P<limit>\d+) megapixels\) — possible decompression bomb"),
     str(QT_TRANSLATE_NOOP("ImportReason",
                             "image is too large (limit {limit} megapixels) — possible decompression bomb"))),
    # importers: PDF
    (_pattern(r"PDF has no pages"),
     str(QT_TRANSLATE_NOOP("ImportReason", "PDF has no pages"))),
    (_pattern(r"PDF is damaged and cannot be opened"),
     str(QT_TRANSLATE_NOOP("ImportReason", "PDF is damaged and cannot be opened"))),
    (_pattern(r"PDF is password-protected"),
     str(QT_TRANSLATE_NOOP("ImportReason", "PDF is password-protected"))),
    # importers and textcodec: chat logs
    (_pattern(r"text file is too large to read \((?P<size>\d+) MB; limit (?P<limit>\d+) MB\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "text file is too large to read ({size} MB; limit {limit} MB)"))),
    (_pattern(r"text file says it is (?P<encoding>\S+) but contains invalid bytes"),
     str(QT_TRANSLATE_NOOP("ImportReason", "text file says it is {encoding} but contains invalid bytes"))),
    (_pattern(r"file is not readable text \(unknown encoding or binary data\)"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file is not readable text (unknown encoding or binary data)"))),
    (_pattern(r"file contains binary data \(NUL bytes\), not text"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file contains binary data (NUL bytes), not text"))),
    (_pattern(r"file contains binary data, not text"),
     str(QT_TRANSLATE_NOOP("ImportReason", "file contains binary data, not text"))),
)

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
    "text": str(QT_TRANSLATE_NOOP("ImportReason", "text")),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_reason(reason: str) -> str:
    """The refusal reason in the current UI language; an unknown reason unchanged."""
    for pattern, source in REASONS:
        match = pattern.fullmatch(reason)
        if match is None:
            continue
        fields = match.groupdict()
        if "what" in fields and fields["what"] in DESCRIPTIONS:
            fields["what"] = _translate(DESCRIPTIONS[fields["what"]])
        try:
            return _translate(source).format(**fields)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return reason
    return reason


def rejected_text(exc: ImportRejected) -> str:
    """"name — reason" for a refused file, the reason in the UI language."""
    return f"{Path(exc.path).name or exc.path} — {shown_reason(exc.reason)}"
