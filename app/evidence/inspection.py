"""Inspect a file before it enters the vault: what it is, whether it is whole, its facts."""

from __future__ import annotations

import mimetypes
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from PIL import Image

from app.core.errors import ImportRejected
from app.core.timeutil import BEIJING, in_range
from app.evidence.chatlogs import (
    MAX_MESSAGES,
    ChatMessage,
    TooManyMessages,
    decode_text,
    html_to_text,
    parse_csv,
    parse_lines,
)
from app.evidence.imaging import MAX_FRAMES, MAX_PIXELS, MAX_TEXT_CHUNK, header_size, strict_pillow
from app.evidence.pdfium_lock import PDFIUM_LOCK
from app.evidence.sniff import HEAD_BYTES, describe, looks_like_text, sniff

if TYPE_CHECKING:
    from pypdf import PdfReader

__all__ = ["MAX_FILE_BYTES", "MAX_PIXELS", "MAX_TEXT_BYTES", "Inspection", "inspect"]

MAX_FILE_BYTES = 2 * 1024**3
# Chat logs are read whole into memory; a real export is far smaller than this.
MAX_TEXT_BYTES = 64 * 1024**2

IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", "image/heic")
_IMAGE_EXTS = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".jpe": "image/jpeg",
    ".jfif": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".dib": "image/bmp",
    ".heic": "image/heic",
    ".heif": "image/heic",
    ".hif": "image/heic",
}
_CHAT_EXTS = {".txt": "text/plain", ".csv": "text/csv", ".html": "text/html", ".htm": "text/html"}
_KIND = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/webp": "WebP",
    "image/gif": "GIF",
    "image/bmp": "BMP",
    "image/heic": "HEIC",
}
# Built-in table only: the system's mime.types (or the Windows registry) would vary by machine.
_MIME = mimetypes.MimeTypes(filenames=())
# Common evidence types the built-in table (Python 3.11) lacks: Office files, phone audio/video,
# archives, and China's OFD e-invoice format.
_EXTRA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".m4a": "audio/mp4",
    ".amr": "audio/amr",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
    ".m4v": "video/x-m4v",
    ".mkv": "video/x-matroska",
    ".rar": "application/vnd.rar",
    ".7z": "application/x-7z-compressed",
    ".ofd": "application/ofd",
}
for _extension, _media_type in _EXTRA_TYPES.items():
    _MIME.add_type(_media_type, _extension)

_TAG_ORIENTATION = 0x0112
_TAG_EXIF_IFD = 0x8769
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_OFFSET_TIME_ORIGINAL = 0x9011


@dataclass
class Inspection:
    category: str
    media_type: str
    width: int | None = None
    height: int | None = None
    orientation: int | None = None
    captured_at: datetime | None = None
    page_count: int | None = None
    text: str | None = None
    encoding: str | None = None
    messages: list[ChatMessage] | None = None


def inspect(path: Path, original_name: str) -> Inspection:
    """Validate and describe a file; raise ImportRejected (naming original_name) if it is unusable."""
    name = original_name
    size = _size(path, name)
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    sniffed = sniff(head)
    ext = PurePath(original_name.strip()).suffix.lower()
    if ext in _IMAGE_EXTS:
        if sniffed not in IMAGE_TYPES:
            kind = _KIND[_IMAGE_EXTS[ext]]
            raise ImportRejected(name, "not_image", kind=kind, what=describe(sniffed))
        return _inspect_image(path, name, sniffed)
    if ext == ".pdf":
        if sniffed != "application/pdf":
            raise ImportRejected(name, "not_pdf", what=describe(sniffed))
        return _inspect_pdf(path, name)
    if ext in _CHAT_EXTS:
        if sniffed not in (None, "text/plain", "text/html") and not looks_like_text(head):
            raise ImportRejected(name, "not_text", what=describe(sniffed))
        return _inspect_chat(path, name, ext, size)
    # Unknown or missing extension: trust the content when it is something we can check.
    if sniffed in IMAGE_TYPES:
        return _inspect_image(path, name, sniffed)
    if sniffed == "application/pdf":
        return _inspect_pdf(path, name)
    return Inspection("opaque", _opaque_type(ext, sniffed))


