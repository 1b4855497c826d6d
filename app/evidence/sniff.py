"""Content sniffing: what a file really is, judged from its first bytes."""

from __future__ import annotations

HEAD_BYTES = 4096

# ISO-BMFF brands that mean HEIF/HEIC still images (Apple "heic", generic "mif1" …).
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}

# Friendly names for error messages, keyed by sniffed media type.
_DESCRIPTIONS = {
    "image/png": "a PNG image",
    "image/jpeg": "a JPEG image",
    "image/webp": "a WebP image",
    "image/gif": "a GIF image",
    "image/bmp": "a BMP image",
    "image/heic": "a HEIC image",
    "application/pdf": "a PDF document",
    "application/zip": "a ZIP archive or Office document",
    "application/x-rar-compressed": "a RAR archive",
    "application/x-7z-compressed": "a 7-Zip archive",
    "application/gzip": "a gzip archive",
    "video/mp4": "an MP4/MOV video",
    "audio/mpeg": "an MP3 audio file",
    "text/html": "an HTML page",
    "text/plain": "text",
}


def sniff(head: bytes) -> str | None:
    """Media type recognised from magic bytes, or None if unknown."""
    return _sniff_binary(head) or _sniff_text(head)


def _sniff_binary(head: bytes) -> str | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"BM") and len(head) >= 26 and head[6:10] == b"\0\0\0\0":
        # "BM" alone is too weak (text can start with it); reserved bytes must be zero.
        return "image/bmp"
    if head[4:8] == b"ftyp":
        return _sniff_ftyp(head)
    # Containers first: a ZIP whose first member is a stored PDF has "%PDF-" in its first KiB too.
    for magic, media_type in (
        (b"PK\x03\x04", "application/zip"),
        (b"Rar!\x1a\x07", "application/x-rar-compressed"),
        (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
        (b"\x1f\x8b", "application/gzip"),
        (b"ID3", "audio/mpeg"),
    ):
        if head.startswith(magic):
            return media_type
    # PDF readers accept junk before the header, within the first KiB.
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    return None


def _sniff_ftyp(head: bytes) -> str:
    size = int.from_bytes(head[0:4], "big")
    brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(size, len(head)), 4)}
    if brands & _HEIF_BRANDS:
        return "image/heic"
    return "video/mp4"


def _sniff_text(head: bytes) -> str | None:
    if looks_like_text(head):
        lowered = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if lowered.startswith((b"<!doctype html", b"<html")):
            return "text/html"
        return "text/plain"
    return None


def looks_like_text(head: bytes) -> bool:
    """True if the bytes look like text in some encoding (BOM-marked UTF-16 allowed)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if not head or b"\0" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= len(head) // 100


def describe(media_type: str | None) -> str:
    """A short phrase for messages: 'it looks like text'."""
    if media_type is None:
        return "unrecognised binary data"
    return _DESCRIPTIONS.get(media_type, media_type)
