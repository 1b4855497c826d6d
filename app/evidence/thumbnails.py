"""Small previews of images and PDF first pages, written atomically into a cache folder.

A thumbnail is a JPEG, or a PNG when the picture has transparency or a palette; the file
extension of the returned path says which.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from pathlib import Path

from PIL import Image, ImageOps

from app.evidence.imaging import strict_pillow
from app.evidence.pdfium_lock import PDFIUM_LOCK

# EXIF orientation -> the transpose that shows the picture upright (as ImageOps.exif_transpose).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# Same failures the importer treats as "damaged": no thumbnail rather than a crash.
_IMAGE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, zlib.error, Image.DecompressionBombError)
_JPEG_QUALITY = 85


def thumbnail_path(cache_dir: Path, sha256: str, max_side: int) -> Path:
    """Where the JPEG thumbnail of an original lives (a PNG one has the same name, .png)."""
    return cache_dir / sha256[:2] / f"{sha256}-{max_side}.jpg"


def cached_thumbnail(
    cache_dir: Path,
    sha256: str,
    source: Path,
    category: str,
    max_side: int = 320,
    orientation: int | None = None,
) -> Path | None:
    """The cached thumbnail if present, else a freshly made one; None if there is none to make."""
    dest = thumbnail_path(cache_dir, sha256, max_side)
    for candidate in (dest, dest.with_suffix(".png")):
        if candidate.is_file():
            return candidate
    return make_thumbnail(source, category, dest, max_side, orientation)


def make_thumbnail(
    source: Path, category: str, dest: Path, max_side: int = 320, orientation: int | None = None
) -> Path | None:
    """Write a thumbnail no larger than max_side; return its path (dest, or dest with .png).

    None for chat logs and opaque files, and for sources that cannot be decoded.
    """
    if category == "image":
        picture = _image_thumbnail(source, max_side, orientation)
    elif category == "pdf":
        picture = _pdf_thumbnail(source, max_side)
    else:
        return None
    if picture is None:
        return None
    return _save_atomically(picture, dest)


def _image_thumbnail(source: Path, max_side: int, orientation: int | None) -> Image.Image | None:
    try:
        with strict_pillow(), Image.open(source) as image:
            if image.format == "JPEG":
                # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: a 50 MP photo never exists at full size.
                image.draft("RGB", (max_side, max_side))
            # reducing_gap makes thumbnail() use reduce() (cheap box shrink) before the fine resample.
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=2.0)
            return _upright(_normalise_mode(image), orientation)
    except _IMAGE_ERRORS + (Image.DecompressionBombWarning,):
        return None


def _normalise_mode(image: Image.Image) -> Image.Image:
    """RGBA for pictures with transparency or a palette (saved as PNG), else RGB (JPEG)."""
    if image.mode in ("RGBA", "LA", "PA", "P") or "transparency" in image.info:
        return image.convert("RGBA")
    return image.convert("RGB")


def _upright(picture: Image.Image, orientation: int | None) -> Image.Image:
    """Apply the caller's orientation if given, else the picture's own EXIF one."""
    if orientation is None:
        return ImageOps.exif_transpose(picture)  # convert() kept the EXIF block in info
    method = _TRANSPOSE.get(orientation)
    return picture.transpose(method) if method is not None else picture


def _pdf_thumbnail(source: Path, max_side: int) -> Image.Image | None:
    with PDFIUM_LOCK:
        return _pdf_thumbnail_locked(source, max_side)


def _pdf_thumbnail_locked(source: Path, max_side: int) -> Image.Image | None:
    import pypdfium2 as pdfium  # when a PDF comes (a picture's thumbnail never needs it)

    try:
        document = pdfium.PdfDocument(source)
    except pdfium.PdfiumError:
        return None
    try:
        if len(document) == 0:
            return None
        page = document[0]
        try:
            width, height = page.get_size()
            # Render straight at thumbnail size: PDF pages are vector, no need for a big bitmap.
            scale = max_side / max(width, height, 1.0)
            bitmap = page.render(scale=scale)
            return bitmap.to_pil().convert("RGB")
        finally:
            page.close()
    except pdfium.PdfiumError:
        return None
    finally:
        document.close()


def _save_atomically(picture: Image.Image, dest: Path) -> Path:
    """Write to a temp file beside dest, then rename: readers never see half a thumbnail."""
    as_png = picture.mode == "RGBA"
    final = dest.with_suffix(".png") if as_png else dest
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if as_png:
                picture.save(handle, "PNG", optimize=True)
            else:
                picture.save(handle, "JPEG", quality=_JPEG_QUALITY, optimize=True)
        os.replace(temp_name, final)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return final