def _size(path: Path, name: str) -> int:
    try:
        stat = path.stat()
    except OSError as exc:
        raise ImportRejected(name, "unreadable", error=exc.strerror or exc)
    if not path.is_file():
        raise ImportRejected(name, "not_regular")
    if stat.st_size == 0:
        raise ImportRejected(name, "empty")
    if stat.st_size > MAX_FILE_BYTES:
        size, limit = stat.st_size / 1024**3, MAX_FILE_BYTES // 1024**3
        raise ImportRejected(name, "too_large", size=f"{size:.1f}", limit=limit)
    return stat.st_size


def _opaque_type(ext: str, sniffed: str | None) -> str:
    guessed, _encoding = _MIME.guess_type("x" + ext) if ext else (None, None)
    if guessed:
        return guessed
    if sniffed and not sniffed.startswith("text/"):
        return sniffed
    return "application/octet-stream"


# --- images -------------------------------------------------------------------------------


def _inspect_image(path: Path, name: str, media_type: str) -> Inspection:
    kind = _KIND[media_type]
    try:
        with strict_pillow():
            with Image.open(path) as image:
                width, height = image.size
                _check_pixels(width, height, name)
                _decode_frames(image, width * height, name)
                orientation, captured_at = _exif_facts(image)
            if media_type == "image/png":
                # load() stops after the pixels; verify() also checks every CRC and the end chunk.
                with Image.open(path) as image:
                    image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise bomb(name, header_size(str(path), media_type))
    except ImportRejected:
        raise
    except ValueError as exc:
        if "MAX_TEXT_CHUNK" in str(exc) or "text chunk" in str(exc).lower():
            raise ImportRejected(name, "image_text_chunk", limit=MAX_TEXT_CHUNK // 1024**2) from exc
        raise ImportRejected(name, "image_damaged", kind=kind) from exc
    except (OSError, SyntaxError, EOFError, IndexError, zlib.error) as exc:
        # Pillow reports broken data with any of these, depending on format and where it breaks.
        raise ImportRejected(name, "image_damaged", kind=kind) from exc
    return Inspection("image", media_type, width, height, orientation=orientation, captured_at=captured_at)


def _check_pixels(width: int, height: int, name: str) -> None:
    if width * height > MAX_PIXELS:
        raise bomb(name, (width, height))


def bomb(name: str, size: tuple[int, int] | None) -> ImportRejected:
    """The refusal of an image with more pixels than MAX_PIXELS (size None: not known from the header)."""
    limit = MAX_PIXELS // 1_000_000
    if size is None:
        return ImportRejected(name, "image_bomb_unsized", limit=limit)
    return ImportRejected(name, "image_bomb", width=size[0], height=size[1], limit=limit)


def _decode_frames(image: Image.Image, frame_pixels: int, name: str) -> None:
    """Decode every frame (animations until MAX_PIXELS have been decoded) to prove the data is whole.

    Frames are walked one by one (never n_frames, which reads a whole GIF first) and at most
    MAX_FRAMES of them: more is refused, whatever the header says."""
    decoded = 0
    index = 0
    while True:
        if index:
            try:
                image.seek(index)
            except EOFError:
                return
        if index >= MAX_FRAMES:
            raise ImportRejected(name, "image_frames", limit=MAX_FRAMES)
        if decoded < MAX_PIXELS:
            image.load()
            decoded += frame_pixels
        if not getattr(image, "is_animated", False):
            return
        index += 1


def _exif_facts(image: Image.Image) -> tuple[int | None, datetime | None]:
    """EXIF orientation (1..8) and DateTimeOriginal; a corrupt EXIF block just yields None."""
    try:
        exif = image.getexif()
        orientation = exif.get(_TAG_ORIENTATION)
        sub_ifd = exif.get_ifd(_TAG_EXIF_IFD)
        original = sub_ifd.get(_TAG_DATETIME_ORIGINAL)
        offset = sub_ifd.get(_TAG_OFFSET_TIME_ORIGINAL)
    except Exception:  # EXIF parsing on untrusted bytes can fail in many ways; the picture is still fine
        return None, None
    valid_orientation = orientation if isinstance(orientation, int) and 1 <= orientation <= 8 else None
    return valid_orientation, _exif_datetime(original, offset)


def _exif_datetime(value: object, offset: object) -> datetime | None:
    text = _exif_text(value)
    try:
        naive = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # absent, or a placeholder such as "0000:00:00 00:00:00"
    return in_range(naive.replace(tzinfo=_exif_offset(_exif_text(offset)) or BEIJING))


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return value.strip("\0 ") if isinstance(value, str) else ""


def _exif_offset(text: str) -> timezone | None:
    """'+08:00' -> UTC+8; anything else -> None."""
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if text[0] == "-" else delta)


