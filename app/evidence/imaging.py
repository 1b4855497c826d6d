"""Pillow set-up shared by importers and thumbnails: HEIF support and safety limits."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import pi_heif  # decode-only build of pillow-heif: no 20 MB HEVC encoder in the app
from PIL import Image, ImageFile, PngImagePlugin

MAX_PIXELS = 100_000_000

# Pillow warns above this and refuses above twice this; callers turn the warning into a refusal.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Embedded text (PNG tEXt/zTXt/iTXt: metadata) read per chunk: Pillow's 1 MB refuses real pictures
# whose software wrote long metadata; past this the picture is refused, named for what it is.
MAX_TEXT_CHUNK = 16 * 1024**2
PngImagePlugin.MAX_TEXT_CHUNK = MAX_TEXT_CHUNK
# Frames of an animation decoded or counted at most (a GIF of 2 million 1×1 frames took 48 s to count).
MAX_FRAMES = 5000

# Pillow format ids, by the media type our sniffer reports.
PIL_FORMATS = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/webp": "WEBP",
    "image/gif": "GIF",
    "image/bmp": "BMP",
    "image/heic": "HEIF",
}


@functools.cache
def register_heif() -> None:
    """Teach Pillow to open HEIC/HEIF, once per process."""
    pi_heif.register_heif_opener()


@contextmanager
def strict_pillow() -> Iterator[None]:
    """Refuse truncated data and treat a decompression-bomb warning as an error."""
    register_heif()
    # Another library may have flipped this global; a truncated image must never pass as whole.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def header_size(path: str, media_type: str) -> tuple[int, int] | None:
    """Width and height from the header alone, bypassing Pillow's bomb check (for messages)."""
    pil_format = PIL_FORMATS.get(media_type)
    Image.init()
    if pil_format is None or pil_format not in Image.OPEN:
        return None
    factory, _accept = Image.OPEN[pil_format]
    try:
        with open(path, "rb") as fp:
            # A plugin constructor parses only the header; it never allocates pixel memory.
            image = factory(fp, path)
            return image.size
    except Exception:  # only used to word an error message; any failure just drops the detail
        return None