# --- PDF -----------------------------------------------------------------------------------


# pypdf (with cryptography) and PDFium are imported when a PDF comes: importing them is a third of a
# second of the window's process holding the GIL, which a batch of screenshots never needs.


def _inspect_pdf(path: Path, name: str) -> Inspection:
    from pypdf.errors import DependencyError

    created: datetime | None = None
    try:
        pages, created = _pypdf_facts(path, name)
    except DependencyError:
        # AES-encrypted: pypdf needs the optional 'cryptography' package, PDFium decrypts natively.
        pages = _pdfium_page_count(path, name)
    if pages == 0:
        raise ImportRejected(name, "pdf_no_pages")
    return Inspection("pdf", "application/pdf", page_count=pages, captured_at=created)


def _pypdf_facts(path: Path, name: str) -> tuple[int, datetime | None]:
    """Page count, and the creation date the PDF's metadata states (None if absent or unreadable)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        # Reading through a handle keeps pypdf lazy; given a path it would load the whole file.
        with path.open("rb") as handle:
            reader = PdfReader(handle, strict=False)
            return _count_pages(reader, name), _pdf_created(reader)
    except (ImportRejected, DependencyError):
        raise
    except Exception as exc:  # pypdf on damaged input fails with many exception types
        raise ImportRejected(name, "pdf_damaged") from exc


def _pdf_created(reader: PdfReader) -> datetime | None:
    try:
        created = reader.metadata.creation_date if reader.metadata is not None else None
    except Exception:  # a malformed date string in the metadata: the PDF itself is fine
        return None
    if not isinstance(created, datetime) or not 1990 <= created.year <= 2100:
        return None
    return created if created.tzinfo is not None else created.replace(tzinfo=BEIJING)


def _count_pages(reader: PdfReader, name: str) -> int:
    # An empty user password (owner-only protection, common on bank statements) opens freely.
    if reader.is_encrypted and not reader.decrypt(""):
        raise ImportRejected(name, "pdf_encrypted")
    pages = len(reader.pages)
    if pages:
        _ = reader.pages[0].mediabox  # proves the page tree leads to a real page
    return pages


def _pdfium_page_count(path: Path, name: str) -> int:
    with PDFIUM_LOCK:
        return _pdfium_page_count_locked(path, name)


def _pdfium_page_count_locked(path: Path, name: str) -> int:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise ImportRejected(name, "pdf_encrypted") from exc
        raise ImportRejected(name, "pdf_damaged") from exc
    try:
        return len(document)
    finally:
        document.close()


# --- chat logs -----------------------------------------------------------------------------


def _inspect_chat(path: Path, name: str, ext: str, size: int) -> Inspection:
    if size > MAX_TEXT_BYTES:
        limit = MAX_TEXT_BYTES // 1024**2
        raise ImportRejected(name, "text_too_large", size=size // 1024**2, limit=limit)
    text, encoding = decode_text(path.read_bytes(), name)
    media_type = _CHAT_EXTS[ext]
    if media_type == "text/html":
        text = html_to_text(text)
    try:
        messages = parse_csv(text, MAX_MESSAGES) if media_type == "text/csv" else parse_lines(text, MAX_MESSAGES)
    except TooManyMessages:
        raise ImportRejected(name, "chat_too_long", limit=f"{MAX_MESSAGES:,}") from None
    first = next((m.at for m in messages if m.at is not None), None)  # the chat is dated by its first message
    return Inspection("chat", media_type, text=text, encoding=encoding, messages=messages or None,
                      captured_at=first)
